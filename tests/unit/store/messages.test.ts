import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LIMITS } from '@/utils/store/schemas';
import { ReportDb } from '@/utils/store/db';
import { handleMessage, isExtraction } from '@/utils/store/messages';
import { saveSettings, DEFAULT_SETTINGS } from '@/utils/store/settings';
import { seedExtraction } from './sample';

let db: ReportDb;
const EXTENSION = 'chrome-extension://abc/';
const deps = () => ({ db, now: () => '2026-02-15T02:00:00.000Z', extensionOrigin: EXTENSION, describe: (p: { code: string }) => p.code });
const report = (extractions: unknown[]) => ({ url: 'https://x.haiphong.gov.vn/tk', title: 'Thống kê', extractions });
/** A content script in a tab on the page the report claims (the query string is not part of the page). */
const fromTab = { tab: { id: 7 }, url: 'https://x.haiphong.gov.vn/tk?q=1' };

beforeEach(async () => {
  db = new ReportDb(`msg-${Math.random()}`);
  await db.open();
});

describe('handleMessage', () => {
  it('stores each extraction of a capture message and reports stored, then updated', async () => {
    const first = await handleMessage({ type: 'capture', report: report([seedExtraction()]) }, fromTab, deps());
    expect(first).toEqual({ ok: true, results: [{ status: 'stored', id: 1 }] });
    const second = await handleMessage({ type: 'capture', report: report([seedExtraction()]) }, fromTab, deps());
    expect(second).toEqual({ ok: true, results: [{ status: 'updated', id: 1 }] });
    expect(await db.captures.count()).toBe(1);
  });

  it('refuses malformed captures and stores nothing', async () => {
    const bad = [
      seedExtraction({ fields: { receivedTotal: Number.NaN } }),
      seedExtraction({ fields: { receivedTotal: -3 } }),
      seedExtraction({ period: { from: '2026-02-14', to: '2026-01-15' } }),
      { ...seedExtraction(), kinds: ['nonsense'] },
      { ...seedExtraction(), fields: { citizenName: 5 } },
    ];
    for (const e of bad) {
      expect(isExtraction(e)).toBe(false);
      const reply = await handleMessage({ type: 'capture', report: report([seedExtraction(), e]) }, fromTab, deps());
      expect(reply).toMatchObject({ ok: false });
    }
    expect(await db.captures.count()).toBe(0);
  });

  it('injects the table reader into the sender\'s frame only when asked, in the same round trip as the settings', async () => {
    const injectReader = vi.fn(async () => true);
    const frame = { ...fromTab, frameId: 3 };
    expect(await handleMessage({ type: 'getPageSettings', reader: true }, frame, { ...deps(), injectReader })).toMatchObject({ cutoffDay: 15 });
    expect(injectReader).toHaveBeenCalledWith(7, 3);
    await handleMessage({ type: 'getPageSettings' }, frame, { ...deps(), injectReader });
    expect(injectReader).toHaveBeenCalledTimes(1);
    expect(await handleMessage({ type: 'loadReader' }, frame, { ...deps(), injectReader })).toBeUndefined(); // no separate request any more
  });

  it('gives a content script only the settings reading a page needs, and ignores unknown messages', async () => {
    await saveSettings(db, { ...DEFAULT_SETTINGS, unitName: 'xã Bình Giang', signer: { role: 'TM', title: 'CHỦ TỊCH', name: 'Vũ Thị Hòa' } });
    expect(await handleMessage({ type: 'getPageSettings' }, fromTab, deps())).toEqual({ unitName: 'xã Bình Giang', cityName: 'thành phố Hải Phòng', cutoffDay: 15 });
    expect(await handleMessage({ type: 'getSettings' }, fromTab, deps())).toBeUndefined(); // the whole settings are not for content scripts
    expect(await handleMessage({ type: 'other' }, fromTab, deps())).toBeUndefined();
    expect(await handleMessage('capture', fromTab, deps())).toBeUndefined();
  });
});

