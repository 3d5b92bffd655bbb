/**
 * TTHC counts (the catalogue: city total, provincial, commune, một phần /
 * toàn trình) describe the catalogue on a day, not a date range, and the
 * catalogue page usually has no period at all. The report uses the catalogue
 * as it stood at the period's end: the latest capture taken on or before the
 * last day, or, when there is none, the first one taken after it (the clerk
 * often writes the report a few days late).
 */
import type { Capture, CountField, Period } from '../domain/types';
import { formatDateVi, todayIsoLocal } from '../domain/period';

export const CATALOGUE_FIELDS = ['tthcTotal', 'tthcProvincial', 'tthcCommune', 'tthcPartial', 'tthcFull'] as const satisfies readonly CountField[];

const hasCatalogue = (c: Capture): boolean => CATALOGUE_FIELDS.some((key) => c.fields[key] != null);

/**
 * The clerk's calendar day of the capture: `capturedAt` is a UTC `toISOString()`, so its first ten
 * characters would be yesterday for a capture before 07:00 in Vietnam.
 */
const dayOf = (c: Capture): string => todayIsoLocal(new Date(c.capturedAt));

export function catalogueCapture(captures: readonly Capture[], period: Period): Capture | null {
  const withCatalogue = captures.filter(hasCatalogue).sort((a, b) => a.capturedAt.localeCompare(b.capturedAt));
  const before = withCatalogue.filter((c) => dayOf(c) <= period.to);
  return before[before.length - 1] ?? withCatalogue[0] ?? null;
}

export function catalogueNote(capture: Capture): string {
  return `danh mục TTHC lấy ngày ${formatDateVi(dayOf(capture))}`;
}
