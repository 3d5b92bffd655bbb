import type { WxtBrowser } from 'wxt/browser';

/**
 * The browser's own promise-based API (`browser` in Firefox, `chrome` in Chromium), without
 * webextension-polyfill: the popup's first screen uses it so that it paints before the polyfill
 * is loaded (the content scripts do the same, see wxt.config.ts). Tests get WXT's fake browser.
 */
const g = globalThis as unknown as { browser?: { runtime?: { id?: string } }; chrome?: unknown };
export const nativeBrowser = (g.browser?.runtime?.id ? g.browser : g.chrome) as WxtBrowser;
