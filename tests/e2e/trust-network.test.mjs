// No network of its own: every request made while the production build captures a page, while the popup selects a
// period, copies, downloads the .docx and copies the chart, and while Options saves and exports, is recorded (every
// page, the whole context including the service worker, and the fixture server's own log). None may be anything
// but the portal page's own loads or the extension's own packaged files.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { launchWithExtension, PORTAL_HOST } from '../../scripts/lib/extension-browser.mjs';
import { capture, openPopupAt, saveSettings } from '../fixtures/trust/harness.mjs';

const FIXTURE = 'bieu06-tree-a.html';
let browser;
const requests = [];

/** What the fixture page itself loads: the page, its stylesheet, images and scripts, and the browser's favicon probe. */
function pageOwnUrls() {
  const html = fs.readFileSync(`tests/fixtures/${FIXTURE}`, 'utf8');
  const own = [...html.matchAll(/<(?:link|img|script)\b[^>]*?\b(?:href|src)="(\/[^"]*)"/g)].map((m) => m[1]);
  return new Set([`/${FIXTURE}`, '/favicon.ico', ...own].map((p) => `http://${PORTAL_HOST}${p}`));
}

function isExtensionOwn(url) {
  const origin = `chrome-extension://${browser.extensionId}/`;
  return url.startsWith(origin) || url.startsWith(`blob:${origin}`) || url.startsWith('data:');
}

before(async () => {
  browser = await launchWithExtension();
  const record = (source) => (request) => requests.push({ source, url: request.url(), method: request.method(), worker: Boolean(request.serviceWorker()) });
  browser.context.on('request', record('context'));
  browser.context.on('page', (page) => page.on('request', record('page')));
  for (const page of browser.context.pages()) page.on('request', record('page'));

  await saveSettings(browser, { signer: 'Vũ Thị Hòa' });
  const { text } = await capture(browser, FIXTURE);
  assert.match(text, /Đã lưu số liệu/);

  const popup = await openPopupAt(browser);
  await popup.getByRole('button', { name: 'Sao chép mục 3.2' }).click();
  await popup.getByText('Đã sao chép mục 3.2').waitFor();
  await popup.getByRole('button', { name: 'Sao chép toàn bộ' }).click();
  await popup.getByText('Đã sao chép toàn bộ báo cáo').waitFor();
  const [docx] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: 'Tải báo cáo (.docx)' }).click()]);
  assert.ok(fs.statSync(await docx.path()).size > 1000);
  await popup.getByRole('img', { name: 'Biểu đồ xu hướng' }).waitFor();
  await popup.getByRole('button', { name: 'Sao chép biểu đồ' }).click();
  await popup.getByText('Đã sao chép biểu đồ').waitFor();
  await popup.close();

  const options = await browser.context.newPage();
  await options.goto(browser.extensionUrl('options.html'));
  await options.getByRole('button', { name: 'Lưu', exact: true }).click();
  await options.getByRole('status').filter({ hasText: 'Đã lưu cài đặt.' }).waitFor();
  const [backup] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Xuất dữ liệu' }).click()]);
  assert.equal(JSON.parse(fs.readFileSync(await backup.path(), 'utf8')).captures.length, 1);
  await options.close();

  const editor = await browser.context.newPage();
  await editor.goto(browser.extensionUrl('report.html?period=month%3A2026-02'));
  await editor.getByRole('region', { name: 'Xem trước toàn bộ báo cáo' }).waitFor();
  await editor.close();
  await new Promise((r) => setTimeout(r, 300)); // let late requests (favicon, prefetch) land
});
after(async () => {
  await browser?.close();
});

test('the recording works: it saw the portal page load and the extension pages load their own files', () => {
  assert.ok(requests.some((r) => r.url === `http://${PORTAL_HOST}/${FIXTURE}`), 'portal page load recorded');
  assert.ok(requests.some((r) => r.url.startsWith(`chrome-extension://${browser.extensionId}/chunks/`)), 'extension page loads recorded');
});

test('no request leaves for any host but the portal page\'s own loads, from any page or the service worker', () => {
  const own = pageOwnUrls();
  const foreign = requests.filter((r) => !isExtensionOwn(r.url) && !own.has(r.url)).map((r) => `${r.source}${r.worker ? ' (service worker)' : ''}: ${r.method} ${r.url}`);
  assert.deepEqual(foreign, []);
});

test('the service worker made no request at all', () => {
  assert.deepEqual(requests.filter((r) => r.worker).map((r) => r.url), []);
});

test('the portal server saw only the page\'s own GETs: the extension never called the portal', () => {
  const own = pageOwnUrls();
  const extra = browser.server.requests.filter((r) => r.method !== 'GET' || !own.has(`http://${PORTAL_HOST}${r.path}`));
  assert.deepEqual(extra, []);
  assert.ok(browser.server.requests.some((r) => r.path === `/${FIXTURE}`));
});

test('control: a request from the service worker would be caught by this recording', async () => {
  const [worker] = browser.context.serviceWorkers();
  const before = requests.length;
  await worker.evaluate(() => fetch('http://thong-ke.example.net/beacon').catch(() => null));
  await new Promise((r) => setTimeout(r, 200));
  assert.ok(requests.slice(before).some((r) => r.worker && r.url === 'http://thong-ke.example.net/beacon'));
});
