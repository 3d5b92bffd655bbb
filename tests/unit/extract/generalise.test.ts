// Issue 11: header wordings are generalised by meaning (one synonym table), and spelling/order variants of the
// same header map the same. Property tests draw the variants; the example tests name each class of variation.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mapColumns, mapPath, type ColumnRole } from '@/utils/extract/synonyms';
import { extractPage } from '@/utils/extract';
import { htmlDoc } from './dom';

const fieldOf = (role: ColumnRole) => (role.kind === 'field' ? role.fields.join('+') : role.kind);
const roleOf = (path: string) => fieldOf(mapPath(path.split(' › ')));

function expectPaths(cases: Record<string, string>): void {
  for (const [path, expected] of Object.entries(cases)) expect([path, roleOf(path)]).toEqual([path, expected]);
}

describe('classes of wording', () => {
  it('verbs: xử lý as well as giải quyết', () => {
    expectPaths({
      'Đã xử lý': 'resolvedTotal',
      'Đang xử lý › Tổng số': 'inProgressTotal',
      'Chưa xử lý': 'inProgressTotal',
      'Chờ xử lý': 'inProgressTotal',
      'Số hồ sơ đã xử lý › Quá hạn': 'resolvedLate',
    });
  });

  it('late: trễ, trễ hạn, chậm, chậm hạn, quá hạn, quá thời hạn', () => {
    for (const late of ['Trễ', 'Trễ hạn', 'Chậm', 'Chậm hạn', 'Quá hạn', 'Quá thời hạn', 'Trả trễ hạn']) {
      expect([late, roleOf(`Đã giải quyết › ${late}`)]).toEqual([late, 'resolvedLate']);
      expect([late, roleOf(`Đang giải quyết › ${late}`)]).toEqual([late, 'inProgressOverdue']);
    }
  });

  it('sớm is before the due date; "sắp trễ" is still within it; "còn hạn", "chưa đến hạn" are within', () => {
    expectPaths({
      'Đã xử lý › Sớm': 'resolvedEarly',
      'Đã giải quyết › Sớm hạn': 'resolvedEarly',
      'Đang xử lý › Sắp trễ': 'inProgressWithin',
      'Đang xử lý › Sắp đến hạn': 'inProgressWithin',
      'Đang giải quyết › Còn hạn': 'inProgressWithin',
      'Đang giải quyết › Chưa đến': 'inProgressWithin',
    });
  });

  it('combined "by the due date" columns are one figure of their own, never an on-time count with early 0', () => {
    for (const combined of ['Trước hạn, đúng hạn', 'Trước, đúng hạn', 'Đúng và trước hạn', 'Sớm và đúng hạn', 'Giải quyết trước, đúng hạn']) {
      expect([combined, roleOf(`Đã giải quyết › ${combined}`)]).toEqual([combined, 'resolvedEarlyOrOnTime']);
    }
  });

  it('flows: new, carried over ("tồn"), and to handle (= both)', () => {
    expectPaths({
      'Nhận trong kỳ': 'receivedNew',
      'Nhận giải quyết › Nhận trong kì › Tổng số': 'receivedNew',
      'Hồ sơ tiếp nhận mới': 'receivedNew',
      'Tồn kỳ trước': 'carriedOver',
      'Tồn trước': 'carriedOver',
      'Hồ sơ tồn kỳ trước chuyển sang': 'carriedOver',
      'Cần xử lý': 'receivedTotal',
      'Lũy kế đã và đang giải quyết trong kỳ': 'receivedTotal',
      'Nhận giải quyết › Nhận trong kì › Một cửa': 'receivedDirectOrPostal',
    });
  });

  it('timing columns with no group above them split the resolved dossiers', () => {
    expectPaths({
      'Trước hạn › Tổng': 'resolvedEarly',
      'Đúng hạn › Tổng': 'resolvedOnTime',
      'Trễ hạn › Tổng': 'resolvedLate',
      'Trả trước và đúng hạn': 'resolvedEarlyOrOnTime',
      'Trả chậm hạn': 'resolvedLate',
    });
  });

  it('a page rate of one split or of late dossiers is never our on-time rate', () => {
    expectPaths({
      'Trước hạn › %': 'unknown',
      'Trễ hạn › %': 'unknown',
      'Tỉ lệ trễ hạn': 'unknown',
      'Tỉ lệ sớm và đúng hạn': 'rateOnTime',
    });
    const roles = mapColumns([['Tỉ lệ trễ hạn'], ['Tỉ lệ đúng hạn']]);
    expect(roles.map(fieldOf)).toEqual(['unknown', 'unknown']); // 100% − late over everything to handle
  });

  it('"Kết quả nhận giải quyết" is the resolved group, not received', () => {
    expectPaths({
      'Kết quả nhận giải quyết › Tổng số': 'resolvedTotal',
      'Kết quả nhận giải quyết › Tình hình thực hiện › Trước hạn': 'resolvedEarly',
      'Kết quả nhận giải quyết › Trả kết quả › Đã trả': 'unknown',
    });
  });

  it('a bare "Đã tiếp nhận" next to a to-handle column is the new dossiers', () => {
    expect(mapColumns([['Đã tiếp nhận'], ['Tồn kỳ trước'], ['Cần xử lý']]).map(fieldOf)).toEqual(['receivedNew', 'carriedOver', 'receivedTotal']);
  });

  it('flat splits after a resolved or in-progress total belong to it (levels of government as rows, Lâm Đồng wording)', () => {
    const roles = mapColumns([['Cấp'], ['Tiếp nhận'], ['Đã giải quyết'], ['Đúng và trước hạn'], ['Quá hạn'], ['Đang giải quyết'], ['Chưa đến hạn'], ['Đã quá hạn']]);
    expect(roles.map(fieldOf)).toEqual(['label', 'receivedTotal', 'resolvedTotal', 'resolvedEarlyOrOnTime', 'resolvedLate', 'inProgressTotal', 'inProgressWithin', 'inProgressOverdue']);
  });

  it('…but a run that cannot be in-progress splits stays with resolved', () => {
    const roles = mapColumns([['Chưa xử lý'], ['Trước hạn'], ['Đúng hạn'], ['Trễ hạn']]);
    expect(roles.map(fieldOf)).toEqual(['inProgressTotal', 'resolvedEarly', 'resolvedOnTime', 'resolvedLate']);
  });

  it('two columns within the due date add up into one field', () => {
    const roles = mapColumns([['Đang xử lý', 'Sắp trễ'], ['Đang xử lý', 'Chưa đến']]);
    expect(roles.map(fieldOf)).toEqual(['inProgressWithin', 'inProgressWithin']);
  });

  it('the appointed day ("hẹn") stands for the due date', () => {
    expectPaths({
      'Đã giải quyết › Trước hẹn': 'resolvedEarly',
      'Đã giải quyết › Đúng hẹn': 'resolvedOnTime',
      'Đã xử lý › Trễ hẹn': 'resolvedLate',
      'Đang xử lý › Quá hẹn': 'inProgressOverdue',
      'Đang xử lý › Chưa đến hẹn': 'inProgressWithin',
      'Giải quyết đúng hẹn': 'resolvedOnTime',
      'Tỷ lệ đúng hẹn': 'rateOnTime',
    });
  });

  it('timing columns led by "Hồ sơ"/"Số hồ sơ" with no group above them still split the resolved dossiers', () => {
    expectPaths({ 'Hồ sơ trễ hạn': 'resolvedLate', 'Số hồ sơ đúng hạn': 'resolvedOnTime', 'Hồ sơ trước hạn': 'resolvedEarly' });
    expect(mapColumns([['Đang xử lý'], ['Hồ sơ trong hạn'], ['Hồ sơ quá hạn']]).map(fieldOf)).toEqual(['inProgressTotal', 'inProgressWithin', 'inProgressOverdue']);
  });

  it('channels: filed through the public service portal is online; "trực tiếp tại Bộ phận Một cửa" is direct; new dossiers "nhận mới"', () => {
    expectPaths({
      'Nộp qua DVC': 'receivedOnline',
      'Nộp trên Cổng Dịch vụ công quốc gia': 'receivedOnline',
      'Hồ sơ tiếp nhận › Qua DVCQG': 'receivedOnline',
      'Nộp trực tiếp tại BPMC': 'receivedDirect',
      'Tiếp nhận › Trực tiếp tại Bộ phận Một cửa': 'receivedDirect',
      'Nhận mới': 'receivedNew',
      'Hồ sơ mới': 'receivedNew',
      'Hồ sơ tiếp nhận mới': 'receivedNew',
    });
  });

  it('the stock left at the end is in progress: "Tồn chuyển kỳ sau", "Tồn cuối kỳ", "Còn tồn"; "Tồn kỳ trước" is carried over', () => {
    expectPaths({ 'Tồn chuyển kỳ sau': 'inProgressTotal', 'Số hồ sơ tồn cuối kỳ': 'inProgressTotal', 'Còn tồn': 'inProgressTotal', 'Tồn kỳ trước': 'carriedOver' });
  });

  it('other kinds: e-results issued, reuse worded "khai thác, sử dụng lại", paid through the DVC portal; "Cấp"/"Mức độ" name a level only alone', () => {
    expectPaths({
      'Cấp kết quả điện tử': 'eResult',
      'Khai thác, sử dụng lại thông tin, dữ liệu đã số hóa': 'reused',
      'Thanh toán qua Cổng DVC': 'paidOnline',
      'Số hồ sơ có kết quả giải quyết được số hóa': 'eResult',
      'Tỷ lệ hồ sơ có kết quả giải quyết được số hóa': 'rateEResult',
      'Hồ sơ có kết quả': 'resolvedTotal',
      'Cấp': 'label',
      'Cấp thực hiện': 'label',
      'Mức độ': 'label',
    });
  });

  it('online dossiers in their two levels (toàn trình, một phần) add up, unless the page gives the online total too', () => {
    const parts = [['Tiếp nhận', 'Tổng số'], ['Tiếp nhận', 'Trực tuyến toàn trình'], ['Tiếp nhận', 'Trực tuyến một phần'], ['Tiếp nhận', 'Trực tiếp']];
    expect(mapColumns(parts).map(fieldOf)).toEqual(['receivedTotal', 'receivedOnline', 'receivedOnline', 'receivedDirect']);
    const withWhole = [['Tiếp nhận', 'Trực tuyến', 'Tổng'], ['Tiếp nhận', 'Trực tuyến', 'Toàn trình'], ['Tiếp nhận', 'Trực tuyến', 'Một phần']];
    expect(mapColumns(withWhole).map(fieldOf)).toEqual(['receivedOnline', 'unknown', 'unknown']);
    expect(mapColumns([['Hồ sơ nộp trực tuyến toàn trình'], ['Hồ sơ nộp trực tuyến một phần']]).map(fieldOf)).toEqual(['receivedOnline', 'receivedOnline']);
    // The same for the portal they came through: national and provincial add up, neither is dropped.
    expect(mapColumns([['Tiếp nhận', 'Tổng'], ['Tiếp nhận', 'Nộp qua Cổng DVC quốc gia'], ['Tiếp nhận', 'Nộp qua Cổng DVC tỉnh'], ['Tiếp nhận', 'Trực tiếp']]).map(fieldOf)).toEqual([
      'receivedTotal',
      'receivedOnline',
      'receivedOnline',
      'receivedDirect',
    ]);
  });

  it('a taught rule is consulted before the synonym table; "Không dùng" (null) leaves the column unread', () => {
    const taught = (key: string) => (key === 'so hs xl > sl' ? 'resolvedTotal' : key === 'tiep nhan' ? null : undefined);
    expect(mapColumns([['Số HS XL', 'SL'], ['Tiếp nhận'], ['Đang giải quyết']], taught).map(fieldOf)).toEqual([
      'resolvedTotal',
      'unknown',
      'inProgressTotal',
    ]);
  });
});

