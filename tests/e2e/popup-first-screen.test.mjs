// The popup puts the clerk's job first (issue 13), on the production build in real Chromium:
// the toolbar badge counts the missing indicators and clears when the period is complete; "Trang cần mở" lists
// the missing kinds of page with the dates to pick and links to pages captured before; the action bar is inside
// an 800×600 popup at 100 % and 125 % zoom, nothing scrolls sideways at 150 %; copy is ≤ 4 Tab presses from
// "Kỳ báo cáo".
//
// Zoom: a popup zoomed to z lays out in a CSS viewport of 800/z × 600/z px, so the page viewport is set to that
// (deviceScaleFactor stays 1; CSS layout, which is what can push the bar out of view, is the same).
// The background's clock is the real one (scripts/lib/extension-browser.mjs): the badge counts the background's
// current period, so its Date is pinned to the test day here, in the service worker only.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { launchWithExtension } from '../../scripts/lib/extension-browser.mjs';
import { capturePage, saveOptions } from '../../scripts/lib/clerk-steps.mjs';
import { testNow } from '../../scripts/lib/test-today.mjs';

let browser;
let worker;

before(async () => {
  // The badge and "Trang cần mở" are about the CURRENT report period, and the sample pages hold Tháng 02/2026: this
  // file keeps the day of its data (20/02/2026) whatever REPORT_TEST_TODAY says.
  browser = await launchWithExtension({ today: '2026-02-20' });
  worker = browser.context.serviceWorkers()[0];
  await worker.evaluate((now) => {
    const Real = Date;
    const offset = now - Real.now();
    globalThis.Date = class extends Real {
      constructor(...args) {
        super(...(args.length > 0 ? args : [Real.now() + offset]));
      }
      static now() {
        return Real.now() + offset;
      }
    };
  }, testNow(browser.today).getTime());
});
after(async () => {
  await browser?.close();
});

const badge = () => worker.evaluate(() => chrome.action.getBadgeText({}));

/** The popup on its default period (Tháng 02/2026 on the test day), once the database has caught up. */
async function openPopup() {
  const popup = await browser.context.newPage();
  await popup.goto(browser.extensionUrl('popup.html'));
  await popup.locator('main[data-ready="1"][aria-busy="false"]').waitFor();
  return popup;
}

/** Indicators the popup shows as "Thiếu số liệu", and the badge the background shows for them (waits for it). */
async function missingAndBadge(popup) {
  const missing = await popup.getByRole('row').filter({ hasText: 'Thiếu số liệu' }).count();
  const expected = missing === 0 ? '' : String(missing);
  for (let i = 0; i < 100 && (await badge()) !== expected; i++) await new Promise((r) => setTimeout(r, 100));
  return { missing, badge: await badge() };
}

test('first run: the badge counts every missing indicator; "Trang cần mở" lists every kind with the dates', async () => {
  await saveOptions(browser, { unit: 'xã Bình Giang' });
  const popup = await openPopup();
  const { missing, badge: text } = await missingAndBadge(popup);
  assert.equal(missing, 6);
  assert.equal(text, '6');
  const checklist = popup.getByRole('region', { name: 'Trang cần mở' });
  const content = await checklist.textContent();
  assert.match(content, /Từ ngày 15\/01\/2026 đến ngày 14\/02\/2026/);
  for (const kind of ['Kết quả giải quyết hồ sơ', 'Số hóa hồ sơ', 'Thanh toán trực tuyến', 'Phản ánh, kiến nghị']) assert.ok(content.includes(kind), kind);
  assert.equal(await checklist.getByRole('link').count(), 0, 'no page captured yet: nothing to link to');
  await popup.close();
});

test('after a capture the badge drops, and a period not ended yet links the page kinds captured before', async () => {
  await capturePage(browser, 'bieu06-tree-a.html');
  const popup = await openPopup();
  const { missing, badge: text } = await missingAndBadge(popup);
  assert.ok(missing < 6 && missing > 0, `missing ${missing}`);
  assert.equal(text, String(missing));
  const checklist = popup.getByRole('region', { name: 'Trang cần mở' });
  assert.doesNotMatch(await checklist.textContent(), /Kết quả giải quyết hồ sơ/);

  const select = popup.getByLabel('Kỳ báo cáo');
  const march = await select.locator('option', { hasText: 'Tháng 03/2026' }).first().getAttribute('value');
  await select.selectOption(march);
  await popup.locator('main[aria-busy="false"]').waitFor();
  await checklist.getByText('Từ ngày 15/02/2026 đến ngày 14/03/2026').first().waitFor();
  assert.match(await checklist.textContent(), /chưa kết thúc/);
  const link = checklist.getByRole('link', { name: 'Mở trang Kết quả giải quyết hồ sơ' });
  assert.equal(await link.getAttribute('href'), browser.portalUrl('bieu06-tree-a.html'));
  assert.equal(await link.getAttribute('target'), '_blank');
  await popup.close();
});

test('the badge clears when the period is complete', async () => {
  const pages = fs.readFileSync('tests/fixtures/demo-pages.txt', 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));
  for (const page of pages.slice(1)) await capturePage(browser, page);
  const popup = await openPopup();
  const { missing, badge: text } = await missingAndBadge(popup);
  assert.equal(missing, 0);
  assert.equal(text, '');
  await popup.close();
});

