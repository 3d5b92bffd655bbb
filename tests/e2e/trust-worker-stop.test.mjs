// No data loss when Chromium stops the MV3 service worker (it does so after 30 s idle, or under memory pressure).
// The worker is stopped through the DevTools protocol (ServiceWorker.stopAllWorkers) in the production build:
// once between two pages, and once while a capture is pending inside it (its database write is held back by an
// open IndexedDB transaction from an extension page, so the capture is provably in flight when the worker dies).
// The content script must retry until the background confirms (utils/store/send.ts), and the capture is stored once.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchWithExtension } from '../../scripts/lib/extension-browser.mjs';
import { capture, saveSettings, storedCaptures } from '../fixtures/trust/harness.mjs';

let browser;
let cdp;
const statuses = [];

before(async () => {
  browser = await launchWithExtension();
  await saveSettings(browser);
  const control = await browser.context.newPage();
  await control.goto('about:blank');
  cdp = await browser.context.newCDPSession(control);
  cdp.on('ServiceWorker.workerVersionUpdated', (e) => {
    for (const v of e.versions) if (v.scriptURL.startsWith(`chrome-extension://${browser.extensionId}/`)) statuses.push(v.runningStatus);
  });
  await cdp.send('ServiceWorker.enable');
});
after(async () => {
  await browser?.close();
});

async function waitFor(check, what, timeout = 10_000) {
  const deadline = Date.now() + timeout;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Stops the extension's service worker and waits until Chromium reports it stopped. */
async function stopWorker() {
  const from = statuses.length;
  await cdp.send('ServiceWorker.stopAllWorkers');
  await waitFor(() => statuses.slice(from).includes('stopped'), 'the service worker to stop');
}

test('stopped between two pages: the next page wakes it and is stored', async () => {
  assert.match((await capture(browser, 'bieu06-tree-a.html')).text, /Đã lưu số liệu/);
  await stopWorker();
  // Only the worker stores and answers "Đã lưu số liệu": with it stopped, that reply and the stored capture show the
  // page woke it. (DevTools' own report of the restart comes on another channel, sometimes late or not at all, so
  // the test no longer waits for it: it failed CI once while the capture was stored.)
  assert.match((await capture(browser, 'bieu06-tree-b-units.html')).text, /Đã lưu số liệu/);
  const captures = await storedCaptures(browser);
  assert.deepEqual(captures.map((c) => new URL(c.url).pathname).sort(), ['/bieu06-tree-a.html', '/bieu06-tree-b-units.html']);
});

test('stopped while a capture is pending inside it: the content script retries, the capture is stored exactly once', async () => {
  // An extension page holds a write transaction on the captures store, so the worker's save waits.
  const holder = await browser.context.newPage();
  await holder.goto(browser.extensionUrl('options.html'));
  await holder.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('bao-cao-cchc');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('captures', 'readwrite');
          const store = tx.objectStore('captures');
          window.__holding = true;
          const spin = () => {
            if (window.__holding) store.count().onsuccess = spin;
          };
          store.count().onsuccess = () => {
            spin();
            resolve();
          };
          window.__released = new Promise((done) => (tx.oncomplete = () => done(true)));
        };
      }),
  );
  const page = await browser.context.newPage();
  await page.goto(browser.portalUrl('trust/hostile-bieu06.html'));
  const notice = page.getByRole('status').or(page.getByRole('alert')).filter({ hasText: 'Báo cáo CCHC' });
  await new Promise((r) => setTimeout(r, 1500)); // the page is read and the capture sent well within this
  assert.equal(await notice.count(), 0, 'the capture is still waiting for the background');

  await stopWorker();
  const restartFrom = statuses.length;
  await holder.evaluate(async () => {
    window.__holding = false;
    await window.__released;
  });
  await holder.close();

  await notice.waitFor({ timeout: 15_000 });
  assert.match(await notice.textContent(), /Đã lưu số liệu/);
  assert.ok(statuses.slice(restartFrom).includes('running'), 'the retry started the worker again');
  const hostile = (await storedCaptures(browser)).filter((c) => c.url.endsWith('/trust/hostile-bieu06.html'));
  assert.equal(hostile.length, 2, 'both tables of the page stored once each');
  assert.deepEqual(hostile.map((c) => c.kinds[0]).sort(), ['feedback', 'results']);
  await page.close();
});
