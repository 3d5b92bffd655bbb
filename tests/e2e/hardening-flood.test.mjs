// Issue 15, floods: a page changing its numbers stored 21 captures in 15 s. Now a reading of the same page, period
// and unit within the replacement window replaces the previous one, so the store does not grow with the changes.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchWithExtension } from '../../scripts/lib/extension-browser.mjs';
import { noticeOf, saveOptions } from '../../scripts/lib/clerk-steps.mjs';
import { storedCaptures } from '../../scripts/lib/stored-captures.mjs';

let browser;
before(async () => {
  browser = await launchWithExtension();
});
after(async () => {
  await browser?.close();
});

const CHANGES = 15;

test('a page whose numbers keep changing keeps one capture per table, with the newest numbers', async () => {
  await saveOptions(browser, { unit: 'xã Bình Giang' });
  const page = await browser.context.newPage();
  await page.goto(browser.portalUrl('bieu06-tree-a.html'));
  await noticeOf(page).waitFor({ timeout: 15_000 });
  const first = await storedCaptures(browser);
  assert.ok(first.length >= 1);

  // Each change is further apart than the content script's settle time, so each one is read and sent.
  for (let i = 1; i <= CHANGES; i++) {
    await page.evaluate((n) => {
      const cells = document.querySelector('table tr.total').querySelectorAll('td'); // the visible table's total row
      cells[cells.length - 1].querySelector('strong').textContent = String(n);
    }, i);
    await page.waitForTimeout(700);
  }
  await page.waitForTimeout(1_000);
  const after = await storedCaptures(browser);
  assert.equal(after.length, first.length, `${after.length} captures after ${CHANGES} changes`);
  assert.ok(after.some((c) => c.fields.inProgressOverdue === CHANGES), JSON.stringify(after.map((c) => c.fields)));
  await page.close();
});
