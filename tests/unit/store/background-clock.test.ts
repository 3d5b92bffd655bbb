import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { backgroundNow } from '@/utils/store/background-clock';
import { problemText } from '@/components/strings/errors';
import { backgroundTelling } from '../ui/fake-background';

beforeEach(() => fakeBrowser.reset());

describe('backgroundNow: the background\'s clock, asked from an extension page', () => {
  it('is the time the background tells', async () => {
    backgroundTelling('2026-02-15T02:00:00.000Z');
    expect(await backgroundNow()).toEqual({ ok: true, now: '2026-02-15T02:00:00.000Z' });
  });

  it('never throws: no background is a problem the clerk is told about in plain words', async () => {
    // No listener at all: sendMessage rejects (the extension was reloaded under the page).
    const silent = await backgroundNow();
    expect(silent).toEqual({ ok: false, problem: { code: 'backgroundSilent', detail: 'Error: No listeners available' } });
    if (silent.ok) return;
    expect(problemText('vi', silent.problem)).toBe(
      'Tiện ích không trả lời trang này (có thể tiện ích vừa được cập nhật hoặc khởi động lại) nên chưa làm gì. Hãy tải lại trang (phím F5) rồi thử lại.',
    );
  });

  it('refuses an answer that is not a time', async () => {
    fakeBrowser.runtime.onMessage.addListener((_msg: unknown, _sender: unknown, sendResponse: (reply: unknown) => void) => {
      sendResponse({ now: 'soon' });
      return true;
    });
    expect(await backgroundNow()).toMatchObject({ ok: false, problem: { code: 'backgroundSilent' } });
  });
});
