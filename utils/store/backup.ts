import * as v from 'valibot';
import type { Capture, SavedNarrative, Settings, TaughtRule } from '../domain/types';
import type { ManualEntry, ReportDb, SettingsRow } from './db';
import { contentKeyOf } from '../domain/content-key';
import { instantPlusDays, periodKeyOf } from '../domain/period';
import { pageAddress } from '../domain/page-address';
import { BackupCaptureSchema, ManualEntrySchema, NarrativeSchema, SettingsSchema, issuePath } from './schemas';
import type { BackupProblem } from './problems';
import { checkRules, importRules, portableRules } from './rules';
import { readableSettings } from './settings';

export const BACKUP_FORMAT = 'bao-cao-cchc-backup';
export const BACKUP_SCHEMA_VERSION = 1;

/** Checked on the file's size before it is read: a backup of years of captures is a few MB. */
export const MAX_BACKUP_BYTES = 200 * 1024 * 1024;

/** A checked backup, ready to import: captures carry no id and their keys are recomputed. */
export interface BackupData {
  settings: Settings | null;
  captures: Omit<Capture, 'id'>[];
  manualEntries: ManualEntry[];
  narratives: SavedNarrative[];
  /** Teach mode's rules (absent from backups made before it: none). */
  rules: TaughtRule[];
}

export interface ImportSummary {
  added: number;
  /** Captures already present (same content key): left as they are. */
  duplicates: number;
  settingsRestored: boolean;
}

export type BackupResult<T> = { ok: true; data: T } | { ok: false; problem: BackupProblem };

/** Captures are read and written this many at a time, so no size of store needs one huge array or string. */
const PAGE = 500;

/**
 * The backup file as pieces of JSON text to put in a Blob one after another: the
 * captures are read a page at a time and written one per line, so any stored size
 * exports (one string of 600 MB cannot be built). Damaged records are left out.
 */
export async function backupParts(db: ReportDb, nowIso: string): Promise<{ parts: string[]; captures: number }> {
  const [row, manualEntries, narratives, rules] = await Promise.all([
    db.settings.get('main'),
    db.manualEntries.toArray(),
    db.narratives.toArray(),
    portableRules(db),
  ]);
  const head = { format: BACKUP_FORMAT, schemaVersion: BACKUP_SCHEMA_VERSION, exportedAt: nowIso, settings: row?.value ?? null, manualEntries, narratives, rules };
  const parts = [`${JSON.stringify(head, null, 1).replace(/\n}$/, '')},\n "captures": [`];
  let count = 0;
  let after = 0;
  for (;;) {
    const page = await db.captures.where('id').above(after).limit(PAGE).toArray();
    for (const capture of page) {
      if (capture.damaged) continue;
      parts.push(`${count > 0 ? ',' : ''}\n  ${JSON.stringify(capture)}`);
      count++;
    }
    const last = page[page.length - 1]?.id;
    if (page.length < PAGE || last === undefined) break;
    after = last;
  }
  parts.push('\n ]\n}\n');
  return { parts, captures: count };
}

const fail = (problem: BackupProblem): { ok: false; problem: BackupProblem } => ({ ok: false, problem });

/**
 * Each record of a list through its schema, and not stamped later than `latest`; the first
 * bad one refuses the whole file (all or nothing).
 */
function eachValid<S extends v.GenericSchema>(
  list: unknown,
  schema: S,
  latest: { stamp: (record: v.InferOutput<S>) => string; key: string; limit: string },
  problem: (index: number, path: string) => BackupProblem,
): BackupResult<v.InferOutput<S>[]> {
  if (list === undefined) return { ok: true, data: [] };
  if (!Array.isArray(list)) return fail(problem(0, ''));
  const out: v.InferOutput<S>[] = [];
  for (const [index, item] of list.entries()) {
    const parsed = v.safeParse(schema, item);
    if (!parsed.success) return fail(problem(index + 1, issuePath(parsed.issues)));
    if (latest.stamp(parsed.output) > latest.limit) return fail(problem(index + 1, latest.key));
    out.push(parsed.output);
  }
  return { ok: true, data: out };
}

/** A checked capture as it will be stored: the address without its query, keys computed here, never read from the file. */
function storedForm(c: v.InferOutput<typeof BackupCaptureSchema>): Omit<Capture, 'id'> {
  const url = c.file ? '' : pageAddress(c.url);
  return { ...c, url, contentKey: contentKeyOf(url, c, c.file), periodKey: periodKeyOf(c) };
}

