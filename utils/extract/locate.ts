/**
 * Stage 1: find the visible grids of a page. Structure (tags, ARIA roles)
 * drives it, never a vendor's class or id: plain and Ant Design `<table>`s,
 * ARIA grids and Angular Material `mat-table`s, grids whose header and
 * body are two separate tables (Kendo UI, DevExtreme, fixed-header antd), and
 * grids whose first columns are frozen in parts of their own (Kendo's locked
 * columns, PrimeNG's frozen view, ag-Grid's pinned columns).
 */
import { cellIndexedRows } from './cell-indexed';
import { pivotParts } from './pivot-layout';
import { nestedHeaderRows } from './header-groups';
import { cleanText } from './normalize';

export interface LocatedGrid {
  /** Rows of cell elements, in reading order, header rows first. */
  rows: Element[][];
  /** Header rows known from markup (`<thead>`, a header table, header roles); null = detect from content. */
  headerRows: number | null;
  /** Caption or accessible name of the grid ('' when none). */
  caption: string;
  /** The grid's element (a split grid: its body table), to look around it (pagination). */
  root?: Element;
  /** The heading just before the grid ("Kết quả xử lý phản ánh, kiến nghị"): what the table is about. */
  heading?: string;
}

const HEADING = /^h[1-6]$/;
const HEADING_LOOKUP = { up: 4, back: 6, inside: 200 };

const isHeading = (el: Element): boolean => HEADING.test(el.localName) || el.getAttribute('role') === 'heading';

/** The last heading inside `el`, looking at its first HEADING_LOOKUP.inside elements only (it may hold a big table). */
function lastHeadingIn(el: Element): Element | null {
  let last: Element | null = null;
  let seen = 0;
  const walker = el.ownerDocument.createTreeWalker(el, 1); // NodeFilter.SHOW_ELEMENT
  for (let n = walker.nextNode(); n && seen < HEADING_LOOKUP.inside; n = walker.nextNode(), seen++) {
    if (isHeading(n as Element)) last = n as Element;
  }
  return last;
}

/**
 * The text of the heading (h1–h6, role=heading) closest before `el`: among its previous siblings, then its
 * ancestors' (a few steps each way; a heading inside a sibling counts, its last one). '' when none is near.
 */
function headingBefore(el: Element): string {
  let node: Element | null = el;
  for (let up = 0; node && up < HEADING_LOOKUP.up; up++, node = node.parentElement) {
    let prev = node.previousElementSibling;
    for (let back = 0; prev && back < HEADING_LOOKUP.back; back++, prev = prev.previousElementSibling) {
      const heading = isHeading(prev) ? prev : lastHeadingIn(prev);
      if (heading) return cleanText(heading.textContent ?? '');
    }
  }
  return '';
}

const LEAD = { up: 3, back: 2, max: 200 };

const NOT_SHOWN_TEXT = new Set(['select', 'option', 'datalist', 'style', 'script', 'template', 'noscript']);

const BLOCK = new Set(['div', 'p', 'br', 'li', 'tr', 'td', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'center', 'section', 'header']);

/** An element's text without a list's options or code, a line break between its blocks: what a reader sees. */
function shownText(el: Element): string {
  let out = '';
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 3) out += n.nodeValue ?? '';
    else if (n.nodeType !== 1 || NOT_SHOWN_TEXT.has((n as Element).localName)) continue;
    else out += BLOCK.has((n as Element).localName) ? `\n${shownText(n as Element)}\n` : ` ${shownText(n as Element)} `;
  }
  return out;
}

/**
 * The short lines just before a grid that no heading tag marks, nearest first ("Kết quả giải quyết TTHC (toàn thành
 * phố, năm 2025)" in a styled div): a few previous siblings of the grid and of its containers, each at most LEAD.max
 * long, split at their blocks.
 */
