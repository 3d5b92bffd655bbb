// Issue 15: each defect a hostile or broken backup file caused, reproduced on fake-indexeddb.
import { beforeEach, describe, expect, it } from 'vitest';
import { ReportDb } from '@/utils/store/db';
import { saveExtraction } from '@/utils/store/captures';
import { backupParts, deleteAllData, importData, MAX_BACKUP_BYTES, parseBackup, readBackupFile } from '@/utils/store/backup';
import { getSettings } from '@/utils/store/settings';
import { seedExtraction } from './sample';
import { backupWith, goodCapture, HOSTILE_BACKUP_CASES, NOW } from './hostile-backups';

let db: ReportDb;
const page = { url: 'https://motcua.haiphong.gov.vn/bieu-06', title: 'Biểu 06' };

beforeEach(async () => {
  db = new ReportDb(`hostile-${Math.random()}`);
  await db.open();
});

describe('ids and the key generator', () => {
  it('renumbers imported captures: an id of 2^53 in the file never reaches the database', async () => {
    const parsed = parseBackup(backupWith({ captures: [{ ...goodCapture(), id: 2 ** 53 }, { ...goodCapture({ unit: 'Khác' }), id: 5 }] }), NOW);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problem));
    await importData(db, parsed.data);
    expect((await db.captures.toArray()).map((c) => c.id)).toEqual([1, 2]);
    const next = await saveExtraction(db, seedExtraction({ unit: 'Mới' }), page, NOW);
    expect(next).toEqual({ status: 'stored', id: 3 });
  });

  it('"Xóa toàn bộ dữ liệu" resets a worn-out key generator (an old import stored id 2^53)', async () => {
    await db.captures.add({ ...goodCapture(), contentKey: 'old', periodKey: '', id: 2 ** 53 });
    await expect(saveExtraction(db, seedExtraction(), page, NOW)).rejects.toThrow(); // the defect: no key left
    await deleteAllData(db);
    expect(await db.captures.count()).toBe(0);
    expect(await saveExtraction(db, seedExtraction(), page, NOW)).toEqual({ status: 'stored', id: 1 });
  });
});

describe('the strict schema', () => {
  for (const { name, file, problem } of HOSTILE_BACKUP_CASES) {
    it(`refuses ${name}, and nothing is imported`, async () => {
      const parsed = parseBackup(file, NOW);
      expect(parsed).toMatchObject({ ok: false, problem });
      expect(await db.captures.count()).toBe(0);
    });
  }

  it('recomputes the keys: a periodKey that does not match the period is not believed', () => {
    const parsed = parseBackup(backupWith({ captures: [{ ...goodCapture(), periodKey: '2099-01-01..2099-01-31', contentKey: 'forged' }] }), NOW);
    expect(parsed.ok && parsed.data.captures[0]).toMatchObject({ periodKey: '2026-01-15..2026-02-14' });
    expect(parsed.ok && parsed.data.captures[0]?.contentKey).not.toBe('forged');
  });

  it('drops unknown keys and the query string of an address', () => {
    const parsed = parseBackup(backupWith({ captures: [{ ...goodCapture(), url: 'https://motcua.haiphong.gov.vn/tk?hoTen=Nguyen', citizen: 'x' }] }), NOW);
    expect(parsed.ok && parsed.data.captures[0]).not.toHaveProperty('citizen');
    expect(parsed.ok && parsed.data.captures[0]?.url).toBe('https://motcua.haiphong.gov.vn/tk');
  });

  it('is all or nothing: one bad record among good ones imports none', () => {
    const file = backupWith({ captures: [goodCapture(), goodCapture({ unit: 'B' }), { ...goodCapture(), period: { from: '2026-02-30', to: '2026-03-14' } }] });
    expect(parseBackup(file, NOW)).toMatchObject({ ok: false, problem: { code: 'backupBadCapture', index: 3, path: 'period.from' } });
  });
});

describe('file size', () => {
  it('is checked before a byte is read', async () => {
    let read = false;
    const big = { size: MAX_BACKUP_BYTES + 1, text: async () => ((read = true), '{}') } as unknown as Blob;
    expect(await readBackupFile(big, NOW)).toEqual({ ok: false, problem: { code: 'backupTooLarge', maxMb: 200 } });
    expect(read).toBe(false);
  });

  it('reads a normal file', async () => {
    expect(await readBackupFile(new Blob([backupWith({ captures: [goodCapture()] })]), NOW)).toMatchObject({ ok: true });
  });
});

describe('export', () => {
  it('writes the captures a page at a time, one per part, and the parts make one valid backup', async () => {
    for (let i = 0; i < 1_203; i++) await db.captures.add({ ...goodCapture({ unit: `đơn vị ${i}` }), contentKey: `k${i}`, periodKey: '' });
    const { parts, captures } = await backupParts(db, NOW);
    expect(captures).toBe(1_203);
    expect(parts.length).toBe(1_203 + 2);
    const parsed = parseBackup(parts.join(''), NOW);
    expect(parsed.ok && parsed.data.captures.length).toBe(1_203);
  });

  it('leaves out a damaged record, so the backup can be imported again', async () => {
    await db.captures.add({ ...goodCapture(), period: { from: '2026-02-30', to: '2026-03-14' }, contentKey: 'bad', periodKey: '' });
    await db.captures.add({ ...goodCapture({ unit: 'B' }), contentKey: 'good', periodKey: '' });
    const { parts, captures } = await backupParts(db, NOW);
    expect(captures).toBe(1);
    expect(parseBackup(parts.join(''), NOW)).toMatchObject({ ok: true });
  });
});

describe('reading what an older version let in', () => {
  it('reads a record with an impossible date as a flagged, empty capture that can be deleted', async () => {
    const id = await db.captures.add({ ...goodCapture(), period: { from: '2026-02-30', to: '2026-03-14' }, contentKey: 'bad', periodKey: '2026-02-30..2026-03-14' });
    const [read] = await db.captures.toArray();
    expect(read).toMatchObject({ id, damaged: true, period: null, fields: {} });
    expect(read?.warnings[0]).toMatch(/bị hỏng/);
    await db.captures.delete(id as number);
    expect(await db.captures.count()).toBe(0);
  });

  it('returns a valid record exactly as stored', async () => {
    await saveExtraction(db, seedExtraction(), page, NOW);
    const [read] = await db.captures.toArray();
    expect(read).not.toHaveProperty('damaged');
    expect(read?.fields).toEqual(seedExtraction().fields);
  });

  it('reads settings with portalOrigins: 5 as settings without origins, keeping the good parts', async () => {
    await db.settings.put({ key: 'main', value: { unitName: 'xã Bình Giang', cityName: 'x', cutoffDay: 15, portalOrigins: 5 } as never });
    const settings = await getSettings(db);
    expect(settings.unitName).toBe('xã Bình Giang');
    expect(settings.portalOrigins).toBeUndefined();
    expect(settings.targets.online).toBe(60);
  });
});
