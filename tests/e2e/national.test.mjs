// The national index page (Bộ chỉ số 766) on the production build in real Chromium:
// https://dichvucong.gov.vn/danh-gia-chat-luong-phuc-vu (mapped to loopback) loads its own JSON;
// the extension reads copies of those responses and stores the clerk's unit with the calendar month.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchWithExtension } from '../../scripts/lib/extension-browser.mjs';
import { openPopupAt, saveOptions } from '../../scripts/lib/clerk-steps.mjs';
import { storedCaptures as readStoredCaptures } from '../../scripts/lib/stored-captures.mjs';
import { waitForNotice } from './hardening-notice.mjs';

const API = '/api/v1/reporting/evaluation/';
const ENDPOINTS = ['transparency', 'handling-satisfaction', 'dossier-digitized', 'dvc-progress-tree', 'provide-online-tree', 'formality-online-payment-tree'];
const PAGE_PATH = '/danh-gia-chat-luong-phuc-vu';
const OLD_PAGE_PATH = '/p/home/dvc-index-tinhthanhpho-tonghop.html';
const routes = {
  [PAGE_PATH]: 'national/danh-gia-chat-luong-phuc-vu.html',
  [OLD_PAGE_PATH]: 'national/dvc-index-tinhthanhpho-tonghop.html',
  '/jsp/rest.jsp': 'national/rest-766-old.json',
  ...Object.fromEntries(ENDPOINTS.map((e) => [API + e, `national/${e}.month-2026-01.json`])),
};
const ROOT = '019c3a10-5d20-7c41-9a31-0000000000a1';
const MONTH = { timeType: 'month', year: 2026, month: 1, rootDepartmentId: ROOT, currentPage: 1, pageSize: 200 };
const DATES = { fromDate: '2026-01-01', toDate: '2026-01-31', rootDepartmentId: ROOT, currentPage: 1, pageSize: 200 };

let browser;

before(async () => {
  browser = await launchWithExtension({ national: { routes } });
});
after(async () => {
  await browser?.close();
});

const saveUnit = (unit) => saveOptions(browser, { unit });

/** Opens the national page; returns the notice's role and text once the page has drawn its data. */
async function openNationalPage(pathname = PAGE_PATH) {
  const page = await browser.context.newPage();
  await page.goto(browser.nationalUrl(pathname));
  const { role, text } = await waitForNotice(page); // inside the closed shadow root
  const result = { role, text, loaded: await page.locator('body').getAttribute('data-loaded') };
  await page.close();
  return result;
}

const storedCaptures = () => readStoredCaptures(browser);

test('the page’s own responses are stored for the clerk’s unit with the calendar month, and the notice says so', async () => {
  await saveUnit('xã Bình Giang');
  const { role, text, loaded } = await openNationalPage();

  assert.equal(loaded, '6', 'the page itself still received all six responses intact');
  assert.equal(role, 'status');
  assert.match(text, /Đã lưu số liệu: Bộ chỉ số 766 \(Cổng DVC quốc gia\), Số hóa hồ sơ, kỳ 01\/01\/2026 – 31\/01\/2026 – UBND xã Bình Giang\./);
  assert.match(text, /Phản ánh, kiến nghị, kỳ 01\/01\/2026 – 31\/01\/2026/);
  assert.match(text, /Thanh toán trực tuyến, kỳ 01\/01\/2026 – 31\/01\/2026/);
  assert.match(text, /Dịch vụ công trực tuyến: trang chỉ có điểm của đơn vị báo cáo/);

  const captures = await storedCaptures();
  assert.equal(captures.length, 3);
  for (const c of captures) {
    assert.equal(c.periodBasis, 'calendar');
    assert.deepEqual(c.period, { from: '2026-01-01', to: '2026-01-31' });
    assert.equal(c.unit, 'UBND xã Bình Giang');
    assert.equal(c.url, `https://dichvucong.gov.vn${PAGE_PATH}`);
  }
  const byKind = Object.fromEntries(captures.map((c) => [c.kinds[1], c.fields]));
  assert.deepEqual(byKind.digitization, { digitized: 291, digitizedBase: 300, eResult: 250, eResultBase: 262, reused: 171, reusedBase: 300 });
  assert.deepEqual(byKind.payment, { paidOnline: 131, feeDossiers: 180 });
  assert.deepEqual(byKind.feedback, { paknSatisfied: 2, paknReceived: 2, rateHandlingSatisfaction: 93.67 });
});