export function leadLines(el: Element, { throughWrappers = false } = {}): string[] {
  const lines: string[] = [];
  let node: Element | null = el;
  // With `throughWrappers`, a container that is its parent's only child (a grid library's wrappers, antd's six) is
  // no level of its own: the line over a deeply wrapped grid is still found.
  const level = (n: Element) => (!throughWrappers || n.previousElementSibling || n.nextElementSibling ? 1 : 0);
  for (let up = 0; node && up < LEAD.up; up += level(node), node = node.parentElement) {
    let prev = node.previousElementSibling;
    for (let back = 0; prev && back < LEAD.back; back++, prev = prev.previousElementSibling) {
      const text = prev.textContent ?? '';
      if (text.length > LEAD.max || prev.querySelector('table')) continue;
      for (const line of shownText(prev).split('\n')) if (cleanText(line) !== '') lines.push(cleanText(line));
    }
  }
  return lines;
}

const ARIA_ROOT_ROLES = new Set(['table', 'grid', 'treegrid']);
const ARIA_ROOT_TAGS = new Set(['mat-table', 'cdk-table']);
const ROW_TAGS = new Set(['mat-header-row', 'mat-row', 'mat-footer-row', 'cdk-header-row', 'cdk-row', 'cdk-footer-row']);
const HEADER_CELL_TAGS = new Set(['th', 'mat-header-cell', 'cdk-header-cell']);
const CELL_TAGS = new Set([...HEADER_CELL_TAGS, 'mat-cell', 'mat-footer-cell', 'cdk-cell', 'cdk-footer-cell']);
const CELL_ROLES = new Set(['columnheader', 'rowheader', 'cell', 'gridcell']);
/** How far up two tables may sit below a shared container to count as one split grid. */
const SPLIT_MAX_DEPTH = 7;
const INLINE_HIDDEN = /display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse)/i;

export function isHeaderCell(cell: Element): boolean {
  return HEADER_CELL_TAGS.has(cell.localName) || cell.getAttribute('role') === 'columnheader';
}

/** Cheap per-row/cell test (attributes only): hidden attribute, aria-hidden, inline display:none. */
export function isHiddenInline(el: Element): boolean {
  if (!el.hasAttributes()) return false; // the usual row or cell
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && INLINE_HIDDEN.test(style);
}

/** Hidden by itself (its attributes, else its computed style), whatever its ancestors. */
export function isSelfHidden(el: Element): boolean {
  if (isHiddenInline(el)) return true;
  const style = el.ownerDocument.defaultView?.getComputedStyle(el);
  return style !== undefined && (style.display === 'none' || style.visibility === 'hidden' || style.visibility === 'collapse');
}

/** Visibility of a candidate grid and its ancestors; computed style is read once per element. */
export function visibilityChecker(doc: Document): (el: Element) => boolean {
  const hidden = new Map<Element, boolean>();
  const isHidden = (el: Element): boolean => {
    let known = hidden.get(el);
    if (known === undefined) {
      known = isSelfHidden(el) || (el.parentElement !== null && isHidden(el.parentElement));
      hidden.set(el, known);
    }
    return known;
  };
  return (el) => !isHidden(el);
}

interface TableParts {
  table: HTMLTableElement;
  head: Element[][];
  body: Element[][];
  caption: string;
}

/**
 * An empty cell drawn zero pixels high: a column-sizing row's cell (jqGrid's first rows), or the stand-in under a
 * header cell that spans two rows (jqGrid's group headers). It holds no column of its own.
 */
const ZERO_HEIGHT = /(?:^|;)\s*height\s*:\s*0(?:px)?\s*(?:;|$)/i;
const isSizingCell = (cell: Element): boolean => ZERO_HEIGHT.test(cell.getAttribute('style') ?? '') && (cell.textContent ?? '').trim() === '';

const NO_BOX = /display\s*:\s*none/i;

/**
 * A row's cells as the table lays them out: a cell of `display: none` takes no place (jspreadsheet keeps the cells a
 * merge covers so; one of `visibility: hidden` still does), nor does a zero-height sizing cell.
 */
function tableCells(row: Element): Element[] {
  const cells: Element[] = [];
  for (let c = row.firstElementChild; c; c = c.nextElementSibling) {
    if ((c.localName === 'td' || c.localName === 'th') && !(c.hasAttribute('style') && (isSizingCell(c) || NO_BOX.test(c.getAttribute('style') ?? '')))) cells.push(c);
  }
  return cells;
}

/** A grid's row holding a table of its own: its pager or toolbar row. */
const holdsTable = (row: Element): boolean => row.getElementsByTagName('table').length > 0;

