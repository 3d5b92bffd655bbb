// Issue 15, forged national data: any script on the national page could post a message the bridge accepted, after
// reading the clerk's unit from the notice's open shadow root; the popup then showed "Tỷ lệ số hóa … 100% Đạt" from
// digitized: 1e21. Now the data travels only on the observer's own port, and the notice's shadow root is closed.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchWithExtension } from '../../scripts/lib/extension-browser.mjs';
import { saveOptions } from '../../scripts/lib/clerk-steps.mjs';
import { storedCaptures } from '../../scripts/lib/stored-captures.mjs';
import { waitForNotice } from './hardening-notice.mjs';

const PAGE_PATH = '/danh-gia-chat-luong-phuc-vu';
const routes = {
  [PAGE_PATH]: 'national/forgery.html',
  '/api/v1/reporting/evaluation/dossier-digitized': 'national/dossier-digitized.month-2026-01.json',
};

let browser;
before(async () => {
  browser = await launchWithExtension({ national: { routes } });
});
after(async () => {
  await browser?.close();
});

test('a page script can neither forge data nor read the clerk’s unit from the notice', async () => {
  await saveOptions(browser, { unit: 'xã Bình Giang' });
  const page = await browser.context.newPage();
  await page.goto(browser.nationalUrl(PAGE_PATH));
  const notice = await waitForNotice(page);
  await page.locator('body[data-forged="sent"][data-notice-shadow]').waitFor();
  await page.waitForTimeout(1_500); // longer than the bridge's settle time: a forgery accepted would be stored by now

  // The real response was read and stored (the extension works on this page)…
  assert.equal(notice.mode, 'closed');
  assert.match(notice.text, /Đã lưu số liệu: Bộ chỉ số 766 \(Cổng DVC quốc gia\), Số hóa hồ sơ, kỳ 01\/01\/2026 – 31\/01\/2026/);
  const captures = await storedCaptures(browser);
  assert.equal(captures.length, 1, JSON.stringify(captures.map((c) => c.period)));
  assert.deepEqual(captures[0].period, { from: '2026-01-01', to: '2026-01-31' });
  assert.equal(captures[0].fields.digitized, 291);
  // …the forgery of February, by every way in, was not.
  assert.ok(!captures.some((c) => c.fields.digitized > 1e12));

  // The page saw no text of the notice, so not the clerk's unit.
  const body = page.locator('body');
  assert.equal(await body.getAttribute('data-notice-shadow'), 'closed');
  assert.doesNotMatch((await body.getAttribute('data-notice-text')) ?? '', /Bình Giang/);
  await page.close();
});
