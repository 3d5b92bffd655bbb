import { browser } from 'wxt/browser';
import { ReportDb } from '@/utils/store/db';
import { handleMessage } from '@/utils/store/messages';
import { getSettings } from '@/utils/store/settings';
import { syncPortalScripts, type ScriptingApi } from '@/utils/store/portal-scripts';
import { parseOrigin } from '@/utils/capture/origins';

export default defineBackground(() => {
  const db = new ReportDb();

  /** Registers the table reader on the origins the clerk added and still has permission for. */
  const syncPortals = async () => {
    const { portalOrigins = [] } = await getSettings(db);
    const granted: string[] = [];
    for (const origin of portalOrigins) {
      const check = parseOrigin(origin);
      if (check.ok && (await browser.permissions.contains({ origins: [check.pattern] }))) granted.push(check.origin);
    }
    return syncPortalScripts(browser.scripting as unknown as ScriptingApi, granted);
  };

  // Reply through sendResponse + `return true`: works with the polyfill, native chrome.* and WXT's fake browser.
  browser.runtime.onMessage.addListener((msg: unknown, _sender: unknown, sendResponse: (r: unknown) => void) => {
    handleMessage(msg, { db, now: () => new Date().toISOString(), syncPortals }).then(sendResponse, (err: unknown) =>
      sendResponse({ ok: false, error: `Lỗi lưu dữ liệu: ${String(err)}` }),
    );
    return true;
  });
  browser.runtime.onStartup.addListener(() => void syncPortals().catch(() => undefined));
  browser.runtime.onInstalled.addListener(() => void syncPortals().catch(() => undefined));
});
