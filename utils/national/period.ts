/**
 * The period of a national-index response, read from the page's own request:
 * `timeType` month | quarter | year with `year`, `month`, `quarter`, or the
 * satisfaction endpoint's `fromDate`/`toDate`. Always a calendar period
 * (the national index has no cut-off-day periods). ISO strings, no Date objects,
 * so no time zone can move a day.
 */
import { calendarMonths, isIsoDate } from '../domain/period';
import type { Period } from '../domain/types';

/** A whole number within [min, max], given as a JSON number or a digit string. */
function intIn(x: unknown, min: number, max: number): number | null {
  const n = typeof x === 'number' ? x : typeof x === 'string' && /^\d{1,4}$/.test(x) ? Number(x) : Number.NaN;
  return Number.isInteger(n) && n >= min && n <= max ? n : null;
}

function isoDate(x: unknown): string | null {
  return typeof x === 'string' && isIsoDate(x) ? x : null;
}

/** The calendar period a request payload asks for, or null when it does not say. */
export function periodOfRequest(payload: Record<string, unknown>): Period | null {
  const from = isoDate(payload.fromDate);
  const to = isoDate(payload.toDate);
  if (from && to) return from <= to ? { from, to } : null;
  const year = intIn(payload.year, 2000, 2100);
  if (year === null) return null;
  switch (payload.timeType) {
    case 'year':
      return calendarMonths(year, 1, 12);
    case 'quarter': {
      const q = intIn(payload.quarter, 1, 4);
      return q === null ? null : calendarMonths(year, 3 * q - 2, 3 * q);
    }
    case 'month': {
      const m = intIn(payload.month, 1, 12);
      return m === null ? null : calendarMonths(year, m, m);
    }
    default:
      return null;
  }
}
