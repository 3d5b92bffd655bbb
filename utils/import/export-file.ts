/** One chosen export file → one result per sheet (file name, sheet name, what the sheet gave or why not). */
import type { ExtractOptions } from '../extract/extraction';
import { MAX_FILE_BYTES, readWorkbook } from './read-workbook';
import { extractSheet, type SheetOutcome } from './sheet-extract';

export interface SheetResult {
  file: string;
  sheet: string;
  outcome: SheetOutcome;
}

export type FileProblem = { code: 'fileTooLarge'; maxMb: number } | { code: 'notWorkbook' };

export type FileResult = { ok: true; sheets: SheetResult[] } | { ok: false; file: string; problem: FileProblem };

/** The part of a `File` used here. */
export interface ChosenFile {
  name: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export async function readExportFile(file: ChosenFile, doc: Document, opts: ExtractOptions): Promise<FileResult> {
  if (file.size > MAX_FILE_BYTES) return { ok: false, file: file.name, problem: { code: 'fileTooLarge', maxMb: MAX_FILE_BYTES / 1024 / 1024 } };
  let sheets;
  try {
    sheets = await readWorkbook(new Uint8Array(await file.arrayBuffer()));
  } catch {
    return { ok: false, file: file.name, problem: { code: 'notWorkbook' } };
  }
  if (sheets.length === 0) return { ok: false, file: file.name, problem: { code: 'notWorkbook' } };
  return { ok: true, sheets: sheets.map(({ name, sheet }) => ({ file: file.name, sheet: name, outcome: extractSheet(doc, sheet, opts) })) };
}