function sectionRows(section: Element, into: Element[][]): void {
  for (let r = section.firstElementChild; r; r = r.nextElementSibling) {
    if (r.localName !== 'tr' || isHiddenInline(r) || holdsTable(r)) continue;
    const cells = tableCells(r);
    // A row of sizing cells only is no row of the table.
    if (cells.length > 0 || r.firstElementChild === null) into.push(cells);
  }
}

function readTable(table: HTMLTableElement): TableParts {
  const head: Element[][] = [];
  const body: Element[][] = [];
  const foot: Element[][] = [];
  let caption = '';
  for (let child = table.firstElementChild; child; child = child.nextElementSibling) {
    const tag = child.localName;
    if (tag === 'thead') sectionRows(child, head);
    else if (tag === 'tbody') sectionRows(child, body);
    else if (tag === 'tfoot') sectionRows(child, foot);
    else if (tag === 'tr' && !isHiddenInline(child) && !holdsTable(child)) {
      const cells = tableCells(child);
      if (cells.length > 0 || child.firstElementChild === null) body.push(cells);
    }
    else if (tag === 'caption') caption = cleanText(child.textContent ?? '');
  }
  caption ||= cleanText(table.getAttribute('aria-label') ?? '');
  return { table, head, body: body.concat(foot), caption };
}

/** A table that carries only column headings: the top half of a split grid. */
function isHeaderOnly(parts: TableParts): boolean {
  if (parts.head.length > 0) return parts.body.every((row) => row.length === 0 || isFilterRow(row));
  // Stops at the first row of figures: a big table's body is not read for it.
  let headings = 0;
  for (const row of parts.body) {
    if (row.length > 0 && row.every(isHeaderCell)) headings++;
    else if (!isFilterRow(row)) return false;
  }
  return headings > 0;
}

/** A header's row of search boxes under the headings (DevExtreme's filter row): form controls, no text. */
function isFilterRow(row: Element[]): boolean {
  return row.length > 0 && row.every((cell) => cellText(cell) === '') && row.some((cell) => cell.querySelector('input, select') !== null);
}

function isBodyOnly(parts: TableParts): boolean {
  return parts.head.length === 0 && parts.body.length > 0 && !parts.body.some((row) => row.some(isHeaderCell));
}

function shareContainer(a: Element, b: Element): boolean {
  let up: Element | null = a;
  for (let depth = 0; up && depth <= SPLIT_MAX_DEPTH; depth++, up = up.parentElement) {
    if (up.contains(b)) {
      let fromB: Element | null = b;
      for (let d = 0; fromB && d <= SPLIT_MAX_DEPTH; d++, fromB = fromB.parentElement) if (fromB === up) return true;
      return false;
    }
  }
  return false;
}

/** A grid made of tables: its header rows (known from markup; none = detect from content) and body rows. */
interface TableGrid {
  head: Element[][];
  body: Element[][];
  caption: string;
  /** Its first and last table (the same for a plain table). */
  first: Element;
  last: Element;
}

/** Row r of a grid split sideways: the left part's cells, then the right part's. */
function zipRows(left: Element[][], right: Element[][]): Element[][] {
  return Array.from({ length: Math.max(left.length, right.length) }, (_, r) => (left[r] ?? []).concat(right[r] ?? []));
}

const cellText = (cell: Element): string => cleanText(cell.textContent ?? '');
/**
 * A cell showing a figure ("795", "1.234", "98,5%"). Only to tell a frozen label part from the figures beside it:
 * reading the figure is numbers.ts's job, which this stage does not import (the content script's quick test uses it).
 */
const FIGURE = /^\d[\d.,\s]*%?$/;
const isFigure = (cell: Element): boolean => FIGURE.test(cellText(cell));
const isLabelCell = (cell: Element): boolean => /\p{L}/u.test(cellText(cell));

/** Rows a grid's footer table holds at most (a total, a page total). */
const MAX_FOOTER_ROWS = 3;

/** Columns a row covers (its cells' colspans added). */
const rowWidth = (row: Element[]): number => row.reduce((n, cell) => n + Math.max(1, Number(cell.getAttribute('colspan') ?? 1) || 1), 0);

