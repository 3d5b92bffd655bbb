/**
 * A period's figures: one value per field, each with where it came from
 * (spec §4: exact-period captures only, latest capture wins, manual entry
 * overrides; missing canonical totals are derived from their parts).
 */
import type { Capture, CellRef, FileSource, Period } from '../domain/types';
import { FIELD_KEYS, FIELD_LABELS, RESOLVED_SPLITS, type FieldKey, type Fields } from '../domain/fields';
import { samePeriod } from '../domain/period';

const MANUAL_NOTE = 'nhập tay';

export type FigureSource =
  | {
      kind: 'capture';
      captureId: number | undefined;
      url: string;
      title: string;
      capturedAt: string;
      cell: CellRef | undefined;
      /** Set when the capture was imported from an Excel export: then the source is this file's sheet, not `url`. */
      file?: FileSource;
      /** Why a capture of another period was used, e.g. "theo số liệu tháng 01/2026 trên Cổng Dịch vụ công quốc gia". */
      note?: string;
    }
  | { kind: 'manual'; note: typeof MANUAL_NOTE }
  /** `note` reads e.g. "tính từ Số hồ sơ tiếp nhận trực tuyến + …" or "tổng hợp từ 3 tháng: …". */
  | { kind: 'derived'; from: FieldKey[]; note: string };

export interface Figures {
  period: Period;
  /** A field is absent when no source gave a number for it. */
  values: Fields;
  sources: Partial<Record<FieldKey, FigureSource>>;
  /** Set when fields were summed from the reporting months inside a longer period (period-figures.ts). */
  fromMonths?: { note: string; months: string[] };
  /** National-index data for the matching calendar period, used per indicator when the back office gave none. */
  calendar?: { label: string; note: string; figures: Figures };
}

/** `target = Σ plus − Σ minus`, only when every input is known. */
interface Derivation {
  target: FieldKey;
  plus: FieldKey[];
  minus: FieldKey[];
}

/** Tried in order; the first whose inputs are all known fills a missing target. */
const DERIVATIONS: readonly Derivation[] = [
  { target: 'receivedNew', plus: ['receivedOnline', 'receivedDirect', 'receivedPostal'], minus: [] },
  { target: 'receivedNew', plus: ['receivedOnline', 'receivedDirectOrPostal'], minus: [] },
  { target: 'receivedNew', plus: ['receivedTotal'], minus: ['carriedOver'] },
  { target: 'resolvedEarlyOrOnTime', plus: ['resolvedEarly', 'resolvedOnTime'], minus: [] },
  ...RESOLVED_SPLITS.map((plus) => ({ target: 'resolvedTotal' as const, plus: [...plus], minus: [] })),
  { target: 'inProgressTotal', plus: ['inProgressWithin', 'inProgressOverdue'], minus: [] },
];

/** Sum of the fields, or null if any of them is missing (a missing part never makes a smaller total). */
export function sumOf(values: Fields, keys: readonly FieldKey[]): number | null {
  let sum = 0;
  for (const key of keys) {
    const value = values[key];
    if (value == null) return null;
    sum += value;
  }
  return sum;
}

/** Provenance of `key` read from `capture`; `note` says why a capture of another period was used. */
export function captureSource(capture: Capture, key: FieldKey, note?: string): FigureSource {
  const { id, url, title, capturedAt, file } = capture;
  return { kind: 'capture', captureId: id, url, title, capturedAt, cell: capture.cells[key], ...(file ? { file } : {}), ...(note ? { note } : {}) };
}

/**
 * Values for `period` from captures of exactly that period. Per field the
 * latest `capturedAt` with a number wins (a blank cell never hides an earlier
 * number; on equal times the later capture in the list wins). `capturedAt` is
 * always `toISOString()` (UTC), so string order is time order. `manual`
 * values override captures.
 */
export function pickFigures(captures: readonly Capture[], period: Period, manual: Fields = {}): Figures {
  const values: Fields = {};
  const sources: Figures['sources'] = {};
  const pickedAt: Partial<Record<FieldKey, string>> = {};
  for (const capture of captures) {
    if (!samePeriod(capture.period, period)) continue;
    for (const key of FIELD_KEYS) {
      const value = capture.fields[key];
      const previous = pickedAt[key];
      if (value == null || (previous !== undefined && previous > capture.capturedAt)) continue;
      values[key] = value;
      pickedAt[key] = capture.capturedAt;
      sources[key] = captureSource(capture, key);
    }
  }
  for (const key of FIELD_KEYS) {
    const value = manual[key];
    if (value == null) continue;
    values[key] = value;
    sources[key] = { kind: 'manual', note: MANUAL_NOTE };
  }
  completeDerivations(values, sources);
  return { period, values, sources };
}

/** Fills missing canonical totals from their parts (in place), noting how. */
export function completeDerivations(values: Fields, sources: Figures['sources']): void {
  for (const { target, plus, minus } of DERIVATIONS) {
    if (values[target] != null) continue;
    const added = sumOf(values, plus);
    const taken = sumOf(values, minus);
    if (added === null || taken === null) continue;
    values[target] = added - taken;
    const note = `tính từ ${plus.map((k) => FIELD_LABELS[k]).join(' + ')}${minus.map((k) => ` − ${FIELD_LABELS[k]}`).join('')}`;
    sources[target] = { kind: 'derived', from: [...plus, ...minus], note };
  }
}
