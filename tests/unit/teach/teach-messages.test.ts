import { beforeEach, describe, expect, it } from 'vitest';
import { ReportDb } from '@/utils/store/db';
import { handleMessage } from '@/utils/store/messages';
import { handleTeachMessage, offersIn, type TeachDeps } from '@/utils/store/teach-messages';
import { headerKey } from '@/utils/extract/synonyms';
import type { TeachTableView } from '@/utils/domain/protocol';

const EXTENSION = 'chrome-extension://abc/';
const fromTab = { tab: { id: 7 }, url: 'http://motcua.haiphong.gov.vn/thong-ke?tu=1' };
const fromPage = { url: `${EXTENSION}teach.html#t` };
const table: TeachTableView = {
  columns: [
    { header: ['Hồ sơ tiếp nhận', 'Tổng số'], field: 'receivedTotal', engine: 'receivedTotal', samples: ['795'] },
    { header: ['Còn đang thụ lý'], field: null, engine: null, samples: ['5'] },
  ],
};

let db: ReportDb;
let opened: string[];
let reread: number[];
let deps: TeachDeps;

beforeEach(async () => {
  db = new ReportDb(`teach-msg-${Math.random()}`);
  await db.open();
  opened = [];
  reread = [];
  const now = () => '2026-02-20T03:00:00.000Z';
  deps = {
    db,
    now,
    extensionOrigin: EXTENSION,
    pending: offersIn(db, now),
    newToken: () => 'token-123456',
    openTeachPage: async (t) => void opened.push(t),
    reread: async (tabId) => (reread.push(tabId), ['Đã lưu số liệu: …']),
  };
});

describe('teach messages', () => {
  it('content script offers → the page gets the table by token → save stores a rule for the sender\'s origin and re-reads its tab', async () => {
    expect(await handleTeachMessage({ type: 'teachOpen', table }, fromTab, deps)).toEqual({ ok: true });
    expect(opened).toEqual(['token-123456']);
    expect(await handleTeachMessage({ type: 'teachGet', token: 'token-123456' }, fromPage, deps)).toEqual({ ok: true, origin: 'http://motcua.haiphong.gov.vn', table });
    const saved = await handleTeachMessage({ type: 'teachSave', token: 'token-123456', fields: ['receivedTotal', 'inProgressTotal'] }, fromPage, deps);
    expect(saved).toEqual({ ok: true, saved: 1, reread: ['Đã lưu số liệu: …'] });
    expect(reread).toEqual([7]);
    // The content script of that origin now gets the rule with its settings.
    const settings = await handleMessage({ type: 'getPageSettings' }, fromTab, { db, now: deps.now, extensionOrigin: EXTENSION, describe: () => '' });
    expect(settings).toMatchObject({ rules: [[headerKey(['Còn đang thụ lý']), 'inProgressTotal']] });
    const elsewhere = await handleMessage({ type: 'getPageSettings' }, { tab: { id: 8 }, url: 'https://motcua.thanhhoa.gov.vn/tk' }, { db, now: deps.now, extensionOrigin: EXTENSION, describe: () => '' });
    expect(elsewhere).not.toHaveProperty('rules');
  });

  it('refuses: a table with row labels or personal data shapes, pages asking for tables, portals asking for saves, unknown tokens', async () => {
    expect(await handleTeachMessage({ type: 'teachOpen', table: { columns: [{ ...table.columns[0], row: 'Nguyễn Văn A' }] } }, fromTab, deps)).toBeUndefined();
    expect(await handleTeachMessage({ type: 'teachOpen', table }, fromPage, deps)).toBeUndefined();
    await handleTeachMessage({ type: 'teachOpen', table }, fromTab, deps);
    expect(await handleTeachMessage({ type: 'teachGet', token: 'token-123456' }, fromTab, deps)).toBeUndefined();
    expect(await handleTeachMessage({ type: 'teachSave', token: 'token-123456', fields: [null, null] }, fromTab, deps)).toBeUndefined();
    expect(await handleTeachMessage({ type: 'teachGet', token: 'token-999999' }, fromPage, deps)).toEqual({ ok: false });
    expect(await handleTeachMessage({ type: 'teachSave', token: 'token-123456', fields: [null] }, fromPage, deps)).toEqual({ ok: false });
    expect(await handleTeachMessage({ type: 'teachSave', token: 'token-123456', fields: ['nope', null] }, fromPage, deps)).toBeUndefined();
    expect(await db.rules.count()).toBe(0);
    expect(await handleTeachMessage({ type: 'capture', report: {} }, fromTab, deps)).toBeUndefined();
  });

  it('offers wait in the database and are dropped a day later', async () => {
    await handleTeachMessage({ type: 'teachOpen', table }, fromTab, deps);
    const later = { ...deps, newToken: () => 'token-later', pending: offersIn(db, () => '2026-02-21T03:00:00.001Z') };
    await handleTeachMessage({ type: 'teachOpen', table }, fromTab, later);
    expect(await db.teachOffers.toCollection().primaryKeys()).toEqual(['token-later']);
  });
});
