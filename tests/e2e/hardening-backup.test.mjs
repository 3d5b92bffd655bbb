// Issue 15, hostile backups in the built extension: a capture id of 2^53 wore out IndexedDB's key generator (every
// later capture failed, and "Xóa toàn bộ dữ liệu" did not cure it); an impossible date blanked the popup for good;
// import errors were not shown at all.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchWithExtension } from '../../scripts/lib/extension-browser.mjs';
import { capturePage, openPopupAt, saveOptions } from '../../scripts/lib/clerk-steps.mjs';
import { storedCaptures } from '../../scripts/lib/stored-captures.mjs';

let browser;
before(async () => {
  browser = await launchWithExtension();
});
after(async () => {
  await browser?.close();
});

const capture = (patch) => ({
  kinds: ['results'],
  period: { from: '2026-01-15', to: '2026-02-14' },
  unit: 'Tổng cộng',
  rowChoice: 'total',
  fields: { receivedTotal: 795, resolvedTotal: 790 },
  cells: {},
  unmapped: [],
  warnings: [],
  url: 'http://motcua.haiphong.gov.vn/cu',
  title: 'Bản cũ',
  capturedAt: '2026-02-10T01:00:00.000Z',
  lastSeenAt: '2026-02-10T01:00:00.000Z',
  contentKey: 'k',
  periodKey: '2026-01-15..2026-02-14',
  ...patch,
});
const backup = (captures) =>
  Buffer.from(JSON.stringify({ format: 'bao-cao-cchc-backup', schemaVersion: 1, exportedAt: '2026-02-20T00:00:00.000Z', settings: null, captures }));

/** Writes a record straight into the extension's database, as an older version's import did. */
async function putRaw(record) {
  const page = await browser.context.newPage();
  await page.goto(browser.extensionUrl('options.html'));
  await page.evaluate(
    (value) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('bao-cao-cchc');
        open.onsuccess = () => {
          const tx = open.result.transaction('captures', 'readwrite');
          tx.objectStore('captures').put(value);
          tx.oncomplete = () => (open.result.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
      }),
    record,
  );
  await page.close();
}

async function importFile(buffer) {
  const page = await browser.context.newPage();
  await page.goto(browser.extensionUrl('options.html'));
  await page.getByLabel('Nhập dữ liệu').setInputFiles({ name: 'sao-luu.json', mimeType: 'application/json', buffer });
  const message = page.getByRole('status').or(page.getByRole('alert')).filter({ hasText: /nhập/i });
  await message.waitFor();
  const result = { role: await message.getAttribute('role'), text: await message.innerText(), detail: null };
  // A failure's technical part is folded under "Chi tiết kỹ thuật": opened as support would.
  const summary = message.getByText('Chi tiết kỹ thuật', { exact: true });
  if ((await summary.count()) > 0) {
    await summary.click();
    result.detail = await message.locator('details code').innerText();
  }
  await page.close();
  return result;
}

async function deleteAll() {
  const page = await browser.context.newPage();
  await page.goto(browser.extensionUrl('options.html'));
  await page.getByRole('button', { name: 'Xóa toàn bộ dữ liệu' }).click();
  await page.getByRole('alertdialog', { name: 'Xác nhận xóa' }).getByRole('button', { name: 'Xóa hẳn' }).click();
  await page.getByRole('status').filter({ hasText: 'Đã xóa toàn bộ số liệu và cài đặt.' }).waitFor();
  await page.close();
}

test('an imported id of 2^53 is renumbered: captures go on working', async () => {
  await saveOptions(browser, { unit: 'xã Bình Giang' });
  const done = await importFile(backup([capture({ id: 2 ** 53 })]));
  assert.equal(done.role, 'status', done.text);
  assert.deepEqual((await storedCaptures(browser)).map((c) => c.id), [1]);
  assert.match(await capturePage(browser, 'bieu06-tree-a.html'), /Đã lưu số liệu/);
  await deleteAll();
});

test('"Xóa toàn bộ dữ liệu" cures a key generator an older version wore out', async () => {
  await saveOptions(browser, { unit: 'xã Bình Giang' });
  await putRaw(capture({ id: 2 ** 53 }));
  assert.match(await capturePage(browser, 'bieu06-tree-a.html'), /Chưa lưu được số liệu/); // the defect itself
  await deleteAll();
  assert.deepEqual(await storedCaptures(browser), []);
  await saveOptions(browser, { unit: 'xã Bình Giang' });
  assert.match(await capturePage(browser, 'bieu06-tree-a.html'), /Đã lưu số liệu/);
  assert.deepEqual((await storedCaptures(browser)).map((c) => c.id), [1]);
  await deleteAll();
});

test('a hostile backup is refused as a whole, with the reason shown', async () => {
  await saveOptions(browser, { unit: 'xã Bình Giang' });
  const refused = await importFile(backup([capture({ contentKey: 'a' }), capture({ contentKey: 'b', unit: 'B', period: { from: '2026-02-30', to: '2026-03-14' } })]));
  assert.equal(refused.role, 'alert');
  assert.match(refused.text, /Không nhập được: Bản ghi số liệu thứ 2 trong tệp không hợp lệ; không nhập gì\./);
  assert.doesNotMatch(refused.text, /period\.from/); // the clerk reads a plain sentence
  assert.equal(refused.detail, 'path: period.from'); // support finds the field under "Chi tiết kỹ thuật"
  assert.deepEqual(await storedCaptures(browser), []);
  const javascript = await importFile(backup([capture({ url: 'javascript:alert(1)' })]));
  assert.match(javascript.detail, /^path: url/);
  await deleteAll();
});

test('one broken record (left by an older version) never blanks the popup: it is listed, flagged and deletable', async () => {
  await saveOptions(browser, { unit: 'xã Bình Giang' });
  await capturePage(browser, 'bieu06-tree-a.html');
  await putRaw(capture({ id: 50, contentKey: 'broken', period: { from: '2026-02-30', to: '2026-03-14' }, periodKey: '2026-02-30..2026-03-14' }));
  const popup = await openPopupAt(browser, 'Tháng 02/2026');
  const list = popup.getByRole('region', { name: /Số liệu đã lấy/ });
  await list.getByRole('button', { name: /^Xóa/ }).nth(1).waitFor();
  assert.equal(await list.getByRole('button', { name: /^Xóa/ }).count(), 2);
  assert.ok(await popup.getByRole('row', { name: /Tỷ lệ nộp hồ sơ trực tuyến/ }).isVisible(), 'the indicators are shown');
  // The broken record reads as one with no period; deleting it leaves the good one.
  const broken = list.getByRole('listitem').filter({ hasText: 'chưa rõ kỳ số liệu' });
  await broken.getByRole('button', { name: /^Xóa/ }).click();
  await list.getByRole('button', { name: /^Xóa/ }).nth(1).waitFor({ state: 'detached' });
  assert.deepEqual((await storedCaptures(browser)).map((c) => c.id).includes(50), false);
  await popup.close();
});
