// `npm run demo`: the extension doing its main job on the bundled sample portal pages.
// The npm script builds first; this drives the built extension in Chromium and prints section 3.2.
import fs from 'node:fs';
import path from 'node:path';
import { launchWithExtension, readClipboard } from './lib/extension-browser.mjs';
import { capturePage, openPopupAt, saveOptions } from './lib/clerk-steps.mjs';

const headed = process.argv.includes('--headed') || Boolean(process.env.DISPLAY);
const PAGES = fs.readFileSync('tests/fixtures/demo-pages.txt', 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
const PERIOD = 'Tháng 02/2026 (15/01/2026 – 14/02/2026)';
const OUT = path.resolve('.tmp/demo');

const browser = await launchWithExtension({ headless: !headed });
try {
  console.log(`Chromium ${headed ? 'có giao diện' : 'chạy ẩn (headless)'}, tiện ích ${browser.extensionId}`);
  console.log(`Các trang coi hôm nay là ngày ${browser.today.split('-').reverse().join('/')} (đổi bằng REPORT_TEST_TODAY=YYYY-MM-DD)`);
  await saveOptions(browser, { unit: 'xã Bình Giang' });
  console.log('1. Cài đặt: Đơn vị báo cáo = xã Bình Giang, Tỉnh/thành phố = thành phố Hải Phòng');

  console.log('2. Mở các trang thống kê mẫu trên cổng (phục vụ tại 127.0.0.1, tên miền thật):');
  for (const fixture of PAGES) console.log(`   ${browser.portalUrl(fixture)}\n     → ${await capturePage(browser, fixture)}`);

  const popup = await openPopupAt(browser, PERIOD);
  await popup.setViewportSize({ width: 660, height: 600 });
  console.log(`3. Cửa sổ tiện ích: Kỳ báo cáo = ${PERIOD}`);
  for (const row of await popup.getByRole('table', { name: 'Chỉ tiêu trong kỳ' }).locator('tbody tr').all()) {
    const cells = await row.locator('th, td').allInnerTexts();
    console.log(`   ${cells[0].split('\n')[0]}: ${cells[1]} (chỉ tiêu ${cells[2]}) – ${cells[3]}`);
  }
  await popup.getByRole('button', { name: 'Sao chép mục 3.2' }).click();
  await popup.getByText('Đã sao chép mục 3.2').waitFor();
  const clip = await readClipboard(popup);
  console.log('4. "Sao chép mục 3.2" – nội dung dán vào Word:\n');
  console.log(clip['text/plain']);
  const seed = fs.readFileSync('tests/unit/report/fixtures/seed-section32.txt', 'utf8').trim();
  console.log(clip['text/plain'] === seed
    ? '\n✔ Trùng khớp từng chữ với mục 3.2 của báo cáo mẫu (xã Bình Giang, tháng 02/2026).'
    : '\n✘ Khác với mục 3.2 của báo cáo mẫu (tests/unit/report/fixtures/seed-section32.txt).');
  fs.mkdirSync(OUT, { recursive: true });
  fs.writeFileSync(path.join(OUT, 'muc-3.2.html'), clip['text/html']);
  const shot = path.join(OUT, 'popup.png');
  await popup.screenshot({ path: shot, fullPage: true });
  console.log(`\nẢnh cửa sổ tiện ích: ${shot}\nBản HTML (dạng Word): ${path.join(OUT, 'muc-3.2.html')}`);
} finally {
  await browser.close();
}
