/**
 * Data for the trend chart: the six rates over the last 12 months up to the
 * chosen period, with the targets. Pure; the popup draws it with Chart.js.
 */
import type { Capture, Fields, ReportPeriod, Settings } from '../types';
import { INDICATOR_KEYS, type IndicatorKey } from '../report/indicators';
import { periodById } from '../report/periods';
import { buildPeriodReport } from '../report/period-report';

export const TREND_LENGTH = 12;

export interface TrendSeries {
  key: IndicatorKey;
  label: string;
  /** Percent per month, null where the month has no figure (a gap, never 0). */
  values: (number | null)[];
  /** The target of each month (the city may change it from one year to the next). */
  targets: number[];
}

export interface Trend {
  /** "T03/2025" … */
  labels: string[];
  series: TrendSeries[];
}

/** The reporting months ending with the month that ends `period` (its last month for longer periods). */
export function trendMonths(period: ReportPeriod, cutoffDay: number, length = TREND_LENGTH): ReportPeriod[] {
  const [y, m] = period.to.split('-').map(Number) as [number, number];
  // A month's period ends in its own month (15/01–14/02 is "Tháng 02"), except with cut-off day 1.
  const months: ReportPeriod[] = [];
  for (let back = length - 1; back >= 0; back--) {
    const index = y * 12 + (m - 1) - back;
    const id = `month:${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
    const month = periodById(id, cutoffDay);
    if (month) months.push(month);
  }
  return months;
}

export function buildTrend(
  captures: readonly Capture[],
  period: ReportPeriod,
  settings: Settings,
  manual: Partial<Record<string, Fields>> = {},
): Trend {
  const months = trendMonths(period, settings.cutoffDay);
  const reports = months.map((month) => buildPeriodReport(captures, month, settings, { manual }));
  return {
    labels: months.map((month) => month.label.replace('Tháng ', 'T')),
    series: INDICATOR_KEYS.map((key) => ({
      key,
      label: reports[0]?.indicators[key].label ?? key,
      values: reports.map((r) => r.indicators[key].percent),
      targets: reports.map((r) => r.indicators[key].target),
    })),
  };
}
