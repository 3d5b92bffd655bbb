// Issue 11 in the real browser: a page of another commune and dossier lists whose personal columns carry other
// headings ("Tổ chức/cá nhân", "Số giấy tờ", "Di động", "Nơi thường trú", "Mã số thuế", a citizen's name in the
// page title) store nothing of theirs. After capturing them, everything the extension keeps is dumped raw and searched.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchWithExtension } from '../../scripts/lib/extension-browser.mjs';
import { capture, dumpExtensionStorage, saveSettings } from '../fixtures/trust/harness.mjs';
import { personalPaths } from '../fixtures/trust/people.mjs';

let browser;
let dump;
const notices = {};

before(async () => {
  browser = await launchWithExtension();
  // The clerk works for phường Hồng Bàng; the Biểu 06 page shows xã Bình Giang (named in its title and unit selector).
  await saveSettings(browser, { unit: 'phường Hồng Bàng' });
  notices.otherUnit = (await capture(browser, 'bieu06-tree-a.html')).text;
  await saveSettings(browser, { unit: 'xã Bình Giang' });
  notices.list = (await capture(browser, 'trust/ds-to-chuc-ca-nhan.html')).text;
  notices.byApplicant = (await capture(browser, 'trust/tk-ten-to-chuc-ca-nhan.html')).text;
  const page = await browser.context.newPage();
  await page.goto(browser.extensionUrl('options.html'));
  dump = await dumpExtensionStorage(page);
  await page.close();
});
after(async () => {
  await browser?.close();
});

const captures = () => dump.indexedDB['bao-cao-cchc']?.captures?.rows ?? [];

test('the other commune\'s page is refused with a notice naming the unit it shows, and nothing of it is stored', () => {
  assert.match(notices.otherUnit, /Bình Giang/);
  assert.match(notices.otherUnit, /chưa lưu/i);
  assert.equal(captures().filter((c) => c.url.endsWith('/bieu06-tree-a.html')).length, 0);
});

test('the dossier pages are stored as counts only (the dump is real)', () => {
  const stored = captures().filter((c) => c.url.includes('/trust/'));
  assert.equal(stored.length, 2, JSON.stringify(notices));
  for (const c of stored) assert.ok(Object.values(c.fields).some((n) => typeof n === 'number' && n > 0));
});

test('no name, ID number, phone, address or tax code of a citizen or organisation is stored anywhere', () => {
  assert.deepEqual(personalPaths(dump), []);
  const text = JSON.stringify(dump);
  assert.doesNotMatch(text, /Nguyễn Văn Khải/);
});
