import { browser } from 'wxt/browser';
import { ReportDb } from '@/utils/store/db';
import { handleMessage, type Sender } from '@/utils/store/messages';
import { getSettings } from '@/utils/store/settings';
import { syncPortalScripts, type ScriptingApi } from '@/utils/store/portal-scripts';
import { parseOrigin } from '@/utils/domain/origins';
import { detailOf, type StoreProblem } from '@/utils/store/problems';
import { problemDetail, problemText } from '@/components/strings/errors';
import { onDataStampChange, readStoredView } from '@/utils/store/popup-view-store';
import { refreshPopupView } from '@/utils/view/popup-view-refresh';
import { mirrorFirstScreen } from '@/utils/store/first-screen-mirror-writer';
import { firstScreenHtml } from '@/components/first-screen-html';
import { asPopupView } from '@/utils/view/popup-view';
import { todayIsoLocal } from '@/utils/domain/period';
import { handleTeachMessage, offersIn, type TeachDeps } from '@/utils/store/teach-messages';

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

  const extensionOrigin = browser.runtime.getURL('/');

  // Teach mode: offered tables wait in the database (the worker may sleep while the clerk chooses).
  const teach: Omit<TeachDeps, 'db' | 'now' | 'extensionOrigin'> = {
    pending: offersIn(db, () => new Date().toISOString()),
    newToken: () => crypto.randomUUID(),
    openTeachPage: async (token) => void (await browser.tabs.create({ url: `${browser.runtime.getURL('/teach.html')}#${token}` })),
    reread: async (tabId) => {
      const answer = (await browser.tabs.sendMessage(tabId, { type: 'reread' }).catch(() => undefined)) as { lines?: unknown } | undefined;
      return Array.isArray(answer?.lines) ? answer.lines.filter((l): l is string => typeof l === 'string') : undefined;
    },
  };

  /** The table reader goes only into a frame whose content script found a statistics page (utils/capture/page-reader.ts). */
  const injectReader = async (tabId: number, frameId: number): Promise<boolean> => {
    try {
      await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: ['/page-reader.js'] });
      return true;
    } catch {
      return false;
    }
  };

  /**
   * A refusal's text in the clerk's interface language: the settings are read only when a refusal is worded (rare),
   * and then afresh, so a language just chosen in Options is the one used; Vietnamese if they cannot be read. Its
   * technical part (an error's message, the refused value's schema path) goes to this worker's console, for support.
   */
  const describe = async (problem: StoreProblem) => {
    const detail = problemDetail(problem);
    if (detail) console.warn(`${problem.code}: ${detail}`);
    return problemText(await getSettings(db).then((s) => s.uiLanguage, () => undefined), problem);
  };

  /** One request of the protocol. */
  const reply = async (msg: unknown, sender: Sender): Promise<unknown> => {
    const now = () => new Date().toISOString();
    try {
      const taught = await handleTeachMessage(msg, sender, { db, now, extensionOrigin, ...teach });
      if (taught !== undefined) return taught;
      return await handleMessage(msg, sender, { db, now, extensionOrigin, syncPortals, injectReader, describe });
    } catch (err) {
      return { ok: false, error: await describe({ code: 'captureFailed', detail: detailOf(err) }) };
    }
  };

  // Reply through sendResponse + `return true`: works with the polyfill, native chrome.* and WXT's fake browser.
  browser.runtime.onMessage.addListener((msg: unknown, sender: Sender, sendResponse: (r: unknown) => void) => {
    void reply(msg, sender).then(sendResponse);
    return true;
  });
  browser.runtime.onStartup.addListener(() => void syncPortals().catch(() => undefined));
  browser.runtime.onInstalled.addListener(() => void syncPortals().catch(() => undefined));

  // The popup's first screen and the toolbar badge, recomputed after every write to the database
  // (a capture, an import, a settings change: each sets a new stamp) and when the day has changed.
  const action = browser.action ?? browser.browserAction;
  let refreshing: ReturnType<typeof setTimeout> | undefined;
  const refresh = () => {
    clearTimeout(refreshing);
    refreshing = setTimeout(() => {
      void refreshPopupView(db, todayIsoLocal(new Date()), firstScreenHtml).then(
        ({ view, screen }) =>
          Promise.all([action.setBadgeText({ text: view.missingCount > 0 ? String(view.missingCount) : '' }), mirrorFirstScreen(screen)]),
        (err) => console.error(err),
      );
    }, 50);
  };
  void action.setBadgeBackgroundColor({ color: '#b45309' });
  onDataStampChange(refresh);
  browser.runtime.onStartup.addListener(refresh);
  browser.runtime.onInstalled.addListener(refresh);
  // An opened popup says hello: a view from another day is recomputed (the popup itself shows it as refreshing meanwhile).
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== 'popup') return;
    void readStoredView().then(({ view }) => {
      if (asPopupView(view)?.inputs.todayIso !== todayIsoLocal(new Date())) refresh();
    });
  });
});
