// The hostile backup files of issue 15, shared by the unit tests and the backup fuzz test (as seeds).
import type { BackupProblem } from '@/utils/store/problems';
import { DEFAULT_SETTINGS } from '@/utils/store/settings';
import type { Extraction } from '@/utils/domain/types';
import { seedExtraction } from './sample';

export const NOW = '2026-03-20T00:00:00.000Z';

export const goodCapture = (overrides: Partial<Extraction> = {}) => ({
  ...seedExtraction(overrides),
  url: 'https://motcua.haiphong.gov.vn/bieu-06',
  title: 'Biểu 06',
  capturedAt: '2026-02-15T01:00:00.000Z',
  lastSeenAt: '2026-02-15T01:00:00.000Z',
  contentKey: 'k',
  periodKey: '2026-01-15..2026-02-14',
});

export function backupWith(parts: { settings?: unknown; captures?: unknown; manualEntries?: unknown; narratives?: unknown }): string {
  return JSON.stringify({ format: 'bao-cao-cchc-backup', schemaVersion: 1, exportedAt: NOW, settings: null, captures: [], ...parts });
}

/** A backup whose one cell header holds an array nested `depth` deep (written as text: JSON.stringify would overflow). */
function deepCellBackup(depth: number): string {
  const file = backupWith({ captures: [{ ...goodCapture(), cells: { receivedTotal: { header: ['DEEP'], row: 'r', raw: '1' } } }] });
  return file.replace('"DEEP"', `${'['.repeat(depth)}"x"${']'.repeat(depth)}`);
}

const capture = (patch: Record<string, unknown>) => backupWith({ captures: [{ ...goodCapture(), ...patch }] });
const fields = (patch: Record<string, unknown>) => capture({ fields: { ...seedExtraction().fields, ...patch } });

export const HOSTILE_BACKUP_CASES: { name: string; file: string; problem: Partial<BackupProblem> }[] = [
  { name: 'an impossible date (2026-02-30)', file: capture({ period: { from: '2026-02-30', to: '2026-03-14' } }), problem: { code: 'backupBadCapture', path: 'period.from' } },
  { name: 'a capture stamped 9999', file: capture({ capturedAt: '9999-12-31T00:00:00.000Z', lastSeenAt: '9999-12-31T00:00:00.000Z' }), problem: { code: 'backupBadCapture', path: 'lastSeenAt' } },
  { name: 'a timestamp that is not one', file: capture({ capturedAt: 'hôm qua' }), problem: { code: 'backupBadCapture', path: 'capturedAt' } },
  { name: 'a javascript: address', file: capture({ url: 'javascript:alert(1)' }), problem: { code: 'backupBadCapture', path: 'url' } },
  { name: 'portalOrigins: 5', file: backupWith({ settings: { ...DEFAULT_SETTINGS, portalOrigins: 5 } }), problem: { code: 'backupBadSettings', path: 'portalOrigins' } },
  { name: 'a portal origin that is not one', file: backupWith({ settings: { ...DEFAULT_SETTINGS, portalOrigins: ['javascript:alert(1)'] } }), problem: { code: 'backupBadSettings' } },
  { name: 'a count of 1e308', file: fields({ receivedTotal: 1e308 }), problem: { code: 'backupBadCapture', path: 'fields.receivedTotal' } },
  { name: 'a count of 0.5', file: fields({ receivedTotal: 0.5 }), problem: { code: 'backupBadCapture', path: 'fields.receivedTotal' } },
  { name: 'a count above 10^12', file: fields({ digitized: 1e21 }), problem: { code: 'backupBadCapture', path: 'fields.digitized' } },
  { name: 'a negative count', file: fields({ receivedTotal: -1 }), problem: { code: 'backupBadCapture' } },
  { name: 'an unknown field', file: fields({ hoTen: 1 }), problem: { code: 'backupBadCapture', path: 'fields.hoTen' } },
  { name: 'a 100,000-deep array inside a cell', file: deepCellBackup(100_000), problem: { code: 'backupBadCapture' } },
  { name: 'a 30 MB unit name', file: capture({ unit: 'x'.repeat(30_000_000) }), problem: { code: 'backupBadCapture', path: 'unit' } },
  { name: 'a period ending before it starts', file: capture({ period: { from: '2026-02-14', to: '2026-01-15' } }), problem: { code: 'backupBadCapture', path: 'period' } },
  { name: 'a manual entry for a period that does not exist', file: backupWith({ manualEntries: [{ periodId: 'month:2026-13', savedAt: NOW, fields: {} }] }), problem: { code: 'backupBadManual' } },
  { name: 'a narrative that is not text', file: backupWith({ narratives: [{ periodId: 'month:2026-02', savedAt: NOW, texts: { basis: 5 } }] }), problem: { code: 'backupBadNarrative' } },
  { name: 'captures that are not a list', file: backupWith({ captures: 5 }), problem: { code: 'backupMissingCaptures' } },
  { name: 'a cut-off day of 31', file: backupWith({ settings: { ...DEFAULT_SETTINGS, cutoffDay: 31 } }), problem: { code: 'backupBadSettings', path: 'cutoffDay' } },
];
