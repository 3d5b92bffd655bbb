/**
 * A copy of the background's drawing of the popup's first screen (popup-view-store.ts) in the extension origin's
 * localStorage. The popup's first-paint script reads it without waiting: localStorage answers at once, where
 * extension storage answers a round trip later. It is a cache only: the popup paints it only when its inputs match
 * the store's write stamp and today (utils/view/popup-view.ts isCurrent), exactly as the drawing in session storage.
 * Only the extension's own pages share this origin's localStorage; portal pages and content scripts cannot read it.
 */
const MIRROR_KEY = 'popupFirstScreenMirror';

/** The mirrored value, or undefined when there is none or it cannot be read (storage off, a broken value). */
export function readMirror(local: Storage | undefined = globalThis.localStorage): unknown {
  try {
    const text = local?.getItem(MIRROR_KEY);
    return text ? (JSON.parse(text) as unknown) : undefined;
  } catch {
    return undefined;
  }
}

/** Writes the copy; false when this context has no localStorage or it is full (the popup then reads session storage). */
export function writeMirror(screen: unknown, local: Storage | undefined = globalThis.localStorage): boolean {
  try {
    if (!local) return false;
    local.setItem(MIRROR_KEY, JSON.stringify(screen));
    return true;
  } catch {
    return false;
  }
}

/** The message the background sends its offscreen document (Chromium) to write the copy. */
export const MIRROR_MESSAGE = 'popup-first-screen-mirror';

export interface MirrorMessage {
  type: typeof MIRROR_MESSAGE;
  screen: unknown;
}

export const isMirrorMessage = (msg: unknown): msg is MirrorMessage => (msg as Partial<MirrorMessage> | null)?.type === MIRROR_MESSAGE;
