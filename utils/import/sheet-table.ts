/**
 * A worksheet (as SheetJS reads it) → a `<table>` the page pipeline reads like any portal table: merged ranges
 * become colspan/rowspan (`texts` keeps every cell's text at its place, to find a value's address), and the rows
 * above the column headings that hold one text each (the export's title, unit and period lines) become one cell
 * across the table, as a title reads on the portal's own page. Numbers are written from the cell's value, never
 * from its formatted text: "1,234" in a file saved by another locale would be read as 1.234 or 1234 by guesswork.
 */
import { cleanText } from '../extract/normalize';
import { cellAddress, decodeRange, type CellRange } from './address';

/** One cell as SheetJS gives it: type, value, shown text, number format. */
export interface SheetCell {
  t: string;
  v?: unknown;
  w?: string;
  z?: string | number;
}

/** A worksheet as SheetJS gives it: dense (rows of cells in `!data`, as read here) or sparse (cells keyed by address). */
export interface SheetLike {
  '!ref'?: string;
  '!merges'?: CellRange[];
  '!data'?: (SheetCell | undefined)[][];
  [address: string]: unknown;
}

export interface SheetTable {
  table: HTMLTableElement;
  /** The title lines above the column headings, top down. */
  titles: string[];
  /** Cleaned text of every cell, row by row from the sheet's first used row and column ('' for empty). */
  texts: string[][];
  /** The sheet's used range. */
  range: CellRange;
}

/** Far beyond a portal export (a province's communes, a year of dossiers), far below harm. */
export const MAX_ROWS = 200_000;
const MAX_COLUMNS = 300;

/** A number in vi-VN writing, as a portal page shows it: "1234", "95,5" (no thousands mark to misread). */
function viNumber(n: number): string {
  if (Number.isInteger(n)) return String(n);
  return String(Number(n.toPrecision(12))).replace('.', ',');
}

/** What the clerk sees in the cell, numbers from their value (a percent format gives "95,5%"). */
export function cellText(cell: SheetCell | undefined): string {
  if (!cell) return '';
  if (cell.t === 'n' && typeof cell.v === 'number' && Number.isFinite(cell.v)) {
    const percent = typeof cell.z === 'string' && cell.z.includes('%');
    return percent ? `${viNumber(cell.v * 100)}%` : viNumber(cell.v);
  }
  if (cell.t === 's') return typeof cell.v === 'string' ? cell.v : (cell.w ?? '');
  if (cell.t === 'z') return '';
  return cell.w ?? (cell.v === undefined || cell.v === null ? '' : String(cell.v));
}

function readTexts(sheet: SheetLike, range: CellRange): string[][] {
  const texts: string[][] = [];
  const dense = sheet['!data'];
  for (let r = range.s.r; r <= range.e.r; r++) {
    const row: string[] = [];
    const cells = dense?.[r];
    for (let c = range.s.c; c <= range.e.c; c++) {
      const cell = dense ? cells?.[c] : (sheet[cellAddress(r, c)] as SheetCell | undefined);
      row.push(cleanText(cellText(cell)));
    }
    texts.push(row);
  }
  return texts;
}

const filledCount = (row: readonly string[]): number => row.reduce((n, t) => (t === '' ? n : n + 1), 0);

/**
 * A line above the column headings: one text, or two side by side with no cell reaching down into the next row
 * (the letterhead "UBND XÃ …" | "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: …" | "…, ngày … tháng … năm …");
 * a heading row has more cells, or cells spanning rows.
 */
function isTitleRow(row: readonly string[], r: number, width: number, spans: ReadonlyMap<number, { rows: number }>): boolean {
  const filled = filledCount(row);
  if (filled <= 1) return true;
  if (filled > 2) return false;
  for (let c = 0; c < width; c++) if ((spans.get(r * width + c)?.rows ?? 1) > 1) return false;
  return true;
}

export function sheetTable(doc: Document, sheet: SheetLike): SheetTable | null {
  const used = decodeRange(sheet['!ref']);
  if (!used) return null;
  const range: CellRange = {
    s: used.s,
    e: { r: Math.min(used.e.r, used.s.r + MAX_ROWS - 1), c: Math.min(used.e.c, used.s.c + MAX_COLUMNS - 1) },
  };
  const height = range.e.r - range.s.r + 1;
  const width = range.e.c - range.s.c + 1;
  const texts = readTexts(sheet, range);

  // Merges: the top-left cell spans, the others are left out (as a browser lays out a table).
  const covered = new Uint8Array(height * width);
  const spans = new Map<number, { rows: number; cols: number }>();
  for (const m of sheet['!merges'] ?? []) {
    const r0 = Math.max(m.s.r, range.s.r) - range.s.r;
    const c0 = Math.max(m.s.c, range.s.c) - range.s.c;
    const r1 = Math.min(m.e.r, range.e.r) - range.s.r;
    const c1 = Math.min(m.e.c, range.e.c) - range.s.c;
    if (r0 > r1 || c0 > c1 || (r0 === r1 && c0 === c1)) continue;
    for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) covered[r * width + c] = 1;
    covered[r0 * width + c0] = 0;
    spans.set(r0 * width + c0, { rows: r1 - r0 + 1, cols: c1 - c0 + 1 });
  }

  const table = doc.createElement('table');
  const body = doc.createElement('tbody');
  table.append(body);
  const titles: string[] = [];
  let inTitles = true;
  for (let r = 0; r < height; r++) {
    const row = texts[r] ?? [];
    const tr = doc.createElement('tr');
    body.append(tr);
    inTitles &&= isTitleRow(row, r, width, spans);
    if (inTitles) {
      const lines = row.filter((t) => t !== '');
      if (lines.length === 0) continue;
      titles.push(...lines);
      tr.append(cell(doc, lines.join(' – '), { rows: 1, cols: width }));
      continue;
    }
    for (let c = 0; c < width; c++) {
      if (covered[r * width + c]) continue;
      tr.append(cell(doc, row[c] ?? '', spans.get(r * width + c)));
    }
  }
  return { table, titles, texts, range };
}

function cell(doc: Document, text: string, span: { rows: number; cols: number } | undefined): HTMLTableCellElement {
  const td = doc.createElement('td');
  td.textContent = text;
  if (span && span.cols > 1) td.colSpan = span.cols;
  if (span && span.rows > 1) td.rowSpan = span.rows;
  return td;
}
