// axe-core (node_modules/axe-core) finds no violations on the popup, Options and the report editor, with data
// captured. axe is evaluated into each page over the DevTools protocol (the pages' CSP allows no injected
// <script> tag); the popup is checked with its sources and trend table unfolded too.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { launchWithExtension } from '../../scripts/lib/extension-browser.mjs';
import { capturePage, openPopupAt, saveOptions } from '../../scripts/lib/clerk-steps.mjs';

const AXE = fs.readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
let browser;

before(async () => {
  browser = await launchWithExtension();
  await saveOptions(browser, { unit: 'xã Bình Giang' });
  await capturePage(browser, 'bieu06-tree-a.html');
});
after(async () => {
  await browser?.close();
});

async function violations(page) {
  await page.evaluate(AXE);
  const { passes, found } = await page.evaluate(async () => {
    const result = await globalThis.axe.run(document);
    return { passes: result.passes.length, found: result.violations };
  });
  assert.ok(passes > 10, `axe ran ${passes} passing rules`); // it did check the page
  return found.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('popup: 0 violations, also with the sources and the trend table unfolded', async () => {
  const popup = await openPopupAt(browser);
  await popup.getByRole('heading', { name: 'Xu hướng 12 tháng' }).waitFor();
  assert.deepEqual(await violations(popup), []);
  await popup.getByText('Nguồn số liệu', { exact: true }).click();
  await popup.getByText('Bảng số liệu xu hướng', { exact: true }).first().click();
  assert.deepEqual(await violations(popup), []);
  await popup.close();
});

test('Options: 0 violations', async () => {
  const page = await browser.context.newPage();
  await page.goto(browser.extensionUrl('options.html'));
  await page.getByLabel('Đơn vị báo cáo').waitFor();
  assert.deepEqual(await violations(page), []);
  await page.close();
});

test('report editor: 0 violations', async () => {
  const page = await browser.context.newPage();
  await page.goto(browser.extensionUrl('report.html?period=month%3A2026-02'));
  await page.getByRole('button', { name: 'Sao chép toàn bộ' }).waitFor();
  assert.deepEqual(await violations(page), []);
  await page.close();
});
