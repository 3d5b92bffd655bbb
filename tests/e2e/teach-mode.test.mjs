// Teach mode end to end on the production build in real Chromium (issue 11 item 4): a table in unknown words →
// the notice's "Chỉ cách đọc bảng này" → "Dạy đọc bảng" → choose fields → "Lưu cách đọc" → the page is read again
// with the rule → section 3.2 prints the taught numbers; the rule survives its own export/import and the full backup.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { launchWithExtension, readClipboard } from '../../scripts/lib/extension-browser.mjs';
import { noticeOf, openPopupAt, saveOptions } from '../../scripts/lib/clerk-steps.mjs';
import { storedCaptures } from '../../scripts/lib/stored-captures.mjs';

const FIXTURE = 'teach/thu-ly-hoan-thanh.html';
const seed32 = fs.readFileSync('tests/unit/report/fixtures/seed-section32.txt', 'utf8').trim();
const seedParagraph = seed32.split('\n\n').find((p) => p.startsWith('Tổng số hồ sơ'));
/** Column (its header path as the page shows it) → the field label chosen on the teach page. */
const TEACH = {
  'Hồ sơ tiếp nhận › Nộp tại quầy': 'Số hồ sơ tiếp nhận trực tiếp',
  'Hồ sơ HT › Tổng': 'Số hồ sơ đã giải quyết',
  'Hồ sơ HT › HT trước hẹn': 'Số hồ sơ giải quyết trước hạn',
  'Hồ sơ HT › HT kịp hẹn': 'Số hồ sơ giải quyết đúng hạn',
  'Hồ sơ HT › HT sau hẹn': 'Số hồ sơ giải quyết quá hạn',
  'Còn đang thụ lý': 'Số hồ sơ đang giải quyết',
};
const TAUGHT_FIELDS = { receivedDirect: 0, resolvedTotal: 790, resolvedEarly: 612, resolvedOnTime: 178, resolvedLate: 0, inProgressTotal: 5 };

let browser;
let pageUrl;
before(async () => {
  browser = await launchWithExtension();
  pageUrl = `http://motcua.haiphong.gov.vn/${FIXTURE}`;
});
after(async () => {
  await browser?.close();
});

const newestCapture = async () => (await storedCaptures(browser, pageUrl)).sort((a, b) => a.id - b.id).at(-1);

async function section32Text() {
  const popup = await openPopupAt(browser);
  await popup.getByRole('button', { name: 'Sao chép mục 3.2' }).click();
  await popup.getByText('Đã sao chép mục 3.2').waitFor();
  const text = (await readClipboard(popup))['text/plain'];
  await popup.close();
  return text;
}

async function openOptions() {
  const options = await browser.context.newPage();
  await options.goto(browser.extensionUrl('options.html'));
  return options;
}

const download = async (page, button) => {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return file.path();
};

