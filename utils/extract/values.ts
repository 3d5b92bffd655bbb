/**
 * Stage 6 applied: read the mapped cells of the chosen row (or add up the
 * data rows) into fields, each with its provenance. Values are exactly what
 * the page shows; nothing is derived here.
 */
import { RATE_FIELDS, type CellRef, type FieldKey, type Fields } from '../domain/types';
import { cleanText } from './normalize';
import { parseCount, parseRate, plainCount, type ParsedNumber } from './numbers';
import type { LabelledRow } from './rows';
import type { ColumnRole } from './synonyms';

export interface FieldColumn {
  index: number;
  fields: FieldKey[];
  path: string[];
  rate: boolean;
  /** A rate column written as fractions of one ("0,9934" for 99,34 %): see markFractions. */
  fraction?: boolean;
  /** Further columns whose cells add up into the same field ("Sắp trễ" + "Chưa đến"). */
  more: { index: number; path: string[] }[];
}

export interface ReadValues {
  fields: Fields;
  cells: Partial<Record<FieldKey, CellRef>>;
  /** Cells whose text is not a number, as clerk-readable sentences. */
  unreadable: string[];
}

const RATES: ReadonlySet<FieldKey> = new Set(RATE_FIELDS);

export function fieldColumns(roles: readonly ColumnRole[], paths: readonly string[][]): FieldColumn[] {
  const out: FieldColumn[] = [];
  roles.forEach((role, index) => {
    if (role.kind !== 'field') return;
    const path = paths[index] ?? [];
    const same = out.find((c) => c.fields.join() === role.fields.join());
    if (same) same.more.push({ index, path });
    else out.push({ index, fields: role.fields, path, rate: role.fields.some((f) => RATES.has(f)), more: [] });
  });
  return out;
}

/** The header shown for a column, or for columns added together: their common groups, then "a + b". */
export function columnHeader(column: FieldColumn): string[] {
  if (column.more.length === 0) return column.path;
  const paths = [column.path, ...column.more.map((m) => m.path)];
  let common = 0;
  while (paths.every((p) => p.length - 1 > common && p[common] === column.path[common])) common++;
  return [...column.path.slice(0, common), paths.map((p) => p.slice(common).join(' › ')).join(' + ')];
}

const indices = (column: FieldColumn) => [column.index, ...column.more.map((m) => m.index)];

function parse(column: FieldColumn, raw: string): ParsedNumber {
  if (!column.rate) return parseCount(raw);
  const rate = parseRate(raw);
  // Rounded back to the digits written: 0,9934 × 100 is 99.34, not 99.33999999999999.
  return column.fraction && rate.value !== null ? { ...rate, value: Number((rate.value * 100).toFixed(8)) } : rate;
}

/** A fraction of one written to three or more decimals ("0,9934", "1,0000"); a percent never is, below 1 %. */
const FRACTION = /^[01][.,]\d{3,}$/;

/**
 * Rate columns the table writes as fractions of one (OpenCPS reports: "0,9934", "1,0000", with "1 = 100%" in a note):
 * every value of the column, on every row, at most 1 and written to three or more decimals. Marks them, to be read
 * times 100, and says so.
 */
export function markFractions(columns: FieldColumn[], rows: readonly string[][]): string[] {
  const said: string[] = [];
  for (const column of columns) {
    if (!column.rate) continue;
    const written = rows.map((cells) => cleanText(cells[column.index] ?? '')).filter((t) => parseRate(t).value !== null);
    if (written.length === 0 || !written.every((t) => FRACTION.test(t) && parseRate(t).value! <= 1)) continue;
    column.fraction = true;
    said.push(`Cột «${columnHeader(column).join(' › ')}» ghi tỷ lệ dạng số thập phân (1 = 100%): đã đọc thành phần trăm.`);
  }
  return said;
}

/** Neither the cell's text nor the row's label goes into the sentence: on a list of dossiers either may name a citizen. */
function unreadable(column: FieldColumn, rowNumber: number): string {
  return `Một ô ở cột «${columnHeader(column).join(' › ')}», dòng số liệu thứ ${rowNumber} không phải là số: bỏ trống.`;
}

/** The cells of `column` on `row` added up; missing when any of them is missing (a missing part never makes a smaller sum). */
function readCells(row: LabelledRow, column: FieldColumn, rowNumber: number, out: ReadValues): { value: number | null; raw: string } {
  const raws: string[] = [];
  let sum: number | null = 0;
  for (const index of indices(column)) {
    const raw = row.cells[index] ?? '';
    raws.push(raw);
    const { value, ok } = parse(column, raw);
    if (!ok) out.unreadable.push(unreadable(column, rowNumber));
    sum = value === null || sum === null ? null : sum + value;
  }
  return { value: sum, raw: raws.join(' + ') };
}

export function readRow(row: LabelledRow, columns: readonly FieldColumn[], rowNumber = 1): ReadValues {
  const out: ReadValues = { fields: {}, cells: {}, unreadable: [] };
  for (const column of columns) {
    const { value, raw } = readCells(row, column, rowNumber, out);
    for (const field of column.fields) {
      out.fields[field] = value;
      out.cells[field] = { header: columnHeader(column), row: row.label, raw };
    }
  }
  return out;
}

/** Column sums of count fields over `rows` (rates cannot be added and are left out); all-missing stays null. */
export function sumRows(rows: readonly LabelledRow[], columns: readonly FieldColumn[], label: string): ReadValues {
  const out: ReadValues = { fields: {}, cells: {}, unreadable: [] };
  for (const column of columns) {
    if (column.rate) continue;
    let sum: number | null = null;
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r] as LabelledRow;
      for (const index of indices(column)) {
        const raw = row.cells[index] ?? '';
        const plain = plainCount(raw); // the usual cell ("12", "1.234"), without cleaning or allocation
        if (plain >= 0) {
          sum = (sum ?? 0) + plain;
          continue;
        }
        const { value, ok } = parseCount(raw);
        if (!ok) out.unreadable.push(unreadable(column, r + 1));
        if (value !== null) sum = (sum ?? 0) + value;
      }
    }
    for (const field of column.fields) {
      out.fields[field] = sum;
      out.cells[field] = { header: columnHeader(column), row: label, raw: sum === null ? '' : String(sum) };
    }
  }
  return out;
}
