/**
 * Reporting periods of Nghị định 09/2019/NĐ-CP (spec §3).
 *
 * Every period is built from reporting months: month M runs from the cut-off
 * day of M−1 to the day before the cut-off day in M (15/01–14/02 for
 * "Tháng 02/2026"); longer periods run from the start of their first month to
 * the end of their last. Cut-off day 1 means calendar months (1/M–end of M),
 * not "1/(M−1) to the last day of M−1", so that "Tháng 02" stays February.
 */
import type { PeriodKind, ReportPeriod } from '../types';
import { formatDateVi, nextDay, parseIsoDate, shiftMonth, toIsoDate, daysInMonth, type Day } from './dates';

export const DEFAULT_CUTOFF_DAY = 15;
/** Months listed in the "Kỳ báo cáo" combobox, counting the one in progress. */
const LISTED_MONTHS = 24;
/** Quarter numerals: "Quý I/2026". */
export const ROMAN = ['I', 'II', 'III', 'IV'] as const;

/** Settings allow 1–28, so every month has the day before the cut-off. */
function checkCutoffDay(cutoffDay: number): void {
  if (!Number.isInteger(cutoffDay) || cutoffDay < 1 || cutoffDay > 28) {
    throw new RangeError(`Cut-off day must be an integer 1–28, got ${cutoffDay}`);
  }
}

function monthEnd(y: number, m: number, cutoffDay: number): Day {
  return { y, m, d: cutoffDay === 1 ? daysInMonth(y, m) : cutoffDay - 1 };
}

function monthStart(y: number, m: number, cutoffDay: number): Day {
  const previous = shiftMonth(y, m, -1);
  return nextDay(monthEnd(previous.y, previous.m, cutoffDay));
}

function span(
  kind: PeriodKind,
  id: string,
  label: string,
  year: number,
  months: { first: number; last: number },
  cutoffDay: number,
): ReportPeriod {
  const from = toIsoDate(monthStart(year, months.first, cutoffDay));
  const to = toIsoDate(monthEnd(year, months.last, cutoffDay));
  return { id, kind, year, label, from, to, optionLabel: `${label} (${formatDateVi(from)} – ${formatDateVi(to)})` };
}

function monthPeriod(year: number, month: number, cutoffDay: number): ReportPeriod {
  const mm = String(month).padStart(2, '0');
  return span('month', `month:${year}-${mm}`, `Tháng ${mm}/${year}`, year, { first: month, last: month }, cutoffDay);
}

function quarterPeriod(year: number, quarter: number, cutoffDay: number): ReportPeriod {
  const label = `Quý ${ROMAN[quarter - 1] ?? quarter}/${year}`;
  return span('quarter', `quarter:${year}-${quarter}`, label, year, { first: quarter * 3 - 2, last: quarter * 3 }, cutoffDay);
}

/** Periods that start with the year's first reporting month. */
const YEAR_PARTS = {
  half: { last: 6, label: (y: number) => `6 tháng đầu năm ${y}` },
  nine: { last: 9, label: (y: number) => `9 tháng năm ${y}` },
  year: { last: 12, label: (y: number) => `Năm ${y}` },
} as const;

function yearPartPeriod(kind: keyof typeof YEAR_PARTS, year: number, cutoffDay: number): ReportPeriod {
  const part = YEAR_PARTS[kind];
  return span(kind, `${kind}:${year}`, part.label(year), year, { first: 1, last: part.last }, cutoffDay);
}

/** The quarter, six/nine months and year that contain reporting month `month`. */
function longerPeriodsOf(year: number, month: number, cutoffDay: number): ReportPeriod[] {
  const parts = (['half', 'nine', 'year'] as const).filter((kind) => month <= YEAR_PARTS[kind].last);
  return [quarterPeriod(year, Math.ceil(month / 3), cutoffDay), ...parts.map((kind) => yearPartPeriod(kind, year, cutoffDay))];
}

