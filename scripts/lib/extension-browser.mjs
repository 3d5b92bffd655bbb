// Launches Debian Chromium with the built extension and the portal hostnames mapped to a loopback fixture server.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { ensureChromium } from './chromium.mjs';
import { startFixtureServer } from './fixture-server.mjs';
import { selfSignedCert } from './self-signed.mjs';
import { testNow, testToday } from './test-today.mjs';

export const PORTAL_HOST = 'motcua.haiphong.gov.vn';
export const NATIONAL_HOST = 'dichvucong.gov.vn';
export const EXTENSION_DIR = path.resolve('.output/chrome-mv3');

/**
 * @param {{ headless?: boolean, today?: string, national?: { routes: Record<string, string> } }} [opts]
 * `today` pins this browser's day whatever REPORT_TEST_TODAY says (for tests about the current period's own data).
 * Every other hostname resolves to nothing, so no request can leave the machine.
 * With `national`, dichvucong.gov.vn is served over https by its own loopback server
 * (`nationalServer`: a self-signed certificate made at run time, certificate errors
 * ignored) answering `routes` (path → file under tests/fixtures, any method).
 *
 * Every page of the context (extension pages and portal pages alike, in their main world) starts on the test day
 * (scripts/lib/test-today.mjs) through Playwright's clock, and time runs on from there: the popup and the report
 * editor choose their periods by that day. Two clocks stay real, as Playwright's clock reaches neither: the
 * service worker's, which stamps each capture's `capturedAt`/`lastSeenAt`, and the content scripts' isolated world,
 * which only times its settle delays. Tests therefore never assert those stamps against the test day; the stamps
 * still decide which catalogue capture a period uses (`utils/report/catalogue.ts`), but for the sample pages'
 * periods (up to 14/02/2026) every real run day comes after the period, so that choice cannot change with the day.
 */
export async function launchWithExtension(opts = {}) {
  if (!fs.existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`Chưa có bản dựng ${EXTENSION_DIR}: chạy "npm run build" trước.`);
  }
  const executablePath = ensureChromium();
  const server = await startFixtureServer();
  const nationalServer = opts.national
    ? await startFixtureServer({ tls: selfSignedCert(NATIONAL_HOST), routes: opts.national.routes })
    : null;
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bao-cao-cchc-'));
  const rules = [
    `MAP *.haiphong.gov.vn 127.0.0.1:${server.port}`,
    `MAP ${NATIONAL_HOST} 127.0.0.1:${(nationalServer ?? server).port}`,
    'MAP * ~NOTFOUND',
    'EXCLUDE 127.0.0.1',
  ].join(', ');
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: opts.headless ?? true,
    ignoreDefaultArgs: ['--disable-extensions'],
    viewport: { width: 800, height: 600 },
    locale: 'vi-VN',
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      `--host-resolver-rules=${rules}`,
      ...(nationalServer ? ['--ignore-certificate-errors'] : []),
    ],
  });
  const today = opts.today ?? testToday();
  await context.clock.install({ time: testNow(today) });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  return {
    context,
    extensionId,
    /** The day the pages believe it is (YYYY-MM-DD). */
    today,
    server,
    nationalServer,
    extensionUrl: (page) => `chrome-extension://${extensionId}/${page}`,
    portalUrl: (fixture) => `http://${PORTAL_HOST}/${fixture}`,
    nationalUrl: (pathname) => `https://${NATIONAL_HOST}${pathname}`,
    async close() {
      await context.close();
      await server.close();
      await nationalServer?.close();
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Reads both clipboard flavours from an extension page. */
export async function readClipboard(page) {
  return page.evaluate(async () => {
    const out = {};
    for (const item of await navigator.clipboard.read())
      for (const type of item.types) out[type] = await (await item.getType(type)).text();
    return out;
  });
}
