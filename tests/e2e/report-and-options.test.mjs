// Whole report, trend chart, report editor, templates and backup through the production build.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { unzipSync, strFromU8 } from 'fflate';
import { launchWithExtension, readClipboard } from '../../scripts/lib/extension-browser.mjs';
import { capturePage, openPopupAt, saveOptions } from '../../scripts/lib/clerk-steps.mjs';

const PERIOD = 'Tháng 02/2026 (15/01/2026 – 14/02/2026)';
let browser;

before(async () => {
  browser = await launchWithExtension();
  await saveOptions(browser, { unit: 'xã Bình Giang', extra: { 'Họ tên người ký': 'Vũ Thị Hòa' } });
  assert.match(await capturePage(browser, 'bieu06-tree-a.html'), /Đã lưu số liệu/);
});
after(async () => {
  await browser?.close();
});

const popupAt = () => openPopupAt(browser, PERIOD);

test('"Sao chép toàn bộ" puts the whole report in the seed\'s structure on the clipboard', async () => {
  const popup = await popupAt();
  await popup.getByRole('button', { name: 'Sao chép toàn bộ' }).click();
  await popup.getByText('Đã sao chép toàn bộ báo cáo').waitFor();
  const clip = await readClipboard(popup);
  const text = clip['text/plain'];
  for (const part of ['BÁO CÁO', 'I. KẾT QUẢ THỰC HIỆN', '3.2. Kết quả giải quyết TTHC', 'II. ĐÁNH GIÁ CHUNG', 'Nơi nhận:', 'Vũ Thị Hòa'])
    assert.ok(text.includes(part), `missing "${part}"`);
  assert.ok(text.indexOf('I. KẾT QUẢ') < text.indexOf('II. ĐÁNH GIÁ'));
  assert.doesNotMatch(clip['text/html'], /class=|<style|<script/);
  await popup.close();
});

test('"Tải báo cáo (.docx)" downloads an A4 Word file with the report', async () => {
  const popup = await popupAt();
  const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: 'Tải báo cáo (.docx)' }).click()]);
  assert.equal(download.suggestedFilename(), 'Bao-cao-CCHC-Thang-02-2026.docx');
  const xml = strFromU8(unzipSync(fs.readFileSync(await download.path()))['word/document.xml']);
  assert.match(xml, /w:w="11906" w:h="16838"/);
  assert.ok(xml.includes('Tổng số hồ sơ trên địa bàn xã đã tiếp nhận là 795 hồ sơ'));
  assert.ok(xml.includes('Vũ Thị Hòa'));
  await popup.close();
});

test('the trend chart is drawn and copies as a PNG image', async () => {
  const popup = await popupAt();
  const chart = popup.getByRole('img', { name: 'Biểu đồ xu hướng' });
  await chart.waitFor();
  await popup.waitForFunction(() => {
    const c = document.querySelector('canvas');
    return c && c.getContext('2d').getImageData(0, 0, c.width, c.height).data.some((v) => v !== 0);
  });
  await popup.getByRole('button', { name: 'Sao chép biểu đồ' }).click();
  await popup.getByText('Đã sao chép biểu đồ').waitFor();
  const types = await popup.evaluate(async () => (await navigator.clipboard.read()).flatMap((i) => i.types));
  assert.deepEqual(types, ['image/png']);
  await popup.close();
});

test('manual entries in the report editor fill the PAKN indicator, labelled "nhập tay"', async () => {
  const editor = await browser.context.newPage();
  await editor.goto(browser.extensionUrl('report.html?period=month%3A2026-02'));
  await editor.getByLabel('Số phản ánh, kiến nghị tiếp nhận').fill('2');
  await editor.getByLabel('Số phản ánh, kiến nghị được đánh giá hài lòng').fill('2');
  await editor.getByRole('button', { name: 'Lưu số liệu nhập tay' }).click();
  await editor.getByText('Đã lưu 2 số liệu nhập tay cho kỳ này.').waitFor();
  await editor.getByLabel('I.1. Công tác chỉ đạo, điều hành').fill('Trong kỳ, UBND {{don_vi}} ban hành Kế hoạch số 27/KH-UBND.');
  await editor.getByRole('button', { name: 'Lưu nội dung' }).click();
  await editor.getByText('Đã lưu nội dung báo cáo cho kỳ này.').waitFor();
  assert.ok((await editor.getByRole('region', { name: 'Xem trước toàn bộ báo cáo' }).textContent()).includes('Trong kỳ, UBND xã Bình Giang ban hành Kế hoạch số 27/KH-UBND.'));
  await editor.close();

  const popup = await popupAt();
  const row = popup.getByRole('row', { name: /Tỷ lệ hài lòng trong xử lý phản ánh/ });
  assert.match(await row.textContent(), /100%.*Đạt/);
  assert.match(await row.textContent(), /nhập tay/);
  await popup.close();
});