/** A few rows as wide as the body's, with no heading cell: the footer of the body's grid. */
function isFooterOf(foot: TableParts, body: TableParts): boolean {
  const width = Math.max(0, ...body.body.slice(0, MAX_FOOTER_ROWS + 2).map(rowWidth));
  return isBodyOnly(foot) && foot.body.length <= MAX_FOOTER_ROWS && foot.body.every((row) => rowWidth(row) === width || rowWidth(withoutEmptyEnd(row)) === width);
}

/** A row without the empty cells at its end (a fixed header's placeholder over the body's scroll bar). */
function withoutEmptyEnd(row: Element[]): Element[] {
  let end = row.length;
  while (end > 0 && cellText(row[end - 1] as Element) === '') end--;
  return end === row.length ? row : row.slice(0, end);
}

/** A header table holding a few summary rows under its headings (a total pinned at the top), over `body`'s rows. */
function hasSummaryOver(head: TableParts, body: TableParts): boolean {
  return head.head.length > 0 && head.body.length > 0 && isFooterOf({ ...head, head: [] }, body);
}

/**
 * Tables that make one grid: a header table over a body table (a fixed header), and a grid whose first columns are
 * frozen (Kendo's locked columns: two header tables, then two body tables, the frozen part first).
 */
function tableGrids(parts: TableParts[]): TableGrid[] {
  const grids: TableGrid[] = [];
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i] as TableParts;
    const [h2, b1, b2] = [parts[i + 1], parts[i + 2], parts[i + 3]];
    const headOf = (t: TableParts) => (t.head.length > 0 ? t.head : t.body);
    if (h2 && b1 && b2 && isHeaderOnly(p) && isHeaderOnly(h2) && isBodyOnly(b1) && isBodyOnly(b2) && b1.body.length === b2.body.length
      && [h2, b1, b2].every((t) => shareContainer(p.table, t.table))) {
      grids.push({ head: zipRows(headOf(p), headOf(h2)), body: zipRows(b1.body, b2.body), caption: p.caption || h2.caption, first: p.table, last: b2.table });
      i += 3;
    } else if (h2 && (isHeaderOnly(p) || hasSummaryOver(p, h2)) && isBodyOnly(h2) && shareContainer(p.table, h2.table)) {
      // Kendo and others draw the footer (the "Tổng cộng" row) in a third table of the same grid; antd may pin a
      // summary row under the header, in the header's table.
      const foot = b1 && isFooterOf(b1, h2) && shareContainer(p.table, b1.table) ? b1 : undefined;
      const top = isHeaderOnly(p) ? [] : p.body;
      grids.push({ head: p.head.length > 0 ? p.head : headOf(p), body: top.concat(h2.body, foot ? foot.body : []), caption: p.caption || h2.caption, first: p.table, last: (foot ?? h2).table });
      i += foot ? 2 : 1;
    } else grids.push({ head: p.head, body: p.body, caption: p.caption, first: p.table, last: p.table });
  }
  return grids;
}

/**
 * A grid whose first columns are frozen in a part of their own (PrimeNG's frozen view, two whole tables side by
 * side): the left part labels every row and has no figures (a row number at most), the right part has the figures of
 * as many rows. Read apart, the figures would have no row labels and the labels no figures.
 */
function isFrozenPair(left: TableGrid, right: TableGrid): boolean {
  return left.head.length > 0 && right.head.length > 0 && left.body.length > 0 && left.body.length === right.body.length
    && shareContainer(left.last, right.first)
    // Its only figure may be a row number in its first column ("1", "2"): a part with figures of its own is a table.
    && left.body.every((row) => row.some(isLabelCell) && row.every((cell, c) => !isFigure(cell) || (c === 0 && /^\d{1,3}$/.test(cellText(cell)))))
    && right.body.some((row) => row.some(isFigure));
}

const rowTexts = (row: Element[]): string[] => row.map(cellText).filter((t) => t !== '');

/** Whether `part`'s texts appear in `whole` in the same order (`part` may skip some). */
function inOrder(part: readonly string[], whole: readonly string[]): boolean {
  let k = 0;
  for (const text of whole) if (k < part.length && text === part[k]) k++;
  return k === part.length;
}

