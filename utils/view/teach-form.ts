/**
 * The teach page's form as plain data: the combobox options (the field
 * registry's Vietnamese labels by page kind, plus "Không dùng"), the columns'
 * names as the page shows them, and the check before "Lưu cách đọc".
 */
import { FIELD_LABELS, KIND_FIELDS, type FieldKey, type PageKind } from '../domain/fields';
import type { TeachColumnView } from '../domain/protocol';
import { ADDITIVE } from '../extract/synonyms';

/** The option value of "Không dùng". */
export const NOT_USED = '';

export interface FieldGroup {
  kind: PageKind;
  options: { value: FieldKey; label: string }[];
}

/** Every field of the registry, grouped by the kind of page that shows it. */
export const FIELD_GROUPS: readonly FieldGroup[] = KIND_FIELDS.map(([kind, keys]) => ({
  kind,
  options: keys.map((key) => ({ value: key, label: FIELD_LABELS[key] })),
}));

/** A column's accessible name: its header path as the page shows it. */
export const columnName = (column: Pick<TeachColumnView, 'header'>): string => column.header.join(' › ');

/** The first field chosen for two columns, or null when the choices can be saved (fields whose columns add up excepted). */
export function duplicateChoice(choices: readonly (FieldKey | null)[]): FieldKey | null {
  const seen = new Set<FieldKey>();
  for (const field of choices) {
    if (field === null || ADDITIVE.has(field)) continue;
    if (seen.has(field)) return field;
    seen.add(field);
  }
  return null;
}

/** An option value back to a choice. */
export const choiceOf = (value: string): FieldKey | null => (value === NOT_USED ? null : (value as FieldKey));
