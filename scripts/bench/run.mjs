// `npm run bench` (after `wxt build`): spec §8 budgets on the built extension in headless Chromium.
// Always exits 0 unless --strict is given and a budget is missed.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, serve } from './browser.mjs';
import { bundleExtract } from './bundle.mjs';
import { SIZES, benchExtraction, pagePath } from './extract-bench.mjs';
import { benchFiles } from './pages.mjs';
import { benchPopup } from './popup-bench.mjs';
import { benchReject } from './reject-bench.mjs';
import { bytes, ms, printReport, ratio, row } from './report.mjs';
import { contentScriptSizes, popupSizes } from './sizes.mjs';
import { BIG_ROWS, benchExcel, sheetJsChunk } from './excel-bench.mjs';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BUILD = path.join(REPO, '.output/chrome-mv3');
const TMP = path.join(REPO, '.tmp/bench');
const KB = 1024;
const strict = process.argv.includes('--strict');
const started = Date.now();
const step = (text) => console.error(`[bench ${((Date.now() - started) / 1000).toFixed(1)} s] ${text}`);

if (!fs.existsSync(path.join(BUILD, 'manifest.json'))) {
  console.error(`Chưa có bản dựng ${BUILD}: chạy "npm run bench" (gồm wxt build) hoặc "npm run build" trước.`);
  process.exit(1);
}
fs.mkdirSync(TMP, { recursive: true });
const rows = [];
const notes = [];

// Part 3 (cheap, first): content script sizes.
const [portal, bridge] = contentScriptSizes(BUILD);
rows.push(row('Content script `portal.js`, minified', `${bytes(portal.raw)}; gzip ${bytes(portal.gzip)}`, '≤ 40 KB (40,960 B)', portal.raw <= 40 * KB));
rows.push(row('Content script `national-bridge.js`, minified', `${bytes(bridge.raw)}; gzip ${bytes(bridge.gzip)}`));

// Parts 1–2: the extraction engine in a plain page.
step('bundling utils/extract …');
const { files, expected } = benchFiles(await bundleExtract(REPO, TMP), SIZES.map((s) => s.rows), pagePath);
const server = await serve(files);
const plain = await launch();
let environment;
try {
  const blank = await plain.context.newPage();
  const ua = await blank.evaluate(() => navigator.userAgent);
  await blank.close();
  environment = `${ua.match(/(?:Headless)?Chrome\/[\d.]+/)?.[0] ?? ua}, headless; Node ${process.version}; ${(await import('node:os')).cpus().length} CPU; ${new Date().toISOString().slice(0, 10)}.`;
  step('extraction speed (1k / 10k / 50k rows) …');
  for (const r of await benchExtraction(plain.context, server, expected)) {
    const budgeted = r.rows === 10_000;
    rows.push(row(
      `Trích xuất / extraction, ${r.rows.toLocaleString('en-US')} rows (${r.cells.toLocaleString('en-US')} cells), median of ${r.runs}`,
      `${ms(r.extract)} vs bare loop ${ms(r.bare)} = **${ratio(r.ratio)}** (cold first call ${ms(r.extractCold)})`,
      budgeted ? '≤ 3× bare loop' : '–',
      budgeted ? r.ratio <= 3 : null,
    ));
  }
  step('quick reject on pages that are not statistics pages …');
  let isolated = true;
  for (const r of await benchReject(plain.context, server)) {
    isolated &&= r.isolated;
    const outcome = r.captured > 0 ? `⚠ LẤY NHẦM / CAPTURED ${r.captured}` : r.problem ? `⚠ báo lỗi / notice: ${r.problem}` : 'nothing captured';
    rows.push(row(
      `Loại nhanh / quick reject: ${r.name}`,
      `median ${ms(r.median)} per call (cold first call ${ms(r.cold)}); ${r.looks ? 'passes the cheap test → full extraction' : 'rejected by the cheap test'}; ${outcome}`,
      '≤ 2 ms main thread',
      r.median <= 2 && r.captured === 0 && !r.problem,
    ));
  }
  if (!isolated) notes.push('The reject pages were not cross-origin isolated: performance.now() had 100 µs resolution.');
} finally {
  await plain.close();
  await server.close();
}