/**
 * A table drawn over another as a copy of some of its columns (DevExtreme's fixed columns: the same rows, the fixed
 * cells' texts, the other columns collapsed into one empty wide cell) is no grid of its own: read, it would stand
 * beside the real one as half a grid, and keep the real one's header and body apart.
 */
function isOverlayOf(copy: TableParts, real: TableParts): boolean {
  const rows = (t: TableParts) => t.head.concat(t.body);
  const [a, b] = [rows(copy), rows(real)];
  if (a.length === 0 || a.length !== b.length || !shareContainer(copy.table, real.table)) return false;
  const collapsed = a.some((row) => row.some((cell) => cellText(cell) === '' && Number(cell.getAttribute('colspan') ?? 1) > 1));
  return collapsed && a.some((row) => rowTexts(row).length > 0) && a.every((row, r) => inOrder(rowTexts(row), rowTexts(b[r] ?? [])));
}

function withoutOverlays(parts: TableParts[]): TableParts[] {
  return parts.filter((p, i) => !parts.some((q, j) => j !== i && Math.abs(j - i) <= 2 && isOverlayOf(p, q)));
}

/**
 * A table in a row of a data table that spans the whole row (an expanded row's detail: a unit's figures by field of
 * work under the unit's row): the outer table is still the data table, read without that row; the detail is read on
 * its own as before.
 */
function isDetailRowTable(table: HTMLTableElement): boolean {
  const row = table.parentElement?.closest('tr');
  const outer = row?.closest('table');
  return !!row && !!outer && tableCells(row).length === 1 && (outer.tHead?.rows[0]?.cells.length ?? 0) >= 2;
}

function locateTables(doc: Document, visible: (el: Element) => boolean, partsOf: readonly Element[]): LocatedGrid[] {
  const tables = Array.from(doc.getElementsByTagName('table')).filter((t) => !partsOf.some((root) => root.contains(t)));
  // A table holding tables is page layout, not data. Looking up from each table is
  // cheaper than searching down a big one.
  // A one-row table inside a grid is its pager or toolbar (ASP.NET GridView's page numbers), not page layout.
  const details = new Set(tables.filter(isDetailRowTable));
  const layout = new Set(tables.filter((t) => t.rows.length > 1 && !details.has(t)).map((t) => t.parentElement?.closest('table')));
  // A pivot grid drawn as a layout of four tables is one grid (pivot-layout.ts); its parts are not read on their own.
  const located: LocatedGrid[] = [];
  const pivotTables = new Set<Element>();
  for (const outer of layout) {
    const pivot = outer && visible(outer) ? pivotParts(outer, tableCells) : null;
    if (!outer || !pivot) continue;
    pivot.parts.forEach((t) => pivotTables.add(t));
    located.push({ rows: pivot.rows, headerRows: pivot.headerRows, caption: '', root: pivot.root, heading: headingBefore(outer) });
  }
  const grids = tableGrids(withoutOverlays(tables.filter((t) => !layout.has(t) && !pivotTables.has(t) && visible(t)).map(readTable)));
  for (let i = 0; i < grids.length; i++) {
    let g = grids[i] as TableGrid;
    const next = grids[i + 1];
    if (next && isFrozenPair(g, next)) {
      g = { head: zipRows(g.head, next.head), body: zipRows(g.body, next.body), caption: g.caption || next.caption, first: g.first, last: next.last };
      i++;
    }
    located.push({ rows: g.head.concat(g.body), headerRows: g.head.length > 0 ? g.head.length : null, caption: g.caption, root: g.last, heading: headingBefore(g.first) });
  }
  return located;
}

function ariaRole(el: Element): 'row' | 'cell' | null {
  const role = el.getAttribute('role');
  if (role === 'row' || ROW_TAGS.has(el.localName)) return 'row';
  if ((role !== null && CELL_ROLES.has(role)) || CELL_TAGS.has(el.localName)) return 'cell';
  return null;
}

/**
 * Rows (or cells) below `el`, looking through wrapper elements but not into what was found, nor into a `<table>` (read
 * as a table: a grid's detail pane, or the table a role=grid wrapper holds).
 */