test('unknown wording → notice → "Dạy đọc bảng" → "Lưu cách đọc" → the capture holds the taught fields → 3.2 prints them', async () => {
  await saveOptions(browser, { unit: 'xã Bình Giang' });
  const portal = await browser.context.newPage();
  await portal.goto(pageUrl);
  const notice = noticeOf(portal);
  await notice.waitFor({ timeout: 15_000 });
  const teachButton = notice.getByRole('button', { name: 'Chỉ cách đọc bảng này' });
  await teachButton.waitFor();
  const untaught = await newestCapture();
  assert.equal(untaught.fields.receivedNew, 795);
  assert.equal(untaught.fields.resolvedTotal, undefined, 'the unknown words are not guessed');
  assert.match(await section32Text(), /Số lượng hồ sơ đã giải quyết: chưa có số liệu/);

  const [teach] = await Promise.all([browser.context.waitForEvent('page'), teachButton.click()]);
  await teach.getByRole('heading', { name: 'Dạy đọc bảng' }).waitFor();
  // Only a token travels in the address; the table came through the background.
  assert.match(teach.url(), /\/teach\.html#[\w-]+$/);
  assert.doesNotMatch(decodeURIComponent(teach.url()), /Hồ sơ HT|795/i);
  assert.equal(await teach.title(), 'Dạy đọc bảng – Báo cáo CCHC');
  // Pre-filled with what the engine understood; unknown columns start as "Không dùng".
  const selected = (name) => teach.getByRole('combobox', { name, exact: true }).locator('option:checked').textContent();
  assert.equal(await selected('Hồ sơ tiếp nhận › Tổng số'), 'Tổng số hồ sơ nhận giải quyết (gồm kỳ trước chuyển sang)');
  assert.equal(await selected('Hồ sơ tiếp nhận › Nộp trực tuyến'), 'Số hồ sơ tiếp nhận trực tuyến');
  assert.equal(await selected('Còn đang thụ lý'), 'Không dùng');
  // No row label reached the page (rows are "Hộ tịch", "Chứng thực", "Tổng cộng").
  assert.doesNotMatch(await teach.locator('main').innerText(), /Hộ tịch|Chứng thực|Tổng cộng/);
  assert.equal(await teach.getByRole('combobox').count(), 9);

  for (const [column, label] of Object.entries(TEACH)) {
    await teach.getByRole('combobox', { name: column, exact: true }).selectOption({ label });
  }
  await teach.getByRole('button', { name: 'Lưu cách đọc' }).click();
  const done = teach.getByRole('status');
  await done.filter({ hasText: 'Đã lưu cách đọc bảng (6 cột).' }).waitFor();
  assert.match(await done.innerText(), /Trang đã được đọc lại: .*Đã lưu số liệu/);

  const taught = await newestCapture();
  assert.deepEqual(Object.fromEntries(Object.keys(TAUGHT_FIELDS).map((k) => [k, taught.fields[k]])), TAUGHT_FIELDS);
  assert.equal(taught.fields.receivedNew, 795);
  assert.deepEqual(taught.unmapped, []);
  // The notice on the portal no longer offers teaching: the table is fully understood.
  await noticeOf(portal).filter({ hasText: 'Đã lưu số liệu' }).waitFor();
  assert.equal(await noticeOf(portal).getByRole('button', { name: 'Chỉ cách đọc bảng này' }).count(), 0);
  await portal.close();
  await teach.close();

  const text = await section32Text();
  assert.ok(text.includes(seedParagraph), text);
});

test('the rule is listed in Options and survives "Xuất cách đọc bảng" / "Nhập cách đọc bảng" and the full backup', async () => {
  const options = await openOptions();
  const list = options.getByRole('list', { name: 'Cách đọc bảng đã dạy' });
  await list.getByText('Còn đang thụ lý → Số hồ sơ đang giải quyết').waitFor();
  assert.match(await list.innerText(), /http:\/\/motcua\.haiphong\.gov\.vn/);

  const rulesFile = await download(options, 'Xuất cách đọc bảng');
  const shared = JSON.parse(fs.readFileSync(rulesFile, 'utf8'));
  assert.equal(shared.rules.length, 1);
  assert.equal(shared.rules[0].origin, 'http://motcua.haiphong.gov.vn');
  assert.equal(shared.rules[0].columns.length, 6);
  const backupFile = await download(options, 'Xuất dữ liệu');
  assert.deepEqual(JSON.parse(fs.readFileSync(backupFile, 'utf8')).rules, shared.rules);

  // Removable one by one.
  await options.getByRole('button', { name: /^Xóa cách đọc bảng của http:\/\/motcua\.haiphong\.gov\.vn/ }).click();
  await options.getByText('Chưa dạy cách đọc bảng nào.').waitFor();

  // Another commune's fresh extension: only the shared rules file, then the page.
  await options.getByRole('button', { name: 'Xóa toàn bộ dữ liệu' }).click();
  await options.getByRole('alertdialog', { name: 'Xác nhận xóa' }).getByRole('button', { name: 'Xóa hẳn' }).click();
  await options.getByText('Đã xóa toàn bộ số liệu và cài đặt.').waitFor();
  await options.getByLabel('Nhập cách đọc bảng').setInputFiles(rulesFile);
  await options.getByText('Đã nhập 1 cách đọc bảng, bỏ qua 0 cách đã có.').waitFor();
  await list.getByText('Hồ sơ HT › Tổng → Số hồ sơ đã giải quyết').waitFor();
  await saveOptions(browser, { unit: 'xã Bình Giang' });
  const portal = await browser.context.newPage();
  await portal.goto(pageUrl);
  await noticeOf(portal).filter({ hasText: 'Đã lưu số liệu' }).waitFor({ timeout: 15_000 });
  assert.equal(await noticeOf(portal).getByRole('button', { name: 'Chỉ cách đọc bảng này' }).count(), 0);
  await portal.close();
  const captures = await storedCaptures(browser, pageUrl);
  assert.equal(captures.length, 1);
  assert.equal(captures[0].fields.resolvedTotal, 790);

  // The full backup brings the rule back too.
  await options.getByRole('button', { name: 'Xóa toàn bộ dữ liệu' }).click();
  await options.getByRole('alertdialog', { name: 'Xác nhận xóa' }).getByRole('button', { name: 'Xóa hẳn' }).click();
  await options.getByText('Chưa dạy cách đọc bảng nào.').waitFor();
  await options.getByLabel('Nhập dữ liệu').setInputFiles(backupFile);
  await options.getByText(/^Đã nhập 1 bản ghi mới/).waitFor();
  await list.getByText('Còn đang thụ lý → Số hồ sơ đang giải quyết').waitFor();
  await options.close();
});
