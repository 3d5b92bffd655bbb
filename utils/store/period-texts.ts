import type { Fields, Narrative } from '../domain/types';
import type { ManualEntry, ReportDb } from './db';

/** Saves the clerk's entries for a period; an empty set removes the row. */
/** All the clerk's entries by period id, as buildPeriodReport takes them. */
export async function manualByPeriod(db: ReportDb): Promise<Partial<Record<string, Fields>>> {
  return Object.fromEntries((await db.manualEntries.toArray()).map((r) => [r.periodId, r.fields]));
}

export async function saveManualFields(db: ReportDb, periodId: string, fields: Fields, nowIso: string): Promise<void> {
  const clean = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== null && v !== undefined)) as Fields;
  if (Object.keys(clean).length === 0) await db.manualEntries.delete(periodId);
  else await db.manualEntries.put({ periodId, fields: clean, savedAt: nowIso } satisfies ManualEntry);
}

export async function saveNarrative(db: ReportDb, periodId: string, texts: Partial<Narrative>, nowIso: string): Promise<void> {
  await db.narratives.put({ periodId, texts, savedAt: nowIso });
}
