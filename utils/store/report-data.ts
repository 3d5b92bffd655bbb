import type { Capture, Fields, SavedNarrative, Settings } from '../domain/types';
import type { ReportDb } from './db';
import { getSettings } from './settings';
import { manualByPeriod } from './period-texts';

export interface ReportData {
  settings: Settings;
  /** Newest first. */
  captures: Capture[];
  narratives: SavedNarrative[];
  /** The clerk's entries by period id. */
  manual: Partial<Record<string, Fields>>;
}

/** Everything the popup and the report editor read, in one transaction (one live query, one round trip). */
export function loadReportData(db: ReportDb): Promise<ReportData> {
  return db.transaction('r', [db.settings, db.captures, db.narratives, db.manualEntries], async () => {
    const [settings, captures, narratives, manual] = await Promise.all([
      getSettings(db),
      db.captures.orderBy('capturedAt').reverse().toArray(),
      db.narratives.toArray(),
      manualByPeriod(db),
    ]);
    return { settings, captures, narratives, manual };
  });
}
