/** The background as extension pages see it in unit tests: WXT's fake browser with a listener that tells the time. */
import { fakeBrowser } from 'wxt/testing/fake-browser';

/** A background that answers `{ type: 'now' }` with `now` (and nothing else). */
export function backgroundTelling(now: string): void {
  fakeBrowser.runtime.onMessage.addListener((msg: unknown, _sender: unknown, sendResponse: (reply: unknown) => void) => {
    if ((msg as { type?: unknown } | null)?.type !== 'now') return undefined;
    sendResponse({ now });
    return true;
  });
}
