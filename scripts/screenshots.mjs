// `npm run screenshots`: the pictures in the README, taken from the production build in Chromium
// with the sample pages: popup on first run (nothing stored yet), popup (100% and 125% zoom), Options, the report editor, and the .docx's first page.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { launchWithExtension } from './lib/extension-browser.mjs';
import { capturePage, openPopupAt, saveOptions } from './lib/clerk-steps.mjs';
import { convertWithLibreOffice } from './lib/soffice.mjs';

const OUT = path.resolve('tests/screenshots');
const PAGES = fs.readFileSync('tests/fixtures/demo-pages.txt', 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
const PERIOD = 'Tháng 02/2026 (15/01/2026 – 14/02/2026)';

fs.mkdirSync(OUT, { recursive: true });
const browser = await launchWithExtension();
try {
  // First run: nothing stored, no unit yet; "Trang cần mở" says which pages to open.
  const first = await browser.context.newPage();
  await first.setViewportSize({ width: 660, height: 600 });
  await first.goto(browser.extensionUrl('popup.html'));
  await first.locator('main[data-ready="1"]').waitFor();
  await first.screenshot({ path: path.join(OUT, 'popup-first-run.png') });
  await first.close();

  await saveOptions(browser, { unit: 'xã Bình Giang', extra: { 'Họ tên người ký': 'Vũ Thị Hòa' } });
  for (const fixture of PAGES) await capturePage(browser, fixture);

  const popup = await openPopupAt(browser, PERIOD);
  await popup.setViewportSize({ width: 660, height: 600 });
  await popup.getByRole('img', { name: 'Biểu đồ xu hướng' }).waitFor();
  await popup.waitForTimeout(300); // the chart draws after first paint
  await popup.screenshot({ path: path.join(OUT, 'popup.png') });
  await popup.screenshot({ path: path.join(OUT, 'popup-full.png'), fullPage: true });
  // Browser zoom 125%: the popup's 640 CSS pixels take 800 device pixels, the most a popup may be wide.
  await popup.setViewportSize({ width: 800, height: 600 });
  await popup.evaluate(() => document.documentElement.style.setProperty('zoom', '1.25'));
  await popup.screenshot({ path: path.join(OUT, 'popup-125.png') });
  await popup.evaluate(() => document.documentElement.style.removeProperty('zoom'));
  const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: 'Tải báo cáo (.docx)' }).click()]);
  const docx = path.resolve('.tmp/screenshots/bao-cao.docx');
  fs.mkdirSync(path.dirname(docx), { recursive: true });
  await download.saveAs(docx);
  await popup.close();

  for (const [page, file] of [['options.html', 'options.png'], ['report.html?period=month%3A2026-02', 'report-editor.png']]) {
    const tab = await browser.context.newPage();
    await tab.setViewportSize({ width: 900, height: 900 });
    await tab.goto(browser.extensionUrl(page));
    await tab.getByRole('button').first().waitFor();
    await tab.screenshot({ path: path.join(OUT, file) });
    await tab.close();
  }

  const pdf = convertWithLibreOffice(docx, 'pdf', path.dirname(docx));
  const png = spawnSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', pdf, path.join(OUT, 'bao-cao-trang-1')]);
  if (png.status !== 0) throw new Error(`pdftoppm: ${png.stderr}`);
} finally {
  await browser.close();
}
for (const f of fs.readdirSync(OUT).sort()) console.log(path.join(OUT, f));
