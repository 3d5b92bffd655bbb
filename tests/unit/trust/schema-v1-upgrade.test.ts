// No data loss across versions: data written in the first released schema (Dexie version 1 = IndexedDB version 10),
// with the raw IndexedDB API and no Dexie, is read back in full by the current ReportDb and the report code.
import { afterEach, describe, expect, it } from 'vitest';
import { ReportDb } from '@/utils/store/db';
import { saveExtraction } from '@/utils/store/captures';
import { loadReportData } from '@/utils/store/report-data';
import { getSettings } from '@/utils/store/settings';
import { backupParts } from '@/utils/store/backup';
import { buildPeriodReport } from '@/utils/report/period-report';
import { periodById } from '@/utils/domain/period';
import { seedExtraction } from '../store/sample';

/**
 * The first released schema, frozen here (utils/store/db.ts `version(1)`). Never edit this: a later schema must
 * add `version(2)` with an upgrade, and this test must keep passing against it.
 */
const V1 = {
  idbVersion: 10, // Dexie stores version n as n * 10
  stores: {
    captures: { keyPath: 'id', autoIncrement: true, indexes: [['contentKey', { unique: true }], ['periodKey', {}], ['capturedAt', {}]] },
    settings: { keyPath: 'key', autoIncrement: false, indexes: [] },
    manualEntries: { keyPath: 'periodId', autoIncrement: false, indexes: [] },
    narratives: { keyPath: 'periodId', autoIncrement: false, indexes: [] },
  },
} as const;

/** Rows exactly as version 1 stored them. */
const V1_SETTINGS = {
  key: 'main',
  value: {
    unitName: 'xã Bình Giang',
    cityName: 'thành phố Hải Phòng',
    targets: { online: 60, onTime: 60, digitized: 100, reused: 50, paknSatisfied: 95, payment: 60 },
    cutoffDay: 15,
    signer: { role: 'TM. ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', name: 'Vũ Thị Hòa' },
  },
};
const V1_CAPTURE = {
  ...seedExtraction(),
  url: 'http://motcua.haiphong.gov.vn/ThongKe/BaoCao06',
  title: 'Báo cáo 06 - Tình hình, kết quả giải quyết TTHC',
  capturedAt: '2026-02-14T08:00:00.000Z',
  lastSeenAt: '2026-02-14T09:30:00.000Z',
  contentKey: 'v1key-001',
  periodKey: '2026-01-15..2026-02-14',
};
const V1_OLDER = { ...V1_CAPTURE, fields: { receivedTotal: 700, resolvedTotal: 690, inProgressTotal: 10 }, cells: {}, capturedAt: '2026-01-14T08:00:00.000Z', lastSeenAt: '2026-01-14T08:00:00.000Z', contentKey: 'v1key-000', periodKey: '2025-12-15..2026-01-14', period: { from: '2025-12-15', to: '2026-01-14' } };
const V1_MANUAL = { periodId: 'month:2026-02', fields: { paknReceived: 2, paknSatisfied: 2 }, savedAt: '2026-02-14T10:00:00.000Z' };
const V1_NARRATIVE = { periodId: 'month:2026-02', texts: { direction: 'Trong kỳ, UBND {{don_vi}} ban hành Kế hoạch số 27/KH-UBND.' }, savedAt: '2026-02-14T10:05:00.000Z' };

const req = <T>(r: IDBRequest<T>) => new Promise<T>((resolve, reject) => { r.onsuccess = () => resolve(r.result); r.onerror = () => reject(r.error); });

