import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ReportDb } from '@/utils/store/db';
import { handleMessage, isExtraction } from '@/utils/store/messages';
import { saveSettings, DEFAULT_SETTINGS } from '@/utils/store/settings';
import { seedExtraction } from './sample';

let db: ReportDb;
const deps = () => ({ db, now: () => '2026-02-15T02:00:00.000Z' });
const report = (extractions: unknown[]) => ({ url: 'https://x.haiphong.gov.vn/tk', title: 'Thống kê', extractions });

beforeEach(async () => {
  db = new ReportDb(`msg-${Math.random()}`);
  await db.open();
});

describe('handleMessage', () => {
  it('stores each extraction of a capture message and reports stored, then updated', async () => {
    const first = await handleMessage({ type: 'capture', report: report([seedExtraction()]) }, deps());
    expect(first).toEqual({ ok: true, results: [{ status: 'stored', id: 1 }] });
    const second = await handleMessage({ type: 'capture', report: report([seedExtraction()]) }, deps());
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
      const reply = await handleMessage({ type: 'capture', report: report([seedExtraction(), e]) }, deps());
      expect(reply).toMatchObject({ ok: false });
    }
    expect(await db.captures.count()).toBe(0);
  });

  it('answers getSettings and ignores unknown messages', async () => {
    await saveSettings(db, { ...DEFAULT_SETTINGS, unitName: 'xã Bình Giang' });
    expect(await handleMessage({ type: 'getSettings' }, deps())).toMatchObject({ unitName: 'xã Bình Giang' });
    expect(await handleMessage({ type: 'other' }, deps())).toBeUndefined();
    expect(await handleMessage('capture', deps())).toBeUndefined();
  });
});

describe('background listener glue', () => {
  beforeEach(() => fakeBrowser.reset());

  it('routes runtime messages to the database', async () => {
    const { default: background } = await import('@/entrypoints/background');
    background.main();
    const reply = await fakeBrowser.runtime.sendMessage({ type: 'capture', report: report([seedExtraction()]) });
    expect(reply).toMatchObject({ ok: true, results: [{ status: 'stored' }] });
  });
});
