import { browser } from 'wxt/browser';
import { ReportDb } from '@/utils/store/db';
import { handleMessage } from '@/utils/store/messages';

export default defineBackground(() => {
  const db = new ReportDb();
  // Reply through sendResponse + `return true`: works with the polyfill, native chrome.* and WXT's fake browser.
  browser.runtime.onMessage.addListener((msg: unknown, _sender: unknown, sendResponse: (r: unknown) => void) => {
    handleMessage(msg, { db, now: () => new Date().toISOString() }).then(sendResponse, (err: unknown) =>
      sendResponse({ ok: false, error: `Lỗi lưu dữ liệu: ${String(err)}` }),
    );
    return true;
  });
});
