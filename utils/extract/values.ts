/**
 * Stage 6 applied: read the mapped cells of the chosen row (or add up the
 * data rows) into fields, each with its provenance. Values are exactly what
 * the page shows; nothing is derived here.
 */
import { RATE_FIELDS, type CellRef, type FieldKey, type Fields } from '../domain/types';
import { parseCount, parseRate, plainCount, type ParsedNumber } from './numbers';
import type { LabelledRow } from './rows';
import type { ColumnRole } from './synonyms';

export interface FieldColumn {
  index: number;
  fields: FieldKey[];
  path: string[];
  rate: boolean;
}

export interface ReadValues {
  fields: Fields;
  cells: Partial<Record<FieldKey, CellRef>>;
  /** Cells whose text is not a number, as clerk-readable sentences. */
  unreadable: string[];
}

const RATES: ReadonlySet<FieldKey> = new Set(RATE_FIELDS);

export function fieldColumns(roles: readonly ColumnRole[], paths: readonly string[][]): FieldColumn[] {
  return roles.flatMap((role, index) =>
    role.kind === 'field'
      ? [{ index, fields: role.fields, path: paths[index] ?? [], rate: role.fields.some((f) => RATES.has(f)) }]
      : [],
  );
}

function parse(column: FieldColumn, raw: string): ParsedNumber {
  return column.rate ? parseRate(raw) : parseCount(raw);
}

function unreadable(raw: string, column: FieldColumn, row: string): string {
  return `Ô «${raw}» ở cột «${column.path.join(' › ')}», dòng «${row}» không phải là số: bỏ trống.`;
}

export function readRow(row: LabelledRow, columns: readonly FieldColumn[]): ReadValues {
  const out: ReadValues = { fields: {}, cells: {}, unreadable: [] };
  for (const column of columns) {
    const raw = row.cells[column.index] ?? '';
    const { value, ok } = parse(column, raw);
    if (!ok) out.unreadable.push(unreadable(raw, column, row.label));
    for (const field of column.fields) {
      out.fields[field] = value;
      out.cells[field] = { header: column.path, row: row.label, raw };
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
    for (const row of rows) {
      const raw = row.cells[column.index] ?? '';
      const plain = plainCount(raw); // the usual cell ("12", "1.234"), without cleaning or allocation
      if (plain >= 0) {
        sum = (sum ?? 0) + plain;
        continue;
      }
      const { value, ok } = parseCount(raw);
      if (!ok) out.unreadable.push(unreadable(raw, column, row.label));
      if (value !== null) sum = (sum ?? 0) + value;
    }
    for (const field of column.fields) {
      out.fields[field] = sum;
      out.cells[field] = { header: column.path, row: label, raw: sum === null ? '' : String(sum) };
    }
  }
  return out;
}
