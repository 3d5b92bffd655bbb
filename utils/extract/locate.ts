/**
 * Stage 1: find the visible grids of a page. Structure (tags, ARIA roles)
 * drives it, never a vendor's class or id: plain and Ant Design `<table>`s,
 * ARIA grids and Angular Material `mat-table`s, and grids whose header and
 * body are two separate tables (Kendo UI, DevExtreme, fixed-header antd).
 */
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
}

const ARIA_ROOT_ROLES = new Set(['table', 'grid', 'treegrid']);
const ARIA_ROOT_TAGS = new Set(['mat-table', 'cdk-table']);
const ROW_TAGS = new Set(['mat-header-row', 'mat-row', 'mat-footer-row', 'cdk-header-row', 'cdk-row', 'cdk-footer-row']);
const HEADER_CELL_TAGS = new Set(['th', 'mat-header-cell', 'cdk-header-cell']);
const CELL_TAGS = new Set([...HEADER_CELL_TAGS, 'mat-cell', 'mat-footer-cell', 'cdk-cell', 'cdk-footer-cell']);
const CELL_ROLES = new Set(['columnheader', 'rowheader', 'cell', 'gridcell']);
/** How far up two tables may sit below a shared container to count as one split grid. */
const SPLIT_MAX_DEPTH = 5;
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

/** Visibility of a candidate grid and its ancestors; computed style is read once per element. */
function visibilityChecker(doc: Document): (el: Element) => boolean {
  const view = doc.defaultView;
  const hidden = new Map<Element, boolean>();
  const selfHidden = (el: Element): boolean => {
    if (isHiddenInline(el)) return true;
    const style = view?.getComputedStyle(el);
    return style !== undefined && (style.display === 'none' || style.visibility === 'hidden' || style.visibility === 'collapse');
  };
  const isHidden = (el: Element): boolean => {
    let known = hidden.get(el);
    if (known === undefined) {
      known = selfHidden(el) || (el.parentElement !== null && isHidden(el.parentElement));
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

function tableCells(row: Element): Element[] {
  const cells: Element[] = [];
  for (let c = row.firstElementChild; c; c = c.nextElementSibling) {
    if (c.localName === 'td' || c.localName === 'th') cells.push(c);
  }
  return cells;
}

function sectionRows(section: Element, into: Element[][]): void {
  for (let r = section.firstElementChild; r; r = r.nextElementSibling) {
    if (r.localName === 'tr' && !isHiddenInline(r)) into.push(tableCells(r));
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
    else if (tag === 'tr' && !isHiddenInline(child)) body.push(tableCells(child));
    else if (tag === 'caption') caption = cleanText(child.textContent ?? '');
  }
  caption ||= cleanText(table.getAttribute('aria-label') ?? '');
  return { table, head, body: body.concat(foot), caption };
}

/** A table that carries only column headings: the top half of a split grid. */
function isHeaderOnly(parts: TableParts): boolean {
  if (parts.head.length > 0) return parts.body.every((row) => row.length === 0);
  return parts.body.length > 0 && parts.body.every((row) => row.length > 0 && row.every(isHeaderCell));
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

function locateTables(doc: Document, visible: (el: Element) => boolean): LocatedGrid[] {
  const tables = Array.from(doc.getElementsByTagName('table'));
  // A table holding tables is page layout, not data. Looking up from each table is
  // cheaper than searching down a big one.
  const layout = new Set(tables.map((t) => t.parentElement?.closest('table')));
  const parts = tables.filter((t) => !layout.has(t) && visible(t)).map(readTable);
  const grids: LocatedGrid[] = [];
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i] as TableParts;
    const next = parts[i + 1];
    if (next && isHeaderOnly(p) && isBodyOnly(next) && shareContainer(p.table, next.table)) {
      const head = p.head.length > 0 ? p.head : p.body;
      grids.push({ rows: head.concat(next.body), headerRows: head.length, caption: p.caption || next.caption, root: next.table });
      i++;
      continue;
    }
    const headerRows = p.head.length > 0 ? p.head.length : null;
    grids.push({ rows: p.head.concat(p.body), headerRows, caption: p.caption, root: p.table });
  }
  return grids;
}

function ariaRole(el: Element): 'row' | 'cell' | null {
  const role = el.getAttribute('role');
  if (role === 'row' || ROW_TAGS.has(el.localName)) return 'row';
  if ((role !== null && CELL_ROLES.has(role)) || CELL_TAGS.has(el.localName)) return 'cell';
  return null;
}

/** Rows (or cells) below `el`, looking through wrapper elements but not into what was found. */
function collect(el: Element, want: 'row' | 'cell', into: Element[]): void {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
    if (isHiddenInline(c)) continue;
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

function locateAriaGrids(doc: Document, visible: (el: Element) => boolean): LocatedGrid[] {
  const grids: LocatedGrid[] = [];
  for (const root of findAriaRoots(doc)) {
    if (root.getElementsByTagName('table').length > 0 || !visible(root)) continue;
    const rowEls: Element[] = [];
    collect(root, 'row', rowEls);
    const rows = rowEls.map((row) => {
      const cells: Element[] = [];
      collect(row, 'cell', cells);
      return cells;
    });
    let headerRows = 0;
    while ((rows[headerRows]?.length ?? 0) > 0 && (rows[headerRows] ?? []).every(isHeaderCell)) headerRows++;
    const caption = cleanText(root.getAttribute('aria-label') ?? '');
    grids.push({ rows, headerRows: headerRows > 0 ? headerRows : null, caption, root });
  }
  return grids;
}

/** Visible candidate grids of a page, in document order per kind (tables first). */
export function locateGrids(doc: Document): LocatedGrid[] {
  const visible = visibilityChecker(doc);
  return [...locateTables(doc, visible), ...locateAriaGrids(doc, visible)];
}
