// Issue 11: the page's own identities choose between readings, and splits complete what they imply; every choice is
// written into the provenance of the field it gives.
import { describe, expect, it } from 'vitest';
import { chooseReadings, completeSplits } from '@/utils/extract/readings';
import { mapColumns } from '@/utils/extract/synonyms';
import type { CellRef, FieldKey, Fields } from '@/utils/domain/types';

function choose(paths: string[][], values: (number | null)[]) {
  return chooseReadings(paths, mapColumns(paths), (i) => values[i] ?? null);
}
const fields = (chosen: ReturnType<typeof choose>) => chosen.roles.map((r) => (r.kind === 'field' ? r.fields[0] : r.kind));

describe('chooseReadings', () => {
  it('a lone "Tổng" is the received total when it equals resolved + in progress', () => {
    const paths = [['Tổng'], ['Đã xử lý'], ['Chưa xử lý']];
    const chosen = choose(paths, [795, 785, 10]);
    expect(fields(chosen)).toEqual(['receivedTotal', 'resolvedTotal', 'inProgressTotal']);
    expect(chosen.notes.get(0)).toContain('bằng số đã giải quyết + đang giải quyết');
  });

  it('a bare "Tồn" with no in-progress column is the stock at the end (in progress) when received = resolved + it', () => {
    const paths = [['Số hồ sơ nhận'], ['Số hồ sơ giải quyết'], ['Số hồ sơ tồn']];
    const chosen = choose(paths, [795, 780, 15]);
    // (the received column then reads as new and total: nothing carried over, and it balances)
    expect(fields(chosen)).toEqual(['receivedNew', 'resolvedTotal', 'inProgressTotal']);
    expect(chosen.notes.get(2)).toContain('đang giải quyết cuối kỳ');
    // Otherwise (or beside an in-progress column) it stays the stock carried over from before.
    expect(fields(choose(paths, [795, 780, 20]))[2]).toBe('carriedOver');
    expect(fields(choose([['Tồn'], ['Tiếp nhận mới'], ['Đã giải quyết'], ['Tồn chuyển kỳ sau']], [20, 795, 780, 35]))).toEqual([
      'carriedOver',
      'receivedNew',
      'resolvedTotal',
      'inProgressTotal',
    ]);
  });

  it('a lone "Tổng" that equals nothing stays unread', () => {
    expect(fields(choose([['Tổng'], ['Đã xử lý'], ['Chưa xử lý']], [800, 785, 10]))).toEqual(['unknown', 'resolvedTotal', 'inProgressTotal']);
  });

  it('a bare "Đã tiếp nhận" beside "Tồn kỳ trước" is new when received + carried = resolved + in progress', () => {
    const chosen = choose([['Đã tiếp nhận'], ['Tồn kỳ trước'], ['Đã giải quyết'], ['Đang giải quyết']], [780, 15, 790, 5]);
    expect(fields(chosen)[0]).toBe('receivedNew');
    expect(chosen.notes.get(0)).toContain('cộng kỳ trước thì bằng');
  });

  it('…and everything to handle when it alone equals resolved + in progress', () => {
    const chosen = choose([['Đã tiếp nhận'], ['Tồn kỳ trước'], ['Đã giải quyết'], ['Đang giải quyết']], [795, 15, 790, 5]);
    expect(fields(chosen)[0]).toBe('receivedTotal');
    expect(chosen.notes.get(0)).toContain('tổng số hồ sơ phải giải quyết');
  });

  it('…and new when the page shows no resolved/in-progress figures to tell (a separate carried-over column)', () => {
    const chosen = choose([['Tiếp nhận'], ['Kỳ trước chuyển sang']], [780, 15]);
    expect(fields(chosen)[0]).toBe('receivedNew');
    expect(chosen.notes.get(0)).toContain('bảng có cột kỳ trước riêng');
  });

  it('a bare "Tiếp nhận" with no carried-over column is the new dossiers (by its words; nothing says it includes the stock)', () => {
    const chosen = choose([['Tiếp nhận'], ['Đã giải quyết']], [10, 9]);
    expect(fields(chosen)).toEqual(['receivedNew', 'resolvedTotal']);
    expect(chosen.notes.get(0)).toContain('trang không có số kỳ trước chuyển sang');
  });

  it('…and the same for "Hồ sơ tiếp nhận › Tổng", "Tổng số hồ sơ tiếp nhận", "Số hồ sơ nhận › Tổng số" when received ≠ resolved + in progress', () => {
    for (const path of [['Hồ sơ tiếp nhận', 'Tổng'], ['Tổng số hồ sơ tiếp nhận'], ['Số hồ sơ nhận', 'Tổng số'], ['Tiếp nhận']]) {
      const chosen = choose([path, ['Đã giải quyết'], ['Đang giải quyết']], [795, 780, 35]);
      expect([path, fields(chosen)]).toEqual([path, ['receivedNew', 'resolvedTotal', 'inProgressTotal']]);
      expect(chosen.notes.get(0)).toContain('khác số đã giải quyết + đang giải quyết');
    }
  });

  it('with no carried-over figure and received = resolved + in progress, the readings coincide: new and total, said in provenance', () => {
    const chosen = choose([['Tiếp nhận'], ['Đã giải quyết'], ['Đang giải quyết']], [795, 790, 5]);
    expect(chosen.roles[0]).toEqual({ kind: 'field', fields: ['receivedNew', 'receivedTotal'] });
    expect(chosen.notes.get(0)).toContain('cũng là tổng số hồ sơ phải giải quyết');
  });

  it('a non-zero carried-over figure and received = channels + carried over: everything to handle', () => {
    const paths = [['Tổng số tiếp nhận'], ['Trực tuyến'], ['Trực tiếp'], ['Qua BCCI'], ['Kỳ trước chuyển sang']];
    expect(fields(choose(paths, [120, 80, 30, 2, 8]))[0]).toBe('receivedTotal');
    expect(fields(choose(paths, [112, 80, 30, 2, 8]))[0]).toBe('receivedNew');
  });

  it('wording that includes the stock is never read as new ("Cần xử lý", "Lũy kế", "nhận giải quyết", "gồm cả kỳ trước")', () => {
    for (const path of [['Cần xử lý'], ['Lũy kế tiếp nhận'], ['Số hồ sơ nhận giải quyết', 'Tổng số'], ['Tiếp nhận (gồm cả kỳ trước)']]) {
      expect([path, fields(choose([path, ['Đã giải quyết'], ['Đang giải quyết']], [795, 780, 35]))[0]]).toEqual([path, 'receivedTotal']);
    }
  });
});

