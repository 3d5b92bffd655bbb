/**
 * A reporting period's figures from everything stored, in order of trust
 * (spec §3–4), field by field:
 * 1. the clerk's manual entry for the period ("nhập tay");
 * 2. back-office captures of exactly this period (latest wins);
 * 3. for a quarter, six/nine months or year: the sum of its reporting months
 *    (month-sum.ts), each month from its own captures and manual entries;
 * 4. TTHC catalogue counts: the catalogue as it stood at the period's end (catalogue.ts).
 * National-index (calendar-period) captures never fill these fields: they are
 * kept apart in `figures.calendar` and used per indicator, only when the
 * back office gave nothing for it (indicators.ts).
 */
import { COUNT_FIELDS, type Capture, type Fields, type ReportPeriod } from '../domain/types';
import { calendarPeriodOf, monthsOf, type CalendarPeriod } from '../domain/period';
import { CATALOGUE_FIELDS, catalogueCapture, catalogueNote } from './catalogue';
import { captureSource, completeDerivations, pickFigures, type Figures } from './figures';
import { sumMonths } from './month-sum';

/** "(theo số liệu tháng 01/2026 trên Cổng Dịch vụ công quốc gia)" without the brackets. */
function calendarNote(calendar: CalendarPeriod): string {
  return `theo số liệu ${calendar.label} trên Cổng Dịch vụ công quốc gia`;
}

export interface ResolveOptions {
  cutoffDay: number;
  /** Manual entries by period id ("month:2026-02"). */
  manual?: Partial<Record<string, Fields>>;
}

export interface ResolvedFigures {
  figures: Figures;
  /** Every capture the figures drew on (for their data warnings). */
  used: Capture[];
}

const samePeriod = (c: Capture, p: { from: string; to: string }): boolean => c.period?.from === p.from && c.period?.to === p.to;

/** Fills fields the period's own data lacks from the sum of its months; returns the month captures used, if any field was filled. */
function fillFromMonths(figures: Figures, backOffice: readonly Capture[], period: ReportPeriod, options: ResolveOptions): Capture[] {
  const monthPeriods = monthsOf(period, options.cutoffDay);
  const months = monthPeriods.map((month) => ({ label: month.label, figures: pickFigures(backOffice, month, options.manual?.[month.id]) }));
  const sum = sumMonths(months);
  let summed = false;
  for (const key of COUNT_FIELDS) {
    const entry = sum[key];
    if (!entry || figures.values[key] != null) continue; // an exact capture or manual entry wins
    figures.values[key] = entry.value;
    figures.sources[key] = { kind: 'derived', from: [key], note: entry.note };
    summed = true;
  }
  if (!summed) return [];
  figures.fromMonths = { note: `tổng hợp từ ${months.length} tháng`, months: months.map((m) => m.label) };
  completeDerivations(figures.values, figures.sources);
  return backOffice.filter((c) => monthPeriods.some((month) => samePeriod(c, month)));
}

/** Fills missing catalogue counts from the catalogue as it stood at the period's end; returns the capture used. */
function fillCatalogue(figures: Figures, backOffice: readonly Capture[], period: ReportPeriod): Capture[] {
  if (CATALOGUE_FIELDS.every((key) => figures.values[key] != null)) return [];
  const catalogue = catalogueCapture(backOffice, period);
  if (!catalogue) return [];
  let filled = false;
  for (const key of CATALOGUE_FIELDS) {
    const value = catalogue.fields[key];
    if (figures.values[key] != null || value == null) continue;
    figures.values[key] = value;
    figures.sources[key] = captureSource(catalogue, key, catalogueNote(catalogue));
    filled = true;
  }
  return filled ? [catalogue] : [];
}

/** Keeps the national index's figures for the matching calendar period apart, for the indicators; returns its captures. */
function attachCalendar(figures: Figures, captures: readonly Capture[], period: ReportPeriod): Capture[] {
  const calendar = calendarPeriodOf(period);
  if (!calendar) return [];
  const national = captures.filter((c) => c.periodBasis === 'calendar' && samePeriod(c, calendar));
  if (national.length === 0) return [];
  const note = calendarNote(calendar);
  const calendarFigures = pickFigures(national, calendar);
  for (const source of Object.values(calendarFigures.sources)) if (source.kind === 'capture') source.note = note;
  figures.calendar = { label: calendar.label, note, figures: calendarFigures };
  return national;
}

export function resolveFigures(captures: readonly Capture[], period: ReportPeriod, options: ResolveOptions): ResolvedFigures {
  const backOffice = captures.filter((c) => c.periodBasis !== 'calendar');
  const figures = pickFigures(backOffice, period, options.manual?.[period.id]);
  const used = [
    ...backOffice.filter((c) => samePeriod(c, period)),
    ...(period.kind === 'month' ? [] : fillFromMonths(figures, backOffice, period, options)),
    ...fillCatalogue(figures, backOffice, period),
    ...attachCalendar(figures, captures, period),
  ];
  return { figures, used: [...new Set(used)] };
}
