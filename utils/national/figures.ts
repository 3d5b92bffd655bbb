/**
 * Collects the fields of one national-index row with their provenance.
 * JSON values only: a count is a finite number ≥ 0, a rate a number in 0–100;
 * `null` stays null (never 0); anything else is reported, not stored.
 */
import type { CellRef, CountField, Extraction, FieldKey, RateField } from '../domain/types';
import type { Json } from './unit-row';

export const INDEX_HEADER = 'Bộ chỉ số 766';

export type Collected = Pick<Extraction, 'fields' | 'cells' | 'unmapped' | 'warnings'>;

export function emptyCollected(): Collected {
  return { fields: {}, cells: {}, unmapped: [], warnings: [] };
}

/** Stores one JSON value under a field; returns false when the value was absent or unusable. */
export function putValue(out: Collected, key: FieldKey, value: unknown, header: string[], row: string, isRate = false): boolean {
  if (value === undefined) return false;
  const cell: CellRef = { header, row, raw: JSON.stringify(value) };
  const max = isRate ? 100 : Number.POSITIVE_INFINITY;
  if (value !== null && (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > max)) {
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
  const { numerator: n, denominator: d } = metric;
  if (typeof n === 'number' && typeof d === 'number' && n > d) {
    out.warnings.push(`${code} (${row}): tử số ${n} lớn hơn mẫu số ${d}.`);
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
