/**
 * Teach mode, page side: the first table of the page with a numeric column the
 * engine does not read, as the teach page lists it. Only header paths, readings
 * and a few numbers leave the page: never a row label, never a personal column,
 * never a column of long digit runs (ID or phone numbers under an unknown header).
 */
import type { FieldKey } from '../domain/types';
import type { TeachColumnView, TeachTableView } from '../domain/protocol';
import { pageGrids } from '../extract/page-grids';
import { isMissing, parseCount, parseRate } from '../extract/numbers';
import { fieldOf, gridSubject, mapColumns, type ColumnRole, type TaughtLookup } from '../extract/synonyms';

const SAMPLES = 3;
const LONG_DIGITS = /\d{9}/;
const NOT_TAUGHT: ReadonlySet<ColumnRole['kind']> = new Set(['personal', 'label', 'code', 'index']);

const isNumber = (raw: string) => parseCount(raw).value !== null || parseRate(raw).value !== null;

/** The column's first numbers as shown, or null when it is not a column of numbers. */
function samplesOf(rows: readonly string[][], index: number): string[] | null {
  const samples: string[] = [];
  let numbers = 0;
  let others = 0;
  for (const row of rows) {
    const raw = row[index] ?? '';
    if (LONG_DIGITS.test(raw.replace(/[\s.,]/g, ''))) return null;
    if (isMissing(raw)) continue;
    if (!isNumber(raw)) others++;
    else if (numbers++ < SAMPLES) samples.push(raw);
  }
  return numbers > 0 && numbers >= others ? samples : null;
}

const fieldIn = (role: ColumnRole | undefined): FieldKey | null => fieldOf(role) ?? null;

export function teachTable(doc: Document, taught?: TaughtLookup): TeachTableView | null {
  // The grids as extraction reads them (legend, the page's subject), so a taught heading is the one it looks up.
  for (const { grid } of pageGrids(doc)) {
    const roles = mapColumns(grid.paths, taught, gridSubject(grid));
    const engine = taught ? mapColumns(grid.paths, undefined, gridSubject(grid)) : roles;
    const columns: TeachColumnView[] = [];
    grid.paths.forEach((header, i) => {
      if (header.length === 0 || NOT_TAUGHT.has(roles[i]?.kind ?? 'unknown')) return;
      const samples = samplesOf(grid.rows, i);
      if (samples) columns.push({ header, field: fieldIn(roles[i]), engine: fieldIn(engine[i]), samples });
    });
    if (columns.some((c) => c.field === null)) return { columns };
  }
  return null;
}
