// Hostile pages in the production build. A portal page whose title, field names, row labels, headers and cells hold
// script-like text (tests/fixtures/trust/hostile-bieu06.html) and a clerk whose settings and report text hold the same
// reach each sink only as text: the in-page notice, the popup, the report editor, the clipboard HTML, the .docx.
// Every payload would set window.__pwned, call alert() or leave a [data-pwn] element if it ever became markup.
// Then: a 20,000-row page and a page that keeps redrawing while it is read never crash and never store wrong values.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { unzipSync, strFromU8 } from 'fflate';
import { launchWithExtension, readClipboard } from '../../scripts/lib/extension-browser.mjs';
import { capture, openPopupAt, saveSettings, storedCaptures } from '../fixtures/trust/harness.mjs';
import { HOSTILE_PAKN_FIELDS, HOSTILE_RESULTS_FIELDS, PAYLOADS } from '../fixtures/trust/payloads.mjs';

const { P1, P2, P3 } = PAYLOADS;
const UNIT = `xã Bình Giang ${P3}`;
const SIGNER = `Vũ Thị Hòa ${P1}`;
const NARRATIVE = `Trong kỳ, UBND {{don_vi}} ban hành kế hoạch ${P2}.`;
/** A payload that became markup: its tag opened (escaped text reads "&lt;img …", which is fine). */
const MARKUP = /<(?:img|svg|script|iframe)\b/i;
let browser;
const dialogs = [];
const cspErrors = [];

/** Elements injected from page or clerk text, in the document and every open shadow root, plus the page's flag. */
async function injected(page) {
  return page.evaluate(() => {
    const roots = [document];
    for (const el of document.querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
    const found = roots.flatMap((root) => Array.from(root.querySelectorAll('[data-pwn], img, svg, iframe, script:not([src])'), (el) => el.outerHTML.slice(0, 80)));
    return { found, pwned: window.__pwned ?? null };
  });
}

function watch(page) {
  page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
  page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) cspErrors.push(m.text()); });
}

before(async () => {
  browser = await launchWithExtension();
  browser.context.on('page', watch);
  await saveSettings(browser, { unit: UNIT, signer: SIGNER });
  const editor = await browser.context.newPage();
  await editor.goto(browser.extensionUrl('report.html?period=month%3A2026-02'));
  await editor.getByLabel('I.1. Công tác chỉ đạo, điều hành').fill(NARRATIVE);
  await editor.getByRole('button', { name: 'Lưu nội dung' }).click();
  await editor.getByText('Đã lưu nội dung báo cáo cho kỳ này.').waitFor();
  await editor.close();
});
after(async () => {
  await browser?.close();
});

