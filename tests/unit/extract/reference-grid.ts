/**
 * The grid builder as it was before the body-row fast path (one cell object
 * per slot for every row), kept only as the reference the fast path is
 * checked against in grid-fast.test.ts. When grid semantics change on
 * purpose, change utils/extract/grid.ts and this file together.
 */
import { isPreambleText } from '@/utils/extract/grid';
import { isHeaderCell, isHiddenInline, type LocatedGrid } from '@/utils/extract/locate';
import { cleanText } from '@/utils/extract/normalize';
import { isMissing, isNumberText } from '@/utils/extract/numbers';

interface Grid {
  /** Header path of every column, top-down (spans merged), display texts. */
  paths: string[][];
  /** Data rows: one text per column; '' for empty or span-covered cells. */
  rows: string[][];
  /** Caption and title rows above the header ("(Từ ngày … đến ngày …)"). */
  titles: string[];
}

interface Cell {
  text: string;
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  el: Element;
}

const MAX_COLSPAN = 1000;
const TABLE_CELLS = new Set(['td', 'th']);
const BLOCK_TAGS = new Set(['div', 'p', 'li', 'tr', 'td', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const SKIPPED_TAGS = new Set(['script', 'style', 'template', 'noscript', 'svg']);
/** "1", "(3)", "A", "(3)=(4)+(5)": a cell of a column-number row. */
const COLUMN_NUMBER = /^[([]?(\d{1,3}|[a-z])[)\]]?(?:\s*[=+\-*x×/]\s*[([]?\d{1,3}[)\]]?)*$/i;
/** A lone child of these kinds adds no word breaks and hides nothing. */
const INLINE_TAGS = new Set(['a', 'strong', 'b', 'span', 'i', 'em', 'u', 'font', 'label']);
const EMPHASIS_TAGS = new Set(['strong', 'b']);

/**
 * Text of a cell: `textContent`, except that `<br>` and blocks separate words
 * and hidden parts are left out. The usual cell (text, or one `<a>`/`<strong>`
 * around text) takes the fast `textContent` path.
 */
function cellText(el: Element): string {
  const only = el.firstElementChild;
  const plain = only === null || (only === el.lastElementChild && only.firstElementChild === null && INLINE_TAGS.has(only.localName));
  return cleanText(plain ? (el.textContent ?? '') : spacedText(el));
}

function spacedText(el: Element): string {
  let out = '';
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 3) out += n.nodeValue ?? '';
    else if (n.nodeType === 1) {
      const child = n as Element;
      const tag = child.localName;
      if (tag === 'br') out += ' ';
      else if (!SKIPPED_TAGS.has(tag) && !isHiddenInline(child)) {
        out += BLOCK_TAGS.has(tag) ? ` ${spacedText(child)} ` : spacedText(child);
      }
    }
  }
  return out;
}

function span(el: Element, name: 'rowspan' | 'colspan'): number {
  const raw = el.getAttribute(TABLE_CELLS.has(el.localName) ? name : `aria-${name}`);
  if (raw === null) return 1;
  const n = parseInt(raw, 10);
  return Number.isFinite(n) && n >= 0 ? n : 1;
}

/**
 * Lay cells on a rectangle: each slot points at the cell covering it, so a
 * spanning cell appears in every slot it covers. `sectionEnd` stops header
 * rowspans at the end of a known header section.
 */
function expand(rows: Element[][], sectionEnd: number | null): Cell[][] {
  const slots: Cell[][] = [];
  const carried: (Cell | undefined)[] = [];
  const carriedLeft: number[] = [];
  rows.forEach((els, r) => {
    const line: Cell[] = [];
    let c = 0;
    const takeCarried = () => {
      while ((carriedLeft[c] ?? 0) > 0) {
        line[c] = carried[c] as Cell;
        carriedLeft[c] = (carriedLeft[c] ?? 0) - 1;
        c++;
      }
    };
    const last = sectionEnd !== null && r < sectionEnd ? sectionEnd : rows.length;
    for (const el of els) {
      takeCarried();
      const colSpan = Math.min(Math.max(span(el, 'colspan'), 1), MAX_COLSPAN);
      const wanted = span(el, 'rowspan');
      const rowSpan = wanted === 0 ? last - r : Math.max(1, Math.min(wanted, last - r)); // rowspan=0: to the end
      const cell: Cell = { text: cellText(el), row: r, col: c, rowSpan, colSpan, el };
      for (let k = 0; k < colSpan; k++, c++) {
        line[c] = cell;
        if (rowSpan > 1) {
          carried[c] = cell;
          carriedLeft[c] = rowSpan - 1;
        }
      }
    }
    for (; c < carriedLeft.length; c++) {
      if ((carriedLeft[c] ?? 0) > 0) takeCarried();
    }
    slots.push(line);
  });
  return slots;
}

/** The cells that start on row `r`, each once, left to right. */
function ownCells(line: Cell[], r: number): Cell[] {
  const out: Cell[] = [];
  for (const cell of line) if (cell && cell.row === r && out[out.length - 1] !== cell) out.push(cell);
  return out;
}