const cell = (header: string[], raw: string): CellRef => ({ header, row: 'Tổng cộng', raw });

function complete(values: Fields, headers: Partial<Record<FieldKey, string[]>>) {
  const cells: Partial<Record<FieldKey, CellRef>> = {};
  for (const [f, h] of Object.entries(headers) as [FieldKey, string[]][]) cells[f] = cell(h, String(values[f]));
  const fields = { ...values };
  const warnings = completeSplits(fields, cells, 'Tổng cộng');
  return { fields, cells, warnings };
}

describe('completeSplits', () => {
  it('on time next to late, no early column: on time includes early, so it is the figure of both (stated in provenance), never beside an early 0', () => {
    const r = complete({ resolvedTotal: 790, resolvedOnTime: 788, resolvedLate: 2 }, { resolvedOnTime: ['Đã xử lý', 'Đúng hạn'], resolvedLate: ['Đã xử lý', 'Quá hạn'] });
    expect(r.fields).toEqual({ resolvedTotal: 790, resolvedEarlyOrOnTime: 788, resolvedLate: 2 });
    expect(r.cells.resolvedEarlyOrOnTime?.header).toEqual(['Đã xử lý', 'Đúng hạn', '(không có cột trước hạn riêng: cột này gồm cả hồ sơ trước hạn)']);
    expect(r.warnings).toEqual([]);
  });

  it('when the identities contradict the rule (resolved ≠ on time + late) the missing split is not known, and said', () => {
    const r = complete({ resolvedTotal: 800, resolvedOnTime: 788, resolvedLate: 2 }, { resolvedOnTime: ['Đúng hạn'], resolvedLate: ['Quá hạn'] });
    expect(r.fields.resolvedEarly).toBeUndefined();
    expect(r.warnings).toEqual(['Không rõ số hồ sơ trước hạn: số đã giải quyết (800) khác «Đúng hạn» + quá hạn (788 + 2).']);
    // A column worded as holding both is a figure of its own: no split is made up (validate checks its sum).
    const worded = complete({ resolvedTotal: 800, resolvedEarlyOrOnTime: 788, resolvedLate: 2 }, { resolvedEarlyOrOnTime: ['Trước và đúng hạn'], resolvedLate: ['Quá hạn'] });
    expect(worded.fields.resolvedEarly).toBeUndefined();
    expect(worded.warnings).toEqual([]);
  });

  it('a combined "Trước và đúng hạn" figure stays one figure: never an on-time count with early 0', () => {
    const r = complete({ resolvedTotal: 780, resolvedEarlyOrOnTime: 780 }, { resolvedEarlyOrOnTime: ['Tiến độ giải quyết', 'Trước và đúng hạn'] });
    expect(r.fields).toEqual({ resolvedTotal: 780, resolvedEarlyOrOnTime: 780 });
    // With late beside it and no total, the two make the resolved total.
    const summed = complete({ resolvedEarlyOrOnTime: 700, resolvedLate: 5 }, { resolvedEarlyOrOnTime: ['Trước, đúng hạn'], resolvedLate: ['Quá hạn'] });
    expect(summed.fields.resolvedTotal).toBe(705);
    expect(summed.cells.resolvedTotal?.header).toEqual(['(tổng các cột chia theo hạn: «Trước, đúng hạn» + «Quá hạn»)']);
    expect(complete({ resolvedOnTime: 10 }, { resolvedOnTime: ['Đúng hạn'] }).fields.resolvedEarly).toBeUndefined(); // plain on time: unknown
  });

  it('"Sớm" next to late (early shown, no on-time column): the figure of both, no on-time 0', () => {
    const r = complete({ resolvedEarly: 790, resolvedLate: 0 }, { resolvedEarly: ['Đã xử lý', 'Sớm'], resolvedLate: ['Đã xử lý', 'Trễ'] });
    expect(r.fields).toEqual({ resolvedEarlyOrOnTime: 790, resolvedLate: 0, resolvedTotal: 790 });
    expect(r.cells.resolvedEarlyOrOnTime?.header).toEqual(['Đã xử lý', 'Sớm', '(không có cột đúng hạn riêng: cột này gồm cả hồ sơ đúng hạn)']);
  });

  it('splits but no resolved total: the total is their sum, said in provenance', () => {
    const r = complete({ resolvedEarly: 630, resolvedOnTime: 151, resolvedLate: 4 }, { resolvedEarly: ['Trước hạn'], resolvedOnTime: ['Đúng hạn'], resolvedLate: ['Trễ hạn'] });
    expect(r.fields.resolvedTotal).toBe(785);
    expect(r.cells.resolvedTotal?.header).toEqual(['(tổng các cột chia theo hạn: «Trước hạn» + «Đúng hạn» + «Trễ hạn»)']);
  });

  it('never completes from a missing split (missing is not zero)', () => {
    const r = complete({ resolvedEarly: 630, resolvedOnTime: null, resolvedLate: 4 }, { resolvedEarly: ['Trước hạn'], resolvedLate: ['Trễ hạn'] });
    expect(r.fields.resolvedTotal).toBeUndefined();
    const alone = complete({ resolvedOnTime: 10 }, { resolvedOnTime: ['Đúng hạn'] });
    expect(alone.fields.resolvedEarly).toBeUndefined(); // no late column: no two-way split to complete
  });

  it('in progress: within + overdue give the total', () => {
    const r = complete({ inProgressWithin: 8, inProgressOverdue: 2 }, { inProgressWithin: ['Trong hạn'], inProgressOverdue: ['Quá hạn'] });
    expect(r.fields.inProgressTotal).toBe(10);
  });
});