/** Reads a backup file's text against the strict schema; anything stamped later than `nowIso` is refused. */
export function parseBackup(text: string, nowIso: string): BackupResult<BackupData> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fail({ code: 'backupNotJson' });
  }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== BACKUP_FORMAT) return fail({ code: 'backupNotOurs' });
  const file = data as Record<string, unknown>;
  if (typeof file.schemaVersion !== 'number' || file.schemaVersion > BACKUP_SCHEMA_VERSION) return fail({ code: 'backupNewerVersion' });
  if (file.schemaVersion !== BACKUP_SCHEMA_VERSION) return fail({ code: 'backupNotOurs' });
  let settings: Settings | null = null;
  if (file.settings !== null) {
    const parsed = v.safeParse(SettingsSchema, file.settings);
    if (!parsed.success) return fail({ code: 'backupBadSettings', path: issuePath(parsed.issues) });
    settings = parsed.output;
  }
  if (!Array.isArray(file.captures)) return fail({ code: 'backupMissingCaptures' });
  // A day of clock skew allowed; a capture dated 9999 would otherwise be the "latest" for ever.
  const limit = instantPlusDays(nowIso, 1);
  const captures = eachValid(file.captures, BackupCaptureSchema, { stamp: (c) => c.lastSeenAt, key: 'lastSeenAt', limit }, (index, path) => ({
    code: 'backupBadCapture',
    index,
    path,
  }));
  if (!captures.ok) return captures;
  const saved = { stamp: (x: { savedAt: string }) => x.savedAt, key: 'savedAt', limit };
  const manualEntries = eachValid(file.manualEntries, ManualEntrySchema, saved, (index, path) => ({ code: 'backupBadManual', index, path }));
  if (!manualEntries.ok) return manualEntries;
  const narratives = eachValid(file.narratives, NarrativeSchema, saved, (index, path) => ({ code: 'backupBadNarrative', index, path }));
  if (!narratives.ok) return narratives;
  const rules = file.rules === undefined ? { ok: true as const, rules: [] } : checkRules(file.rules, limit);
  if (!rules.ok) return fail(rules.problem);
  return {
    ok: true,
    data: { settings, captures: captures.data.map(storedForm), manualEntries: manualEntries.data, narratives: narratives.data, rules: rules.rules },
  };
}

/** Keys sorted at every level, so two settings compare by content, not by the order their keys were written in. */
const canonical = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(canonical)
    : typeof value === 'object' && value !== null
      ? Object.fromEntries(Object.keys(value).sort().map((k) => [k, canonical((value as Record<string, unknown>)[k])]))
      : value;

/**
 * True when settings are saved here and the backup holds different ones (signer, targets,
 * templates, portal origins …): the clerk is asked which to keep (a new computer after the
 * first-run form already has settings).
 */
export async function backupSettingsDiffer(db: ReportDb, data: BackupData): Promise<boolean> {
  const row = await db.settings.get('main');
  if (!row || !data.settings) return false;
  return JSON.stringify(canonical(readableSettings(row.value))) !== JSON.stringify(canonical(data.settings));
}

/**
 * Merges a checked backup in one transaction (all or nothing): captures already present
 * (same content key) are skipped; every capture gets a new id from this database, never the
 * file's. Settings are restored when none are saved, or when the clerk chose to take the
 * backup's (`takeSettings`); otherwise the current ones stay.
 */
export async function importData(db: ReportDb, data: BackupData, takeSettings = false): Promise<ImportSummary> {
  return db.transaction('rw', [db.captures, db.settings, db.manualEntries, db.narratives, db.rules], async () => {
    let added = 0;
    let duplicates = 0;
    for (const capture of data.captures) {
      if (await db.captures.where('contentKey').equals(capture.contentKey).count()) {
        duplicates++;
        continue;
      }
      await db.captures.add(capture);
      added++;
    }
    // The clerk's own texts and entries: keep what is here, add what is missing.
    for (const entry of data.manualEntries) if (!(await db.manualEntries.get(entry.periodId))) await db.manualEntries.add(entry);
    for (const text of data.narratives) if (!(await db.narratives.get(text.periodId))) await db.narratives.add(text);
    await importRules(db, data.rules);
    let settingsRestored = false;
    if (data.settings && (takeSettings || !(await db.settings.get('main')))) {
      const row: SettingsRow = { key: 'main', value: data.settings };
      await db.settings.put(row);
      settingsRestored = true;
    }
    return { added, duplicates, settingsRestored };
  });
}

/**
 * "Xóa toàn bộ dữ liệu": deletes the database and opens it new. Clearing the tables would keep
 * IndexedDB's key generator, so a key generator worn out by an old import could never be cured.
 * Other pages with the database open close on the version change and reopen on their next read.
 */
export async function deleteAllData(db: ReportDb): Promise<void> {
  await db.delete({ disableAutoOpen: false });
  await db.open();
}

/** Reads a chosen file: its size is checked before a byte is read. */
export async function readBackupFile(file: Blob, nowIso: string): Promise<BackupResult<BackupData>> {
  if (file.size > MAX_BACKUP_BYTES) return fail({ code: 'backupTooLarge', maxMb: MAX_BACKUP_BYTES / 1024 / 1024 });
  return parseBackup(await file.text(), nowIso);
}
