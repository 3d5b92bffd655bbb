import { describe, expect, it } from 'vitest';
import { defaultPeriod, formatDateVi, listPeriods, periodById } from '@/utils/domain/period';

const bounds = (id: string, cutoffDay = 15) => {
  const p = periodById(id, cutoffDay);
  return p && [p.from, p.to, p.label];
};

describe('month periods (cut-off day 15)', () => {
  it.each([
    ['month:2026-02', '2026-01-15', '2026-02-14', 'Tháng 02/2026'],
    ['month:2026-01', '2025-12-15', '2026-01-14', 'Tháng 01/2026'],
    ['month:2025-12', '2025-11-15', '2025-12-14', 'Tháng 12/2025'],
    ['month:2024-03', '2024-02-15', '2024-03-14', 'Tháng 03/2024'],
  ])('%s', (id, from, to, label) => {
    expect(bounds(id)).toEqual([from, to, label]);
  });

  it('gives the option label with both dates', () => {
    expect(periodById('month:2026-02')?.optionLabel).toBe('Tháng 02/2026 (15/01/2026 – 14/02/2026)');
  });
});

describe('longer periods (cut-off day 15)', () => {
  it.each([
    ['quarter:2026-1', '2025-12-15', '2026-03-14', 'Quý I/2026'],
    ['quarter:2026-2', '2026-03-15', '2026-06-14', 'Quý II/2026'],
    ['quarter:2026-3', '2026-06-15', '2026-09-14', 'Quý III/2026'],
    ['quarter:2026-4', '2026-09-15', '2026-12-14', 'Quý IV/2026'],
    ['half:2026', '2025-12-15', '2026-06-14', '6 tháng đầu năm 2026'],
    ['nine:2026', '2025-12-15', '2026-09-14', '9 tháng năm 2026'],
    ['year:2026', '2025-12-15', '2026-12-14', 'Năm 2026'],
  ])('%s', (id, from, to, label) => {
    expect(bounds(id)).toEqual([from, to, label]);
  });
});

describe('other cut-off days', () => {
  it('cut-off day 1 gives calendar months, leap February included', () => {
    expect(bounds('month:2024-02', 1)).toEqual(['2024-02-01', '2024-02-29', 'Tháng 02/2024']);
    expect(bounds('month:2026-01', 1)).toEqual(['2026-01-01', '2026-01-31', 'Tháng 01/2026']);
    expect(bounds('year:2026', 1)).toEqual(['2026-01-01', '2026-12-31', 'Năm 2026']);
  });

  it('cut-off day 20 moves both ends', () => {
    expect(bounds('month:2026-01', 20)).toEqual(['2025-12-20', '2026-01-19', 'Tháng 01/2026']);
  });

  it('rejects a cut-off day the settings would not allow', () => {
    expect(() => periodById('month:2026-01', 0)).toThrow(RangeError);
    expect(() => periodById('month:2026-01', 29)).toThrow(RangeError);
    expect(() => listPeriods('2026-02-14', 1.5)).toThrow(RangeError);
  });
});

describe('periodById', () => {
  it.each(['month:2026-13', 'month:2026-2', 'quarter:2026-5', 'half:2026-1', 'week:2026', ''])('rejects %j', (id) => {
    expect(periodById(id)).toBeNull();
  });

  it('round-trips every listed id', () => {
    for (const p of listPeriods('2026-02-20')) expect(periodById(p.id)).toEqual(p);
  });
});

describe('listPeriods', () => {
  const list = listPeriods('2026-02-20');
  const months = list.filter((p) => p.kind === 'month');

  it('lists 24 months, newest first, starting with the one in progress', () => {
    expect(months).toHaveLength(24);
    expect(months[0]?.id).toBe('month:2026-03'); // 15/02–14/03 contains 20/02
    expect(months[23]?.id).toBe('month:2024-04');
  });

  it('adds the quarters, six/nine months and years around them', () => {
    const ids = list.map((p) => p.id);
    for (const id of ['quarter:2026-1', 'year:2025', 'nine:2025', 'half:2025', 'quarter:2024-2', 'year:2024', 'half:2024']) {
      expect(ids).toContain(id);
    }
    expect(ids).not.toContain('quarter:2024-1'); // no listed month in it
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('leaves out longer periods that end after the month in progress', () => {
    const ids = list.map((p) => p.id);
    expect(ids.slice(0, 2)).toEqual(['month:2026-03', 'quarter:2026-1']);
    for (const id of ['half:2026', 'nine:2026', 'year:2026']) expect(ids).not.toContain(id);
    expect(listPeriods('2026-06-01').map((p) => p.id).slice(0, 3)).toEqual(['month:2026-06', 'quarter:2026-2', 'half:2026']);
  });

  it('orders by end date, newest first, and a month before the longer periods ending with it', () => {
    const ends = list.map((p) => p.to);
    expect([...ends].sort().reverse()).toEqual(ends);
    const dec2025 = list.filter((p) => p.to === '2025-12-14').map((p) => p.id);
    expect(dec2025).toEqual(['month:2025-12', 'quarter:2025-4', 'year:2025']);
  });

  it('takes the next month once today is past the cut-off', () => {
    expect(listPeriods('2026-02-14')[0]?.id).toBe('month:2026-02');
    expect(listPeriods('2026-02-15')[0]?.id).toBe('month:2026-03');
    expect(listPeriods('2025-12-15')[0]?.id).toBe('month:2026-01');
  });
});

describe('defaultPeriod', () => {
  it.each([
    ['2026-02-14', 'month:2026-02'], // the report is written on the last day of the period
    ['2026-02-15', 'month:2026-02'],
    ['2026-02-13', 'month:2026-01'],
    ['2026-01-10', 'month:2025-12'],
    ['2026-12-31', 'month:2026-12'],
  ])('on %s → %s', (today, id) => {
    expect(defaultPeriod(today).id).toBe(id);
  });

  it('follows the cut-off day', () => {
    expect(defaultPeriod('2026-02-27', 1).id).toBe('month:2026-01');
    expect(defaultPeriod('2026-02-28', 1).id).toBe('month:2026-02');
  });

  it('rejects a malformed or impossible date', () => {
    expect(() => defaultPeriod('14/02/2026')).toThrow(RangeError);
    expect(() => defaultPeriod('2026-02-30')).toThrow(RangeError);
  });
});

describe('formatDateVi', () => {
  it('prints dd/mm/yyyy without any time-zone shift', () => {
    expect(formatDateVi('2026-02-14')).toBe('14/02/2026');
    expect(formatDateVi('2025-12-31')).toBe('31/12/2025');
  });
});
