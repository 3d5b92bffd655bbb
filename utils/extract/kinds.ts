/** Stage: what kinds of page a set of mapped fields makes (a page may be several). */
import { KIND_FIELDS, type FieldKey, type PageKind } from '../domain/fields';

export function pageKinds(fields: readonly FieldKey[]): PageKind[] {
  return KIND_FIELDS.filter(([, keys]) => keys.some((k) => fields.includes(k))).map(([kind]) => kind);
}
