// A header path is read as concepts: a flow or state (received, resolved, in progress, …), a timing (early, on
// time, early-or-on-time, late, within), a channel (online, direct, postal). Every stem of a concept, with any noise
// ("Số", "Hồ sơ", "Trong đó:", numbering, "(hồ sơ)", "(*)") and any spelling (case, NFD, Ð for Đ), maps the same;
// so does any order of columns. Property tests draw the combinations.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chooseReadings } from '@/utils/extract/readings';
import { mapColumns, mapPath, type ColumnRole } from '@/utils/extract/synonyms';

const fieldOf = (role: ColumnRole | undefined) => (role?.kind === 'field' ? role.fields.join('+') : role?.kind);

const STATE = {
  resolved: ['Đã giải quyết', 'Đã xử lý', 'Hồ sơ đã có kết quả', 'Có kết quả', 'Đã hoàn thành', 'Hoàn thành', 'Số hồ sơ đã giải quyết', 'Số lượng hồ sơ đã xử lý'],
  inProgress: ['Đang giải quyết', 'Đang xử lý', 'Hồ sơ chưa có kết quả', 'Chưa có kết quả', 'Đang thực hiện', 'Chưa hoàn thành', 'Chưa xử lý', 'Số hồ sơ đang giải quyết'],
} as const;
const TIMING = {
  early: ['Trước hạn', 'Sớm', 'Sớm hạn', 'Trả trước hạn'],
  combined: ['Trước và đúng hạn', 'Trước, đúng hạn', 'Sớm và đúng hạn', 'Đúng và trước hạn', 'Trước hạn, đúng hạn'],
  onTime: ['Đúng hạn', 'Đúng thời hạn', 'Trả đúng hạn'],
  late: ['Trễ hạn', 'Trễ', 'Chậm', 'Chậm hạn', 'Quá hạn', 'Quá thời hạn'],
  within: ['Trong hạn', 'Còn hạn', 'Chưa đến hạn', 'Sắp đến hạn'],
} as const;
/** The field of a state › timing path; undefined where the pair means nothing of ours. */
const FIELD: Record<keyof typeof STATE, Partial<Record<keyof typeof TIMING, string>>> = {
  resolved: { early: 'resolvedEarly', combined: 'resolvedEarlyOrOnTime', onTime: 'resolvedOnTime', late: 'resolvedLate' },
  inProgress: { late: 'inProgressOverdue', within: 'inProgressWithin', onTime: 'inProgressWithin' },
};
const CHANNEL = {
  receivedOnline: ['Trực tuyến', 'Nộp trực tuyến', 'Qua mạng', 'Nộp qua mạng', 'Tiếp nhận trực tuyến', 'Số HS nộp trực tuyến'],
  receivedDirect: ['Trực tiếp', 'Nộp trực tiếp', 'Tiếp nhận trực tiếp'],
  receivedPostal: ['Qua BCCI', 'BCCI', 'Bưu chính', 'Dịch vụ bưu chính công ích', 'Qua bưu điện'],
} as const;
const RECEIVED = ['Tiếp nhận', 'Hồ sơ tiếp nhận', 'Số hồ sơ nhận', 'Số hồ sơ nhận giải quyết', 'Đã tiếp nhận'];

/** Noise around a segment that never changes its meaning. */
const noise = fc.record({
  before: fc.constantFrom('', 'Trong đó: ', '1. ', '2 '),
  after: fc.constantFrom('', ' (hồ sơ)', ' (*)', ' (1)'),
});
/** Spellings a portal may show for the same text. */
const spelling = fc.constantFrom(
  (t: string) => t,
  (t: string) => t.toUpperCase(),
  (t: string) => t.toLowerCase(),
  (t: string) => t.normalize('NFD'),
  (t: string) => t.replace(/Đ/g, '\u00d0').replace(/đ/g, '\u00f0'),
  (t: string) => t.replace(/ /g, '\u00a0'),
);
const shown = (text: string) =>
  fc.tuple(noise, spelling).map(([{ before, after }, spell]) => spell(`${before}${text}${after}`));

