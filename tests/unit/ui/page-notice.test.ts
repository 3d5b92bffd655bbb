import { afterEach, describe, expect, it, vi } from 'vitest';
import { NOTICE_FADE_MS, showNotice } from '@/utils/capture/page-notice';
import { testNow } from '../../../scripts/lib/test-today.mjs';

const hostIn = (doc: Document) => doc.querySelector('[data-bao-cao-cchc-notice]');

describe('the in-page notice', () => {
  afterEach(() => {
    vi.useFakeTimers({ toFake: ['Date'], now: testNow(), shouldAdvanceTime: true });
    document.documentElement.querySelectorAll('[data-bao-cao-cchc-notice]').forEach((n) => n.remove());
  });

  it('fades away by itself after a few seconds when all went well', () => {
    vi.useFakeTimers({ toFake: ['Date', 'setTimeout'], now: testNow() });
    showNotice(document, 'ok', ['Đã lưu số liệu: Kết quả giải quyết, kỳ 15/01/2026 – 14/02/2026.']);
    vi.advanceTimersByTime(NOTICE_FADE_MS - 100);
    expect(hostIn(document)).not.toBeNull();
    vi.advanceTimersByTime(2000);
    expect(hostIn(document)).toBeNull();
  });

  it('stays until closed when it reports a problem', () => {
    vi.useFakeTimers({ toFake: ['Date', 'setTimeout'], now: testNow() });
    showNotice(document, 'error', ['Chưa lưu được số liệu.']);
    vi.advanceTimersByTime(NOTICE_FADE_MS * 10);
    expect(hostIn(document)).not.toBeNull();
  });
});
