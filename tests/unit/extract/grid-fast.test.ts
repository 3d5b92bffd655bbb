// buildGrid's one-pass body rows (no cell object per slot) against the per-slot expander it replaced:
// random tables with rowspans and colspans anywhere, in <thead> or not, give the same grid.
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { buildGrid } from '@/utils/extract/grid';
import { locateGrids } from '@/utils/extract/locate';
import { PROPERTY_TIMEOUT_MS, runs } from '../fuzz/settings';
import { referenceBuildGrid } from './reference-grid';

const CONTENT = [
  '', '', '12', '1.234', '0', '-', '95,5%', '(1)', '2', '3', 'A', 'Tổng cộng', 'Tổng số', 'Tiếp nhận', 'Đã giải quyết',
  'UBND xã A', 'Xã, phường, thị trấn', '<strong>Tiếp nhận</strong>', '<b>Trong hạn</b>', '<a href="#">7</a>', 'a<br>b', '<div>x</div>y', ' \u00a0 ',
];
const SPAN = ['', '', '', '', '1', '2', '3', '0', '-1', 'x', '2x', ' 2', '+2'];

const cell = fc.record({
  tag: fc.constantFrom('td', 'td', 'td', 'th'),
  content: fc.constantFrom(...CONTENT),
  rowspan: fc.constantFrom(...SPAN),
  colspan: fc.constantFrom(...SPAN),
  style: fc.boolean(),
});
const row = fc.array(cell, { maxLength: 6 });
const table = fc.record({
  caption: fc.boolean(),
  head: fc.array(row, { maxLength: 3 }),
  body: fc.array(row, { minLength: 1, maxLength: 10 }),
});

type CellSpec = { tag: string; content: string; rowspan: string; colspan: string; style: boolean };
const cellHtml = (c: CellSpec) =>
  `<${c.tag}${c.rowspan ? ` rowspan="${c.rowspan}"` : ''}${c.colspan ? ` colspan="${c.colspan}"` : ''}${c.style ? ' style="text-align:left"' : ''}>${c.content}</${c.tag}>`;
const rowsHtml = (rows: CellSpec[][]) => rows.map((r) => `<tr>${r.map(cellHtml).join('')}</tr>`).join('');

describe('buildGrid fast body rows', () => {
  const doc = new JSDOM('<!DOCTYPE html><html><body></body></html>').window.document;

  it('gives the same paths, rows and titles as the per-slot expander', () => {
    fc.assert(
      fc.property(table, ({ caption, head, body }) => {
        doc.body.innerHTML = `<table>${caption ? '<caption>(Từ ngày 15/01/2026 đến ngày 14/02/2026)</caption>' : ''}${
          head.length > 0 ? `<thead>${rowsHtml(head)}</thead>` : ''
        }<tbody>${rowsHtml(body)}</tbody></table>`;
        for (const located of locateGrids(doc)) expect(buildGrid(located)).toEqual(referenceBuildGrid(located));
      }),
      runs(600),
    );
  }, PROPERTY_TIMEOUT_MS);

  it('caps colspans at 1,000 columns the same way', () => {
    doc.body.innerHTML = `<table><tr><th>Đơn vị</th><th colspan="1001">Tiếp nhận</th></tr>
      <tr><td rowspan="2">UBND xã A</td><td colspan="5000">3</td></tr><tr><td>4</td></tr></table>`;
    const [located] = locateGrids(doc);
    if (!located) throw new Error('no grid');
    const grid = buildGrid(located);
    expect(grid).toEqual(referenceBuildGrid(located));
    expect(grid.paths).toHaveLength(1001);
  });

  it('keeps ARIA spans (aria-rowspan, aria-colspan)', () => {
    doc.body.innerHTML = `<div role="grid">
      <div role="row"><div role="columnheader" aria-rowspan="2">Đơn vị</div><div role="columnheader" aria-colspan="2">Tiếp nhận</div></div>
      <div role="row"><div role="columnheader">Trực tuyến</div><div role="columnheader">Trực tiếp</div></div>
      <div role="row"><div role="gridcell" aria-rowspan="2">UBND xã A</div><div role="gridcell">3</div><div role="gridcell">4</div></div>
      <div role="row"><div role="gridcell">5</div><div role="gridcell">6</div></div></div>`;
    const [located] = locateGrids(doc);
    if (!located) throw new Error('no grid');
    expect(buildGrid(located)).toEqual(referenceBuildGrid(located));
    expect(buildGrid(located).rows).toEqual([
      ['UBND xã A', '3', '4'],
      ['', '5', '6'],
    ]);
  });
});
