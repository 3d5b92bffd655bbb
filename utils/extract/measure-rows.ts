/**
 * Indicator tables that give each rate with its numerator and denominator ("Chỉ số │ Tử số │ Mẫu số │ Kết quả │
 * Điểm │ Bình quân toàn tỉnh", the Bộ chỉ số 766 as back offices show it). A row naming a rate gives that rate from
 * its result column, and, through the field registry's measure of the rate, its base from "Mẫu số" and its
 * numerator from "Tử số" when one count alone makes it ("Trước hạn" + "Đúng hạn" share one numerator: not split).
 * Scores, maxima and averages of other units are never read.
 */
import { isRateField, measureOf, type FieldKey } from '../domain/fields';
import type { Grid } from './grid';
import { labelColumn } from './keyed';
import { foldDiacritics, foldKey } from './normalize';
import { fieldOf, headerKey, mapPath, type ColumnRole, type TaughtLookup } from './synonyms';

/** "Tử số │ Mẫu số", or as the national index's unit pages word them, "Số lượng đạt │ Tổng số". */
const NUMERATOR = /^(?:tu so|so (?:luong )?dat)$/;
const BASE = /^(?:mau so|tong so)$/;
const ALL_HANDLED = /\bda va dang\b|\bdang (?:xu ly|giai quyet)\b|\btiep nhan,? xu ly\b/;
const RESOLVED_BASE = /(?:mau so|\/)[^/]*\bda (?:giai quyet|hoan thanh|tra ket qua)\b/;

/**
 * Whether an on-time rate's row divides by the resolved dossiers, as our rate does: its base said so ("Mẫu số: Tổng
 * số hồ sơ đã giải quyết"), or named "giải quyết" with no word of the dossiers in progress. The national index's
 * "Tỷ lệ hồ sơ xử lý trước hạn, đúng hạn" divides by every dossier handled, in progress too: its base is not ours.
 */
function overResolved(label: string): boolean {
  return RESOLVED_BASE.test(label) || (/\bgiai quyet truoc han\b/.test(label) && !ALL_HANDLED.test(label));
}
const RESULT = /^(?:ket qua|ket qua thuc hien|ty le|ti le|gia tri)$/;

export interface MeasureGrid {
  /** One row; a column per figure read, headed by its row's label and its column's heading. */
  grid: Grid;
  /** Reads those headings as their fields. */
  taught: TaughtLookup;
}

const leafKey = (path: readonly string[]): string => foldKey(path[path.length - 1] ?? '');

export function measureRows(grid: Grid, roles: readonly ColumnRole[]): MeasureGrid | null {
  const numerator = grid.paths.findIndex((p) => NUMERATOR.test(leafKey(p)));
  const base = grid.paths.findIndex((p) => BASE.test(leafKey(p)));
  if (numerator < 0 || base < 0) return null;
  const result = grid.paths.findIndex((p) => RESULT.test(leafKey(p)));
  const labelCol = labelColumn(grid, roles);
  if (labelCol < 0) return null;
  // Each figure keeps its row and column as its heading ("Tỷ lệ hồ sơ thanh toán trực tuyến › Mẫu số"): its provenance.
  const read = new Map<FieldKey, { path: string[]; value: string }>();
  const put = (field: FieldKey | undefined, row: readonly string[], c: number) => {
    const value = row[c] ?? '';
    if (field && value !== '' && !read.has(field)) read.set(field, { path: [row[labelCol] ?? '', ...(grid.paths[c] ?? [])], value });
  };
  for (const row of grid.rows) {
    const rate = fieldOf(mapPath([row[labelCol] ?? '']));
    if (!rate || !isRateField(rate)) continue;
    if (result >= 0) put(rate, row, result);
    const measure = measureOf(rate);
    if (!measure) continue;
    if (measure.numerator.length === 1) {
      put(measure.base, row, base);
      put(measure.numerator[0], row, numerator);
    } else if (overResolved(foldDiacritics(row[labelCol] ?? ''))) put(measure.base, row, base);
  }
  if (read.size === 0) return null;
  const figures = [...read];
  const keys = new Map(figures.map(([field, { path }]) => [headerKey(path), field]));
  return {
    grid: { ...grid, paths: figures.map(([, { path }]) => path), rows: [figures.map(([, { value }]) => value)] },
    taught: (key) => keys.get(key),
  };
}