test('a template with an unknown placeholder is refused; "Khôi phục mặc định" restores it', async () => {
  const options = await browser.context.newPage();
  await options.goto(browser.extensionUrl('options.html'));
  const box = options.getByLabel('Mẫu: Mục 4 (phản ánh, kiến nghị)');
  await box.fill(`${await box.inputValue()} {{khong_co}}`);
  await options.getByRole('button', { name: 'Lưu', exact: true }).click();
  assert.match(await options.getByRole('alert').textContent(), /khong_co/);
  await options.getByRole('button', { name: 'Khôi phục mặc định: Mục 4 (phản ánh, kiến nghị)' }).click();
  assert.doesNotMatch(await box.inputValue(), /khong_co/);
  await options.getByRole('button', { name: 'Lưu', exact: true }).click();
  await options.getByRole('status').filter({ hasText: 'Đã lưu cài đặt.' }).waitFor();
  await options.close();
});

test('targets set for one year apply to that year\'s periods only', async () => {
  const options = await browser.context.newPage();
  await options.goto(browser.extensionUrl('options.html'));
  await options.getByLabel('Năm áp dụng chỉ tiêu').selectOption('2026');
  await options.getByText('Năm 2026 chưa có chỉ tiêu riêng').waitFor();
  await options.getByLabel('Chỉ tiêu: Tỷ lệ nộp hồ sơ trực tuyến (%)').fill('75');
  await options.getByRole('button', { name: 'Lưu', exact: true }).click();
  await options.getByRole('status').filter({ hasText: 'Đã lưu cài đặt.' }).waitFor();
  await options.close();

  const popup = await popupAt();
  assert.match(await popup.getByRole('row', { name: /Tỷ lệ nộp hồ sơ trực tuyến/ }).textContent(), /≥ 75%/);
  await popup.getByRole('button', { name: 'Sao chép mục 3.2' }).click();
  await popup.getByText('Đã sao chép mục 3.2').waitFor();
  assert.match((await readClipboard(popup))['text/plain'], /- Tỷ lệ nộp hồ sơ trực tuyến: 100% \(chỉ tiêu thành phố giao tối thiểu đạt 75%\)\./);
  await popup.close();
  // The newest month of another year in the list (Tháng 12/2025 on the suite's own day; it moves with the test day).
  const otherYear = await openPopupAt(browser, /^Tháng \d{2}\/(?!2026)\d{4} /);
  assert.match(await otherYear.getByRole('row', { name: /Tỷ lệ nộp hồ sơ trực tuyến/ }).textContent(), /≥ 60%/);
  await otherYear.close();
});

test('export → delete all (confirmed) → import gives back exactly the same data', async () => {
  const options = await browser.context.newPage();
  await options.goto(browser.extensionUrl('options.html'));
  const exportOnce = async () => {
    const [file] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Xuất dữ liệu' }).click()]);
    const data = JSON.parse(fs.readFileSync(await file.path(), 'utf8'));
    delete data.exportedAt;
    return { data, path: await file.path() };
  };
  const before = await exportOnce();
  assert.equal(before.data.captures.length, 1);
  assert.equal(before.data.manualEntries.length, 1);

  await options.getByRole('button', { name: 'Xóa toàn bộ dữ liệu' }).click();
  await options.getByRole('alertdialog', { name: 'Xác nhận xóa' }).getByRole('button', { name: 'Xóa hẳn' }).click();
  await options.getByText('Đã xóa toàn bộ số liệu và cài đặt.').waitFor();
  assert.equal(await options.getByLabel('Đơn vị báo cáo').inputValue(), '');

  await options.getByLabel('Nhập dữ liệu').setInputFiles(before.path);
  await options.getByText('Đã nhập 1 bản ghi mới, bỏ qua 0 bản ghi đã có. Đã khôi phục cài đặt.').waitFor();
  assert.equal(await options.getByLabel('Đơn vị báo cáo').inputValue(), 'xã Bình Giang');
  const after = await exportOnce();
  assert.deepEqual(after.data, before.data);
  await options.close();
});
