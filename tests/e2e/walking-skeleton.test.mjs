// The clerk's main path on the production build in real Chromium:
// Options → open a results page → popup → choose the period → copy section 3.2.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { launchWithExtension, readClipboard } from '../../scripts/lib/extension-browser.mjs';
import { capturePage, openPopupAt as popupAt, saveOptions } from '../../scripts/lib/clerk-steps.mjs';

const seed32 = fs.readFileSync('tests/unit/report/fixtures/seed-section32.txt', 'utf8').trim();
const seedParagraph = seed32.split('\n\n').find((p) => p.startsWith('Tổng số hồ sơ'));
let browser;

before(async () => {
  browser = await launchWithExtension();
});
after(async () => {
  await browser?.close();
});

test('Options are filled by label and saved', async () => {
  await saveOptions(browser, { unit: 'xã Bình Giang' });
});

test('a Biểu 06 results page is captured and section 3.2 is copied in both flavours', async () => {
  const notice = await capturePage(browser, 'bieu06-tree-a.html');
  assert.match(notice, /Đã lưu số liệu/);
  assert.match(notice, /15\/01\/2026 – 14\/02\/2026/);

  const popup = await popupAt(browser, 'Tháng 02/2026 (15/01/2026 – 14/02/2026)');
  const onlineRow = popup.getByRole('row', { name: /Tỷ lệ nộp hồ sơ trực tuyến/ });
  assert.match(await onlineRow.textContent(), /100%.*Đạt/);
  const paymentRow = popup.getByRole('row', { name: /Tỷ lệ hồ sơ thanh toán trực tuyến/ });
  assert.match(await paymentRow.textContent(), /Thiếu số liệu/);

  await popup.getByRole('button', { name: 'Sao chép mục 3.2' }).click();
  await popup.getByText('Đã sao chép mục 3.2').waitFor();
  const clip = await readClipboard(popup);
  assert.ok(clip['text/plain'].includes(seedParagraph), clip['text/plain']);
  assert.ok(clip['text/plain'].includes('- Tỷ lệ nộp hồ sơ trực tuyến: 100% (chỉ tiêu thành phố giao tối thiểu đạt 60%).'));
  assert.ok(clip['text/plain'].includes('- Tỷ lệ hồ sơ thanh toán trực tuyến: chưa có số liệu'));
  assert.match(clip['text/html'], /font-family:\s*'?Times New Roman/);
  assert.ok(clip['text/html'].includes(seedParagraph), 'paragraph present in the HTML flavour');
  assert.doesNotMatch(clip['text/html'], /class=|<style/);
  await popup.close();
});

test('a per-unit table gives the clerk\'s own row, and the popup lists both captures', async () => {
  const notice = await capturePage(browser, 'bieu06-tree-b-units.html');
  assert.match(notice, /Đã lưu số liệu/);
  assert.match(notice, /Bình Giang/);
  const popup = await popupAt(browser, 'Tháng 02/2026');
  const list = popup.getByRole('region', { name: /Số liệu đã lấy/ });
  await list.getByRole('button', { name: /^Xóa/ }).nth(1).waitFor();
  assert.equal(await list.getByRole('button', { name: /^Xóa/ }).count(), 2);
  await popup.close();
});

test('a revisit of the same page updates instead of storing twice', async () => {
  const notice = await capturePage(browser, 'bieu06-tree-a.html');
  assert.match(notice, /đã có, cập nhật/);
});
