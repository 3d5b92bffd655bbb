import type { Capture, Fields, SavedNarrative, Settings } from '../domain/types';
import type { ReportDb } from './db';
import { getSettings } from './settings';

export interface ReportData {
  settings: Settings;
  /** Newest first. */
  captures: Capture[];
  narratives: SavedNarrative[];
  /** The clerk's entries by period id. */
  manual: Partial<Record<string, Fields>>;
  /** When each period's entries were saved (a newer write from another page wins over this page's own). */
  manualSavedAt: Partial<Record<string, string>>;
}

/** Everything the popup and the report editor read, in one transaction (one live query, one round trip). */
export function loadReportData(db: ReportDb): Promise<ReportData> {
  return db.transaction('r', [db.settings, db.captures, db.narratives, db.manualEntries], async () => {
    const [settings, captures, narratives, entries] = await Promise.all([
      getSettings(db),
      db.captures.orderBy('capturedAt').reverse().toArray(),
      db.narratives.toArray(),
      db.manualEntries.toArray(),
    ]);
    const manual = Object.fromEntries(entries.map((r) => [r.periodId, r.fields]));
    const manualSavedAt = Object.fromEntries(entries.map((r) => [r.periodId, r.savedAt]));
    return { settings, captures, narratives, manual, manualSavedAt };
  });
}
