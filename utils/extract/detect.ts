/**
 * Is this a statistics page/table at all? A cheap text test on column
 * headings, run before any grid is built (spec §8: ≤ 2 ms on other pages).
 */
import { findAriaRoots } from './locate';
import { foldDiacritics } from './normalize';

/** Any of these in the headings makes a page worth reading. */
const ANY_TERM = /tiep nhan|nhan giai quyet|giai quyet|xu ly|so hoa|thanh toan|phan anh|kien nghi|ty le|truc tuyen|thu tuc|tthc/;
/** Dossier-statistics headings; two different ones make a table "look like statistics". */
const STATS_TERMS = [
  /tiep nhan|nhan giai quyet/,
  /da (?:giai quyet|xu ly)/,
  /dang (?:giai quyet|xu ly)/,
  /so hoa/,
  /thanh toan/,
  /phan anh|kien nghi|pakn/,
  /ty le/,
];
const MAX_TABLES = 30;
const HEAD_ROWS = 6;

/** Heading text of a table: its `<thead>`, else its first rows. */
function tableHeadText(table: HTMLTableElement): string {
  if (table.tHead) return table.tHead.textContent ?? '';
  let text = '';
  let count = 0;
  for (let section = table.firstElementChild; section && count < HEAD_ROWS; section = section.nextElementSibling) {
    const rows = section.localName === 'tr' ? [section] : Array.from(section.children).slice(0, HEAD_ROWS - count);
    for (const row of rows) {
      text += ` ${row.textContent ?? ''}`;
      count++;
    }
  }
  return text;
}

export function looksLikeStatsPage(doc: Document): boolean {
  const tables = doc.getElementsByTagName('table');
  let text = '';
  for (let i = 0; i < tables.length && i < MAX_TABLES; i++) text += ` ${tableHeadText(tables[i] as HTMLTableElement)}`;
  // An ARIA grid's first child is its header row (group) in the markup of the usual libraries.
  for (const root of findAriaRoots(doc).slice(0, MAX_TABLES)) text += ` ${root.firstElementChild?.textContent ?? ''}`;
  return text !== '' && ANY_TERM.test(foldDiacritics(text));
}

/** Headings that name at least two dossier-statistics ideas: unreadable such a table is a problem to report. */
export function looksLikeStatsHeader(paths: readonly string[][]): boolean {
  const text = foldDiacritics(paths.flat().join(' '));
  return STATS_TERMS.filter((re) => re.test(text)).length >= 2;
}
