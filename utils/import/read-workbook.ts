/**
 * An exported file's bytes → its sheets. SheetJS is imported here, when a file is imported, never earlier: it
 * is neither in the content script nor in the popup. It reads .xlsx, .xls (BIFF) and the HTML tables many
 * portals save under an .xls name. `raw`: texts of an HTML table stay as the page printed them ("1.234"),
 * for the pipeline's vi-VN number reading; SheetJS would otherwise turn "1.234" into 1.234 and "95,5%" into 9.55.
 */
import type { SheetLike } from './sheet-table';

export interface NamedSheet {
  name: string;
  sheet: SheetLike;
}

/** Bigger than any portal export (a year of dossiers is a few MB); a bigger file is refused before it is read. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

export async function readWorkbook(bytes: Uint8Array): Promise<NamedSheet[]> {
  const XLSX = await import('@e965/xlsx');
  // dense: rows of cells instead of one key per cell, a third faster on a 20,000-row sheet.
  const book = XLSX.read(bytes, { type: 'array', raw: true, dense: true, cellNF: true, cellFormula: false, cellHTML: false, cellStyles: false });
  return book.SheetNames.flatMap((name) => {
    const sheet = book.Sheets[name];
    return sheet ? [{ name, sheet: sheet as unknown as SheetLike }] : [];
  });
}
