import { parseIsoDate } from '../domain/period';

/** True for a real calendar day `YYYY-MM-DD` (never 2026-02-30). */
export function isRealDay(iso: string): boolean {
  try {
    parseIsoDate(iso);
    return true;
  } catch {
    return false;
  }
}

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** A real instant written as `toISOString()` writes it, so string order is time order. */
export function isCanonicalInstant(iso: string): boolean {
  if (!INSTANT.test(iso)) return false;
  const time = Date.parse(iso);
  return Number.isFinite(time) && new Date(time).toISOString() === iso;
}
