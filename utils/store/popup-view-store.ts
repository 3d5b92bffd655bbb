/**
 * Extension storage beside the database: the popup's precomputed first screen and the store's
 * write stamp. Every committed write to the database sets a new stamp (stampWrites), so a stored
 * view made from older data is recognised as such. The view is opaque here (utils/view/popup-view.ts).
 */
import { nativeBrowser as browser } from './native-browser';
import type Dexie from 'dexie';
import type { DBCore, DBCoreTransaction } from 'dexie';

const VIEW_KEY = 'popupView';
/**
 * The same view drawn as HTML by the background (components/first-screen-html.tsx). In session storage: only the
 * extension's own pages and background can read or write it (content scripts cannot), and it never goes to disk.
 */
const SCREEN_KEY = 'popupFirstScreen';
export const STAMP_KEY = 'dataStamp';

/** Before any write is seen: a view computed then is current until the first write. */
const FIRST_STAMP = '0';

const newStamp = (): string => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

export interface StoredView {
  view: unknown;
  stamp: string;
}

const asStamp = (value: unknown): string => (typeof value === 'string' ? value : FIRST_STAMP);

export async function readStoredView(): Promise<StoredView> {
  const got = await browser.storage.local.get([VIEW_KEY, STAMP_KEY]);
  return { view: got[VIEW_KEY], stamp: asStamp(got[STAMP_KEY]) };
}

/** The view drawn as HTML, if the background has drawn one since the browser started. */
export async function readDrawnScreen(): Promise<unknown> {
  return (await browser.storage.session.get(SCREEN_KEY))[SCREEN_KEY];
}

export async function readDataStamp(): Promise<string> {
  return asStamp((await browser.storage.local.get(STAMP_KEY))[STAMP_KEY]);
}

/** Each of the two carries the inputs it was made from, so a reader tells a current one from an older one. */
export async function writeStoredView(view: unknown, screen: unknown): Promise<void> {
  await Promise.all([browser.storage.local.set({ [VIEW_KEY]: view }), browser.storage.session.set({ [SCREEN_KEY]: screen })]);
}

async function bumpDataStamp(): Promise<void> {
  await browser.storage.local.set({ [STAMP_KEY]: newStamp() });
}

/** Calls `listener` when the stamp changes (a write in any page or in the background). */
export function onDataStampChange(listener: () => void): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && STAMP_KEY in changes) listener();
  });
}

/**
 * A Dexie middleware: after each read-write transaction commits, a new stamp. Set on commit (not
 * before), so a reader that sees the new stamp also sees the new data; a reader in between sees
 * an old stamp with new data, and its view is merely recomputed once more.
 */
export function stampWrites(db: Dexie): void {
  db.use({
    stack: 'dbcore',
    name: 'dataStamp',
    create: (down: DBCore): DBCore => ({
      ...down,
      transaction: (stores, mode, options) => {
        const tx = down.transaction(stores, mode, options) as DBCoreTransaction & Partial<EventTarget>;
        if (mode === 'readwrite') tx.addEventListener?.('complete', () => void bumpDataStamp().catch(() => undefined));
        return tx;
      },
    }),
  });
}
