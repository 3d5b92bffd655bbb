import { describe, expect, it } from 'vitest';
import type { Block } from '@/utils/report/blocks';
import { blocksToHtml, blocksToText, escapeHtml } from '@/utils/report/clipboard';
import { section32 } from '@/utils/report/sections/section32';
import { contextOf, SEED_FIELDS, SEED_SETTINGS } from './helpers';

const HOSTILE = `xã <script>alert("x")</script> & 'Bình' Giang`;

/** Parses the fragment as Word's paste would see it. */
function parse(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  return root;
}

describe('escapeHtml', () => {
  it('escapes & < > " and \'', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});

describe('blocksToText', () => {
  it('separates paragraphs by a blank line and prefixes bullets with "- "', () => {
    const blocks: Block[] = [
      { kind: 'heading', text: '3.2. Tiêu đề' },
      { kind: 'para', text: 'Đoạn.' },
      { kind: 'bullet', text: 'Dòng' },
    ];
    expect(blocksToText(blocks)).toBe('3.2. Tiêu đề\n\nĐoạn.\n\n- Dòng');
  });

  it('normalises to NFC', () => {
    const decomposed = 'xa\u0303'; // "xã" as a + combining tilde
    expect(blocksToText([{ kind: 'para', text: decomposed }])).toBe('xã');
  });

  it('writes tables as tab-separated rows', () => {
    expect(blocksToText([{ kind: 'table', head: ['A', 'B'], rows: [['1', '2']] }])).toBe('A\tB\n1\t2');
  });
});

describe('blocksToHtml', () => {
  const hostileSettings = { ...SEED_SETTINGS, unitName: '<script>alert(1)</script>', cityName: HOSTILE };
  const html = blocksToHtml(section32.build(contextOf(SEED_FIELDS, hostileSettings)).blocks);

  it('escapes page and settings text: no element comes from it', () => {
    expect(html).not.toContain('<script');
    const root = parse(html);
    expect(root.querySelector('script')).toBeNull();
    expect(root.textContent).toContain(`Hệ thống giải quyết TTHC của ${HOSTILE} và`);
    expect(root.textContent).toContain('trên địa bàn <script>alert(1)</script> đã tiếp nhận');
  });

  it('uses inline styles only: Times New Roman 14pt, justified, 1 cm indent, bold headings', () => {
    expect(html).not.toMatch(/class=|<style/i);
    const paragraphs = [...parse(html).querySelectorAll('p')];
    expect(paragraphs).toHaveLength(10);
    for (const p of paragraphs) {
      const style = p.getAttribute('style') ?? '';
      expect(style).toContain("font-family:'Times New Roman'");
      expect(style).toContain('font-size:14pt');
      expect(style).toContain('text-align:justify');
      expect(style).toContain('text-indent:1cm');
    }
    expect(paragraphs[0]?.getAttribute('style')).toContain('font-weight:bold');
    expect(paragraphs[2]?.getAttribute('style')).not.toContain('font-weight:bold');
    expect(paragraphs[3]?.textContent).toBe('- Tỷ lệ nộp hồ sơ trực tuyến: 100% (chỉ tiêu thành phố giao tối thiểu đạt 60%).');
  });

  it('gives every table cell a border and the table border-collapse, escaping cell text', () => {
    const table = blocksToHtml([{ kind: 'table', head: ['Chỉ tiêu', 'Kết quả'], rows: [['<b>x</b>', '100%']] }]);
    expect(table).not.toMatch(/class=|<style/i);
    const root = parse(table);
    expect(root.querySelector('table')?.getAttribute('style')).toContain('border-collapse:collapse');
    const cells = [...root.querySelectorAll('th, td')];
    expect(cells).toHaveLength(4);
    for (const cell of cells) expect(cell.getAttribute('style')).toContain('border:1px solid');
    expect(root.querySelector('b')).toBeNull();
    expect(root.querySelector('td')?.textContent).toBe('<b>x</b>');
  });

  it('omits the header row of a table without one', () => {
    expect(blocksToHtml([{ kind: 'table', head: [], rows: [['1']] }])).not.toContain('<thead>');
  });
});
