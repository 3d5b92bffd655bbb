/**
 * "Nhập tệp Excel từ cổng": the chosen files read one after another (utils/import), each sheet's extractions
 * stored like captured pages with the file as their source (utils/store), one result line per file or sheet.
 * A sheet whose period is written nowhere is stored only once the clerk has chosen it (`storeWithPeriod`). The
 * readings the clerk taught on portal pages apply to the files too.
 */
import type { Extraction, PageKind, Period, Settings } from '../domain/types';
import type { ReportDb } from '../store/db';
import { saveExtraction } from '../store/captures';
import { taughtEntriesForFiles } from '../store/rules';
import { readExportFile, type ChosenFile, type FileProblem } from '../import/export-file';
import type { SheetProblem } from '../import/sheet-extract';

interface Where {
  file: string;
  /** Absent when the whole file was refused. */
  sheet?: string;
}

export type ImportLine = Where &
  (
    | { status: 'stored'; kinds: PageKind[]; period: Period; unit: string | null; alreadyStored: boolean }
    | { status: 'needsPeriod'; extractions: Extraction[]; unit: string | null }
    | { status: 'refused'; problem: SheetProblem | FileProblem }
  );

export interface ImportProgress {
  done: number;
  total: number;
}

/** The provenance title of a sheet's captures: "Bieu06_T02.xlsx › Sheet1". */
export const sheetTitle = (file: string, sheet: string): string => `${file} › ${sheet}`;

/** Stores a sheet's extractions (each with a period) and says what was stored. */
async function store(db: ReportDb, where: Required<Where>, extractions: Extraction[], unit: string | null, nowIso: string): Promise<ImportLine> {
  let alreadyStored = true;
  for (const e of extractions) {
    const saved = await saveExtraction(db, e, { url: '', title: sheetTitle(where.file, where.sheet), file: { name: where.file, sheet: where.sheet } }, nowIso);
    if (saved.status !== 'updated') alreadyStored = false;
  }
  const first = extractions[0] as Extraction;
  return {
    ...where,
    status: 'stored',
    kinds: [...new Set(extractions.flatMap((e) => e.kinds))],
    period: first.period as Period,
    unit: unit ?? first.unit,
    alreadyStored,
  };
}

/** Reads and stores `files`, reporting progress after each; returns one line per sheet (or per refused file). */
export async function importExportFiles(
  db: ReportDb,
  files: readonly ChosenFile[],
  settings: Pick<Settings, 'unitName' | 'cityName' | 'cutoffDay'>,
  nowIso: string,
  doc: Document,
  onProgress: (progress: ImportProgress, lines: ImportLine[]) => void,
): Promise<ImportLine[]> {
  const lines: ImportLine[] = [];
  // Taught readings apply to files as to pages (teach mode): consulted before the synonym table.
  const lessons = new Map(await taughtEntriesForFiles(db));
  const opts = {
    unitName: settings.unitName,
    cityName: settings.cityName,
    cutoffDay: settings.cutoffDay,
    ...(lessons.size > 0 && { taught: (key: string) => lessons.get(key) }),
  };
  for (const [i, file] of files.entries()) {
    const result = await readExportFile(file, doc, opts);
    if (!result.ok) lines.push({ file: file.name, status: 'refused', problem: result.problem });
    else {
      for (const { sheet, outcome } of result.sheets) {
        const where = { file: file.name, sheet };
        if (!outcome.ok) lines.push({ ...where, status: 'refused', problem: outcome.problem });
        else if (outcome.extractions.some((e) => e.period === null)) lines.push({ ...where, status: 'needsPeriod', extractions: outcome.extractions, unit: outcome.unit });
        else lines.push(await store(db, where, outcome.extractions, outcome.unit, nowIso));
      }
    }
    onProgress({ done: i + 1, total: files.length }, [...lines]);
    // Let the page draw the progress between files.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return lines;
}

/** A sheet waiting for its period, stored with the one the clerk chose (tables that had their own keep it). */
export function storeWithPeriod(db: ReportDb, line: ImportLine & { status: 'needsPeriod' }, period: Period, nowIso: string): Promise<ImportLine> {
  const extractions = line.extractions.map((e) => (e.period === null ? { ...e, period } : e));
  return store(db, { file: line.file, sheet: line.sheet ?? '' }, extractions, line.unit, nowIso);
}