function collect(el: Element, want: 'row' | 'cell', into: Element[]): void {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
    if (isHiddenInline(c) || c.localName === 'table') continue;
    if (ariaRole(c) === want) into.push(c);
    else collect(c, want, into);
  }
}

/**
 * Outermost ARIA grid roots (role=table|grid|treegrid, mat-table), found by one
 * walk that does not enter `<table>`s (read as tables) or the roots found.
 * Cheaper than an attribute selector over a page holding a 20,000-row table.
 */
export function findAriaRoots(doc: Document): Element[] {
  const roots: Element[] = [];
  const walk = (el: Element) => {
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
      if (c.localName === 'table') continue;
      const role = c.getAttribute('role');
      if ((role !== null && ARIA_ROOT_ROLES.has(role)) || ARIA_ROOT_TAGS.has(c.localName)) roots.push(c);
      else walk(c);
    }
  };
  if (doc.body) walk(doc.body);
  return roots;
}

const ariaIndex = (el: Element, name: string): number => Number(el.getAttribute(name) ?? NaN);

/**
 * A grid whose rows are split over a pinned part and a scrolling part (ag-Grid's pinned columns: one `role=row` per
 * part, both with the same aria-rowindex) has its parts joined into one row per index, cells in aria-colindex order.
 * Read part by part, the figures rows had no unit label and were added up.
 */
function joinByRowIndex(rowEls: Element[], cells: Element[][]): Element[][] {
  const indexes = rowEls.map((row) => ariaIndex(row, 'aria-rowindex'));
  const indexed = indexes.filter((index) => !Number.isNaN(index));
  if (new Set(indexed).size === indexed.length) return cells;
  const joined = new Map<number, Element[]>();
  indexes.forEach((index, k) => {
    if (!Number.isNaN(index)) joined.set(index, (joined.get(index) ?? []).concat(cells[k] ?? []));
  });
  const rows = [...joined.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, row]) => (row.every((c) => !Number.isNaN(ariaIndex(c, 'aria-colindex'))) ? row.sort((a, b) => ariaIndex(a, 'aria-colindex') - ariaIndex(b, 'aria-colindex')) : row));
  // Rows without an index (a pinned summary row drawn apart) follow, as they stand.
  return [...rows, ...cells.filter((_, k) => Number.isNaN(indexes[k]))];
}

/** A detached stand-in for a header cell over `span` columns from `index`: the page's own elements are never changed. */
function standIn(cell: Element, index: number, span: number, text: string | null): Element {
  const stand = cell.ownerDocument.createElement('div');
  stand.setAttribute('role', cell.getAttribute('role') ?? 'columnheader');
  stand.setAttribute('aria-colindex', String(index));
  stand.setAttribute('aria-colspan', String(span));
  stand.textContent = text;
  return stand;
}

/**
 * A row whose cells are placed by aria-colindex with gaps between them (ag-Grid's column-group header: "Hồ sơ tiếp
 * nhận" at column 3, "Đã xử lý" at 9, no aria-colspan): each cell spans to the next one, the last to aria-colcount,
 * and an empty cell stands over the columns before the first (the pinned columns, which have no group).
 * With aria-colspan given, the cells keep their spans and empty cells fill the columns none covers (a group row with no
 * cell over the row expander's column).
 */
function spanByColIndex(row: Element[], colCount: number): Element[] {
  const at = row.map((c) => ariaIndex(c, 'aria-colindex'));
  if (row.length === 0 || at.some(Number.isNaN)) return row;
  if (row.some((c) => c.hasAttribute('aria-colspan'))) return withGapsFilled(row, at);
  const ends = at.map((index, k) => at[k + 1] ?? (Number.isFinite(colCount) && colCount >= index ? colCount + 1 : index + 1));
  const first = at[0] as number;
  if (first <= 1 && ends.every((end, k) => end - (at[k] as number) === 1)) return row;
  const spread = row.map((cell, k) => {
    const span = (ends[k] as number) - (at[k] as number);
    return span <= 1 ? cell : standIn(cell, at[k] as number, span, cell.textContent);
  });
  // Columns before the first cell (pinned columns with no group above them): an empty cell over them.
  return first > 1 ? [standIn(row[0] as Element, 1, first - 1, ''), ...spread] : spread;
}

