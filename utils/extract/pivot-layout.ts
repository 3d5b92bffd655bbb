/**
 * A pivot grid laid out in a table of four parts (DevExtreme PivotGrid, Kendo PivotGrid): the row fields' names top
 * left, the column headers top right, the row headers bottom left, the figures bottom right, each its own table. The
 * figures' rows line up with the row headers' by position only: read apart, the figures have no names and the names no
 * figures. Joined here into one grid: the headers over the figures, each row's names before its figures.
 */
import { cleanText } from './normalize';

export interface PivotParts {
  /** Header rows, then the rows of names and figures. */
  rows: Element[][];
  headerRows: number;
  /** The tables it was made of (not read again on their own). */
  parts: HTMLTableElement[];
  /** The figures' table. */
  root: HTMLTableElement;
}

type CellsOf = (row: Element) => Element[];

const FIGURE = /^[\d.,\s%]*$/;
const text = (cell: Element): string => cleanText(cell.textContent ?? '');
const width = (row: readonly Element[]): number => row.reduce((n, cell) => n + Math.max(1, Number(cell.getAttribute('colspan') ?? 1) || 1), 0);

function rowsOf(table: HTMLTableElement, cellsOf: CellsOf): Element[][] {
  return Array.from(table.rows, cellsOf).filter((row) => row.length > 0);
}

const allFigures = (rows: readonly Element[][]): boolean => rows.length > 0 && rows.every((row) => row.every((cell) => FIGURE.test(text(cell))));
const noFigures = (rows: readonly Element[][]): boolean => rows.every((row) => row.every((cell) => text(cell) === '' || !FIGURE.test(text(cell))));

/** An empty header cell over `span` columns. */
function blank(doc: Document, span: number): Element {
  const cell = doc.createElement('th');
  cell.setAttribute('colspan', String(span));
  return cell;
}

/** The pivot grid a layout table holds, or null when it holds no such four parts. */
export function pivotParts(layout: HTMLTableElement, cellsOf: CellsOf): PivotParts | null {
  const inner = Array.from(layout.getElementsByTagName('table')).filter((t) => t.parentElement?.closest('table') === layout);
  for (let i = 0; i + 2 < inner.length; i++) {
    const [top, names, figures] = [inner[i], inner[i + 1], inner[i + 2]];
    if (!top || !names || !figures) break;
    const [head, left, data] = [rowsOf(top, cellsOf), rowsOf(names, cellsOf), rowsOf(figures, cellsOf)];
    const last = head[head.length - 1];
    if (!last || left.length !== data.length || !allFigures(data) || !noFigures(head) || width(last) !== width(data[0] ?? [])) continue;
    if (!left.every((row) => row.some((cell) => /\p{L}/u.test(text(cell))))) continue;
    // The row fields' names over the row headers ("Cấp thực hiện │ Đơn vị"), when the layout shows them.
    const corner = i > 0 ? rowsOf(inner[i - 1] as HTMLTableElement, cellsOf).at(-1) : undefined;
    const leftWidth = width(left[0] ?? []);
    const cornerFits = corner !== undefined && width(corner) === leftWidth && noFigures([corner]);
    const doc = layout.ownerDocument;
    const header = head.map((row, h) => [...(h === head.length - 1 && cornerFits ? corner : [blank(doc, leftWidth)]), ...row]);
    const parts = [top, names, figures, ...(cornerFits ? [inner[i - 1] as HTMLTableElement] : [])];
    return { rows: [...header, ...left.map((row, r) => [...row, ...(data[r] ?? [])])], headerRows: header.length, parts, root: figures };
  }
  return null;
}