test('the first screen is painted from the background\'s drawing before the popup\'s own code, which then takes its place', async () => {
  const popup = await browser.context.newPage();
  // Records, in order, the drawing painted into #first-screen and the popup's own render into #app.
  await popup.addInitScript(() => {
    const log = [];
    globalThis.paintLog = log;
    new MutationObserver(() => {
      const painted = document.querySelector('#first-screen main');
      if (painted && !log.some((e) => e.what === 'drawing')) {
        log.push({ what: 'drawing', period: painted.querySelector('select')?.value, copy: [...painted.querySelectorAll('button')].some((b) => b.textContent === 'Sao chép mục 3.2') });
      }
      if (document.querySelector('#app main') && !log.some((e) => e.what === 'live')) log.push({ what: 'live', drawingLeft: document.getElementById('first-screen') !== null });
    }).observe(document, { childList: true, subtree: true });
  });
  await popup.goto(browser.extensionUrl('popup.html'));
  await popup.locator('main[data-ready="1"][aria-busy="false"]').waitFor();
  assert.deepEqual(await popup.evaluate(() => globalThis.paintLog), [
    { what: 'drawing', period: 'month:2026-02', copy: true },
    { what: 'live', drawingLeft: false },
  ]);
  assert.equal(await popup.locator('main').count(), 1);
  assert.equal(await popup.getByLabel('Kỳ báo cáo').inputValue(), 'month:2026-02');
  await popup.close();
});

const MIRROR_KEY = 'popupFirstScreenMirror';

/** The popup, recording the title of the drawing painted into #first-screen before its own code draws. */
async function paintedTitle() {
  const popup = await browser.context.newPage();
  await popup.addInitScript(() => {
    new MutationObserver(() => {
      const title = document.querySelector('#first-screen main h1')?.textContent;
      if (title && globalThis.paintedTitle === undefined) globalThis.paintedTitle = title;
    }).observe(document, { childList: true, subtree: true });
  });
  await popup.goto(browser.extensionUrl('popup.html'));
  await popup.locator('main[data-ready="1"][aria-busy="false"]').waitFor();
  const title = await popup.evaluate(() => globalThis.paintedTitle);
  await popup.close();
  return title;
}

test('after a write the background keeps a copy of the first screen in localStorage; the popup paints it only when current', async () => {
  // Options is an extension page that never reads or writes the copy itself.
  const options = await browser.context.newPage();
  await options.goto(browser.extensionUrl('options.html'));
  await options.evaluate((key) => localStorage.removeItem(key), MIRROR_KEY);
  await saveOptions(browser, { unit: 'xã Bình Giang' });
  const copy = await options.evaluate(async (key) => {
    for (let i = 0; i < 100; i++) {
      const { dataStamp } = await chrome.storage.local.get('dataStamp');
      const mirrored = JSON.parse(localStorage.getItem(key) ?? 'null');
      if (mirrored && mirrored.inputs.stamp === dataStamp) return mirrored;
      await new Promise((r) => setTimeout(r, 100));
    }
    return null;
  }, MIRROR_KEY);
  assert.ok(copy, 'the background wrote a current copy');
  assert.match(copy.html, /Sao chép mục 3\.2/);

  // The same inputs with another title: the popup paints the copy, not the session drawing.
  const marked = (inputs) => JSON.stringify({ ...copy, inputs, html: copy.html.replace('Báo cáo CCHC', 'Bản sao CCHC') });
  await options.evaluate(([key, value]) => localStorage.setItem(key, value), [MIRROR_KEY, marked(copy.inputs)]);
  assert.equal(await paintedTitle(), 'Bản sao CCHC – xã Bình Giang');

  // A copy made from older data is never painted: the current drawing is, and it replaces the copy.
  await options.evaluate(([key, value]) => localStorage.setItem(key, value), [MIRROR_KEY, marked({ ...copy.inputs, stamp: 'older' })]);
  assert.equal(await paintedTitle(), 'Báo cáo CCHC – xã Bình Giang');
  assert.deepEqual(await options.evaluate((key) => JSON.parse(localStorage.getItem(key)), MIRROR_KEY), copy);
  await options.close();
});

for (const [zoom, width, height] of [[1, 800, 600], [1.25, 640, 480]]) {
  test(`the action bar is inside an 800×600 popup at ${zoom * 100} % zoom`, async () => {
    const popup = await openPopup();
    await popup.setViewportSize({ width, height });
    for (const name of ['Sao chép mục 3.2', 'Sao chép toàn bộ', 'Tải báo cáo (.docx)']) {
      const box = await popup.getByRole('button', { name }).boundingBox();
      assert.ok(box, name);
      assert.ok(box.x >= 0 && box.y >= 0 && box.x + box.width <= width && box.y + box.height <= height, `${name} at ${JSON.stringify(box)}`);
    }
    await popup.close();
  });
}

test('nothing scrolls sideways at 150 % zoom', async () => {
  const popup = await openPopup();
  await popup.setViewportSize({ width: 533, height: 400 });
  const { scroll, client } = await popup.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  assert.ok(scroll <= client, `scrollWidth ${scroll} > clientWidth ${client}`);
  await popup.close();
});

test('"Sao chép mục 3.2" is at most 4 Tab presses from "Kỳ báo cáo", with a visible focus ring', async () => {
  const popup = await openPopup();
  await popup.getByLabel('Kỳ báo cáo').focus();
  let presses = 0;
  let focused = '';
  while (presses < 4 && focused !== 'Sao chép mục 3.2') {
    await popup.keyboard.press('Tab');
    presses++;
    focused = await popup.evaluate(() => document.activeElement?.textContent ?? '');
  }
  assert.equal(focused, 'Sao chép mục 3.2', `after ${presses} Tab presses`);
  const outline = await popup.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(outline, 'none');
  await popup.close();
});