describe('script-like text reaches every sink only as text', () => {
  let noticePage;
  let noticeText;
  before(async () => {
    ({ page: noticePage, text: noticeText } = await capture(browser, 'trust/hostile-bieu06.html', { keepOpen: true }));
  });

  test('the real figures are stored; the garbage cell is stored as missing', async () => {
    const captures = await storedCaptures(browser);
    const byKind = Object.fromEntries(captures.map((c) => [c.kinds[0], c]));
    assert.deepEqual(byKind.results?.fields, HOSTILE_RESULTS_FIELDS);
    assert.deepEqual(byKind.feedback?.fields, HOSTILE_PAKN_FIELDS);
    assert.equal(byKind.results?.unit, `Tổng cộng ${P2}`);
  });

  test('in-page notice: the hostile unit names are shown as text, nothing runs in the portal page', async () => {
    assert.ok(noticeText.includes(`Tổng cộng ${P2}`), noticeText);
    assert.ok(noticeText.includes(`Đất đai ${P3}`), noticeText);
    // The portal page itself shows the same text (escaped by the portal): no [data-pwn] anywhere, no flag, no alert.
    assert.deepEqual(await injected(noticePage), { found: [], pwned: null });
    assert.deepEqual(dialogs, []);
    await noticePage.close();
  });

  test('popup: header, capture list, warnings and source notes show the texts, no element is injected', async () => {
    const popup = await openPopupAt(browser);
    await popup.getByRole('region', { name: 'Cảnh báo số liệu' }).waitFor();
    // The sources (header paths, row labels) are drawn when "Nguồn số liệu" is unfolded.
    await popup.getByText('Nguồn số liệu', { exact: true }).click();
    await popup.locator('details.indicator-sources dl').waitFor();
    const text = await popup.evaluate(() => document.body.textContent);
    // The garbage cell's own text is no longer quoted in warnings (issue 11: warnings name the column and row number).
    for (const expected of [`Tổng cộng ${P2}`, `Đất đai ${P3}`, `Số hồ sơ nhận giải quyết ${P3}`, UNIT]) assert.ok(text.includes(expected), `popup shows ${expected}`);
    const warnings = await popup.getByRole('region', { name: 'Cảnh báo số liệu' }).textContent();
    assert.ok(!warnings.includes(P1), 'the cell text is not quoted in the warnings');
    assert.deepEqual(await injected(popup), { found: [], pwned: null });
    await popup.close();
  });

  test('report editor preview: the clerk\'s hostile text and settings are shown as text', async () => {
    const editor = await browser.context.newPage();
    await editor.goto(browser.extensionUrl('report.html?period=month%3A2026-02'));
    const preview = editor.getByRole('region', { name: 'Xem trước toàn bộ báo cáo' });
    await preview.waitFor();
    const text = await preview.textContent();
    for (const expected of [P1, P2, P3]) assert.ok(text.includes(expected), `preview shows ${expected}`);
    assert.deepEqual(await injected(editor), { found: [], pwned: null });
    await editor.close();
  });

  test('clipboard HTML: every payload arrives escaped (&lt;img …) and parses back to text, never to an element', async () => {
    const popup = await openPopupAt(browser);
    await popup.getByRole('button', { name: 'Sao chép toàn bộ' }).click();
    await popup.getByText('Đã sao chép toàn bộ báo cáo').waitFor();
    const { 'text/html': html, 'text/plain': plain } = await readClipboard(popup);
    assert.doesNotMatch(html, MARKUP);
    // (Chromium's clipboard re-serialises the HTML: quotes in text need no escaping and come back as ".)
    for (const escaped of ['&lt;img src=x data-pwn onerror=', '&lt;script data-pwn&gt;window.__pwned=2&lt;/script&gt;', '&gt;&lt;svg data-pwn onload=']) assert.ok(html.includes(escaped), `HTML has ${escaped}`);
    for (const payload of [P1, P2, P3]) assert.ok(plain.includes(payload), `text flavour has ${payload}`);
    const parsed = await popup.evaluate((h) => {
      const doc = new DOMParser().parseFromString(h, 'text/html');
      return { pwn: doc.querySelectorAll('[data-pwn], img, svg, script, iframe').length, text: doc.body.textContent };
    }, html);
    assert.equal(parsed.pwn, 0);
    for (const payload of [P1, P2, P3]) assert.ok(parsed.text.includes(payload));

    await popup.getByRole('button', { name: 'Sao chép mục 3.2' }).click();
    await popup.getByText('Đã sao chép mục 3.2').waitFor();
    const section = await readClipboard(popup);
    assert.doesNotMatch(section['text/html'], MARKUP);
    assert.deepEqual(await injected(popup), { found: [], pwned: null });
    await popup.close();
  });

  test('.docx: the payloads are XML-escaped text runs, the document holds no markup from them', async () => {
    const popup = await openPopupAt(browser);
    const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: 'Tải báo cáo (.docx)' }).click()]);
    const files = unzipSync(fs.readFileSync(await download.path()));
    await popup.close();
    for (const [name, bytes] of Object.entries(files)) if (/\.(?:xml|rels)$/.test(name)) assert.doesNotMatch(strFromU8(bytes), MARKUP, name);
    const xml = strFromU8(files['word/document.xml']);
    assert.ok(xml.includes('&lt;img src=x data-pwn'), 'signer name escaped');
    const decode = (s) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;|&#39;/g, "'").replace(/&amp;/g, '&');
    const runs = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decode(m[1])).join('');
    for (const payload of [P1, P2, P3]) assert.ok(runs.includes(payload), `docx text has ${payload}`);
  });

  test('no alert and no CSP violation (a sign of an attempted inline handler) on any page', () => {
    assert.deepEqual(dialogs, []);
    assert.deepEqual(cspErrors, []);
  });
});

describe('huge and changing pages', () => {
  test('a 20,000-row page is read without a crash and the stored totals are exactly the page\'s', async () => {
    const { text } = await capture(browser, 'trust/huge-20000-rows.html', { timeout: 60_000 });
    assert.match(text, /Đã lưu số liệu/);
    const huge = (await storedCaptures(browser)).filter((c) => c.url.endsWith('/trust/huge-20000-rows.html'));
    assert.equal(huge.length, 1);
    assert.deepEqual(huge[0].fields, { receivedTotal: 70000, receivedOnline: 30000, receivedDirect: 40000, resolvedTotal: 60000, inProgressTotal: 10000 });
    assert.equal(huge[0].rowChoice, 'total');
    assert.deepEqual(huge[0].warnings, []);
  });

  test('a page that redraws while it is read stores only whole answers it showed, and the final one', async () => {
    const page = await browser.context.newPage();
    await page.goto(browser.portalUrl('trust/changing-during-capture.html'));
    const states = await page.evaluate(() => window.STATES);
    const expected = Object.fromEntries(
      Object.entries(states).map(([name, rows]) => {
        const sum = (k) => rows.reduce((s, r) => s + r[k], 0);
        return [name, { receivedTotal: sum(1), receivedNew: sum(1), resolvedTotal: sum(2), inProgressTotal: sum(3) }];
      }),
    );
    const mine = async () => (await storedCaptures(browser)).filter((c) => c.url.endsWith('/trust/changing-during-capture.html'));
    const deadline = Date.now() + 20_000;
    while (!(await mine()).some((c) => c.fields.receivedTotal === expected.C.receivedTotal) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
    await page.getByText('Đã cập nhật.').waitFor();
    await new Promise((r) => setTimeout(r, 1200)); // anything still in flight lands
    const stored = await mine();
    const names = stored.map((c) => Object.keys(expected).find((n) => JSON.stringify(c.fields) === JSON.stringify(expected[n])) ?? `WRONG ${JSON.stringify(c.fields)}`);
    assert.ok(names.includes('C'), `final answer stored (got ${names.join(', ')})`);
    assert.deepEqual(names.filter((n) => n.startsWith('WRONG')), [], 'a half-drawn table (first row only) would give other sums');
    assert.match(await page.getByRole('status').filter({ hasText: 'Báo cáo CCHC' }).textContent(), /Đã lưu số liệu/);
    await page.close();
  });
});
