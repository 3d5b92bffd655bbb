import type { Capture, SavedNarrative, Settings } from '../domain/types';
import type { ManualEntry, ReportDb, SettingsRow } from './db';
import { isExtraction } from './messages';
import { checkSettings } from './settings';

export const BACKUP_FORMAT = 'bao-cao-cchc-backup';
export const BACKUP_SCHEMA_VERSION = 1;

export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  schemaVersion: number;
  exportedAt: string;
  settings: Settings | null;
  captures: Capture[];
  manualEntries: ManualEntry[];
  narratives: SavedNarrative[];
}

export interface ImportSummary {
  added: number;
  /** Captures already present (same content key): left as they are. */
  duplicates: number;
  settingsRestored: boolean;
}

export async function exportData(db: ReportDb, nowIso: string): Promise<BackupFile> {
  const [row, captures, manualEntries, narratives] = await Promise.all([
    db.settings.get('main'),
    db.captures.orderBy('id').toArray(),
    db.manualEntries.toArray(),
    db.narratives.toArray(),
  ]);
  const settings = row?.value ?? null;
  return { format: BACKUP_FORMAT, schemaVersion: BACKUP_SCHEMA_VERSION, exportedAt: nowIso, settings, captures, manualEntries, narratives };
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;

function isCapture(x: unknown): x is Capture {
  if (!isExtraction(x)) return false;
  const c = x as unknown as Record<string, unknown>;
  return (
    (c.id === undefined || (Number.isInteger(c.id) && (c.id as number) > 0)) &&
    ['url', 'title', 'capturedAt', 'lastSeenAt', 'contentKey', 'periodKey'].every((k) => typeof c[k] === 'string')
  );
}

function isManualEntry(x: unknown): x is ManualEntry {
  if (!isObject(x) || typeof x.periodId !== 'string' || typeof x.savedAt !== 'string' || !isObject(x.fields)) return false;
  // Same rules as captured fields.
  return isExtraction({ kinds: ['results'], period: null, unit: null, rowChoice: 'single', fields: x.fields, cells: {}, unmapped: [], warnings: [] });
}

function isSavedNarrative(x: unknown): x is SavedNarrative {
  return (
    isObject(x) &&
    typeof x.periodId === 'string' &&
    typeof x.savedAt === 'string' &&
    isObject(x.texts) &&
    Object.values(x.texts).every((t) => typeof t === 'string')
  );
}

const TARGET_KEYS = ['online', 'onTime', 'digitized', 'reused', 'paknSatisfied', 'payment'];
const isTargets = (t: unknown): boolean =>
  isObject(t) && TARGET_KEYS.every((k) => typeof t[k] === 'number' && (t[k] as number) >= 0 && (t[k] as number) <= 100);

function isSettings(x: unknown): x is Settings {
  if (!isObject(x) || !isObject(x.targets)) return false;
  if (typeof x.unitName !== 'string' || typeof x.cityName !== 'string' || typeof x.cutoffDay !== 'number') return false;
  if (!isTargets(x.targets)) return false;
  const { signer, templates, targetsByYear } = x as { signer?: unknown; templates?: unknown; targetsByYear?: unknown };
  if (targetsByYear !== undefined && !(isObject(targetsByYear) && Object.values(targetsByYear).every((t) => isTargets(t)))) return false;
  if (signer !== undefined && !(isObject(signer) && ['role', 'title', 'name'].every((k) => typeof signer[k] === 'string'))) return false;
  if (templates !== undefined && !(isObject(templates) && Object.values(templates).every((t) => typeof t === 'string'))) return false;
  if (x.uiLanguage !== undefined && x.uiLanguage !== 'vi' && x.uiLanguage !== 'en') return false;
  // An empty unit is allowed in a backup (first run); every other rule holds.
  return checkSettings({ ...(x as unknown as Settings), unitName: 'x' }).length === 0;
}

/** Reads a backup file's text; problems are in Vietnamese for the clerk. */
export function parseBackup(text: string): { ok: true; data: BackupFile } | { ok: false; error: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: 'Tệp không phải JSON hợp lệ.' };
  }
  if (!isObject(data) || data.format !== BACKUP_FORMAT) return { ok: false, error: 'Tệp không phải bản sao lưu của tiện ích Báo cáo CCHC.' };
  if (typeof data.schemaVersion !== 'number' || data.schemaVersion > BACKUP_SCHEMA_VERSION)
    return { ok: false, error: 'Bản sao lưu được tạo bởi phiên bản mới hơn của tiện ích: hãy cập nhật tiện ích trước.' };
  if (data.settings !== null && !isSettings(data.settings)) return { ok: false, error: 'Phần cài đặt trong tệp không hợp lệ.' };
  if (!Array.isArray(data.captures)) return { ok: false, error: 'Tệp thiếu danh sách số liệu.' };
  const bad = data.captures.findIndex((c) => !isCapture(c));
  if (bad >= 0) return { ok: false, error: `Bản ghi số liệu thứ ${bad + 1} trong tệp không hợp lệ; không nhập gì.` };
  const manualEntries = data.manualEntries ?? [];
  const narratives = data.narratives ?? [];
  if (!Array.isArray(manualEntries) || !manualEntries.every(isManualEntry))
    return { ok: false, error: 'Phần số liệu nhập tay trong tệp không hợp lệ.' };
  if (!Array.isArray(narratives) || !narratives.every(isSavedNarrative))
    return { ok: false, error: 'Phần nội dung báo cáo do cán bộ soạn trong tệp không hợp lệ.' };
  return { ok: true, data: { ...(data as unknown as BackupFile), manualEntries, narratives } };
}

/**
 * Merges a backup: captures already present (same content key) are skipped; ids are kept
 * when free, so export → delete all → import gives back the same data. Settings are
 * restored only when none are saved, so an import never overwrites the clerk's current ones.
 */
export async function importData(db: ReportDb, data: BackupFile): Promise<ImportSummary> {
  return db.transaction('rw', [db.captures, db.settings, db.manualEntries, db.narratives], async () => {
    let added = 0;
    let duplicates = 0;
    for (const capture of data.captures) {
      if (await db.captures.where('contentKey').equals(capture.contentKey).count()) {
        duplicates++;
        continue;
      }
      const idTaken = capture.id !== undefined && (await db.captures.get(capture.id)) !== undefined;
      const { id, ...rest } = capture;
      await db.captures.add(idTaken || id === undefined ? rest : capture);
      added++;
    }
    // The clerk's own texts and entries: keep what is here, add what is missing.
    for (const entry of data.manualEntries) if (!(await db.manualEntries.get(entry.periodId))) await db.manualEntries.add(entry);
    for (const text of data.narratives) if (!(await db.narratives.get(text.periodId))) await db.narratives.add(text);
    let settingsRestored = false;
    if (data.settings && !(await db.settings.get('main'))) {
      const row: SettingsRow = { key: 'main', value: data.settings };
      await db.settings.put(row);
      settingsRestored = true;
    }
    return { added, duplicates, settingsRestored };
  });
}

export async function deleteAllData(db: ReportDb): Promise<void> {
  await db.transaction('rw', [db.captures, db.settings, db.manualEntries, db.narratives], async () => {
    await Promise.all([db.captures.clear(), db.settings.clear(), db.manualEntries.clear(), db.narratives.clear()]);
  });
}
