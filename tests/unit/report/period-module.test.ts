import { describe, expect, it } from 'vitest';
import {
  calendarPeriodOf,
  daysInMonth,
  listPeriods,
  monthsUpTo,
  parsePeriodId,
  parsePeriodKey,
  periodById,
  periodId,
  periodKeyOf,
  periodOfSpan,
  periodsWithData,
  reportPeriod,
  todayIsoLocal,
} from '@/utils/domain/period';
import type { PeriodRef } from '@/utils/domain/types';

const REFS: PeriodRef[] = [
  { kind: 'month', year: 2026, month: 2 },
  { kind: 'month', year: 2025, month: 12 },
  { kind: 'quarter', year: 2026, quarter: 1 },
  { kind: 'quarter', year: 2024, quarter: 4 },
  { kind: 'half', year: 2026 },
  { kind: 'nine', year: 2026 },
  { kind: 'year', year: 2019 },
];

describe('periods as structured values', () => {
  it('carries kind, year and month or quarter as numbers', () => {
    const feb = periodById('month:2026-02');
    expect(feb).toMatchObject({ kind: 'month', year: 2026, month: 2, from: '2026-01-15', to: '2026-02-14' });
    expect(periodById('quarter:2026-3')).toMatchObject({ kind: 'quarter', year: 2026, quarter: 3, from: '2026-06-15', to: '2026-09-14' });
  });

  it.each(REFS)('encodes and decodes %o', (ref) => {
    expect(parsePeriodId(periodId(ref))).toEqual(ref);
    expect(periodById(periodId(ref))).toMatchObject(ref);
  });

  it.each(['month:2026-2', 'month:2026-13', 'month:2026-00', 'quarter:2026-5', 'quarter:2026-01', 'year:2026-1', 'half:26', 'week:2026', ''])(
    'rejects the id %j',
    (id) => {
      expect(parsePeriodId(id)).toBeNull();
      expect(periodById(id)).toBeNull();
    },
  );

  it('round-trips a capture period key', () => {
    expect(parsePeriodKey(periodKeyOf({ period: { from: '2026-01-15', to: '2026-02-14' } }))).toEqual({ from: '2026-01-15', to: '2026-02-14' });
    expect(periodKeyOf({ period: null })).toBe('');
    expect(parsePeriodKey('')).toBeNull();
    expect(parsePeriodKey('2026-01-15..')).toBeNull();
  });

  it('finds the reporting period of an exact span, and none for other spans', () => {
    for (const ref of REFS) {
      const period = reportPeriod(ref, 15);
      expect(periodOfSpan(period, 15)?.id).toBe(period.id);
      const calendar = reportPeriod(ref, 1);
      expect(periodOfSpan(calendar, 1)?.id).toBe(calendar.id);
    }
    expect(periodOfSpan({ from: '2026-01-01', to: '2026-01-31' }, 15)).toBeNull();
    expect(periodOfSpan({ from: '2026-01-16', to: '2026-02-14' }, 15)).toBeNull();
    expect(periodOfSpan({ from: 'x', to: 'y' }, 15)).toBeNull();
  });

  it('knows month lengths and the local calendar day', () => {
    expect([2023, 2024, 1900, 2000].map((y) => daysInMonth(y, 2))).toEqual([28, 29, 28, 29]);
    expect(daysInMonth(2026, 4)).toBe(30);
    expect(todayIsoLocal(new Date(2026, 1, 14, 23, 59))).toBe('2026-02-14');
  });

  it('gives the trend months up to a period, across a year boundary', () => {
    const months = monthsUpTo({ kind: 'quarter', year: 2026, quarter: 1 }, 5, 15);
    expect(months.map((m) => m.id)).toEqual(['month:2025-11', 'month:2025-12', 'month:2026-01', 'month:2026-02', 'month:2026-03']);
  });

  it('maps a quarter to its calendar quarter by its number', () => {
    const q = periodById('quarter:2026-2');
    expect(q && calendarPeriodOf(q)).toEqual({ from: '2026-04-01', to: '2026-06-30', label: 'quý II/2026' });
  });
});

describe('the "Kỳ báo cáo" list with older periods that hold data', () => {
  it('adds older periods with captures or manual entries, newest first, without repeats', () => {
    const dataPeriods = periodsWithData(
      ['2026-01-15..2026-02-14', '2019-12-15..2020-03-14', '2019-01-01..2019-01-31', ''],
      ['month:2018-05', 'not-an-id'],
      15,
    );
    // '2019-01-01..2019-01-31' is national-index data (calendar January): it stands in for Tháng 02/2019.
    expect(dataPeriods.map((p) => p.id).sort()).toEqual(['month:2018-05', 'month:2019-02', 'month:2026-02', 'quarter:2020-1']);
    const listed = listPeriods('2028-06-01', 15, dataPeriods);
    const ids = listed.map((p) => p.id);
    expect(ids).toContain('month:2026-02');
    expect(ids).toContain('quarter:2020-1');
    expect(ids).toContain('month:2018-05');
    expect(ids.slice(-3)).toEqual(['quarter:2020-1', 'month:2019-02', 'month:2018-05']);
    expect(new Set(ids).size).toBe(ids.length);
    const ends = listed.map((p) => p.to);
    expect(ends).toEqual([...ends].sort().reverse());
    expect(listPeriods('2028-06-01', 15).map((p) => p.id)).not.toContain('month:2026-02');
  });

  it('a calendar month, quarter or year of the national index marks the reporting period that uses it', () => {
    const ids = (keys: string[], cutoff = 15) => periodsWithData(keys, [], cutoff).map((p) => p.id);
    expect(ids(['2026-01-01..2026-01-31'])).toEqual(['month:2026-02']);
    expect(ids(['2026-01-01..2026-03-31'])).toEqual(['quarter:2026-1']);
    expect(ids(['2025-01-01..2025-12-31'])).toEqual(['year:2025']);
    expect(ids(['2026-01-01..2026-01-31'], 1)).toEqual(['month:2026-01']);
    expect(ids(['2026-01-02..2026-01-31', '2026-01-01..2026-02-27'])).toEqual([]);
  });

  it('lists a period with data inside the last 24 months once', () => {
    const dataPeriods = periodsWithData(['2026-01-15..2026-02-14'], [], 15);
    const listed = listPeriods('2026-03-01', 15, dataPeriods);
    expect(listed.filter((p) => p.id === 'month:2026-02')).toHaveLength(1);
    expect(listed).toHaveLength(listPeriods('2026-03-01', 15).length);
  });
});
