import { beforeEach, describe, expect, it } from 'vitest';
import { liveQuery } from 'dexie';
import { ReportDb } from '@/utils/store/db';
import { deleteCapture, saveExtraction } from '@/utils/store/captures';
import { loadReportData } from '@/utils/store/report-data';

const listCaptures = async (db: ReportDb) => (await loadReportData(db)).captures;
import { DEFAULT_SETTINGS, checkSettings, getSettings, saveSettings } from '@/utils/store/settings';
import { seedExtraction } from './sample';
import { problemText } from '@/components/strings/errors';

const page = { url: 'https://motcua.haiphong.gov.vn/thong-ke/bieu-06?tab=1', title: 'Biểu 06' };
let db: ReportDb;

beforeEach(async () => {
  db = new ReportDb(`test-${Math.random()}`);
  await db.open();
});

describe('captures on fake-indexeddb', () => {
  it('stores a capture with its period key and provenance', async () => {
    const r = await saveExtraction(db, seedExtraction(), page, '2026-02-15T02:00:00.000Z');
    expect(r.status).toBe('stored');
    const [c] = await listCaptures(db);
    expect(c?.periodKey).toBe('2026-01-15..2026-02-14');
    expect(c?.fields.receivedOnline).toBe(795);
    expect(c?.cells.receivedTotal?.header).toEqual(['Số hồ sơ nhận giải quyết', 'Tổng số']);
    // The query string may carry a search filter (an applicant's name): only origin and path are kept.
    expect(c?.url).toBe('https://motcua.haiphong.gov.vn/thong-ke/bieu-06');
  });

  it('an identical capture of the same page (other query string) only updates lastSeenAt', async () => {
    const first = await saveExtraction(db, seedExtraction(), page, '2026-02-15T02:00:00.000Z');
    const again = await saveExtraction(db, seedExtraction(), { ...page, url: page.url.replace('tab=1', 'tab=2') }, '2026-02-16T03:00:00.000Z');
    expect(again).toEqual({ status: 'updated', id: first.id });
    const all = await listCaptures(db);
    expect(all).toHaveLength(1);
    expect(all[0]?.capturedAt).toBe('2026-02-15T02:00:00.000Z');
    expect(all[0]?.lastSeenAt).toBe('2026-02-16T03:00:00.000Z');
  });

  it('changed numbers or another period make a new capture; list is newest first', async () => {
    await saveExtraction(db, seedExtraction(), page, '2026-02-15T02:00:00.000Z');
    const changed = seedExtraction({ fields: { ...seedExtraction().fields, inProgressTotal: 6 } });
    await saveExtraction(db, changed, page, '2026-02-15T03:00:00.000Z');
    await saveExtraction(db, seedExtraction({ period: { from: '2026-02-15', to: '2026-03-14' } }), page, '2026-03-15T01:00:00.000Z');
    const all = await listCaptures(db);
    expect(all.map((c) => c.capturedAt)).toEqual(['2026-03-15T01:00:00.000Z', '2026-02-15T03:00:00.000Z', '2026-02-15T02:00:00.000Z']);
  });

  it('deletes a capture, and liveQuery sees writes and deletes', async () => {
    const seen: number[] = [];
    const sub = liveQuery(() => db.captures.count()).subscribe({ next: (n) => seen.push(n) });
    await new Promise((r) => setTimeout(r, 50));
    const { id } = await saveExtraction(db, seedExtraction(), page, '2026-02-15T02:00:00.000Z');
    await new Promise((r) => setTimeout(r, 50));
    await deleteCapture(db, id);
    await new Promise((r) => setTimeout(r, 50));
    sub.unsubscribe();
    expect(seen).toEqual([0, 1, 0]);
  });
});

describe('settings', () => {
  it('defaults until saved, then round-trips NFC-normalised', async () => {
    expect(await getSettings(db)).toEqual(DEFAULT_SETTINGS);
    const decomposed = 'xã Bình Giang'.normalize('NFD');
    await saveSettings(db, { ...DEFAULT_SETTINGS, unitName: ` ${decomposed} ` });
    const s = await getSettings(db);
    expect(s.unitName).toBe('xã Bình Giang'.normalize('NFC'));
    expect(s.targets.online).toBe(60);
  });

  it('reports settings a clerk must fix', () => {
    expect(checkSettings({ ...DEFAULT_SETTINGS, unitName: 'xã Bình Giang' })).toEqual([]);
    const bad = checkSettings({ ...DEFAULT_SETTINGS, cutoffDay: 31, targets: { ...DEFAULT_SETTINGS.targets, online: 120 } }).map((p) => problemText('vi', p));
    expect(bad).toContain('Chưa nhập đơn vị báo cáo.');
    expect(bad.some((p) => p.includes('Ngày chốt'))).toBe(true);
    expect(bad).toContain('Chỉ tiêu phải là số từ 0 đến 100 (đang nhập: 120).');
    const byYear = checkSettings({ ...DEFAULT_SETTINGS, unitName: 'x', targetsByYear: { '2026': { ...DEFAULT_SETTINGS.targets, payment: Number.NaN } } });
    expect(byYear).toEqual([{ code: 'targetInvalid', year: '2026', value: null }]);
    expect(byYear.map((p) => problemText('vi', p))).toEqual(['Chỉ tiêu năm 2026 phải là số từ 0 đến 100 (đang nhập: không phải số).']);
    expect(byYear.map((p) => problemText('en', p))).toEqual(['Targets for 2026 must be numbers from 0 to 100 (entered: not a number).']);
  });
});

describe('a page whose numbers keep changing', () => {
  it('replaces its capture within the window instead of piling up (21 changes in 15 s → 1 capture)', async () => {
    const start = Date.parse('2026-02-15T02:00:00.000Z');
    for (let i = 0; i < 21; i++) {
      const changed = seedExtraction({ fields: { ...seedExtraction().fields, inProgressTotal: i } });
      await saveExtraction(db, changed, page, new Date(start + i * 700).toISOString());
    }
    const all = await listCaptures(db);
    expect(all).toHaveLength(1);
    expect(all[0]?.fields.inProgressTotal).toBe(20);
  });

  it('keeps other units, periods and readings further apart than the window as captures of their own', async () => {
    await saveExtraction(db, seedExtraction(), page, '2026-02-15T02:00:00.000Z');
    await saveExtraction(db, seedExtraction({ unit: 'xã Khác' }), page, '2026-02-15T02:00:01.000Z');
    await saveExtraction(db, seedExtraction({ period: { from: '2026-02-15', to: '2026-03-14' } }), page, '2026-02-15T02:00:02.000Z');
    const later = seedExtraction({ fields: { ...seedExtraction().fields, inProgressTotal: 9 } });
    const reply = await saveExtraction(db, later, page, '2026-02-15T02:30:00.000Z');
    expect(reply.status).toBe('stored');
    const replaced = await saveExtraction(db, seedExtraction({ fields: { ...later.fields, inProgressTotal: 10 } }), page, '2026-02-15T02:31:00.000Z');
    expect(replaced).toEqual({ status: 'replaced', id: reply.id });
    expect(await db.captures.count()).toBe(4);
  });
});
