import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser } from 'wxt/browser';
import { looksLikeStatsPage } from '@/utils/extract/detect';
import { injectedReader } from '@/utils/capture/page-reader';
import { noticeText, offersTeaching, TEACH_BUTTON } from '@/utils/capture/notice-text';
import type { PageReport } from '@/utils/domain/types';
import { showNotice } from '@/utils/capture/page-notice';
import { pageAddress } from '@/utils/domain/page-address';
import { PORTAL_MATCHES } from '@/utils/domain/origins';
import { sendToBackground as send } from '@/utils/store/send';
import { NATIONAL_MATCHES } from '@/utils/national/endpoints';

/** Tables are often drawn late or redrawn after "Thống kê": wait for the page to settle. */
const SETTLE_MS = 400;

export default defineContentScript({
  matches: [...PORTAL_MATCHES],
  // The national index pages are read from their own JSON by national-bridge.
  excludeMatches: NATIONAL_MATCHES,
  runAt: 'document_idle',
  // Report viewers often draw the statistics in a frame of the same portal: each such frame is read on its own.
  allFrames: true,
  main(ctx) {
    watchPage(ctx);
  },
});

function watchPage(ctx: ContentScriptContext): void {
  let lastSent = '';
  let timer: number | undefined;

  /** Reads the page; the notice's lines when something was shown. */
  const run = async (): Promise<string[] | undefined> => {
    if (!looksLikeStatsPage(document)) return;
    // Asked each time (only on statistics pages): a unit changed in Options, or a rule just taught, applies without reloading the portal.
    // The table reader is injected by the background into this frame with the first settings asked for.
    const settings = await send(ctx, injectedReader() ? { type: 'getPageSettings' } : { type: 'getPageSettings', reader: true });
    const reader = injectedReader();
    if (!settings || !reader) return;
    const lessons = new Map(settings.rules);
    const taught = lessons.size > 0 ? (key: string) => lessons.get(key) : undefined;
    const { extractions, problem } = reader.extractPage(document, { ...settings, taught }, { checked: true });
    const report: PageReport = { url: pageAddress(location.href), title: reader.storedTitle(document.title), extractions, ...(problem ? { problem } : {}) };
    const key = JSON.stringify([extractions, problem]);
    if (key === lastSent || (extractions.length === 0 && !problem)) return;
    lastSent = key;
    const reply = extractions.length > 0 ? await send(ctx, { type: 'capture', report }) : undefined;
    if (extractions.length > 0 && !reply?.ok) lastSent = ''; // not saved: try again on the next change
    const text = noticeText(report, reply);
    // Teach mode: only the table's header paths and a few numbers go to the background, and only on the clerk's click.
    const table = offersTeaching(report) ? reader.teachTable(document, taught) : null;
    const teach = table ? { label: TEACH_BUTTON, onClick: () => void send(ctx, { type: 'teachOpen', table }) } : undefined;
    showNotice(document, text.tone, text.lines, 'open', teach);
    return text.lines;
  };

  const schedule = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = ctx.setTimeout(() => void run(), SETTLE_MS);
  };

  // "Lưu cách đọc" on the teach page: read the page again at once with the new rule.
  const onMessage = (msg: unknown, _sender: unknown, sendResponse: (reply: { lines: string[] }) => void) => {
    // Every frame of the tab hears it: only a frame showing statistics answers (another would answer "nothing" first).
    if ((msg as { type?: unknown } | null)?.type !== 'reread' || !looksLikeStatsPage(document)) return;
    lastSent = '';
    void run().then((lines) => sendResponse({ lines: lines ?? [] }));
    return true;
  };
  browser.runtime.onMessage.addListener(onMessage);

  // The notice lives outside <body>, so watching the body never reacts to our own notice.
  const observer = new MutationObserver(schedule);
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  ctx.onInvalidated(() => {
    observer.disconnect();
    browser.runtime.onMessage.removeListener(onMessage);
  });
  void run();
}
