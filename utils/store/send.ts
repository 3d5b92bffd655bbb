import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Reply, Request } from '../domain/protocol';

/** The MV3 background may be asleep or restarting: retry with backoff until it answers. */
const ATTEMPTS = 5;

function sleep(ctx: ContentScriptContext, ms: number): Promise<void> {
  return new Promise<void>((resolve) => ctx.setTimeout(() => resolve(), ms));
}

/** Sends a request of the protocol to the background from a content script; undefined if it never answered. */
export async function sendToBackground<M extends Request>(ctx: ContentScriptContext, msg: M): Promise<Reply<M['type']> | undefined> {
  for (let attempt = 0; attempt < ATTEMPTS && ctx.isValid; attempt++) {
    try {
      const reply = (await browser.runtime.sendMessage(msg)) as Reply<M['type']> | undefined;
      if (reply !== undefined) return reply;
    } catch {
      // service worker restarting: try again below
    }
    await sleep(ctx, 200 * 2 ** attempt);
  }
  return undefined;
}

/** Sends a request of the protocol from an extension page (Options). */
export function askBackground<M extends Request>(msg: M): Promise<Reply<M['type']> | undefined> {
  return browser.runtime.sendMessage(msg) as Promise<Reply<M['type']> | undefined>;
}
