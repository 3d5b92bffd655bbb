/**
 * Which captures a view can use, as a range of the `periodKey` index ("from..to"
 * sorts by the start day): from the first day of the calendar month before the
 * earliest period shown up to the last day shown. For a period that covers the
 * exact captures, the months a longer period is summed from and the national
 * index's calendar months; for the trend, its twelve months too. Captures with
 * no period ('') are read separately.
 */
import type { ReportPeriod } from '../domain/types';
import { monthsUpTo, parseIsoDate, shiftMonth, toIsoDate } from '../domain/period';

/** Months the trend chart shows, up to the chosen period (utils/chart/trend.ts). */
export const TREND_LENGTH = 12;

export interface CaptureWindow {
  lower: string;
  upper: string;
}

function windowFrom(firstDay: string, period: ReportPeriod): CaptureWindow {
  const { y, m } = parseIsoDate(firstDay);
  const before = shiftMonth(y, m, -1);
  // '\uffff' sorts after any "..to" suffix, so every key starting on period.to is inside.
  return { lower: toIsoDate({ ...before, d: 1 }), upper: `${period.to}\uffff` };
}

/** What the period's own figures and report need. */
export function captureWindowOf(period: ReportPeriod): CaptureWindow {
  return windowFrom(period.from, period);
}

/** What the trend's twelve months up to the period need. */
export function trendWindowOf(period: ReportPeriod, cutoffDay: number): CaptureWindow {
  const first = [period.from, ...monthsUpTo(period, TREND_LENGTH, cutoffDay).map((m) => m.from)].sort()[0] ?? period.from;
  return windowFrom(first, period);
}