describe('property: state › timing, any stem, noise and spelling', () => {
  for (const [state, stems] of Object.entries(STATE) as [keyof typeof STATE, readonly string[]][]) {
    for (const [timing, words] of Object.entries(TIMING) as [keyof typeof TIMING, readonly string[]][]) {
      const field = FIELD[state][timing];
      if (!field) continue;
      it(`${state} › ${timing} → ${field}`, () => {
        fc.assert(
          fc.property(fc.constantFrom(...stems), fc.constantFrom(...words), spelling, (stem, word, spell) =>
            fc.assert(
              fc.property(shown(word), (leaf) => {
                expect([stem, leaf, fieldOf(mapPath([spell(stem), leaf]))]).toEqual([stem, leaf, field]);
              }),
              { numRuns: 3 },
            ),
          ),
          { numRuns: 40 },
        );
      });
    }
  }

  it('a flat "state timing" heading reads as the same pair ("Đã xử lý trễ hạn", "Chưa có kết quả, quá hạn")', () => {
    fc.assert(
      fc.property(fc.constantFrom(...STATE.inProgress), fc.constantFrom(...TIMING.late), spelling, (stem, word, spell) => {
        expect([stem, word, fieldOf(mapPath([spell(`${stem}, ${word.toLowerCase()}`)]))]).toEqual([stem, word, 'inProgressOverdue']);
      }),
      { numRuns: 60 },
    );
    fc.assert(
      fc.property(fc.constantFrom(...STATE.resolved), fc.constantFrom(...TIMING.late), spelling, (stem, word, spell) => {
        expect([stem, word, fieldOf(mapPath([spell(`${stem} ${word.toLowerCase()}`)]))]).toEqual([stem, word, 'resolvedLate']);
      }),
      { numRuns: 60 },
    );
  });

  it('a state heading alone is that flow\'s total', () => {
    fc.assert(
      fc.property(fc.constantFrom(...(['resolved', 'inProgress'] as const)), spelling, noise, (state, spell, { after }) => {
        const stem = STATE[state][0];
        for (const s of STATE[state]) {
          expect([s, fieldOf(mapPath([spell(`${s}${after}`)]))]).toEqual([s, state === 'resolved' ? 'resolvedTotal' : 'inProgressTotal']);
        }
        expect(stem).toBeDefined();
      }),
      { numRuns: 30 },
    );
  });
});

describe('property: channels, flat or under any received heading', () => {
  for (const [field, words] of Object.entries(CHANNEL)) {
    it(field, () => {
      fc.assert(
        fc.property(fc.constantFrom(...words), fc.option(fc.constantFrom(...RECEIVED), { nil: undefined }), spelling, noise, (word, group, spell, { after }) => {
          const leaf = spell(`${word}${after}`);
          const path = group ? [group, 'Trong đó', leaf] : [leaf];
          expect([path, fieldOf(mapPath(path))]).toEqual([path, field]);
        }),
        { numRuns: 80 },
      );
    });
  }
});

describe('property: a received figure that does not say it includes the stock is the new dossiers', () => {
  const PLAIN = [['Tiếp nhận'], ['Hồ sơ tiếp nhận'], ['Tổng số hồ sơ tiếp nhận'], ['Đã tiếp nhận'], ['Số hồ sơ nhận', 'Tổng số'], ['Hồ sơ tiếp nhận', 'Tổng']];
  const WITH_STOCK = [['Cần xử lý'], ['Hồ sơ cần giải quyết', 'Tổng'], ['Lũy kế tiếp nhận'], ['Số hồ sơ nhận giải quyết', 'Tổng số'], ['Tiếp nhận (gồm cả kỳ trước)']];
  const read = (path: string[], values: number[], extra: string[][] = []) => {
    const paths = [path, ['Đã giải quyết'], ['Đang giải quyết'], ...extra];
    return chooseReadings(paths, mapColumns(paths), (i) => values[i] ?? null).roles[0];
  };

  it('no carried-over figure, received ≠ resolved + in progress: new', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PLAIN), fc.nat(1000), fc.nat(1000), fc.integer({ min: 1, max: 50 }), (path, resolved, inProgress, gap) => {
        expect(fieldOf(read(path, [resolved + inProgress + gap, resolved, inProgress]))).toBe('receivedNew');
      }),
      { numRuns: 80 },
    );
  });

  it('no carried-over figure, received = resolved + in progress: both readings, new first', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PLAIN), fc.nat(1000), fc.nat(1000), (path, resolved, inProgress) => {
        expect(fieldOf(read(path, [resolved + inProgress, resolved, inProgress]))).toBe('receivedNew+receivedTotal');
      }),
      { numRuns: 80 },
    );
  });

  it('a non-zero carried-over figure and received = resolved + in progress: everything to handle', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PLAIN), fc.nat(1000), fc.nat(1000), fc.integer({ min: 1, max: 50 }), (path, resolved, inProgress, carried) => {
        expect(fieldOf(read(path, [resolved + inProgress, resolved, inProgress, carried], [['Kỳ trước chuyển sang']]))).toBe('receivedTotal');
      }),
      { numRuns: 80 },
    );
  });

  it('wording that includes the stock: everything to handle, whatever the numbers', () => {
    fc.assert(
      fc.property(fc.constantFrom(...WITH_STOCK), fc.nat(1000), fc.nat(1000), fc.nat(1000), (path, received, resolved, inProgress) => {
        expect(fieldOf(read(path, [received, resolved, inProgress]))).toBe('receivedTotal');
      }),
      { numRuns: 80 },
    );
  });
});

