// The sample portal pages carry the seed report's numbers (xã Bình Giang, February 2026): opening them
// and copying section 3.2 must give the seed's text exactly, as the clerk would paste it.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { launchWithExtension, readClipboard } from '../../scripts/lib/extension-browser.mjs';
import { capturePage, openPopupAt, saveOptions } from '../../scripts/lib/clerk-steps.mjs';

const SEED_32 = fs.readFileSync('tests/unit/report/fixtures/seed-section32.txt', 'utf8').trim();
const PAGES = fs.readFileSync('tests/fixtures/demo-pages.txt', 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
let browser;

before(async () => {
  browser = await launchWithExtension();
  await saveOptions(browser, { unit: 'xã Bình Giang' });
});
after(async () => {
  await browser?.close();
});

test('every sample page is captured for xã Bình Giang', async () => {
  for (const page of PAGES) assert.match(await capturePage(browser, page), /Đã lưu số liệu/, page);
});

test('"Sao chép mục 3.2" gives the seed report\'s section 3.2 word for word, and every indicator is met', async () => {
  const popup = await openPopupAt(browser, 'Tháng 02/2026 (15/01/2026 – 14/02/2026)');
  const statuses = await popup.getByRole('table', { name: 'Chỉ tiêu trong kỳ' }).locator('tbody tr td:last-child').allInnerTexts();
  assert.deepEqual(statuses, ['Đạt', 'Đạt', 'Đạt', 'Đạt', 'Đạt', 'Đạt']);
  await popup.getByRole('button', { name: 'Sao chép mục 3.2' }).click();
  await popup.getByText('Đã sao chép mục 3.2').waitFor();
  const clip = await readClipboard(popup);
  assert.equal(clip['text/plain'], SEED_32);
  await popup.close();
});
