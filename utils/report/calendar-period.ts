/**
 * The calendar period of national-index data (Bộ chỉ số 766, which offers
 * only calendar months, quarters and years) that stands in for a reporting
 * period (spec §3):
 * - a month uses the last calendar month complete at its end: "Tháng 02/2026"
 *   (15/01–14/02) uses January 2026; with cut-off day 1 the month is the
 *   calendar month itself;
 * - a quarter or a year uses the calendar quarter or year of the same number
 *   ("Quý I/2026" → 01/01–31/03/2026). The previous complete one would put
 *   last year's figures in a yearly report, so the number wins over
 *   completeness here; the text names the period used;
 * - six and nine months have no calendar counterpart on the national portal:
 *   none.
 */
import type { Period, ReportPeriod } from '../types';
import { daysInMonth, parseIsoDate, shiftMonth, toIsoDate } from './dates';
import { ROMAN } from './periods';

export interface CalendarPeriod extends Period {
  /** As the report names it: "tháng 01/2026", "quý I/2026", "năm 2026". */
  label: string;
}

function calendarMonths(y: number, first: number, last: number): Period {
  return { from: toIsoDate({ y, m: first, d: 1 }), to: toIsoDate({ y, m: last, d: daysInMonth(y, last) }) };
}

export function calendarPeriodOf(period: ReportPeriod): CalendarPeriod | null {
  switch (period.kind) {
    case 'month': {
      const end = parseIsoDate(period.to);
      const { y, m } = end.d === daysInMonth(end.y, end.m) ? end : shiftMonth(end.y, end.m, -1);
      return { ...calendarMonths(y, m, m), label: `tháng ${String(m).padStart(2, '0')}/${y}` };
    }
    case 'quarter': {
      const quarter = Number(period.id.slice(-1));
      return { ...calendarMonths(period.year, quarter * 3 - 2, quarter * 3), label: `quý ${ROMAN[quarter - 1]}/${period.year}` };
    }
    case 'year':
      return { ...calendarMonths(period.year, 1, 12), label: `năm ${period.year}` };
    case 'half':
    case 'nine':
      return null;
  }
}

/** "(theo số liệu tháng 01/2026 trên Cổng Dịch vụ công quốc gia)" without the brackets. */
export function calendarNote(calendar: CalendarPeriod): string {
  return `theo số liệu ${calendar.label} trên Cổng Dịch vụ công quốc gia`;
}
