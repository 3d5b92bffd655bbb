/**
 * Collects the fields of one national-index row with their provenance.
 * JSON values only: a count is a whole number from 0 to MAX_COUNT, a rate a number in 0–100;
 * `null` stays null (never 0); anything else is reported, not stored.
 */
import type { CellRef, CountField, Extraction, FieldKey, RateField } from '../domain/types';
import type { Json } from './unit-row';
import { MAX_COUNT } from '../domain/fields';

export const INDEX_HEADER = 'Bộ chỉ số 766';

export type Collected = Pick<Extraction, 'fields' | 'cells' | 'unmapped' | 'warnings'>;

export function emptyCollected(): Collected {
  return { fields: {}, cells: {}, unmapped: [], warnings: [] };
}

/** Stores one JSON value under a field; returns false when the value was absent or unusable. */
export function putValue(out: Collected, key: FieldKey, value: unknown, header: string[], row: string, isRate = false): boolean {
  if (value === undefined) return false;
  const cell: CellRef = { header, row, raw: JSON.stringify(value) };
  // A count is whole and below the ceiling (1e21 digitized documents is a forgery, not a count).
  const usable = (x: number) => (isRate ? Number.isFinite(x) && x <= 100 : Number.isInteger(x) && x <= MAX_COUNT);
  if (value !== null && (typeof value !== 'number' || !usable(value) || value < 0)) {
    out.warnings.push(`Giá trị không đọc được ở ${header.slice(1).join(' › ')} (${row}): ${cell.raw} – bỏ qua.`);
    return false;
  }
  out.fields[key] = value;
  out.cells[key] = cell;
  return true;
}

export interface MetricFields {
  numerator?: CountField;
  denominator?: CountField;
  rate: RateField;
}

/**
 * A metric object {code, numerator, denominator, ratio}: counts when it has
 * them; its `ratio` only when it has no counts (e.g. ELECTRONIC_CERTIFIED_COPY
 * gives numerator/denominator null with ratio 100).
 */
export function putMetric(out: Collected, metric: Json, map: MetricFields, row: string): void {
  const code = String(metric.code);
  const hasCounts = typeof metric.numerator === 'number' || typeof metric.denominator === 'number';
  if (map.numerator) putValue(out, map.numerator, metric.numerator, [INDEX_HEADER, code, 'numerator'], row);
  if (map.denominator) putValue(out, map.denominator, metric.denominator, [INDEX_HEADER, code, 'denominator'], row);
  const countsMapped = map.numerator !== undefined || map.denominator !== undefined;
  if (!(countsMapped && hasCounts) && metric.ratio !== null) {
    putValue(out, map.rate, metric.ratio, [INDEX_HEADER, code, 'ratio'], row, true);
  }
  // A numerator above its denominator cannot be a share of it: neither is kept (a rate of 250% would read "Đạt").
  const { numerator: n, denominator: d } = metric;
  if (typeof n === 'number' && typeof d === 'number' && n > d) {
    out.warnings.push(`${code} (${row}): tử số ${n} lớn hơn mẫu số ${d} – bỏ qua cả hai.`);
    for (const key of [map.numerator, map.denominator]) {
      if (key === undefined) continue;
      delete out.fields[key];
      delete out.cells[key];
    }
  }
}

const QUALITY_FLAGS: Record<string, string> = {
  TEMP_NATIONAL_REPORT_DENOMINATOR: 'mẫu số đang là số tạm của báo cáo quốc gia',
  NO_NATIONAL_REPORT_DATA: 'chưa có số liệu báo cáo quốc gia',
};

/** Data-quality flags the portal attaches to a row or its metrics, as clerk-readable warnings. */
export function qualityWarnings(row: Json, name: string): string[] {
  const text = JSON.stringify(row);
  const out = Object.entries(QUALITY_FLAGS)
    .filter(([flag]) => text.includes(flag))
    .map(([flag, vi]) => `Cổng DVC quốc gia đánh dấu số liệu của ${name}: ${vi} (${flag}).`);
  if (typeof row.dataQualityMessage === 'string' && row.dataQualityMessage.trim()) {
    out.push(`Cổng DVC quốc gia ghi chú về số liệu của ${name}: ${row.dataQualityMessage.trim()}`);
  }
  return out;
}