test('the popup\'s report month shows the national rates of the calendar month before, labelled', async () => {
  const popup = await openPopupAt(browser, 'Tháng 02/2026 (15/01/2026 – 14/02/2026)');
  const row = async (name) => (await popup.getByRole('row', { name }).textContent()).replace(/\s+/g, ' ');
  const reuse = await row(/Tỷ lệ khai thác, sử dụng lại/);
  assert.match(reuse, /57%/);
  assert.match(reuse, /Đạt/);
  assert.match(await row(/Tỷ lệ hồ sơ thanh toán trực tuyến/), /72,78%.*Đạt/);
  assert.match(await row(/Tỷ lệ hài lòng trong xử lý phản ánh/), /100%.*Đạt/);
  assert.match(await row(/Tỷ lệ số hóa hồ sơ/), /97%.*Chưa đạt/);
  const notes = await popup.getByRole('list', { name: 'Ghi chú nguồn số liệu' }).textContent();
  assert.match(notes, /tháng 01\/2026 trên Cổng Dịch vụ công quốc gia/);
  await popup.getByRole('button', { name: 'Sao chép mục 3.2' }).click();
  await popup.getByText('Đã sao chép mục 3.2').waitFor();
  const text = await popup.evaluate(() => navigator.clipboard.readText());
  assert.match(text, /- Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa: 57% \(theo số liệu tháng 01\/2026 trên Cổng Dịch vụ công quốc gia\)/);
  await popup.close();
});

test('the extension neither changes the page’s requests nor sends any of its own', () => {
  const posts = browser.nationalServer.requests.filter((r) => r.path.startsWith(API));
  assert.deepEqual(posts.map((r) => r.path).sort(), ENDPOINTS.map((e) => API + e).sort());
  for (const r of posts) {
    assert.equal(r.method, 'POST');
    assert.deepEqual(JSON.parse(r.body), r.path.endsWith('handling-satisfaction') ? DATES : MONTH);
  }
});

test('a revisit updates the stored captures instead of adding new ones', async () => {
  const { text } = await openNationalPage();
  assert.match(text, /Số liệu đã có, cập nhật lần xem: Bộ chỉ số 766/);
  assert.doesNotMatch(text, /Đã lưu số liệu/);
  assert.equal((await storedCaptures()).length, 3);
});

test('a unit missing from the responses gives a clear notice and stores nothing', async () => {
  await saveUnit('xã Vĩnh Bảo');
  const { role, text } = await openNationalPage();
  assert.equal(role, 'alert');
  assert.match(text, /chưa lưu số liệu nào/);
  assert.match(text, /Không thấy đơn vị báo cáo/);
  assert.doesNotMatch(text, /Vĩnh Bảo/, 'a refusal never tells the page the clerk’s unit');
  assert.equal((await storedCaptures()).length, 3);
});

test('the older page (rest.jsp) is refused with a clear reason, nothing stored', async () => {
  const { role, text, loaded } = await openNationalPage(OLD_PAGE_PATH);
  assert.equal(loaded, '1', 'the old page still drew its own table');
  assert.equal(role, 'alert');
  assert.match(text, /phiên bản cũ chỉ công bố điểm theo nhóm chỉ số/);
  assert.equal((await storedCaptures()).length, 3);
  const form = browser.nationalServer.requests.find((r) => r.path === '/jsp/rest.jsp');
  assert.match(decodeURIComponent(form.body), /^params=\{"type":"ref".*"service":"report_tinh_766_service"/);
});