/** Spelling variants a portal may show for the same header text. */
function variants(text: string): fc.Arbitrary<string> {
  return fc
    .record({
      form: fc.constantFrom(
        text,
        text.toUpperCase(),
        text.toLowerCase(),
        text.normalize('NFD'), // combining marks
        text.replace(/Đ/g, '\u00d0').replace(/đ/g, '\u00f0'), // look-alike letters: Ð (eth) for Đ
      ),
      space: fc.constantFrom(' ', '\u00a0', '  ', ' \n '),
      pad: fc.constantFrom('', ' ', '\u00a0', '\n  '),
      note: fc.constantFrom('', ' (1)', ' (*)', ' (Bao gồm cả hồ sơ trả lại)'),
    })
    .map(({ form, space, pad, note }) => `${pad}${form.replace(/ /g, space)}${note}${pad}`);
}

const HEADERS: readonly (readonly [string[], string])[] = [
  [['Số hồ sơ đã giải quyết', 'Trước hạn'], 'resolvedEarly'],
  [['Đã xử lý', 'Trễ hạn'], 'resolvedLate'],
  [['Đang xử lý', 'Sắp trễ'], 'inProgressWithin'],
  [['Nhận giải quyết', 'Tồn trước'], 'carriedOver'],
  [['Số hồ sơ nhận giải quyết', 'Trong đó', 'Trực tuyến'], 'receivedOnline'],
  [['Đã giải quyết', 'Sớm và đúng hạn'], 'resolvedEarlyOrOnTime'],
  [['Cần xử lý'], 'receivedTotal'],
  [['Đã giải quyết', 'Đúng hẹn'], 'resolvedOnTime'],
  [['Nộp qua DVC'], 'receivedOnline'],
];

