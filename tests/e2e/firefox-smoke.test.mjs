// Firefox smoke test: the clerk's main path on a test-only Firefox MV2 build, in Debian's firefox-esr
// driven by puppeteer-core over WebDriver BiDi (toolchain.md §5.4).
// Options → open a results page → popup → choose the period → the indicator row and the 3.2 preview.
//
// The build (E2E_WAR=1, into .output-firefox-e2e) differs from the shipped one only by making popup.html
// and options.html web-accessible: BiDi refuses to open moz-extension:// pages, so the test loads a
// loopback page and lets it navigate there.
//
// "Today" is the real one here, not the test day (scripts/lib/test-today.mjs): Firefox has no Playwright clock, and a
// preload script (puppeteer's evaluateOnNewDocument, BiDi script.addPreloadScript) runs on the loopback page but not
// on moz-extension:// pages (tried with firefox-esr 153). The test picks Tháng 02/2026, which has data, by its value:
// the popup offers it while it is one of the last 24 months (until 14/01/2028), and for good once the period list
// also offers older periods that have data (issue 10).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import { ensureDebianPackages } from '../../scripts/lib/chromium.mjs';
import { startFixtureServer } from '../../scripts/lib/fixture-server.mjs';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const GECKO_ID = 'bao-cao-cchc@ubnd.local';
const UUID = '7b0c1f8e-3a52-4d6c-9e1b-b40c0cc0e2e5';
const EXTENSION_DIR = path.resolve('.output-firefox-e2e/firefox-mv2');
const PORTAL_HOST = 'motcua.haiphong.gov.vn';

const extraPrefsFirefox = {
  // Every hostname resolves to loopback (the URL keeps the fixture server's port): nothing leaves the machine.
  'network.dns.forceResolve': '127.0.0.1',
  'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
  'dom.security.https_first': false,
  // Firefox's own background traffic (most are puppeteer defaults already; stated here to be sure).
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'app.update.enabled': false,
  'app.update.auto': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'browser.safebrowsing.downloads.enabled': false,
  'browser.safebrowsing.blockedURIs.enabled': false,
  'browser.safebrowsing.provider.mozilla.updateURL': '',
  'datareporting.healthreport.uploadEnabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.enabled': false,
  'extensions.getAddons.cache.enabled': false,
  'extensions.update.enabled': false,
  'extensions.blocklist.enabled': false,
  'browser.region.network.url': '',
  'browser.region.update.enabled': false,
  'services.settings.server': 'http://127.0.0.1:9/',
  'network.prefetch-next': false,
  'network.dns.disablePrefetch': true,
  'network.http.speculative-parallel-limit': 0,
};

let browser;
let server;