/** Rebuilds a period from its id ("month:2026-02", "quarter:2026-1", "half:2026", …); null if the id is not one. */
export function periodById(id: string, cutoffDay = DEFAULT_CUTOFF_DAY): ReportPeriod | null {
  checkCutoffDay(cutoffDay);
  const month = /^month:(\d{4})-(0[1-9]|1[0-2])$/.exec(id);
  if (month) return monthPeriod(Number(month[1]), Number(month[2]), cutoffDay);
  const quarter = /^quarter:(\d{4})-([1-4])$/.exec(id);
  if (quarter) return quarterPeriod(Number(quarter[1]), Number(quarter[2]), cutoffDay);
  const part = /^(half|nine|year):(\d{4})$/.exec(id);
  if (part) return yearPartPeriod(part[1] as keyof typeof YEAR_PARTS, Number(part[2]), cutoffDay);
  return null;
}

/** First and last reporting month of a period (its id names them). */
function monthRange(period: ReportPeriod): { first: number; last: number } {
  const quarter = /^quarter:\d{4}-([1-4])$/.exec(period.id);
  if (quarter) return { first: Number(quarter[1]) * 3 - 2, last: Number(quarter[1]) * 3 };
  const month = /^month:\d{4}-(\d{2})$/.exec(period.id);
  if (month) return { first: Number(month[1]), last: Number(month[1]) };
  return { first: 1, last: YEAR_PARTS[period.kind as keyof typeof YEAR_PARTS].last };
}

/** The reporting months a period is made of, in order ("Quý I/2026" → Tháng 01, 02, 03/2026); a month gives itself. */
export function monthsOf(period: ReportPeriod, cutoffDay = DEFAULT_CUTOFF_DAY): ReportPeriod[] {
  checkCutoffDay(cutoffDay);
  const { first, last } = monthRange(period);
  return Array.from({ length: last - first + 1 }, (_, i) => monthPeriod(period.year, first + i, cutoffDay));
}

/**
 * Every reporting month of the last 24 (the one in progress today and the 23
 * before it), plus the quarters, six/nine months and years containing them
 * that end no later than the month in progress (so "Năm 2026" does not top the
 * list in February). Newest end first; for the same end the shorter period
 * first (a month before its quarter before its year), since the monthly report
 * is the usual one.
 */
export function listPeriods(todayIso: string, cutoffDay = DEFAULT_CUTOFF_DAY): ReportPeriod[] {
  checkCutoffDay(cutoffDay);
  const today = parseIsoDate(todayIso);
  const current = today.d <= monthEnd(today.y, today.m, cutoffDay).d ? today : shiftMonth(today.y, today.m, 1);
  const latestEnd = monthPeriod(current.y, current.m, cutoffDay).to;
  const byId = new Map<string, ReportPeriod>();
  for (let back = 0; back < LISTED_MONTHS; back++) {
    const { y, m } = shiftMonth(current.y, current.m, -back);
    for (const period of [monthPeriod(y, m, cutoffDay), ...longerPeriodsOf(y, m, cutoffDay)]) {
      if (period.to <= latestEnd) byId.set(period.id, period);
    }
  }
  return [...byId.values()].sort((a, b) => b.to.localeCompare(a.to) || b.from.localeCompare(a.from));
}

/**
 * The month the clerk most likely reports on: the latest reporting month that
 * ends today or earlier. Clerks write the report on the 14th/15th, so on
 * 14/02 (the last day of "Tháng 02") the default is already Tháng 02, and on
 * 13/02 it is still Tháng 01. Always a month: quarter and year reports are
 * chosen explicitly.
 */
export function defaultPeriod(todayIso: string, cutoffDay = DEFAULT_CUTOFF_DAY): ReportPeriod {
  checkCutoffDay(cutoffDay);
  const today = parseIsoDate(todayIso);
  const { y, m } = today.d >= monthEnd(today.y, today.m, cutoffDay).d ? today : shiftMonth(today.y, today.m, -1);
  return monthPeriod(y, m, cutoffDay);
}