// Part 4: popup, with 100 captures and with three years of them, side by side.
for (const days of [97, 1095]) {
  step(`popup render with ${days} days of captures …`);
  const p = await benchPopup(BUILD, path.join(TMP, 'ext'), days);
  rows.push(row(
    `Popup, ${p.captures.toLocaleString('en-US')} captures: first screen with current data, median of ${p.loads}`,
    `${ms(p.popupMs)} vs empty extension page ${ms(p.emptyMs)} = **${ratio(p.ratio)}** (popup ${ms(p.popupRange[0])}–${ms(p.popupRange[1])}; DOMContentLoaded ${ms(p.popupDcl)} vs ${ms(p.emptyDcl)})`,
    '≤ 1.3× empty page',
    p.ratio <= 1.3,
  ));
  rows.push(row(
    `Popup, ${p.captures.toLocaleString('en-US')} captures: the same first screen as static HTML (no script, no storage read), median of ${p.loads}`,
    `${ms(p.floorMs)} vs empty extension page ${ms(p.emptyMs)} = ${ratio(p.floorRatio)} (the floor: painting that screen, whatever the popup's code does)`,
  ));
  rows.push(row(
    `Popup, ${p.captures.toLocaleString('en-US')} captures: the empty page after reading the store's write stamp (one key of extension storage), median of ${p.loads}`,
    `${ms(p.stampMs)} vs empty extension page ${ms(p.emptyMs)} = ${ratio(p.stampRatio)} (the other floor: what checking that numbers are current costs, whatever is painted)`,
  ));
}
const popup = popupSizes(BUILD);
rows.push(row(
  `Popup JS loaded at once (${popup.initial.map((f) => `\`${path.basename(f.name)}\``).join(' + ')}), gzip`,
  `${bytes(popup.initialGzip)} (minified ${bytes(popup.initialRaw)})`,
  '≤ 100 KB gzip',
  popup.initialGzip <= 100 * KB,
));
for (const f of popup.lazy) rows.push(row(`Popup chunk loaded lazily \`${path.basename(f.name)}\`, gzip`, `${bytes(f.gzip)} (minified ${bytes(f.raw)})`));

// Part 5 (issue 12): Excel import in Options.
step('Excel import (12 monthly files; one 20,000-row sheet) …');
const excel = await benchExcel(TMP);
rows.push(row(`Nhập Excel / Excel import, 12 monthly files, median of ${excel.batch.runs}`, `${ms(excel.batch.median)} (cold first batch ${ms(excel.batch.cold)})`));
rows.push(row(`Nhập Excel / Excel import, one ${BIG_ROWS.toLocaleString('en-US')}-row sheet, median of ${excel.big.runs}`, `${ms(excel.big.median)} (cold first import ${ms(excel.big.cold)})`));
const sheetJs = sheetJsChunk(BUILD);
if (sheetJs) rows.push(row(`Options chunk loaded only on import \`${sheetJs.name}\` (SheetJS), gzip`, `${bytes(sheetJs.gzip)} (minified ${bytes(sheetJs.raw)})`));
notes.push('Excel import: Options of the built extension, files chosen through “Nhập tệp Excel từ cổng” (Playwright setInputFiles) until “Đã đọc xong N tệp.”; reading (SheetJS), the page pipeline and storing included. Later runs re-import the same files (stored already: only updated).');

notes.push(
  'Extraction: `utils/extract` bundled by Vite (minified IIFE) into a generated Biểu 06 page (its report put into `#ContainerSwapper` by `innerHTML` as the portal’s “Thống kê” does; tree A, header rows as `<td><strong>` in `<tbody>`, group rows, “Tổng cộng”, links, “.” thousands); the bare loop reads `textContent` of every cell of every table in the same page. Results are checked against the generated totals.',
  'Quick reject: `looksLikeStatsPage` then `extractPage`, as the content script calls them; warm median over 3 loads × 40 calls, cold = the first call after a load.',
  'Popup: navigation start → `performance.mark("popup-data-rendered")` (set after the frame that first shows current data: by `first-paint.js` when it painted the background’s drawing of the first screen, checked against the store’s write stamp and today, before any of the popup’s modules load; else by PopupApp’s effect after its first render of current data); the captures list (read from the database after that) is then checked to hold the seeded captures; the empty page renders one line and marks after the next frame, as a Preact effect would; the static page holds the background’s drawing of the first screen in its HTML and marks the same way; the stamp page is the empty page that first reads `dataStamp` from `chrome.storage.local`. 1 warm-up round, then the four pages in rotating order, in new tabs. 1 KB = 1,024 B; gzip -9.',
);
const over = printReport({ title: 'Hiệu năng / Benchmarks (`npm run bench`)', environment, rows, notes });
step(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exit(strict && over > 0 ? 1 : 0);