before(async () => {
  ensureDebianPackages([[FIREFOX, 'firefox-esr']]);
  execFileSync(path.resolve('node_modules/.bin/wxt'), ['build', '-b', 'firefox'], {
    env: { ...process.env, E2E_WAR: '1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  server = await startFixtureServer();
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    extraPrefsFirefox,
    // Without this, firefox-esr 153 ignored services.settings.server here: Remote Settings kept retrying
    // firefox.settings.services.mozilla.com (sent to 127.0.0.1:443 by forceResolve), ~220 connects per run.
    // With it, nothing reached 127.0.0.1:80/443 at all.
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
  });
  await browser.installExtension(EXTENSION_DIR);
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * A new tab on an extension page: a loopback page navigates there (allowed since the page is web-accessible).
 * Puppeteer sees no navigation event for it over BiDi (page.url() keeps the old address), so poll the document.
 */
async function openExtensionPage(file) {
  const url = `moz-extension://${UUID}/${file}`;
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${server.port}/`);
  await page.evaluate((u) => { location.href = u; }, url);
  const deadline = Date.now() + 10_000;
  for (;;) {
    const state = await page.evaluate(() => `${document.readyState} ${location.href}`).catch(() => '');
    if (state === `complete ${url}`) return page;
    if (Date.now() > deadline) throw new Error(`${url} did not open (${state})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Types into the form control whose <label> text starts with `label`. */
async function fillByLabel(page, label, value) {
  const input = await page.evaluateHandle((text) => {
    const found = [...document.querySelectorAll('label')].find((l) => l.textContent.trim().startsWith(text));
    return found?.control ?? null;
  }, label);
  assert.ok(await input.evaluate((el) => el !== null), `no field labelled "${label}"`);
  // Cleared as a clerk would (an input event), so the form's own state is empty too before typing.
  await input.evaluate((el) => { el.value = ''; el.dispatchEvent(new Event('input', { bubbles: true })); });
  await input.type(value);
  assert.equal(await input.evaluate((el) => el.value), value);
}

test('Options are filled by label and saved (Firefox)', async () => {
  const page = await openExtensionPage('options.html');
  await page.waitForFunction(() => [...document.querySelectorAll('label')].some((l) => l.textContent.includes('Đơn vị báo cáo')));
  await fillByLabel(page, 'Đơn vị báo cáo', 'xã Bình Giang');
  await fillByLabel(page, 'Tỉnh/thành phố', 'thành phố Hải Phòng');
  const save = await page.evaluateHandle(() => [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Lưu'));
  await save.click();
  await page.waitForFunction(() => [...document.querySelectorAll('[role="status"]')].some((s) => s.textContent.includes('Đã lưu cài đặt.')));
  await page.close();
});

test('a Biểu 06 results page is captured and the popup shows it (Firefox)', async () => {
  const portal = await browser.newPage();
  await portal.goto(`http://${PORTAL_HOST}:${server.port}/bieu06-tree-a.html`);
  const noticeHandle = await portal.waitForFunction(
    () => {
      const text = document.querySelector('[data-bao-cao-cchc-notice]')?.shadowRoot?.textContent ?? '';
      return text.includes('Đã lưu số liệu') && text;
    },
    { timeout: 15_000 },
  );
  assert.match(await noticeHandle.jsonValue(), /15\/01\/2026 – 14\/02\/2026/);
  await portal.close();

  const popup = await openExtensionPage('popup.html');
  await popup.waitForFunction(() => document.querySelector('select option[value="month:2026-02"]'));
  await popup.evaluate(() => {
    const select = [...document.querySelectorAll('label')].find((l) => l.textContent.includes('Kỳ báo cáo'))?.control;
    select.value = 'month:2026-02';
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await popup.waitForFunction(
    () => document.querySelector('main[aria-busy="false"]') && document.querySelector('select')?.value === 'month:2026-02',
  );
  // The select's value is the test's own doing: the popup may not have begun recomputing yet when the wait above holds,
  // so the row is awaited until it shows a result (a missing figure would stay "chưa có số liệu" and fail here).
  const row = await popup.waitForFunction(
    () => {
      const text = [...document.querySelectorAll('tr')].find((r) => r.textContent.includes('Tỷ lệ nộp hồ sơ trực tuyến'))?.textContent;
      return text && !text.includes('chưa có số liệu') && text;
    },
    { timeout: 15_000 },
  ).catch(async () => popup.evaluateHandle(() => [...document.querySelectorAll('tr')].find((r) => r.textContent.includes('Tỷ lệ nộp hồ sơ trực tuyến'))?.textContent ?? ''));
  assert.match(await row.jsonValue(), /100%.*Đạt/);
  await popup.waitForFunction(() => document.body.innerText.includes('Tổng số hồ sơ trên địa bàn xã đã tiếp nhận là 795 hồ sơ'));
  await popup.close();

  // Only the fixture server was contacted, under the two names the test used.
  const hosts = new Set(server.requests.map((r) => r.host));
  assert.deepEqual([...hosts].sort(), [`127.0.0.1:${server.port}`, `${PORTAL_HOST}:${server.port}`].sort());
});