describe('property: any order of a flat results table maps each column the same', () => {
  const TABLE: readonly (readonly [string, string])[] = [
    ['Đơn vị', 'label'],
    ['Trong đó: trực tuyến', 'receivedOnline'],
    ['Hồ sơ đã có kết quả', 'resolvedTotal'],
    ['Hồ sơ chưa có kết quả', 'inProgressTotal'],
    ['Chưa có kết quả, quá hạn', 'inProgressOverdue'],
    ['Xử lý đúng hạn', 'resolvedOnTime'],
    ['Hồ sơ được số hóa thành phần', 'digitized'],
    ['Đã thanh toán trực tuyến', 'paidOnline'],
  ];
  it('shuffled', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray([...TABLE], { minLength: TABLE.length, maxLength: TABLE.length }), (columns) => {
        expect(mapColumns(columns.map(([h]) => [h])).map(fieldOf)).toEqual(columns.map(([, f]) => f));
      }),
      { numRuns: 80 },
    );
  });
});

describe('other kinds by meaning', () => {
  it.each([
    [['Thanh toán', 'Hồ sơ phải nộp phí, lệ phí'], 'feeDossiers'],
    [['Thanh toán', 'Đã thanh toán trực tuyến'], 'paidOnline'],
    [['Hồ sơ có nghĩa vụ tài chính'], 'feeDossiers'],
    [['Số lượng thủ tục có phí, lệ phí'], 'unknown'],
    [['Hồ sơ được số hóa thành phần'], 'digitized'],
    [['Số hóa hồ sơ', 'Hồ sơ số hóa'], 'digitized'],
    [['Hồ sơ có kết quả điện tử'], 'eResult'],
    [['Hồ sơ chưa số hóa'], 'unknown'],
    [['Trả lại/Rút hồ sơ'], 'returnedWithdrawn'],
    [['Tạm dừng'], 'suspended'],
    [['Chờ bổ sung'], 'suspended'],
    [['Hồ sơ nộp qua DVC trực tuyến'], 'receivedOnline'],
    [['Phản ánh, kiến nghị', 'Tiếp nhận'], 'paknReceived'],
    [['Phản ánh, kiến nghị', 'Hài lòng'], 'paknSatisfied'],
    [['Số thủ tục', 'Cấp xã'], 'tthcCommune'],
  ])('%j → %s', (path, field) => {
    expect(fieldOf(mapPath(path))).toBe(field);
  });

  it('a bare "Tỷ lệ (%)" right after a count under the same heading is that count\'s share, when it is one of our rates', () => {
    const roles = mapColumns([['Hồ sơ tiếp nhận', 'Tổng'], ['Hồ sơ tiếp nhận', 'Nộp trực tuyến'], ['Hồ sơ tiếp nhận', 'Tỷ lệ (%)']]);
    expect(roles.map(fieldOf)).toEqual(['receivedTotal', 'receivedOnline', 'rateOnline']);
    // The share of one timing split is not our on-time rate.
    expect(mapColumns([['Đã giải quyết', 'Trước hạn'], ['Đã giải quyết', '%']]).map(fieldOf)).toEqual(['resolvedEarly', 'unknown']);
    // Under another heading it is nobody's share.
    expect(mapColumns([['Hồ sơ tiếp nhận', 'Nộp trực tuyến'], ['Khác', 'Tỷ lệ (%)']]).map(fieldOf)).toEqual(['receivedOnline', 'unknown']);
  });
});