describe('who may send what', () => {
  it('stores a capture only from a tab whose own address is the page the report names, and stores that address', async () => {
    const msg = { type: 'capture', report: report([seedExtraction()]) };
    for (const sender of [{}, { url: fromTab.url }, { tab: { id: 7 } }, { tab: { id: 7 }, url: 'https://evil.example/tk' }, { tab: { id: 7 }, url: 'https://x.haiphong.gov.vn/other' }]) {
      expect(await handleMessage(msg, sender, deps())).toEqual({ ok: false, error: 'captureWrongPage' });
    }
    expect(await db.captures.count()).toBe(0);
    expect(await handleMessage(msg, fromTab, deps())).toMatchObject({ ok: true });
    expect((await db.captures.toArray()).map((c) => c.url)).toEqual(['https://x.haiphong.gov.vn/tk']);
  });

  it('refuses a report claiming a javascript: or other non-http address', async () => {
    const msg = { type: 'capture', report: { ...report([seedExtraction()]), url: 'javascript:alert(1)' } };
    expect(await handleMessage(msg, { tab: { id: 1 }, url: 'javascript:alert(1)' }, deps())).toEqual({ ok: false, error: 'captureInvalid' });
  });

  it('tells the time it stamps captures with', async () => {
    expect(await handleMessage({ type: 'now' }, { url: `${EXTENSION}options.html` }, deps())).toEqual({ now: '2026-02-15T02:00:00.000Z' });
  });

  it('re-syncs the portal scripts only for the extension’s own pages', async () => {
    let synced = 0;
    const withSync = { ...deps(), syncPortals: async () => synced++ };
    expect(await handleMessage({ type: 'syncPortalScripts' }, fromTab, withSync)).toBeUndefined();
    expect(synced).toBe(0);
    expect(await handleMessage({ type: 'syncPortalScripts' }, { url: `${EXTENSION}options.html`, tab: { id: 2 } }, withSync)).toEqual({ ok: true });
    expect(synced).toBe(1);
  });
});

describe('limits per capture and per message', () => {
  it('refuses a 30 MB unit name, too many warnings, deep headers, too many extractions, and stores nothing', async () => {
    const huge = [
      report([seedExtraction({ unit: 'x'.repeat(30_000_000) })]),
      report([seedExtraction({ warnings: Array.from({ length: 5_000 }, () => 'w') })]),
      report([seedExtraction({ unmapped: [Array.from({ length: 100 }, () => 'h')] })]),
      report([seedExtraction({ cells: { receivedTotal: { header: ['a'], row: 'r', raw: '1'.repeat(100_000) } } })]),
      report(Array.from({ length: LIMITS.extractionsPerMessage + 1 }, (_, i) => seedExtraction({ unit: `đơn vị ${i}` }))),
      { ...report([seedExtraction()]), title: 't'.repeat(100_000) },
    ];
    for (const r of huge) expect(await handleMessage({ type: 'capture', report: r }, fromTab, deps())).toMatchObject({ ok: false, error: 'captureInvalid' });
    expect(await db.captures.count()).toBe(0);
  });

  it('refuses counts that are not whole, above the ceiling or not finite; rates may be fractions', async () => {
    for (const value of [0.5, 1e13, 1e308, Number.POSITIVE_INFINITY]) {
      const reply = await handleMessage({ type: 'capture', report: report([seedExtraction({ fields: { receivedTotal: value } })]) }, fromTab, deps());
      expect(reply).toMatchObject({ ok: false });
    }
    const rate = await handleMessage({ type: 'capture', report: report([seedExtraction({ fields: { rateOnline: 95.5 } })]) }, fromTab, deps());
    expect(rate).toMatchObject({ ok: true });
  });

  it('drops unknown keys of a capture instead of storing them', async () => {
    await handleMessage({ type: 'capture', report: report([{ ...seedExtraction(), citizenId: '0123456789' }]) }, fromTab, deps());
    const [stored] = await db.captures.toArray();
    expect(stored).toBeDefined();
    expect(stored).not.toHaveProperty('citizenId');
  });
});

describe('background listener glue', () => {
  beforeEach(() => fakeBrowser.reset());

  it('routes runtime messages to the database, and refuses a capture that comes from no tab', async () => {
    const { default: background } = await import('@/entrypoints/background');
    // WXT's fake browser has no runtime.onConnect (the popup's hello to the background): registering is all this test needs.
    vi.spyOn(fakeBrowser.runtime.onConnect, 'addListener').mockImplementation(() => undefined);
    background.main();
    const reply = await fakeBrowser.runtime.sendMessage({ type: 'capture', report: report([seedExtraction()]) });
    expect(reply).toMatchObject({ ok: false, error: 'Dữ liệu gửi không khớp với trang đang mở, không lưu.' });
    expect(await fakeBrowser.runtime.sendMessage({ type: 'getPageSettings' })).toMatchObject({ cutoffDay: 15 });
  });
});