function isColumnNumberRow(filled: Cell[]): boolean {
  let previous = -1;
  let numbered = 0;
  for (const cell of filled) {
    const m = COLUMN_NUMBER.exec(cell.text);
    if (!m) return false;
    const n = Number(m[1]);
    if (Number.isNaN(n)) continue; // a letter column ("A", "B")
    if (previous >= 0 && n !== previous + 1) return false;
    previous = n;
    numbered++;
  }
  return filled.length >= 3 && numbered >= 2;
}

/** A row holding one or two texts, none a number, drawn across the row: a title or group label. */
function isLabelRow(own: Cell[], filled: Cell[]): boolean {
  if (filled.length === 0 || filled.length > 2 || filled.some((c) => isNumberText(c.text))) return false;
  return own.length <= 2 || filled.some((c) => c.colSpan > 1);
}

/** One text drawn across (most of) the grid above the header: a report title or period line. */
function isTitleRow(own: Cell[], filled: Cell[], width: number): boolean {
  const only = filled[0];
  return filled.length === 1 && only !== undefined && !isNumberText(only.text) && (own.length === 1 || only.colSpan * 2 > width);
}

function isEmphasised(cell: Cell): boolean {
  const first = cell.el.firstElementChild;
  return first !== null && EMPHASIS_TAGS.has(first.localName) && cleanText(first.textContent ?? '') === cell.text;
}

function isHeaderRow(own: Cell[], filled: Cell[]): boolean {
  if (own.every((c) => isHeaderCell(c.el))) return true;
  if (filled.some((c) => isNumberText(c.text) || isMissing(c.text))) return false;
  return filled.every(isEmphasised) || filled.length >= 2;
}

interface HeaderSplit {
  levels: number[];
  end: number;
}

/**
 * Header rows from content: leading rows with no numbers (or all `<th>`,
 * or all `<strong>`), plus any row a header cell spans into. Title rows
 * before the header are set aside; a column-number row ends the header.
 */
function detectHeader(slots: Cell[][], start: number, width: number, titles: string[]): HeaderSplit {
  const levels: number[] = [];
  let spannedUntil = 0;
  let r = start;
  for (; r < slots.length; r++) {
    const own = ownCells(slots[r] ?? [], r);
    const filled = own.filter((c) => c.text !== '');
    if (filled.length === 0) continue;
    if (isColumnNumberRow(filled)) return { levels, end: r + 1 };
    if (r >= spannedUntil) {
      if (levels.length === 0 && (isTitleRow(own, filled, width) || filled.every((c) => isPreambleText(c.text)))) {
        titles.push(...filled.map((c) => c.text));
        continue;
      }
      if (levels.length > 0 && isLabelRow(own, filled)) break; // a group label: data begins
      if (!isHeaderRow(own, filled)) break;
    }
    levels.push(r);
    for (const c of own) spannedUntil = Math.max(spannedUntil, r + c.rowSpan);
  }
  return { levels, end: r };
}

/** Header rows given by markup: titles and column numbers inside them are set aside. */
function knownHeader(slots: Cell[][], count: number, width: number, titles: string[]): HeaderSplit {
  const levels: number[] = [];
  for (let r = 0; r < count; r++) {
    const own = ownCells(slots[r] ?? [], r);
    const filled = own.filter((c) => c.text !== '');
    if (filled.length === 0 || isColumnNumberRow(filled)) continue;
    if (levels.length === 0 && isTitleRow(own, filled, width)) titles.push(filled[0]?.text ?? '');
    else levels.push(r);
  }
  // A <thead> holding only a title: the real header is in the body.
  return levels.length > 0 ? { levels, end: count } : detectHeader(slots, count, width, titles);
}

function headerPath(slots: Cell[][], levels: number[], col: number): string[] {
  const path: string[] = [];
  let previous: Cell | undefined;
  for (const r of levels) {
    const cell = slots[r]?.[col];
    if (cell && cell !== previous && cell.text !== '' && cell.text !== path[path.length - 1]) path.push(cell.text);
    previous = cell;
  }
  return path;
}

export function referenceBuildGrid(located: LocatedGrid): Grid {
  const slots = expand(located.rows, located.headerRows);
  const width = slots.reduce((w, line) => Math.max(w, line.length), 0);
  const titles = located.caption ? [located.caption] : [];
  const { levels, end } =
    located.headerRows !== null
      ? knownHeader(slots, located.headerRows, width, titles)
      : detectHeader(slots, 0, width, titles);

  const paths: string[][] = [];
  for (let c = 0; c < width; c++) paths.push(headerPath(slots, levels, c));

  const rows: string[][] = [];
  for (let r = end; r < slots.length; r++) {
    const line = slots[r] ?? [];
    const own = ownCells(line, r);
    const filled = own.filter((c) => c.text !== '');
    if (filled.length === 0 || isLabelRow(own, filled) || isColumnNumberRow(filled)) continue;
    const texts: string[] = new Array<string>(width).fill('');
    for (const cell of own) texts[cell.col] = cell.text;
    rows.push(texts);
  }
  return { paths, rows, titles };
}