describe('property: spelling variants of a header map the same', () => {
  it.each(HEADERS)('%j', (path, field) => {
    fc.assert(
      fc.property(fc.tuple(...path.map(variants)), (shown) => {
        expect(fieldOf(mapPath(shown))).toBe(field);
      }),
      { numRuns: 60 },
    );
  });
});

describe('property: the order of columns does not change what each maps to', () => {
  const TABLE: readonly (readonly [string[], string])[] = [
    [['STT'], 'index'],
    [['Đơn vị'], 'label'],
    [['Đã tiếp nhận'], 'receivedNew'],
    [['Tồn kỳ trước'], 'carriedOver'],
    [['Cần xử lý'], 'receivedTotal'],
    [['Đang xử lý', 'Tổng'], 'inProgressTotal'],
    [['Đang xử lý', 'Trễ'], 'inProgressOverdue'],
    [['Đã xử lý', 'Tổng'], 'resolvedTotal'],
    [['Đã xử lý', 'Trễ'], 'resolvedLate'],
    [['Đã xử lý', 'Sớm'], 'resolvedEarly'],
  ];
  it('any permutation of the Gia Lai columns', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray([...TABLE], { minLength: TABLE.length, maxLength: TABLE.length }), (columns) => {
        const roles = mapColumns(columns.map(([path]) => path));
        expect(roles.map(fieldOf)).toEqual(columns.map(([, field]) => field));
      }),
      { numRuns: 80 },
    );
  });
});

