import Dexie, { type EntityTable } from 'dexie';
import type { Capture, Fields, SavedNarrative, Settings, TaughtRule } from '../domain/types';
import { readableCapture } from './readable';
import { stampWrites } from './popup-view-store';
import type { TeachTableView } from '../domain/protocol';

export interface SettingsRow {
  key: 'main';
  value: Settings;
}

const DB_NAME = 'bao-cao-cchc';

/** The clerk's own entries ("nhập tay") for one reporting period; they override captures. */
export interface ManualEntry {
  /** ReportPeriod id, e.g. "month:2026-02". */
  periodId: string;
  fields: Fields;
  savedAt: string;
}

/** Teach mode: a table offered for teaching, with where it came from (the sender's origin and tab). */
export interface PendingTeach {
  origin: string;
  tabId: number;
  table: TeachTableView;
}

/** An offered table as the database keeps it until the teach page asks for it. */
export interface TeachOffer extends PendingTeach {
  token: string;
  offeredAt: string;
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
  /** Teach mode: the clerk's taught readings of tables, by portal origin (utils/store/rules.ts). */
  rules!: EntityTable<TaughtRule, 'id'>;
  /** Teach mode: tables offered for teaching, waiting for the teach page (dropped after a day). */
  teachOffers!: EntityTable<TeachOffer, 'token'>;

  constructor(name = DB_NAME) {
    super(name);
    this.version(1).stores({
      captures: '++id, &contentKey, periodKey, capturedAt',
      settings: 'key',
      manualEntries: 'periodId',
      narratives: 'periodId',
    });
    // Teach mode (issue 11): a table of its own, not part of settings: rules are listed, removed and
    // imported one by one, and a bad one never makes the settings unreadable. Offered tables wait in the
    // database because the MV3 worker may sleep while the clerk chooses.
    this.version(2).stores({ rules: '++id, origin', teachOffers: 'token, offeredAt' });
    // A record an older version let in (an impossible date, a string count) is read as a flagged,
    // empty capture: it can be seen and deleted, and it never breaks a list or a report.
    this.captures.hook('reading', readableCapture);
    // Every committed write marks the popup's stored first screen as made from older data.
    stampWrites(this);
  }
}
