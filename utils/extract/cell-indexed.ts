/**
 * Grids drawn column by column (Webix DataTable: each column a container of its cells; the header, the frozen columns
 * and the body in separate parts, the header as tables): the cells carry their own aria-rowindex and aria-colindex,
 * which put them back in rows. Read as one grid; its parts would otherwise be read as tables without their rows.
 */
const BODY_CELLS = '[role=gridcell][aria-rowindex][aria-colindex], [role=rowheader][aria-rowindex][aria-colindex]';
const HEAD_CELLS = '[role=columnheader][aria-colindex]';

const index = (el: Element | null | undefined, name: string): number => Number(el?.getAttribute(name) ?? NaN);

/** Cells grouped by row index, each row in column order; rows in index order. */
function byRow(cells: readonly Element[], rowOf: (cell: Element) => number, hidden: (el: Element) => boolean): Element[][] {
  const rows = new Map<number, Element[]>();
  for (const cell of cells) {
    const r = rowOf(cell);
    if (Number.isNaN(r) || hidden(cell)) continue;
    rows.set(r, [...(rows.get(r) ?? []), cell]);
  }
  return [...rows.entries()].sort(([a], [b]) => a - b).map(([, row]) => row.sort((a, b) => index(a, 'aria-colindex') - index(b, 'aria-colindex')));
}

/** The rows of a grid whose body cells carry their own indexes, its header rows first; null for any other grid. */
export function cellIndexedRows(root: Element, hidden: (el: Element) => boolean): { rows: Element[][]; headerRows: number } | null {
  // Cells in a role=row are read row by row already (locate.ts): only cells standing outside any row are placed here.
  const body = Array.from(root.querySelectorAll(BODY_CELLS)).filter((cell) => cell.closest('[role=row]') === null);
  if (body.length === 0) return null;
  const head = byRow(Array.from(root.querySelectorAll(HEAD_CELLS)), (cell) => index(cell.hasAttribute('aria-rowindex') ? cell : cell.closest('[aria-rowindex]'), 'aria-rowindex'), hidden);
  const rows = byRow(body, (cell) => index(cell, 'aria-rowindex'), hidden);
  return { rows: [...head, ...rows], headerRows: head.length };
}
