import type { Capture, Fields, ReportPeriod, SavedNarrative, Settings } from '../domain/types';
import type { ReportDb } from './db';
import { getSettings } from './settings';
import { captureWindowOf, trendWindowOf, type CaptureWindow } from '../report/capture-window';
import { manualByPeriod } from './period-texts';

export interface PopupData {
  settings: Settings;
  /** The period shown, chosen from the settings (its cut-off day). */
  period: ReportPeriod;
  /** Captures the period's figures can use (utils/report/capture-window.ts), newest first. */
  captures: Capture[];
  narratives: SavedNarrative[];
  manual: Partial<Record<string, Fields>>;
  /** The newest captures for the list, and how many there are in all. */
  recent: Capture[];
  total: number;
}

function windowed(db: ReportDb, { lower, upper }: CaptureWindow): Promise<Capture[]> {
  return Promise.all([
    db.captures.where('periodKey').between(lower, upper, true, true).toArray(),
    db.captures.where('periodKey').equals('').toArray(),
  ]).then(([inWindow, undated]) => [...inWindow, ...undated].sort((a, b) => b.capturedAt.localeCompare(a.capturedAt)));
}

/**
 * The popup's first screen in one read transaction: the settings, the period they give,
 * and only the captures around that period, so years of daily captures do not slow it down.
 */
export function loadPopupData(db: ReportDb, choose: (settings: Settings) => ReportPeriod, recentLimit: number): Promise<PopupData> {
  return db.transaction('r', [db.settings, db.captures, db.narratives, db.manualEntries], async () => {
    const settings = await getSettings(db);
    const period = choose(settings);
    const [captures, narratives, manual, recent, total] = await Promise.all([
      windowed(db, captureWindowOf(period)),
      db.narratives.toArray(),
      manualByPeriod(db),
      db.captures.orderBy('capturedAt').reverse().limit(recentLimit).toArray(),
      db.captures.count(),
    ]);
    return { settings, period, captures, narratives, manual, recent, total };
  });
}

/** The captures the trend chart's twelve months need (read after the first screen is shown). */
export function loadTrendCaptures(db: ReportDb, period: ReportPeriod, cutoffDay: number): Promise<Capture[]> {
  return db.transaction('r', db.captures, () => windowed(db, trendWindowOf(period, cutoffDay)));
}

/** Every stored period key, to mark the periods that have data (a scan of the index: read after the first screen). */
export async function loadPeriodKeys(db: ReportDb): Promise<Set<string>> {
  return new Set((await db.captures.orderBy('periodKey').uniqueKeys()) as string[]);
}
