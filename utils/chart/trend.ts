/**
 * Data for the trend chart: the six rates over the last 12 months up to the
 * chosen period, with the targets. Reads each month's figures and indicators
 * only (no report text). Pure; the popup draws it with Chart.js.
 */
import type { Capture, Fields, ReportPeriod, Settings } from '../domain/types';
import { monthsUpTo } from '../domain/period';
import { TREND_LENGTH } from '../report/capture-window';
import { computeIndicators, INDICATOR_KEYS, type IndicatorKey } from '../report/indicators';
import { resolveFigures } from '../report/period-figures';
import { targetsFor } from '../report/targets';

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

export function buildTrend(
  captures: readonly Capture[],
  period: ReportPeriod,
  settings: Settings,
  manual: Partial<Record<string, Fields>> = {},
): Trend {
  const months = monthsUpTo(period, TREND_LENGTH, settings.cutoffDay);
  const indicators = months.map((month) => {
    const { figures } = resolveFigures(captures, month, { cutoffDay: settings.cutoffDay, manual });
    return computeIndicators(figures, { ...settings, targets: targetsFor(settings, month.year) });
  });
  return {
    labels: months.map((month) => month.label.replace('Tháng ', 'T')),
    series: INDICATOR_KEYS.map((key) => ({
      key,
      label: indicators[0]?.[key].label ?? key,
      values: indicators.map((set) => set[key].percent),
      targets: indicators.map((set) => set[key].target),
    })),
  };
}

/** With fewer than this many months holding a figure, the chart says the trend is not yet readable. */
export const FEW_MONTHS = 3;

/** How many of the trend's months hold at least one figure. */
export function monthsWithData(trend: Trend): number {
  return trend.labels.filter((_, i) => trend.series.some((series) => series.values[i] !== null)).length;
}
