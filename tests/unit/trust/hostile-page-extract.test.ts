// A page whose title, field names, row labels, headers and cells hold script-like text: the extractor keeps every
// such text as plain data, reads the right numbers, and the in-page notice shows it as text (no element injected).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractPage } from '@/utils/extract';
import { noticeText } from '@/utils/capture/notice-text';
import { showNotice } from '@/utils/capture/page-notice';
import { HOSTILE_PAKN_FIELDS, HOSTILE_RESULTS_FIELDS, PAYLOADS } from '../../fixtures/trust/payloads.mjs';

const html = readFileSync(join(__dirname, '../../fixtures/trust/hostile-bieu06.html'), 'utf8');
const OPTIONS = { unitName: 'xã Bình Giang', cityName: 'thành phố Hải Phòng', cutoffDay: 15 };

function load() {
  const dom = new JSDOM(html, { url: 'http://motcua.haiphong.gov.vn/ThongKe/BaoCao06', runScripts: 'outside-only' });
  return dom;
}

describe('hostile page: extraction', () => {
  it('reads the real figures; the garbage cell is missing (null), never a guessed number', () => {
    const { extractions, problem } = extractPage(load().window.document, OPTIONS);
    expect(problem).toBeUndefined();
    expect(extractions).toHaveLength(2);
    expect(extractions[0]?.fields).toEqual(HOSTILE_RESULTS_FIELDS);
    expect(extractions[1]?.fields).toEqual(HOSTILE_PAKN_FIELDS);
    expect(extractions.map((e) => e.period)).toEqual([{ from: '2026-01-15', to: '2026-02-14' }, { from: '2026-01-15', to: '2026-02-14' }]);
  });

  it('keeps the script-like texts verbatim as data (unit, provenance, unmapped headers)', () => {
    const [results, pakn] = extractPage(load().window.document, OPTIONS).extractions;
    expect(results?.unit).toBe(`Tổng cộng ${PAYLOADS.P2}`);
    expect(pakn?.unit).toBe(`Đất đai ${PAYLOADS.P3}`);
    expect(results?.cells.receivedTotal?.header).toEqual([`Số hồ sơ nhận giải quyết ${PAYLOADS.P3}`, 'Tổng số']);
    expect(results?.cells.resolvedLate?.raw).toBe(PAYLOADS.P1);
    expect(results?.unmapped).toContainEqual([`Ghi chú ${PAYLOADS.P2}`]);
    // Warnings name the column, never quote a cell (issue 11: no raw cell text in warnings).
    expect(results?.warnings.join('\n')).toContain('Một ô ở cột');
    expect(results?.warnings.join('\n')).not.toContain(PAYLOADS.P1);
  });
});

describe('hostile page: in-page notice', () => {
  it('shows the hostile unit names as text: no element, attribute or script from the page text', () => {
    const dom = load();
    const { document: doc } = dom.window;
    const report = { url: 'http://motcua.haiphong.gov.vn/ThongKe/BaoCao06', title: doc.title, ...extractPage(doc, OPTIONS) };
    const text = noticeText(report, { ok: true, results: [{ status: 'stored', id: 1 }, { status: 'stored', id: 2 }] });
    const host = showNotice(doc, text.tone, text.lines);
    const root = host.shadowRoot!;
    expect(root.textContent).toContain(PAYLOADS.P2);
    expect(root.textContent).toContain(PAYLOADS.P3);
    const tags = Array.from(root.querySelectorAll('*'), (el) => el.localName).sort();
    expect(new Set(tags)).toEqual(new Set(['style', 'div', 'span', 'button']));
    expect(root.querySelectorAll('[data-pwn], img, svg, script, iframe')).toHaveLength(0);
    expect((dom.window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });
});
