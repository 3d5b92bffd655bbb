import { describe, expect, it } from 'vitest';
import { checkFields, checkRowSums, dropImpossibleRates } from '@/utils/extract/validate';
import type { FieldColumn, ReadValues } from '@/utils/extract/values';

const SEED = {
  receivedTotal: 795,
  receivedOnline: 795,
  receivedDirectOrPostal: 0,
  carriedOver: 0,
  resolvedTotal: 790,
  resolvedEarly: 612,
  resolvedOnTime: 178,
  resolvedLate: 0,
  inProgressTotal: 5,
  inProgressWithin: 5,
  inProgressOverdue: 0,
};

describe('checkFields', () => {
  it('is silent on consistent seed numbers', () => {
    expect(checkFields(SEED)).toEqual([]);
  });

  it('quotes the numbers of a broken identity', () => {
    const warnings = checkFields({ ...SEED, resolvedEarly: 600 });
    expect(warnings).toEqual([expect.stringContaining('là 790 nhưng')]);
    expect(warnings[0]).toContain('600 + 178 + 0 = 778');
  });

  it('checks new = online + direct + postal and received = new + carried over', () => {
    const fields = { receivedNew: 100, receivedOnline: 60, receivedDirect: 30, receivedPostal: 5, receivedTotal: 112, carriedOver: 10 };
    const warnings = checkFields(fields);
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toContain('60 + 30 + 5 = 95');
    expect(warnings[1]).toContain('100 + 10 = 110');
  });

  it('checks received ≈ resolved + in progress, allowing returned/suspended', () => {
    expect(checkFields({ receivedTotal: 100, resolvedTotal: 90, inProgressTotal: 5, suspended: 5 })).toEqual([]);
    expect(checkFields({ receivedTotal: 100, resolvedTotal: 90, inProgressTotal: 5 })).toEqual([
      expect.stringContaining('90 + 5 = 95'),
    ]);
  });

  it('skips checks whose figures are missing (null is not 0)', () => {
    expect(checkFields({ ...SEED, resolvedLate: null })).toEqual([]);
  });

  it('flags numerators above denominators', () => {
    expect(checkFields({ digitized: 30, digitizedBase: 20 })).toEqual([expect.stringContaining('(30) lớn hơn')]);
  });

  it('drops a rate outside 0–100 and says so; keeps one inside', () => {
    const read: ReadValues = { fields: { rateOnline: 120.5, rateOnTime: 100 }, cells: { rateOnline: { header: ['Tỷ lệ'], row: 'Subtotal', raw: '120,5%' } }, unreadable: [] };
    expect(dropImpossibleRates(read)).toEqual([expect.stringContaining('120,5%, nằm ngoài 0–100%: không lưu')]);
    expect(read.fields).toEqual({ rateOnTime: 100 });
    expect(read.cells).toEqual({});
  });
});

describe('checkRowSums', () => {
  it('names the column and both numbers', () => {
    const columns: FieldColumn[] = [{ index: 2, fields: ['resolvedTotal'], path: ['Số hồ sơ đã giải quyết', 'Tổng số'], rate: false, more: [] }];
    const read = (v: number): ReadValues => ({ fields: { resolvedTotal: v }, cells: {}, unreadable: [] });
    expect(checkRowSums(read(790), read(790), columns, 'Tổng cộng')).toEqual([]);
    expect(checkRowSums(read(790), read(1789), columns, 'Tổng cộng')).toEqual([
      'Cột «Số hồ sơ đã giải quyết › Tổng số»: cộng các dòng được 1.789, dòng «Tổng cộng» ghi 790.',
    ]);
  });
});
