import Dexie, { type EntityTable } from 'dexie';
import type { Capture, Fields, SavedNarrative, Settings } from '../domain/types';
import { readableCapture } from './readable';
import { stampWrites } from './popup-view-store';

export interface SettingsRow {
  key: 'main';
  value: Settings;
}

export const DB_NAME = 'bao-cao-cchc';

/** The clerk's own entries ("nhập tay") for one reporting period; they override captures. */
export interface ManualEntry {
  /** ReportPeriod id, e.g. "month:2026-02". */
  periodId: string;
  fields: Fields;
  savedAt: string;
}

/**
 * The extension's one database. Only extension pages and the background open it:
 * a content script's IndexedDB would belong to the portal's origin.
 * Versions are append-only: add a new `version(n)` with an upgrade, never edit an old one.
 */
export class ReportDb extends Dexie {
  captures!: EntityTable<Capture, 'id'>;
  settings!: EntityTable<SettingsRow, 'key'>;
  manualEntries!: EntityTable<ManualEntry, 'periodId'>;
  narratives!: EntityTable<SavedNarrative, 'periodId'>;

  constructor(name = DB_NAME) {
    super(name);
    this.version(1).stores({
      captures: '++id, &contentKey, periodKey, capturedAt',
      settings: 'key',
      manualEntries: 'periodId',
      narratives: 'periodId',
    });
    // A record an older version let in (an impossible date, a string count) is read as a flagged,
    // empty capture: it can be seen and deleted, and it never breaks a list or a report.
    this.captures.hook('reading', readableCapture);
    // Every committed write marks the popup's stored first screen as made from older data.
    stampWrites(this);
  }
}
