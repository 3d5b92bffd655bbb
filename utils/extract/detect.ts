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
  /da (?:giai quyet|xu ly)|(?<!chua )(?:co ket qua|hoan thanh)/,
  /dang (?:giai quyet|xu ly|thuc hien)|chua (?:co ket qua|giai quyet|xu ly)/,
  /so hoa/,
  /thanh toan/,
  /phan anh|kien nghi|pakn/,
  /ty le/,
];
const MAX_TABLES = 30;
const HEAD_ROWS = 6;
/**
 * A heading cell longer than this is not a heading: it is a page laid out in
 * a table (an article in a layout cell), and folding all of it would cost
 * more than the whole test may (spec §8: ≤ 2 ms).
 */
export const MAX_HEAD_CELL = 400;
/** An ARIA grid's header row group is read up to this many characters. */
const MAX_ARIA_HEAD = 4000;

/** `textContent` of an element, leaving out child elements (cells) too long to be headings. */
function shortText(parent: Element): string {
  let text = '';
  for (let n = parent.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 3) text += n.nodeValue ?? '';
    else if (n.nodeType === 1) {
      const t = n.textContent ?? '';
      if (t.length <= MAX_HEAD_CELL) text += t;
    }
  }
  return text;
}

/** Heading text of a table: its `<thead>`, else its first rows; cells too long to be headings left out. */
function tableHeadText(table: HTMLTableElement): string {
  const head = table.tHead;
  if (head) {
    let text = '';
    for (let n = head.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 3) text += n.nodeValue ?? '';
      else if (n.nodeType === 1) text += shortText(n as Element);
    }
    return text;
  }
  let text = '';
  let count = 0;
  for (let section = table.firstElementChild; section && count < HEAD_ROWS; section = section.nextElementSibling) {
    if (section.localName === 'tr') {
      text += ` ${shortText(section)}`;
      count++;
      continue;
    }
    if (section.localName === 'colgroup') continue; // its <col>s are no rows (Excel's HTML has one per column)
    // The first rows of a section, without listing the 10,000 others.
    for (let row = section.firstElementChild; row && count < HEAD_ROWS; row = row.nextElementSibling) {
      text += ` ${shortText(row)}`;
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
  for (const root of findAriaRoots(doc).slice(0, MAX_TABLES)) {
    text += ` ${(root.firstElementChild?.textContent ?? '').slice(0, MAX_ARIA_HEAD)}`;
  }
  return (text !== '' && ANY_TERM.test(foldDiacritics(text))) || looksLikeStatsTitle(headingText(doc));
}

/** A page of KPI cards has no table: its title and headings say it is statistics. */
const STATS_TITLE = /thong ke|bao cao|bang dieu hanh|dashboard|tong quan|tinh hinh (?:giai quyet|xu ly|tiep nhan)|ket qua (?:giai quyet|xu ly)|chi tieu|chi so/;
const MAX_HEADINGS = 8;
const MAX_HEADING = 200;

/** The page's title and first headings (cheap: a few elements). */
export function headingText(doc: Document): string {
  let text = doc.title.slice(0, MAX_HEADING);
  for (const tag of ['h1', 'h2', 'h3']) {
    const els = doc.getElementsByTagName(tag);
    for (let i = 0; i < els.length && i < MAX_HEADINGS; i++) text += ` ${(els[i]?.textContent ?? '').slice(0, MAX_HEADING)}`;
  }
  return text;
}

/**
 * The page's own title: its document title and its first-level headings (not a side panel's). Apart from headingText:
 * the content script's cheap test carries only that one.
 */
export function pageTitleText(doc: Document): string {
  const h1 = Array.from(doc.getElementsByTagName('h1')).slice(0, MAX_HEADINGS);
  return [doc.title, ...h1.map((el) => el.textContent ?? '')].map((t) => t.slice(0, MAX_HEADING)).join(' ');
}

/** Reads like the title of a statistics page ("Thống kê …", "Báo cáo …", "Tình hình giải quyết …"). */
export function looksLikeStatsTitle(text: string): boolean {
  return STATS_TITLE.test(foldDiacritics(text));
}

/** Headings that name at least two dossier-statistics ideas: unreadable such a table is a problem to report. */
export function looksLikeStatsHeader(paths: readonly string[][]): boolean {
  const text = foldDiacritics(paths.flat().join(' '));
  return STATS_TERMS.filter((re) => re.test(text)).length >= 2;
}

/** The page title as stored with a capture: only a statistics title; any other may name a citizen. */
export function storedTitle(title: string): string {
  return looksLikeStatsTitle(title) ? title : '';
}