const WIDTH = /(?:^|;)\s*width\s*:\s*([\d.]+)px/i;
const widthOf = (cell: Element): number => Number(WIDTH.exec(cell.getAttribute('style') ?? '')?.[1] ?? NaN);

/**
 * A group header row whose cells say neither their columns nor their spans, only their drawn widths (ag-Grid, absolutely
 * placed): each group spans the header cells below it whose widths add up to its own. Null when a width is missing or
 * the widths do not add up.
 */
function spanByWidth(groups: Element[], leaves: Element[]): Element[] | null {
  if (groups.length >= leaves.length || groups.some((c) => c.hasAttribute('aria-colspan') || c.hasAttribute('colspan'))) return null;
  const widths = leaves.map(widthOf);
  if (widths.some(Number.isNaN) || groups.some((c) => Number.isNaN(widthOf(c)))) return null;
  const out: Element[] = [];
  let at = 0;
  for (const group of groups) {
    let span = 0;
    let sum = 0;
    while (at + span < widths.length && sum + 1 < widthOf(group)) sum += widths[at + span++] ?? 0;
    if (span === 0 || Math.abs(sum - widthOf(group)) > 2) return null;
    out.push(span === 1 ? group : standIn(group, at + 1, span, group.textContent));
    at += span;
  }
  return at === widths.length ? out : null;
}

function withGapsFilled(row: Element[], at: readonly number[]): Element[] {
  const out: Element[] = [];
  let next = 1;
  row.forEach((cell, k) => {
    const index = at[k] as number;
    if (index > next) out.push(standIn(cell, next, index - next, ''));
    out.push(cell);
    next = index + Math.max(1, Number(cell.getAttribute('aria-colspan') ?? 1) || 1);
  });
  return out;
}

type IndexedRows = NonNullable<ReturnType<typeof cellIndexedRows>>;

function locateAriaGrids(roots: readonly Element[], byIndex: ReadonlyMap<Element, IndexedRows>, visible: (el: Element) => boolean): LocatedGrid[] {
  const grids: LocatedGrid[] = [];
  for (const root of roots) {
    if (!visible(root)) continue;
    const indexed = byIndex.get(root);
    if (indexed) {
      grids.push({ rows: indexed.rows, headerRows: indexed.headerRows > 0 ? indexed.headerRows : null, caption: cleanText(root.getAttribute('aria-label') ?? ''), root, heading: headingBefore(root) });
      continue;
    }
    const rowEls: Element[] = [];
    collect(root, 'row', rowEls);
    if (rowEls.length === 0) continue;
    const colCount = ariaIndex(root, 'aria-colcount');
    const rows = joinByRowIndex(rowEls, rowEls.map((row) => {
      const cells: Element[] = [];
      collect(row, 'cell', cells);
      return cells;
    })).map((row) => spanByColIndex(row, colCount));
    const grouped = rows[0] ? nestedHeaderRows(rows[0]) : null;
    if (grouped) rows.splice(0, 1, ...grouped);
    let headerRows = 0;
    while ((rows[headerRows]?.length ?? 0) > 0 && (rows[headerRows] ?? []).every(isHeaderCell)) headerRows++;
    const leaves = rows[headerRows - 1];
    for (let h = 0; leaves && h < headerRows - 1; h++) rows[h] = spanByWidth(rows[h] ?? [], leaves) ?? rows[h] ?? [];
    const caption = cleanText(root.getAttribute('aria-label') ?? '');
    grids.push({ rows, headerRows: headerRows > 0 ? headerRows : null, caption, root, heading: headingBefore(root) });
  }
  return grids;
}

/** Visible candidate grids of a page, in document order per kind (tables first). */
export function locateGrids(doc: Document): LocatedGrid[] {
  const visible = visibilityChecker(doc);
  const roots = findAriaRoots(doc);
  const byIndex = new Map(roots.flatMap((root) => {
    const rows = cellIndexedRows(root, isHiddenInline);
    return rows ? [[root, rows] as const] : [];
  }));
  // The header and footer tables of a grid drawn column by column are its parts (cell-indexed.ts), not tables.
  return [...locateTables(doc, visible, [...byIndex.keys()]), ...locateAriaGrids(roots, byIndex, visible)];
}
