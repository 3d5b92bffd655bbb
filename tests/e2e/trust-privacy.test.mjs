// Privacy in the real browser: pages that list citizens (a dossier list, statistics by applicant, the same filtered
// to one applicant by name and ID number in the address) are captured by the production build; then everything the
// extension keeps (every IndexedDB database and store of its origin, chrome.storage, localStorage) is dumped raw
// and searched for every name, ID number, phone, address, e-mail and birth date on those pages.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchWithExtension } from '../../scripts/lib/extension-browser.mjs';
import { capture, dumpExtensionStorage, saveSettings } from '../fixtures/trust/harness.mjs';
import { PEOPLE, personalPaths } from '../fixtures/trust/people.mjs';

let browser;
let dump;
const applicant = PEOPLE[0];

before(async () => {
  browser = await launchWithExtension();
  await saveSettings(browser);
  const notices = [];
  notices.push((await capture(browser, 'trust/so-theo-doi-ho-so.html?TuNgay=15%2F01%2F2026&DenNgay=14%2F02%2F2026')).text);
  notices.push((await capture(browser, 'trust/thong-ke-theo-nguoi-nop.html')).text);
  const query = new URLSearchParams({ HoTen: applicant.name, SoDinhDanh: applicant.id, TuNgay: '15/01/2026', DenNgay: '14/02/2026' });
  notices.push((await capture(browser, `trust/tra-cuu-nguoi-nop.html?${query}`)).text);
  for (const text of notices) assert.match(text, /Đã lưu số liệu/, text);
  const page = await browser.context.newPage();
  await page.goto(browser.extensionUrl('popup.html'));
  dump = await dumpExtensionStorage(page);
  await page.close();
});
after(async () => {
  await browser?.close();
});

test('the dump is real: the extension database holds the three captures and their counts', () => {
  const captures = dump.indexedDB['bao-cao-cchc']?.captures?.rows ?? [];
  assert.equal(captures.length, 3);
  assert.deepEqual(
    captures.map((c) => c.fields).sort((a, b) => b.receivedTotal - a.receivedTotal),
    [
      { receivedNew: 13, receivedTotal: 13, resolvedTotal: 9, inProgressTotal: 4 },
      { receivedNew: 6, receivedTotal: 6, resolvedTotal: 4, inProgressTotal: 2 },
      { receivedNew: 3, receivedTotal: 3, resolvedTotal: 3, inProgressTotal: 0 },
    ],
  );
});

test('no name, ID number, phone, address, e-mail or birth date of a citizen is stored anywhere', () => {
  assert.deepEqual(personalPaths(dump), []);
});

test('the citizen filter typed into the portal\'s search form does not come along with the page address', () => {
  const urls = (dump.indexedDB['bao-cao-cchc']?.captures?.rows ?? []).map((c) => c.url);
  for (const url of urls) {
    const params = new URL(url).searchParams;
    assert.equal(params.get('HoTen'), null, url);
    assert.equal(params.get('SoDinhDanh'), null, url);
  }
});

test('the portal\'s own origin gets no database or storage from the extension', async () => {
  const page = await browser.context.newPage();
  await page.goto(browser.portalUrl('trust/so-theo-doi-ho-so.html'));
  await page.getByRole('status').filter({ hasText: 'Báo cáo CCHC' }).waitFor();
  const own = await page.evaluate(async () => ({ databases: await indexedDB.databases(), local: Object.keys(localStorage), session: Object.keys(sessionStorage) }));
  assert.deepEqual(own, { databases: [], local: [], session: [] });
  await page.close();
});
