// "Nhập tệp Excel từ cổng" on the production build: a year of the portal's monthly exports imported at once through
// the labelled file input; the popup then has twelve months of data for its trend, and "Quý I/…" is summed from three
// of them. The files are written here with SheetJS's writer (scripts/lib/excel-fixtures.mjs), for the year before the
// pinned test day (scripts/lib/test-today.mjs).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchWithExtension } from '../../scripts/lib/extension-browser.mjs';
import { openPopupAt, saveOptions } from '../../scripts/lib/clerk-steps.mjs';
import { storedCaptures } from '../../scripts/lib/stored-captures.mjs';
import { monthlyWorkbook } from '../../scripts/lib/excel-fixtures.mjs';

let browser;
let dir;
let year;
const pad = (n) => String(n).padStart(2, '0');
/** Reporting month m of year y (cut-off day 15): the 15th of the month before to the 14th of the month. */
const monthSpan = (y, m) => ({ from: m === 1 ? `${y - 1}-12-15` : `${y}-${pad(m - 1)}-15`, to: `${y}-${pad(m)}-14` });

before(async () => {
  browser = await launchWithExtension();
  year = Number(browser.today.slice(0, 4)) - 1;
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'excel-import-'));
  for (let m = 1; m <= 12; m++) fs.writeFileSync(path.join(dir, `Bieu06_T${pad(m)}_${year}.xlsx`), monthlyWorkbook({ ...monthSpan(year, m), shift: m - 1 }));
  await saveOptions(browser, { unit: 'xã Bình Giang' });
});
after(async () => {
  await browser?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

test('twelve monthly exports are imported at once, one result line each, stored with their file as source', async () => {
  const page = await browser.context.newPage();
  await page.goto(browser.extensionUrl('options.html'));
  const files = fs.readdirSync(dir).sort().map((f) => path.join(dir, f));
  await page.getByLabel('Nhập tệp Excel từ cổng').setInputFiles(files);
  await page.getByRole('status').filter({ hasText: 'Đã đọc xong 12 tệp.' }).waitFor({ timeout: 60_000 });
  assert.equal(await page.getByRole('progressbar', { name: 'Tiến độ nhập tệp' }).getAttribute('value'), '12');
  const lines = await page.getByRole('list', { name: 'Kết quả nhập tệp' }).getByRole('listitem').allTextContents();
  assert.equal(lines.length, 12);
  lines.forEach((line, i) => {
    assert.ok(line.startsWith(`Bieu06_T${pad(i + 1)}_${year}.xlsx › Bieu06: đã lưu`), line);
    assert.ok(line.includes(`Tháng ${pad(i + 1)}/${year}`), line);
  });
  const stored = await storedCaptures(browser);
  assert.equal(stored.length, 12);
  for (const c of stored) {
    assert.equal(c.url, '');
    assert.match(c.file.name, /^Bieu06_T\d\d_\d{4}\.xlsx$/);
    assert.equal(c.cells.receivedTotal.address, 'C13');
  }
  await page.close();
});

test('the popup has twelve months with data for its trend, and "Quý I" is summed from three of them', async () => {
  const popup = await openPopupAt(browser, `Tháng 12/${year}`);
  // The period list marks the months that hold data: the twelve imported ones.
  const marked = popup.getByLabel('Kỳ báo cáo').locator('option', { hasText: /^Tháng \d\d\/\d{4}.* • có số liệu$/ });
  await marked.first().waitFor({ state: 'attached' });
  const months = (await marked.allTextContents()).map((t) => t.slice(0, 'Tháng 01/2025'.length)).sort();
  assert.deepEqual(months, Array.from({ length: 12 }, (_, i) => `Tháng ${pad(i + 1)}/${year}`));
  const chart = popup.getByRole('img', { name: 'Biểu đồ xu hướng' });
  await chart.waitFor();
  await popup.waitForFunction(() => {
    const c = document.querySelector('canvas');
    return c && c.getContext('2d').getImageData(0, 0, c.width, c.height).data.some((v) => v !== 0);
  });
  // The month's indicators come from the imported file (Biểu 06 of December: 795 + 6 × 11 received, all online).
  assert.match(await popup.getByRole('row', { name: /Tỷ lệ nộp hồ sơ trực tuyến/ }).textContent(), /100%.*Đạt/);
  await popup.close();

  const quarter = await openPopupAt(browser, `Quý I/${year}`);
  const notes = quarter.getByRole('list', { name: 'Ghi chú nguồn số liệu' });
  await notes.waitFor();
  assert.ok(
    (await notes.textContent()).includes(`Số liệu Quý I/${year} tổng hợp từ 3 tháng: Tháng 01/${year}, Tháng 02/${year}, Tháng 03/${year}.`),
    await notes.textContent(),
  );
  // Every dossier of the three months was resolved early or on time.
  assert.match(await quarter.getByRole('row', { name: /Tỷ lệ hồ sơ đã giải quyết trước hạn, đúng hạn/ }).textContent(), /100%/);
  await quarter.close();
});

test('the source of an imported number reads file › sheet › cell', async () => {
  const popup = await openPopupAt(browser, `Tháng 12/${year}`);
  // "Nguồn số liệu" of all six indicators is one disclosure under the action bar.
  await popup.getByText('Nguồn số liệu', { exact: true }).click();
  const sources = popup.locator('details', { has: popup.getByText('Nguồn số liệu', { exact: true }) });
  await sources.locator('dl').waitFor(); // drawn when unfolded
  assert.match(await sources.textContent(), new RegExp(`tệp Bieu06_T12_${year}\\.xlsx › Bieu06 › [C-D]13 \\(nhập lúc`));
  await popup.close();
});
