/**
 * A spreadsheet shown as a page (Google Sheets "Publish to web", Excel Online's view, jspreadsheet): its column letters
 * ("A │ B │ C …") head it and its row numbers ("1", "2", …) stand in its first column. They frame the sheet's own
 * cells, which hold its title lines, the form's header rows and its data: without the frame those are read as any
 * table (the header found from content).
 */
import type { LocatedGrid } from './locate';
import { cleanText } from './normalize';

/** Letters needed in a row to be column letters, not a table's own short headings. */
const MIN_LETTERS = 3;

const text = (cell: Element | undefined): string => cleanText(cell?.textContent ?? '');

/** Whether a row's texts are "A", "B", "C" … in order (after an empty corner cell). */
function isColumnLetters(row: readonly Element[]): boolean {
  const texts = row.map(text);
  const from = texts[0] === '' ? 1 : 0;
  const letters = texts.slice(from);
  return letters.length >= MIN_LETTERS && letters.every((t, i) => t === String.fromCharCode(65 + i));
}

export function withoutSheetFrame(located: LocatedGrid): LocatedGrid {
  const [first, ...body] = located.rows;
  if (!first || body.length === 0 || !isColumnLetters(first)) return located;
  // The row numbers: the first cell of every row below, counting up (a merged title may leave one out).
  const gutter = text(first[0]) === '';
  let last = 0;
  const numbered = body.every((row) => {
    const n = Number(text(row[0]));
    if (!Number.isInteger(n) || n <= last) return false;
    last = n;
    return true;
  });
  if (!gutter || !numbered) return located;
  return { ...located, rows: body.map((row) => row.slice(1)), headerRows: null };
}
