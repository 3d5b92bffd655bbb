import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { PORTAL_MATCHES } from './utils/domain/origins';

// Test-only Firefox build for tests/e2e/firefox-smoke.test.mjs (E2E_WAR=1): WebDriver BiDi cannot open
// moz-extension:// pages directly, and a web page may only navigate there when the page is web-accessible.
// It goes to its own folder so it never replaces a shipped build in .output.
const e2eWar = process.env.E2E_WAR === '1';

export default defineConfig({
  ...(e2eWar && { outDir: '.output-firefox-e2e' }),
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    // Store listing in Vietnamese (default) and English: public/_locales.
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'vi',
    // storage: the popup's precomputed first screen (utils/store/popup-view-store.ts). offscreen (Chromium, no install
    // prompt): a short-lived document that keeps that screen's copy in localStorage (utils/store/first-screen-mirror-writer.ts).
    permissions: ['unlimitedStorage', 'storage', 'clipboardWrite', 'scripting', ...(browser === 'firefox' ? [] : ['offscreen'])],
    // The portals the content script runs on, also as host permissions: the background injects the table reader
    // (entrypoints/page-reader.ts) into a portal frame only when its content script found a statistics page.
    // Same sites as the content script's matches, so the install prompt asks for nothing more.
    host_permissions: [...PORTAL_MATCHES],
    // Another province's back office: asked for only when the clerk adds its address in Options.
    ...(browser === 'firefox' ? { optional_permissions: ['*://*/*'] } : { optional_host_permissions: ['*://*/*'] }),
    content_security_policy:
      browser === 'firefox'
        ? undefined
        : { extension_pages: "script-src 'self'; object-src 'self'; base-uri 'none'; form-action 'none'" },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'bao-cao-cchc@ubnd.local',
          strict_min_version: '142.0',
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
    ...(browser === 'firefox' && e2eWar && { web_accessible_resources: ['popup.html', 'options.html'] }),
  }),
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    // Content scripts only send messages: they use the browser's own promise-based API instead of
    // webextension-polyfill, which keeps them under the 40 KB budget (spec §8). Extension pages keep the polyfill.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((e) => e.type === 'content-script')) return;
      const alias = { find: /^wxt\/browser$/, replacement: '@wxt-dev/browser' };
      const current = config.resolve?.alias;
      const list = Array.isArray(current) ? current : Object.entries(current ?? {}).map(([find, replacement]) => ({ find, replacement }));
      config.resolve = { ...config.resolve, alias: [alias, ...list.filter((a) => String(a.find) !== 'wxt/browser')] };
    },
  },
});
