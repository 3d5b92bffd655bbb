/**
 * Stage 8: checks on what was read; the clerk gets Vietnamese warnings that
 * quote the numbers. Nothing is changed but where a figure cannot stand: an
 * impossible rate, and of two tables disagreeing, the later one's figure.
 */
import { FIELD_LABELS, measureOf, RESOLVED_SPLITS } from '../domain/fields';
import type { Extraction } from '../domain/types';
import { RATE_FIELDS, type FieldKey, type Fields } from '../domain/types';
import type { FieldColumn, ReadValues } from './values';
import { pageKinds } from './kinds';

const fmt = (n: number) => n.toLocaleString('vi-VN', { maximumFractionDigits: 2 });
const name = (f: FieldKey) => `«${FIELD_LABELS[f]}»`;

/** Parts that cannot exceed their whole: each count that alone makes a rate and its base (the field registry's
 * measures), and the catalogue's levels. */
const SHARES: readonly (readonly [FieldKey, FieldKey])[] = [
  ...RATE_FIELDS.flatMap((rate) => {
    const m = measureOf(rate);
    const [alone] = m?.numerator.length === 1 ? m.numerator : [];
    return m && alone ? [[alone, m.base] as const] : [];
  }),
  ['tthcProvincial', 'tthcTotal'],
  ['tthcCommune', 'tthcTotal'],
];

function values(fields: Fields, keys: readonly FieldKey[]): number[] | null {
  const out: number[] = [];
  for (const k of keys) {
    const v = fields[k];
    if (v === undefined || v === null) return null;
    out.push(v);
  }
  return out;
}

/** "total = a + b + c" when every figure is on the page. */
function identity(fields: Fields, total: FieldKey, parts: readonly FieldKey[]): string | null {
  const shown = fields[total];
  const found = values(fields, parts);
  if (shown === undefined || shown === null || found === null) return null;
  const sum = found.reduce((a, b) => a + b, 0);
  if (sum === shown) return null;
  return `${name(total)} là ${fmt(shown)} nhưng ${parts.map(name).join(' + ')} = ${found.map(fmt).join(' + ')} = ${fmt(sum)}.`;
}

function channels(fields: Fields): FieldKey[] {
  return fields.receivedDirectOrPostal !== undefined
    ? ['receivedOnline', 'receivedDirectOrPostal']
    : ['receivedOnline', 'receivedDirect', 'receivedPostal'];
}

/** received ≈ resolved + in progress, allowing returned/suspended dossiers counted apart (vendors differ). */
function balance(fields: Fields): string | null {
  const found = values(fields, ['receivedTotal', 'resolvedTotal', 'inProgressTotal']);
  if (found === null) return null;
  const [received = 0, resolved = 0, inProgress = 0] = found;
  const others = (fields.returnedWithdrawn ?? 0) + (fields.suspended ?? 0);
  if (received === resolved + inProgress || received === resolved + inProgress + others) return null;
  const extra = others > 0 ? ` (+ trả lại, tạm dừng ${fmt(others)})` : '';
  return `${name('receivedTotal')} là ${fmt(received)} nhưng đã giải quyết + đang giải quyết = ${fmt(resolved)} + ${fmt(inProgress)}${extra} = ${fmt(resolved + inProgress + others)}.`;
}

/**
 * A rate outside 0–100 % cannot be a rate of dossiers (a pivot's subtotal adding up its rows' rates: 114,1 %): not
 * kept, and said. The one change made to what was read.
 */
export function dropImpossibleRates(read: ReadValues): string[] {
  const said: string[] = [];
  for (const f of RATE_FIELDS) {
    const v = read.fields[f];
    if (v === undefined || v === null || (v >= 0 && v <= 100)) continue;
    said.push(`${name(f)} là ${fmt(v)}%, nằm ngoài 0–100%: không lưu.`);
    delete read.fields[f];
    delete read.cells[f];
  }
  return said;
}

export function checkFields(fields: Fields): string[] {
  const hasNew = fields.receivedNew !== undefined;
  const checks = [
    identity(fields, 'receivedNew', channels(fields)),
    hasNew
      ? identity(fields, 'receivedTotal', ['receivedNew', 'carriedOver'])
      : identity(fields, 'receivedTotal', [...channels(fields), 'carriedOver']),
    ...RESOLVED_SPLITS.map((parts) => identity(fields, 'resolvedTotal', parts)),
    identity(fields, 'inProgressTotal', ['inProgressWithin', 'inProgressOverdue']),
    balance(fields),
  ];
  for (const [part, whole] of SHARES) {
    const found = values(fields, [part, whole]);
    if (found && (found[0] ?? 0) > (found[1] ?? 0)) {
      checks.push(`${name(part)} (${fmt(found[0] ?? 0)}) lớn hơn ${name(whole)} (${fmt(found[1] ?? 0)}).`);
    }
  }
  return checks.filter((c): c is string => c !== null);
}

/** Each count column of the data rows should add up to the total row. */
export function checkRowSums(total: ReadValues, sum: ReadValues, columns: readonly FieldColumn[], totalLabel: string): string[] {
  const out: string[] = [];
  for (const column of columns) {
    const field = column.fields[0];
    if (column.rate || field === undefined) continue;
    const shown = total.fields[field];
    const added = sum.fields[field];
    if (shown === undefined || shown === null || added === undefined || added === null || shown === added) continue;
    out.push(`Cột «${column.path.join(' › ')}»: cộng các dòng được ${fmt(added)}, dòng «${totalLabel}» ghi ${fmt(shown)}.`);
  }
  return out;
}

/**
 * Two tables of one page giving one field of one period different numbers ("Tổng nhận" 322 in a summary box, "Mới
 * nhận" 307 in the main table): the first table's stands, the later one's is dropped and the clerk is told, so a
 * later capture never silently overrides the main table. Returns the readings left with a field.
 */
export function settleDisagreements(extractions: readonly Extraction[]): Extraction[] {
  extractions.forEach((later, i) => {
    for (const earlier of extractions.slice(0, i)) {
      if (earlier.period?.from !== later.period?.from || earlier.period?.to !== later.period?.to) continue;
      for (const [key, value] of Object.entries(later.fields) as [FieldKey, number | null][]) {
        const first = earlier.fields[key];
        if (first == null || value == null || first === value) continue;
        delete later.fields[key];
        delete later.cells[key];
        later.warnings.push(`${name(key)}: bảng này ghi ${fmt(value)}, bảng trước trên cùng trang ghi ${fmt(first)}: lấy theo bảng trước.`);
        later.kinds = pageKinds(Object.keys(later.fields) as FieldKey[]);
      }
    }
  });
  // A table left with nothing of its own is not stored.
  return extractions.filter((e) => Object.keys(e.fields).length > 0);
}
