// The background words a refusal in the clerk's interface language, and reads the settings for it only when it has a
// refusal to word: the many messages that need no text (the clock, a page's settings, a stored capture) do not.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ReportDb } from '@/utils/store/db';
import { DEFAULT_SETTINGS, getSettings, saveSettings } from '@/utils/store/settings';
import { seedExtraction } from './sample';

vi.mock('@/utils/store/settings', async (original) => {
  const actual = await original<typeof import('@/utils/store/settings')>();
  return { ...actual, getSettings: vi.fn(actual.getSettings) };
});

const report = { url: 'https://x.haiphong.gov.vn/tk', title: 'Thống kê', extractions: [seedExtraction()] };

beforeEach(async () => {
  fakeBrowser.reset();
  // The background's own database (the default name): no settings stored, so Vietnamese.
  const db = new ReportDb();
  await db.settings.clear();
  db.close();
});

async function startBackground() {
  const { default: background } = await import('@/entrypoints/background');
  vi.spyOn(fakeBrowser.runtime.onConnect, 'addListener').mockImplementation(() => undefined);
  background.main();
}

describe('the background\'s refusal texts', () => {
  it('reads the settings only to word a refusal, and then afresh: the language just chosen in Options', async () => {
    await startBackground();
    const reads = vi.mocked(getSettings);
    reads.mockClear();
    for (let i = 0; i < 5; i++) expect(await fakeBrowser.runtime.sendMessage({ type: 'now' })).toMatchObject({ now: expect.any(String) });
    expect(await fakeBrowser.runtime.sendMessage({ type: 'nonsense' })).toBeUndefined();
    expect(reads).not.toHaveBeenCalled();

    // A capture from no tab is refused: now a text is needed, in the stored language (Vietnamese by default).
    expect(await fakeBrowser.runtime.sendMessage({ type: 'capture', report })).toEqual({ ok: false, error: 'Dữ liệu gửi không khớp với trang đang mở, không lưu.' });
    expect(reads).toHaveBeenCalledTimes(1);

    // The clerk switches Options to English: the next refusal is worded in English, with no restart.
    const db = new ReportDb();
    await saveSettings(db, { ...DEFAULT_SETTINGS, uiLanguage: 'en' });
    db.close();
    expect(await fakeBrowser.runtime.sendMessage({ type: 'capture', report })).toEqual({ ok: false, error: 'The data sent does not match the open page; not saved.' });
  });

  it('words a refused capture as a plain sentence; the refused value\'s path goes to the worker\'s console', async () => {
    await startBackground();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const bad = { ...report, extractions: [seedExtraction({ period: { from: '2026-02-30', to: '2026-03-14' } })] };
    expect(await fakeBrowser.runtime.sendMessage({ type: 'capture', report: bad })).toEqual({ ok: false, error: 'Dữ liệu gửi từ trang không hợp lệ, không lưu.' });
    expect(warn).toHaveBeenCalledWith('captureInvalid: path: extractions.0.period.from');
  });
});
