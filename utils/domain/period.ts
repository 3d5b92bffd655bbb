/**
 * The one period module: calendar-day arithmetic, the reporting periods of
 * Nghị định 09/2019/NĐ-CP (spec §3) and the calendar periods of the national
 * index. ISO `YYYY-MM-DD` strings and plain integers: no Date objects, so no
 * time zone can move a day.
 *
 * Reporting month M runs from the cut-off day of M−1 to the day before the
 * cut-off day in M (15/01–14/02 for "Tháng 02/2026"); longer periods run from
 * the start of their first month to the end of their last. Cut-off day 1
 * means calendar months (1/M–end of M), so that "Tháng 02" stays February.
 */
import type { Period, PeriodKind, PeriodRef, ReportPeriod } from './types';

export interface Day {
  y: number;
  m: number; // 1–12
  d: number; // 1–31
}

// ——— Calendar days ———

export function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(m) ? 30 : 31;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether y-m-d is a real calendar day. */
export function isRealDay(y: number, m: number, d: number): boolean {
  return Number.isInteger(y) && Number.isInteger(m) && Number.isInteger(d) && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** The day `iso` writes, or null unless it is a real calendar day `YYYY-MM-DD`. */
function isoDay(iso: string): Day | null {
  const match = ISO_DATE.exec(iso);
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isRealDay(y, m, d) ? { y, m, d } : null;
}

/** True for a real calendar day written `YYYY-MM-DD` (never 2026-02-30 or 2026-2-3): the store's schemas use it. */
export const isIsoDate = (iso: string): boolean => isoDay(iso) !== null;

/** Throws RangeError unless `iso` is a real calendar day `YYYY-MM-DD`. */
export function parseIsoDate(iso: string): Day {
  const day = isoDay(iso);
  if (!day) throw new RangeError(`Not an ISO calendar date: ${iso}`);
  return day;
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

export function toIsoDate({ y, m, d }: Day): string {
  return `${String(y).padStart(4, '0')}-${pad2(m)}-${pad2(d)}`;
}

/** `shiftMonth(2026, 1, -1)` → { y: 2025, m: 12 }. */
export function shiftMonth(y: number, m: number, delta: number): { y: number; m: number } {
  const index = y * 12 + (m - 1) + delta;
  return { y: Math.floor(index / 12), m: (index % 12) + 1 };
}

export function nextDay({ y, m, d }: Day): Day {
  if (d < daysInMonth(y, m)) return { y, m, d: d + 1 };
  return { ...shiftMonth(y, m, 1), d: 1 };
}

export function previousDay({ y, m, d }: Day): Day {
  if (d > 1) return { y, m, d: d - 1 };
  const before = shiftMonth(y, m, -1);
  return { ...before, d: daysInMonth(before.y, before.m) };
}

/** "2026-02-14" → "14/02/2026". */
export function formatDateVi(iso: string): string {
  const { y, m, d } = parseIsoDate(iso);
  return `${pad2(d)}/${pad2(m)}/${y}`;
}

/** The calendar day of `now` where the clerk is (the browser's local time zone), as ISO `YYYY-MM-DD`. */
export function todayIsoLocal(now: Date): string {
  return toIsoDate({ y: now.getFullYear(), m: now.getMonth() + 1, d: now.getDate() });
}

const DAY_MS = 86_400_000;

/**
 * The instant `days` whole days (24 hours each) after the instant `iso` (before it when `days` is negative), as
 * `toISOString()` writes it: "a day of clock skew" for stamps in a file, "offers older than a day". UTC throughout,
 * so no time zone moves it. Throws RangeError when `iso` is not an instant.
 */
export function instantPlusDays(iso: string, days: number): string {
  return new Date(Date.parse(iso) + days * DAY_MS).toISOString();
}

/** "09:05 18/02/2026": a moment in the clerk's local time, as the report's notes write it. */
export function formatLocalTimeVi(at: Date): string {
  return `${pad2(at.getHours())}:${pad2(at.getMinutes())} ${formatDateVi(todayIsoLocal(at))}`;
}

// ——— Reporting periods (Nghị định 09/2019/NĐ-CP) ———

export const DEFAULT_CUTOFF_DAY = 15;
/** Months listed in the "Kỳ báo cáo" combobox, counting the one in progress. */
const LISTED_MONTHS = 24;
/** Quarter numerals: "Quý I/2026". */
export const ROMAN = ['I', 'II', 'III', 'IV'] as const;

/**
 * The one cut-off day rule: a whole day from 1 to 28, so every month has the day before the cut-off. The settings
 * check, the Options form and the settings schema use it, as the period functions below do.
 */
export const isCutoffDay = (cutoffDay: number): boolean => Number.isInteger(cutoffDay) && cutoffDay >= 1 && cutoffDay <= 28;

function checkCutoffDay(cutoffDay: number): void {
  if (!isCutoffDay(cutoffDay)) throw new RangeError(`Cut-off day must be an integer 1–28, got ${cutoffDay}`);
}

/** Last day of reporting month (y, m): the day before the cut-off day (15→14), or the month's end for cut-off day 1. */
function monthEnd(y: number, m: number, cutoffDay: number): Day {
  return { y, m, d: cutoffDay === 1 ? daysInMonth(y, m) : cutoffDay - 1 };
}

function monthStart(y: number, m: number, cutoffDay: number): Day {
  const previous = shiftMonth(y, m, -1);
  return nextDay(monthEnd(previous.y, previous.m, cutoffDay));
}

/** Periods that start with the year's first reporting month, by their last month. */
const YEAR_PARTS = { half: 6, nine: 9, year: 12 } as const;

/** First and last reporting month (1–12) of the year that a period is made of. */
export function monthSpan(ref: PeriodRef): { first: number; last: number } {
  switch (ref.kind) {
    case 'month':
      return { first: ref.month, last: ref.month };
    case 'quarter':
      return { first: ref.quarter * 3 - 2, last: ref.quarter * 3 };
    default:
      return { first: 1, last: YEAR_PARTS[ref.kind] };
  }
}

/** The days a reporting period covers with cut-off day `cutoffDay` (1–28; throws otherwise). */
export function periodSpan(ref: PeriodRef, cutoffDay = DEFAULT_CUTOFF_DAY): Period {
  checkCutoffDay(cutoffDay);
  const { first, last } = monthSpan(ref);
  return { from: toIsoDate(monthStart(ref.year, first, cutoffDay)), to: toIsoDate(monthEnd(ref.year, last, cutoffDay)) };
}

/** The period's name in the report: "Tháng 02/2026", "Quý I/2026", "6 tháng đầu năm 2026", "9 tháng năm 2026", "Năm 2026". */
export function periodLabel(ref: PeriodRef): string {
  switch (ref.kind) {
    case 'month':
      return `Tháng ${pad2(ref.month)}/${ref.year}`;
    case 'quarter':
      return `Quý ${ROMAN[ref.quarter - 1] ?? ref.quarter}/${ref.year}`;
    case 'half':
      return `6 tháng đầu năm ${ref.year}`;
    case 'nine':
      return `9 tháng năm ${ref.year}`;
    case 'year':
      return `Năm ${ref.year}`;
  }
}

/** The stable storage and URL key of a period: "month:2026-02", "quarter:2026-1", "half:2026", "nine:2026", "year:2026". */
export function periodId(ref: PeriodRef): string {
  switch (ref.kind) {
    case 'month':
      return `month:${ref.year}-${pad2(ref.month)}`;
    case 'quarter':
      return `quarter:${ref.year}-${ref.quarter}`;
    default:
      return `${ref.kind}:${ref.year}`;
  }
}

/** The inverse of periodId; null if `id` is not one. */
export function parsePeriodId(id: string): PeriodRef | null {
  const match = /^(month|quarter|half|nine|year):(\d{4})(?:-(\d{1,2}))?$/.exec(id);
  if (!match) return null;
  const kind = match[1] as PeriodKind;
  const year = Number(match[2]);
  const part = match[3];
  switch (kind) {
    case 'month':
      return part?.length === 2 && Number(part) >= 1 && Number(part) <= 12 ? { kind, year, month: Number(part) } : null;
    case 'quarter':
      return part?.length === 1 && Number(part) >= 1 && Number(part) <= 4 ? { kind, year, quarter: Number(part) } : null;
    default:
      return part === undefined ? { kind, year } : null;
  }
}

/** A period with its id, days and labels. */
export function reportPeriod(ref: PeriodRef, cutoffDay = DEFAULT_CUTOFF_DAY): ReportPeriod {
  const { from, to } = periodSpan(ref, cutoffDay);
  const label = periodLabel(ref);
  return { ...ref, id: periodId(ref), from, to, label, optionLabel: `${label} (${formatDateVi(from)} – ${formatDateVi(to)})` };
}

/** Rebuilds a period from its id; null if the id is not one. */
export function periodById(id: string, cutoffDay = DEFAULT_CUTOFF_DAY): ReportPeriod | null {
  checkCutoffDay(cutoffDay);
  const ref = parsePeriodId(id);
  return ref && reportPeriod(ref, cutoffDay);
}

const month = (year: number, m: number, cutoffDay: number) => reportPeriod({ kind: 'month', year, month: m }, cutoffDay);

/** The reporting months a period is made of, in order ("Quý I/2026" → Tháng 01, 02, 03/2026); a month gives itself. */
export function monthsOf(period: PeriodRef, cutoffDay = DEFAULT_CUTOFF_DAY): ReportPeriod[] {
  checkCutoffDay(cutoffDay);
  const { first, last } = monthSpan(period);
  return Array.from({ length: last - first + 1 }, (_, i) => month(period.year, first + i, cutoffDay));
}

/** The `count` reporting months up to the last month of `period`, oldest first (the trend's months). */
export function monthsUpTo(period: PeriodRef, count: number, cutoffDay = DEFAULT_CUTOFF_DAY): ReportPeriod[] {
  checkCutoffDay(cutoffDay);
  const { last } = monthSpan(period);
  return Array.from({ length: count }, (_, i) => {
    const { y, m } = shiftMonth(period.year, last, i - count + 1);
    return month(y, m, cutoffDay);
  });
}

/** The periods that end with reporting month (y, m): the month, and the quarter, six/nine months or year it closes. */
function periodsEndingWith(y: number, m: number): PeriodRef[] {
  const parts = (Object.keys(YEAR_PARTS) as (keyof typeof YEAR_PARTS)[]).filter((kind) => YEAR_PARTS[kind] === m);
  return [
    { kind: 'month', year: y, month: m },
    ...(m % 3 === 0 ? [{ kind: 'quarter' as const, year: y, quarter: m / 3 }] : []),
    ...parts.map((kind) => ({ kind, year: y })),
  ];
}

/** The quarter, six/nine months and year that contain reporting month `m`. */
function longerPeriodsOf(y: number, m: number): PeriodRef[] {
  const parts = (Object.keys(YEAR_PARTS) as (keyof typeof YEAR_PARTS)[]).filter((kind) => m <= YEAR_PARTS[kind]);
  return [{ kind: 'quarter', year: y, quarter: Math.ceil(m / 3) }, ...parts.map((kind) => ({ kind, year: y }))];
}

/** The reporting period covering exactly `span` (a capture's days), or null when none does. */
export function periodOfSpan(span: Period, cutoffDay = DEFAULT_CUTOFF_DAY): ReportPeriod | null {
  checkCutoffDay(cutoffDay);
  let end: Day;
  try {
    end = parseIsoDate(span.to);
  } catch {
    return null;
  }
  if (end.d !== monthEnd(end.y, end.m, cutoffDay).d) return null;
  const candidates = periodsEndingWith(end.y, end.m).map((ref) => reportPeriod(ref, cutoffDay));
  return candidates.find((p) => p.from === span.from) ?? null;
}

/**
 * The reporting period that uses a calendar period's data (the national index's months, quarters and years):
 * calendar month M stands in for the reporting month that ends in M+1 (or M itself with cut-off day 1); a calendar
 * quarter or year for the quarter or year of the same number. Null when `span` is no such calendar period.
 */
function periodUsingCalendar(span: Period, cutoffDay: number): ReportPeriod | null {
  let first: Day;
  let last: Day;
  try {
    first = parseIsoDate(span.from);
    last = parseIsoDate(span.to);
  } catch {
    return null;
  }
  if (first.d !== 1 || last.d !== daysInMonth(last.y, last.m) || first.y !== last.y) return null;
  const next = shiftMonth(last.y, last.m, 1);
  const refs: PeriodRef[] = [
    { kind: 'month', year: next.y, month: next.m },
    { kind: 'month', year: last.y, month: last.m },
    ...(last.m % 3 === 0 ? [{ kind: 'quarter' as const, year: last.y, quarter: last.m / 3 }] : []),
    { kind: 'year', year: last.y },
  ];
  for (const ref of refs) {
    const period = reportPeriod(ref, cutoffDay);
    const calendar = calendarPeriodOf(period);
    if (calendar && calendar.from === span.from && calendar.to === span.to) return period;
  }
  return null;
}

/**
 * The reporting periods that hold data: those whose days a capture's period
 * key ("from..to") covers exactly, those whose national-index stand-in it is
 * (a calendar month, quarter or year), and those the clerk entered figures for (by id).
 */
export function periodsWithData(periodKeys: Iterable<string>, periodIds: Iterable<string>, cutoffDay = DEFAULT_CUTOFF_DAY): ReportPeriod[] {
  const byId = new Map<string, ReportPeriod>();
  for (const key of periodKeys) {
    const span = parsePeriodKey(key);
    const period = span && (periodOfSpan(span, cutoffDay) ?? periodUsingCalendar(span, cutoffDay));
    if (period) byId.set(period.id, period);
  }
  for (const id of periodIds) {
    const period = periodById(id, cutoffDay);
    if (period) byId.set(period.id, period);
  }
  return [...byId.values()];
}

const newestFirst = (a: ReportPeriod, b: ReportPeriod): number => b.to.localeCompare(a.to) || b.from.localeCompare(a.from);

/**
 * The "Kỳ báo cáo" list: every reporting month of the last 24 (the one in
 * progress today and the 23 before it), plus the quarters, six/nine months and
 * years containing them that end no later than the month in progress (so "Năm
 * 2026" does not top the list in February), plus `withData`: older periods
 * that hold data, so old data can be opened whatever today is. Newest end
 * first; for the same end the shorter period first (a month before its quarter
 * before its year), since the monthly report is the usual one.
 */
export function listPeriods(todayIso: string, cutoffDay = DEFAULT_CUTOFF_DAY, withData: readonly ReportPeriod[] = []): ReportPeriod[] {
  checkCutoffDay(cutoffDay);
  const today = parseIsoDate(todayIso);
  const current = today.d <= monthEnd(today.y, today.m, cutoffDay).d ? today : shiftMonth(today.y, today.m, 1);
  const latestEnd = month(current.y, current.m, cutoffDay).to;
  const byId = new Map<string, ReportPeriod>();
  for (let back = 0; back < LISTED_MONTHS; back++) {
    const { y, m } = shiftMonth(current.y, current.m, -back);
    for (const ref of [{ kind: 'month' as const, year: y, month: m }, ...longerPeriodsOf(y, m)]) {
      const period = reportPeriod(ref, cutoffDay);
      if (period.to <= latestEnd) byId.set(period.id, period);
    }
  }
  for (const period of withData) if (!byId.has(period.id)) byId.set(period.id, reportPeriod(period, cutoffDay));
  return [...byId.values()].sort(newestFirst);
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
  return month(y, m, cutoffDay);
}

/** The same span of days. */
export const samePeriod = (a: Period | null, b: Period): boolean => a !== null && a.from === b.from && a.to === b.to;

// ——— Storage key of a span of days ———

/** A capture's period as the `periodKey` index stores it: "from..to" ('' when unknown). */
export function periodKeyOf(e: { period: Period | null }): string {
  return e.period ? `${e.period.from}..${e.period.to}` : '';
}

/** The inverse of periodKeyOf; null for '' or anything else that is not one. */
export function parsePeriodKey(key: string): Period | null {
  const match = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(key);
  return match ? { from: match[1] as string, to: match[2] as string } : null;
}

// ——— Calendar periods (the national index, Bộ chỉ số 766) ———

/** Calendar months `first`..`last` of year `y`, from the 1st to the last day. */
export function calendarMonths(y: number, first: number, last: number): Period {
  return { from: toIsoDate({ y, m: first, d: 1 }), to: toIsoDate({ y, m: last, d: daysInMonth(y, last) }) };
}

export interface CalendarPeriod extends Period {
  /** As the report names it: "tháng 01/2026", "quý I/2026", "năm 2026". */
  label: string;
}

/**
 * The calendar period of national-index data (which offers only calendar
 * months, quarters and years) that stands in for a reporting period:
 * - a month uses the last calendar month complete at its end: "Tháng 02/2026"
 *   (15/01–14/02) uses January 2026; with cut-off day 1 the month is the
 *   calendar month itself;
 * - a quarter or a year uses the calendar quarter or year of the same number
 *   ("Quý I/2026" → 01/01–31/03/2026). The previous complete one would put
 *   last year's figures in a yearly report, so the number wins over
 *   completeness here; the text names the period used;
 * - six and nine months have no calendar counterpart on the national portal: none.
 */
export function calendarPeriodOf(period: ReportPeriod): CalendarPeriod | null {
  switch (period.kind) {
    case 'month': {
      const end = parseIsoDate(period.to);
      const { y, m } = end.d === daysInMonth(end.y, end.m) ? end : shiftMonth(end.y, end.m, -1);
      return { ...calendarMonths(y, m, m), label: `tháng ${pad2(m)}/${y}` };
    }
    case 'quarter': {
      const { quarter, year } = period;
      return { ...calendarMonths(year, quarter * 3 - 2, quarter * 3), label: `quý ${ROMAN[quarter - 1]}/${year}` };
    }
    case 'year':
      return { ...calendarMonths(period.year, 1, 12), label: `năm ${period.year}` };
    case 'half':
    case 'nine':
      return null;
  }
}
