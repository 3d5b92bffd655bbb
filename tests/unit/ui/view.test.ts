import { describe, expect, it } from 'vitest';
import { periodById } from '@/utils/domain/period';
import { buildTrend } from '@/utils/chart/trend';
import { buildPeriodReport } from '@/utils/report/period-report';
import { INDICATOR_KEYS } from '@/utils/report/indicators';
import { chosenPeriod, periodList } from '@/utils/view/period-list';
import { capturedValues, reportForPeriod } from '@/utils/view/period-report';
import { capture, SEED_FIELDS, SEED_SETTINGS } from '../report/helpers';

const feb = periodById('month:2026-02')!;
const jan = periodById('month:2026-01')!;
const captures = [
  capture(SEED_FIELDS),
  capture({ receivedNew: 10, receivedOnline: 4, resolvedTotal: 8, resolvedEarly: 2, resolvedOnTime: 2 }, { period: { from: jan.from, to: jan.to } }),
];

describe('view models', () => {
  it('the trend has each month\'s indicators, the same as that month\'s report', () => {
    const trend = buildTrend(captures, feb, SEED_SETTINGS);
    expect(trend.labels.slice(-2)).toEqual(['T01/2026', 'T02/2026']);
    for (const [i, month] of [jan, feb].entries()) {
      const report = buildPeriodReport(captures, month, SEED_SETTINGS);
      for (const [k, key] of INDICATOR_KEYS.entries()) expect(trend.series[k]?.values.at(i - 2)).toBe(report.indicators[key].percent);
    }
    expect(trend.series[0]?.values.slice(0, 10)).toEqual(Array(10).fill(null));
  });

  it('the report uses the clerk\'s entries and narrative; the hints show the captures alone', () => {
    const inputs = { settings: SEED_SETTINGS, captures, narratives: [], manual: { 'month:2026-01': { receivedNew: 20 } } };
    const report = reportForPeriod(inputs, jan);
    expect(report.figures.values.receivedNew).toBe(20);
    expect(report.narrative.basis).not.toBe('');
    expect(capturedValues(inputs, jan).receivedNew).toBe(10);
  });

  it('lists the shown period even when it is neither recent nor holds data, and marks only periods with data', () => {
    const old = chosenPeriod('quarter:2015-2', '2026-02-20', 15);
    expect(old.id).toBe('quarter:2015-2');
    expect(chosenPeriod(null, '2026-02-20', 15).id).toBe('month:2026-02');
    expect(chosenPeriod('nonsense', '2026-02-20', 15).id).toBe('month:2026-02');
    const list = periodList('2026-02-20', 15, old, ['2026-01-15..2026-02-14'], ['year:2017']);
    expect(list.periods.at(-1)?.id).toBe('quarter:2015-2');
    expect(list.periods.at(-2)?.id).toBe('year:2017');
    expect([...list.withData].sort()).toEqual(['month:2026-02', 'year:2017']);
  });
});
