/**
 * One worksheet through the page pipeline: the sheet becomes a table (sheet-table.ts), then the same
 * locate → grid → header paths → synonyms → rows → numbers → period → kinds → validate stages as a page, with the
 * same field registry, privacy rule (personal columns are never read) and unit rule. What a file adds: the unit
 * named in its title (another unit's file is refused), a period standing alone in a title line, and each value's
 * cell address for provenance.
 */
import type { Extraction, FieldKey } from '../domain/types';
import { extractGrid, type ExtractOptions } from '../extract/extraction';
import { buildGrid, type Grid } from '../extract/grid';
import { locateGrids } from '../extract/locate';
import { cleanText } from '../extract/normalize';
import { isOtherUnit } from '../extract/page-unit';
import { clerkKey } from '../extract/rows';
import { cellAddress } from './address';
import { sheetTable, type SheetLike, type SheetTable } from './sheet-table';
import { titleUnit } from './title';
import { titlePeriod } from '../extract/period';

/** Why a sheet gave nothing: a code the interface words (components/strings), with the detail it quotes. */
export type SheetProblem =
  | { code: 'otherUnit'; unit: string }
  /** The pipeline's own sentence (Vietnamese, as on a page's notice), e.g. a table by unit without the clerk's row. */
  | { code: 'unreadable'; detail: string }
  | { code: 'noStatistics' };

export type SheetOutcome = { ok: true; extractions: Extraction[]; unit: string | null } | { ok: false; problem: SheetProblem };

/** Reads one sheet; `doc` is a scratch document (its body is replaced). */
export function extractSheet(doc: Document, sheet: SheetLike, opts: ExtractOptions): SheetOutcome {
  const built = sheetTable(doc, sheet);
  if (!built) return { ok: false, problem: { code: 'noStatistics' } };
  const clerk = clerkKey(opts);
  const named = titleUnit(built.titles, clerk);
  if (named !== null && isOtherUnit(named, clerk)) return { ok: false, problem: { code: 'otherUnit', unit: named } };

  doc.body.replaceChildren(built.table);
  const titled = titlePeriod(built.titles, opts.cutoffDay);
  const page = { inputs: () => null, pickers: () => null, text: () => titled, writesOut: () => false };
  const extractions: Extraction[] = [];
  let problem: string | undefined;
  for (const located of locateGrids(doc)) {
    const grid = buildGrid(located);
    const outcome = extractGrid(grid, opts, page);
    if (outcome === null) continue;
    if ('problem' in outcome) problem ??= outcome.problem;
    else extractions.push(...outcome.extractions.map((e) => withAddresses(e, grid, built)));
  }
  doc.body.replaceChildren();
  if (extractions.length > 0) return { ok: true, extractions, unit: named };
  return { ok: false, problem: problem === undefined ? { code: 'noStatistics' } : { code: 'unreadable', detail: problem } };
}

const pathKey = (path: readonly string[]): string => path.join('\u0000');

/**
 * Each value's sheet cell: its column is the grid column with the value's header path (the grid's columns are
 * the sheet's, from its first used column), its row the first below the title whose label and value are the ones
 * read. A sum over rows has no one cell and gets no address.
 */
function withAddresses(e: Extraction, grid: Grid, built: SheetTable): Extraction {
  const columns = new Map<string, number>();
  grid.paths.forEach((path, c) => {
    if (!columns.has(pathKey(path))) columns.set(pathKey(path), c);
  });
  const cells: Extraction['cells'] = {};
  for (const [key, ref] of Object.entries(e.cells) as [FieldKey, NonNullable<Extraction['cells'][FieldKey]>][]) {
    // A reading note ("(đọc là …)") may follow the page's own header path: the column is that path's.
    let path = ref.header;
    while (path.length > 1 && !columns.has(pathKey(path))) path = path.slice(0, -1);
    const c = columns.get(pathKey(path));
    const r = c === undefined ? -1 : rowOf(built.texts, c, ref.row, ref.raw);
    cells[key] = r < 0 || c === undefined ? ref : { ...ref, address: cellAddress(built.range.s.r + r, built.range.s.c + c) };
  }
  return { ...e, cells };
}

function rowOf(texts: readonly string[][], c: number, label: string, raw: string): number {
  const wanted = cleanText(raw);
  const rowLabel = cleanText(label);
  if (rowLabel === '') return -1;
  return texts.findIndex((row) => row[c] === wanted && row.includes(rowLabel));
}