async function writeV1(name: string): Promise<void> {
  const open = indexedDB.open(name, V1.idbVersion);
  open.onupgradeneeded = () => {
    for (const [store, def] of Object.entries(V1.stores)) {
      const os = open.result.createObjectStore(store, { keyPath: def.keyPath, autoIncrement: def.autoIncrement });
      for (const [index, opts] of def.indexes) os.createIndex(index, index, opts);
    }
  };
  const db = await req(open);
  const tx = db.transaction(Object.keys(V1.stores), 'readwrite');
  tx.objectStore('settings').put(V1_SETTINGS);
  tx.objectStore('captures').add(V1_OLDER);
  tx.objectStore('captures').add(V1_CAPTURE);
  tx.objectStore('manualEntries').put(V1_MANUAL);
  tx.objectStore('narratives').put(V1_NARRATIVE);
  await new Promise<void>((resolve, reject) => { tx.oncomplete = () => resolve(); tx.onerror = () => reject(tx.error); });
  db.close();
}

const opened: ReportDb[] = [];
afterEach(() => opened.splice(0).forEach((db) => db.close()));

describe('data written by schema version 1 (raw IndexedDB)', () => {
  it('opens with the current ReportDb at the same or a later version, keeping every v1 store and index', async () => {
    const name = `v1-${Math.random()}`;
    await writeV1(name);
    const db = new ReportDb(name);
    opened.push(db);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(1);
    for (const [store, def] of Object.entries(V1.stores)) {
      const table = db.table(store);
      expect(table.schema.primKey.keyPath).toBe(def.keyPath);
      for (const [index, opts] of def.indexes) {
        const found = table.schema.idxByName[index];
        expect(found, `index ${store}.${index}`).toBeDefined();
        expect(Boolean(found?.unique)).toBe(Boolean((opts as { unique?: boolean }).unique));
      }
    }
  });

  it('reads back every row unchanged: settings, captures (newest first), manual entries and narratives', async () => {
    const name = `v1-${Math.random()}`;
    await writeV1(name);
    const db = new ReportDb(name);
    opened.push(db);
    const settings = await getSettings(db);
    expect(settings).toMatchObject(V1_SETTINGS.value);
    const { captures, manual, narratives } = await loadReportData(db);
    expect(manual).toEqual({ 'month:2026-02': V1_MANUAL.fields });
    expect(narratives).toEqual([V1_NARRATIVE]);
    expect(captures.map(({ id: _id, ...c }) => c)).toEqual([V1_CAPTURE, V1_OLDER]);
    expect(captures.map((c) => c.id)).toEqual([2, 1]);
    expect(await db.manualEntries.get('month:2026-02')).toEqual(V1_MANUAL);
    expect(await db.narratives.get('month:2026-02')).toEqual(V1_NARRATIVE);
    const backup = JSON.parse((await backupParts(db, '2026-02-15T00:00:00.000Z')).parts.join(''));
    expect(backup.captures).toHaveLength(2);
  });

  it('the report for the period is built from the v1 rows, and new captures still go through the v1 unique index', async () => {
    const name = `v1-${Math.random()}`;
    await writeV1(name);
    const db = new ReportDb(name);
    opened.push(db);
    const period = periodById('month:2026-02')!;
    const report = buildPeriodReport((await loadReportData(db)).captures, period, await getSettings(db), { manual: { 'month:2026-02': V1_MANUAL.fields } });
    expect(report.captureCount).toBe(1);
    expect(report.figures.values.receivedNew ?? report.figures.values.receivedTotal).toBe(795);
    // Auto-increment continues after the v1 rows; the same content again is an update, not a second row.
    const stored = await saveExtraction(db, seedExtraction({ unit: 'UBND xã Bình Giang' }), { url: V1_CAPTURE.url, title: V1_CAPTURE.title }, '2026-02-15T01:00:00.000Z');
    expect(stored).toEqual({ status: 'stored', id: 3 });
    const again = await saveExtraction(db, seedExtraction({ unit: 'UBND xã Bình Giang' }), { url: V1_CAPTURE.url, title: V1_CAPTURE.title }, '2026-02-15T02:00:00.000Z');
    expect(again).toEqual({ status: 'updated', id: 3 });
    expect(await db.captures.count()).toBe(3);
  });
});
