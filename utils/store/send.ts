import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** The MV3 background may be asleep or restarting: retry with backoff until it answers. */
const ATTEMPTS = 5;

function sleep(ctx: ContentScriptContext, ms: number): Promise<void> {
  return new Promise<void>((resolve) => ctx.setTimeout(() => resolve(), ms));
}

/** Sends a message to the background from a content script; undefined if it never answered. */
export async function sendToBackground<T>(ctx: ContentScriptContext, msg: unknown): Promise<T | undefined> {
  for (let attempt = 0; attempt < ATTEMPTS && ctx.isValid; attempt++) {
    try {
      const reply = (await browser.runtime.sendMessage(msg)) as T | undefined;
      if (reply !== undefined) return reply;
    } catch {
      // service worker restarting: try again below
    }
    await sleep(ctx, 200 * 2 ** attempt);
  }
  return undefined;
}
