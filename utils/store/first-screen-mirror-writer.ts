/**
 * The background keeps the popup's first-screen copy in localStorage (first-screen-mirror.ts) after each refresh.
 * Firefox's background is a page with localStorage of its own origin and writes it directly; Chromium's service
 * worker has none, so it opens a short-lived offscreen document (entrypoints/first-screen-mirror) that writes it.
 */
import { nativeBrowser as browser } from './native-browser';
import { MIRROR_MESSAGE, writeMirror, type MirrorMessage } from './first-screen-mirror';

const DOCUMENT = 'first-screen-mirror.html';

let queue: Promise<void> = Promise.resolve();

/** Writes are queued: one offscreen document at a time, and the newest screen is written last. */
export function mirrorFirstScreen(screen: unknown): Promise<void> {
  queue = queue.then(() => write(screen)).catch(() => undefined);
  return queue;
}

async function write(screen: unknown): Promise<void> {
  if (writeMirror(screen)) return;
  const offscreen = browser.offscreen as typeof browser.offscreen | undefined;
  if (!offscreen) return;
  if (!(await offscreen.hasDocument())) {
    await offscreen.createDocument({
      url: DOCUMENT,
      reasons: ['LOCAL_STORAGE' as typeof browser.offscreen.Reason.LOCAL_STORAGE],
      justification: 'Keeps a copy of the popup first screen in localStorage so that the popup paints it at once.',
    });
  }
  try {
    const message: MirrorMessage = { type: MIRROR_MESSAGE, screen };
    await browser.runtime.sendMessage(message);
  } finally {
    await offscreen.closeDocument();
  }
}
