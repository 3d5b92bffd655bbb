import { beforeEach, describe, expect, it } from 'vitest';
import { ReportDb } from '@/utils/store/db';
import { saveExtraction } from '@/utils/store/captures';
import { DEFAULT_SETTINGS, saveSettings } from '@/utils/store/settings';
import { saveManualFields, saveNarrative } from '@/utils/store/period-texts';
import { backupParts, backupSettingsDiffer, deleteAllData, importData, parseBackup, type BackupData } from '@/utils/store/backup';
import { seedExtraction } from './sample';

let db: ReportDb;
const page = { url: 'https://motcua.haiphong.gov.vn/bieu-06', title: 'Biểu 06' };

beforeEach(async () => {
  db = new ReportDb(`backup-${Math.random()}`);
  await db.open();
  await saveSettings(db, { ...DEFAULT_SETTINGS, unitName: 'xã Bình Giang' });
  await saveExtraction(db, seedExtraction(), page, '2026-02-15T01:00:00.000Z');
  await saveExtraction(db, seedExtraction({ period: { from: '2026-02-15', to: '2026-03-14' } }), page, '2026-03-15T01:00:00.000Z');
  await saveManualFields(db, 'month:2026-02', { paknReceived: 2, paknSatisfied: 2 }, '2026-02-15T02:00:00.000Z');
  await saveNarrative(db, 'month:2026-02', { direction: 'Kế hoạch số 27/KH-UBND <b>ngày</b> 23/01/2026' }, '2026-02-15T03:00:00.000Z');
});

const NOW = '2026-03-20T00:00:00.000Z';
const exportText = async () => (await backupParts(db, NOW)).parts.join('');
/** Parses a backup text that must be valid. */
function valid(text: string): BackupData {
  const parsed = parseBackup(text, NOW);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problem));
  return parsed.data;
}

async function snapshot() {
  return {
    settings: await db.settings.toArray(),
    captures: await db.captures.orderBy('id').toArray(),
    manual: await db.manualEntries.toArray(),
    narratives: await db.narratives.toArray(),
  };
}

describe('backup', () => {
  it('export → delete all → import gives back exactly the same data', async () => {
    const before = await snapshot();
    const file = await exportText();
    await deleteAllData(db);
    expect(await db.captures.count()).toBe(0);
    expect(await db.settings.count()).toBe(0);
    expect(await db.manualEntries.count()).toBe(0);
    expect(await db.narratives.count()).toBe(0);
    expect(await importData(db, valid(file))).toEqual({ added: 2, duplicates: 0, settingsRestored: true });
    expect(await snapshot()).toEqual(before);
  });

  it('importing into the same data adds nothing and keeps the current settings', async () => {
    const file = valid(await exportText());
    await saveSettings(db, { ...DEFAULT_SETTINGS, unitName: 'phường Hồng Bàng' });
    expect(await importData(db, file)).toEqual({ added: 0, duplicates: 2, settingsRestored: false });
    expect((await db.settings.get('main'))?.value.unitName).toBe('phường Hồng Bàng');
  });

  it('on a computer with other settings, says they differ and takes the backup\'s only when asked to', async () => {
    await saveSettings(db, { ...DEFAULT_SETTINGS, unitName: 'xã Bình Giang', signer: { role: 'TM. ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', name: 'Vũ Thị Hòa' } });
    const file = valid(await exportText());
    expect(await backupSettingsDiffer(db, file)).toBe(false);
    // The first-run form on the new computer saved only the unit and the city.
    await deleteAllData(db);
    await saveSettings(db, { ...DEFAULT_SETTINGS, unitName: 'xã Bình Giang' });
    expect(await backupSettingsDiffer(db, file)).toBe(true);
    expect(await importData(db, file, true)).toMatchObject({ settingsRestored: true });
    expect((await db.settings.get('main'))?.value.signer?.name).toBe('Vũ Thị Hòa');
    expect(await backupSettingsDiffer(db, file)).toBe(false);
  });

  it('a capture whose id is taken by other data gets a new id', async () => {
    const file = valid(await exportText());
    await deleteAllData(db);
    await saveExtraction(db, seedExtraction({ unit: 'Khác' }), page, '2026-02-16T01:00:00.000Z');
    const summary = await importData(db, file);
    expect(summary.added).toBe(2);
    expect(await db.captures.count()).toBe(3);
  });

  it('refuses files that are not a valid backup, with a code for the clerk', () => {
    expect(parseBackup('{', NOW)).toEqual({ ok: false, problem: { code: 'backupNotJson' } });
    expect(parseBackup('{"format":"other"}', NOW)).toEqual({ ok: false, problem: { code: 'backupNotOurs' } });
    const future = JSON.stringify({ format: 'bao-cao-cchc-backup', schemaVersion: 99, settings: null, captures: [] });
    expect(parseBackup(future, NOW)).toEqual({ ok: false, problem: { code: 'backupNewerVersion' } });
    const badCapture = JSON.stringify({ format: 'bao-cao-cchc-backup', schemaVersion: 1, settings: null, captures: [{ ...seedExtraction(), fields: { receivedTotal: 'nhiều' } }] });
    expect(parseBackup(badCapture, NOW)).toMatchObject({ ok: false, problem: { code: 'backupBadCapture', index: 1 } });
    const badManual = JSON.stringify({ format: 'bao-cao-cchc-backup', schemaVersion: 1, settings: null, captures: [], manualEntries: [{ periodId: 'month:2026-02', savedAt: 'x', fields: { hoTen: 1 } }] });
    expect(parseBackup(badManual, NOW)).toMatchObject({ ok: false, problem: { code: 'backupBadManual', index: 1 } });
  });
});
