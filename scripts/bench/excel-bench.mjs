// Excel import speed (issue 12): the built extension's Options page, files chosen through "Nhập tệp Excel từ cổng"
// as a clerk would, timed from choosing them to "Đã đọc xong N tệp." (reading, the page pipeline, storing).
// Two batches: a year of monthly Biểu 06 exports (12 files), and one province-wide sheet of 20,000 unit rows.
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchWithExtension } from '../lib/extension-browser.mjs';
import { saveOptions } from '../lib/clerk-steps.mjs';
import { bigUnitsWorkbook, monthlyWorkbook } from '../lib/excel-fixtures.mjs';
import { median } from './report.mjs';

const RUNS = 3;
export const BIG_ROWS = 20_000;
const pad = (n) => String(n).padStart(2, '0');

function writeBatches(dir) {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const months = [];
  for (let m = 1; m <= 12; m++) {
    const file = path.join(dir, `Bieu06_T${pad(m)}_2025.xlsx`);
    const from = m === 1 ? '2024-12-15' : `2025-${pad(m - 1)}-15`;
    fs.writeFileSync(file, monthlyWorkbook({ from, to: `2025-${pad(m)}-14`, shift: m - 1 }));
    months.push(file);
  }
  const big = path.join(dir, `SoHoa_${BIG_ROWS}_don_vi.xlsx`);
  fs.writeFileSync(big, bigUnitsWorkbook(BIG_ROWS));
  return { months, big: [big] };
}

/** Chooses `files` in Options and waits for the last result; milliseconds, first run (cold) and median of the rest. */
async function timeImport(browser, files) {
  const times = [];
  for (let run = 0; run <= RUNS; run++) {
    const page = await browser.context.newPage();
    await page.goto(browser.extensionUrl('options.html'));
    const input = page.getByLabel('Nhập tệp Excel từ cổng');
    await input.waitFor({ state: 'attached' });
    const started = Date.now();
    await input.setInputFiles(files);
    await page.getByRole('status').filter({ hasText: `Đã đọc xong ${files.length} tệp.` }).waitFor({ timeout: 300_000 });
    times.push(Date.now() - started);
    const stored = await page.getByRole('listitem').filter({ hasText: /đã lưu|đã có sẵn/ }).count();
    if (stored !== files.length) throw new Error(`Nhập ${files.length} tệp nhưng chỉ ${stored} dòng kết quả đã lưu.`);
    await page.close();
  }
  return { cold: times[0], median: median(times.slice(1)), runs: RUNS };
}

/** SheetJS's chunk in the build: loaded by Options only when a file is imported. */
export function sheetJsChunk(buildDir) {
  const dir = path.join(buildDir, 'chunks');
  const hit = fs.readdirSync(dir).find((f) => f.endsWith('.js') && fs.readFileSync(path.join(dir, f), 'utf8').includes('SheetJS'));
  if (!hit) return null;
  const raw = fs.readFileSync(path.join(dir, hit));
  return { name: hit, raw: raw.length, gzip: gzipSync(raw, { level: 9 }).length };
}

export async function benchExcel(tmpDir) {
  const { months, big } = writeBatches(path.join(tmpDir, 'excel'));
  const browser = await launchWithExtension();
  try {
    await saveOptions(browser, { unit: 'xã Bình Giang' });
    return { batch: await timeImport(browser, months), big: await timeImport(browser, big) };
  } finally {
    await browser.close();
  }
}
