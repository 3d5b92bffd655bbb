/**
 * Page extraction: a `Document` in, plain `Extraction`s out. Pure (no
 * extension API); the stages live in their own files:
 * locate → grid → synonyms → rows → values (numbers) → period → kinds → validate.
 */
import type { Extraction, Period } from '../domain/types';
import { looksLikeStatsPage } from './detect';
import { extractGrid, type ExtractOptions, type PagePeriods } from './extraction';
import { buildGrid } from './grid';
import { locateGrids } from './locate';
import { pageText, periodFromInputs, periodFromText } from './period';

export { looksLikeStatsPage } from './detect';
export type { ExtractOptions } from './extraction';
export { parseCount, parseRate } from './numbers';

export interface PageExtraction {
  extractions: Extraction[];
  /** Vietnamese: why a table that looks like statistics could not be read (only when nothing was read). */
  problem?: string;
}

function once<T>(compute: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value;
  };
}

export interface PageCheck {
  /** The caller has just seen `looksLikeStatsPage(doc)` hold: it is not run again. */
  checked?: boolean;
}

export function extractPage(doc: Document, opts: ExtractOptions, { checked = false }: PageCheck = {}): PageExtraction {
  if (!checked && !looksLikeStatsPage(doc)) return { extractions: [] };
  const page: PagePeriods = {
    inputs: once((): Period | null => periodFromInputs(doc)),
    text: once((): Period | null => periodFromText(pageText(doc), opts.cutoffDay)),
  };
  const extractions: Extraction[] = [];
  let problem: string | undefined;
  for (const located of locateGrids(doc)) {
    const outcome = extractGrid(buildGrid(located), opts, page);
    if (outcome === null) continue;
    if ('problem' in outcome) problem ??= `Không đọc được bảng thống kê: ${outcome.problem}.`;
    else extractions.push(outcome.extraction);
  }
  return extractions.length > 0 || problem === undefined ? { extractions } : { extractions, problem };
}