describe('a page giving online dossiers in their two levels', () => {
  it('stores their sum as the online count, with both columns named in the provenance', () => {
    const doc = htmlDoc(`<h3>Kỳ báo cáo: Tháng 02/2026</h3><table>
      <tr><th rowspan="2">STT</th><th rowspan="2">Lĩnh vực</th><th colspan="4">Hồ sơ tiếp nhận</th><th colspan="3">Hồ sơ đã xử lý</th><th rowspan="2">Hồ sơ đang xử lý</th></tr>
      <tr><th>Tổng số</th><th>Trực tuyến toàn trình</th><th>Trực tuyến một phần</th><th>Trực tiếp tại BPMC</th><th>Tổng số</th><th>Đúng hẹn</th><th>Trễ hẹn</th></tr>
      <tr><td></td><td>Tổng cộng</td><td>795</td><td>600</td><td>150</td><td>45</td><td>790</td><td>788</td><td>2</td><td>5</td></tr></table>`);
    const [e] = extractPage(doc, { unitName: 'xã Bình Giang', cityName: 'thành phố Hải Phòng', cutoffDay: 15 }).extractions;
    expect(e?.fields).toMatchObject({ receivedOnline: 750, receivedDirect: 45, resolvedTotal: 790, resolvedEarlyOrOnTime: 788, resolvedLate: 2, inProgressTotal: 5 });
    expect(e?.cells.receivedOnline?.header).toEqual(['Hồ sơ tiếp nhận', 'Trực tuyến toàn trình + Trực tuyến một phần']);
  });
});
