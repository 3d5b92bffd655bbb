import { describe, expect, it } from 'vitest';
import { buildGrid } from '@/utils/extract/grid';
import { locateGrids } from '@/utils/extract/locate';
import { htmlDoc } from './dom';

const TABLE = (attrs = '', n = 1) =>
  `<table ${attrs}><thead><tr><th>Tiếp nhận</th></tr></thead><tbody><tr><td>${n}</td></tr></tbody></table>`;

function firstCells(doc: Document): string[] {
  return locateGrids(doc).map((g) => buildGrid(g).rows[0]?.[0] ?? '');
}

describe('locateGrids', () => {
  it('ignores hidden grids: attribute, inline style, ancestor, stylesheet, aria-hidden', () => {
    const doc = htmlDoc(`<style>#tableToExcel { display: none } .invisible { visibility: hidden }</style>
      ${TABLE('hidden', 1)}
      ${TABLE('style="display:none"', 2)}
      <div style="display: none">${TABLE('', 3)}</div>
      ${TABLE('id="tableToExcel"', 4)}
      <div class="invisible">${TABLE('', 5)}</div>
      <div aria-hidden="true">${TABLE('', 6)}</div>
      ${TABLE('', 7)}`);
    expect(firstCells(doc)).toEqual(['7']);
  });

  it('skips layout tables that hold other tables', () => {
    const doc = htmlDoc(`<table><tr><td>Menu</td><td>${TABLE('', 9)}</td></tr></table>`);
    expect(firstCells(doc)).toEqual(['9']);
  });

  it('joins a header table and the body table beside it (Kendo UI)', () => {
    const doc = htmlDoc(`<div class="k-grid">
      <div class="k-grid-header"><div class="k-grid-header-wrap"><table role="grid"><colgroup><col><col></colgroup>
        <thead><tr><th>Đơn vị</th><th>Tiếp nhận</th></tr></thead></table></div></div>
      <div class="k-grid-content"><table role="grid"><colgroup><col><col></colgroup>
        <tbody><tr><td>UBND xã A</td><td>12</td></tr></tbody></table></div></div>`);
    const grids = locateGrids(doc).map(buildGrid);
    expect(grids).toHaveLength(1);
    expect(grids[0]?.paths).toEqual([['Đơn vị'], ['Tiếp nhận']]);
    expect(grids[0]?.rows).toEqual([['UBND xã A', '12']]);
  });

  it('joins the footer table of a split grid (Kendo\'s footer template: the total row), not a table of another grid', () => {
    const grid = (body: string, foot: string) => `<div class="k-grid">
      <div class="k-grid-header"><div class="k-grid-header-wrap"><table><thead><tr><th>Lĩnh vực</th><th>Tiếp nhận</th></tr></thead></table></div></div>
      <div class="k-grid-content"><table><tbody>${body}</tbody></table></div>
      <div class="k-grid-footer"><div class="k-grid-footer-wrap"><table><tbody>${foot}</tbody></table></div></div></div>`;
    const grids = locateGrids(htmlDoc(grid('<tr><td>Hộ tịch</td><td>12</td></tr><tr><td>Đất đai</td><td>3</td></tr>', '<tr><td><b>Tổng cộng</b></td><td><b>15</b></td></tr>'))).map(buildGrid);
    expect(grids).toHaveLength(1);
    expect(grids[0]?.rows).toEqual([['Hộ tịch', '12'], ['Đất đai', '3'], ['Tổng cộng', '15']]);
    // A following table of another width is another grid.
    const apart = locateGrids(htmlDoc(grid('<tr><td>Hộ tịch</td><td>12</td></tr>', '<tr><td>Ghi chú</td><td>a</td><td>b</td></tr>'))).map(buildGrid);
    expect(apart).toHaveLength(2);
  });

  it('an ARIA grid\'s group header placed by aria-colindex spans to the next group (ag-Grid column groups)', () => {
    const cell = (i: number, text: string, role = 'gridcell') => `<div role="${role}" aria-colindex="${i}">${text}</div>`;
    const doc = htmlDoc(`<div role="treegrid" aria-colcount="5">
      <div role="row" aria-rowindex="1">${cell(1, '', 'columnheader')}${cell(2, 'Đã xử lý', 'columnheader')}${cell(4, 'Đang xử lý', 'columnheader')}</div>
      <div role="row" aria-rowindex="2">${cell(1, 'Đơn vị', 'columnheader')}${cell(2, 'Tổng', 'columnheader')}${cell(3, 'Trễ hạn', 'columnheader')}${cell(4, 'Tổng', 'columnheader')}${cell(5, 'Quá hạn', 'columnheader')}</div>
      <div role="row" aria-rowindex="3">${cell(1, 'Xã Bình Giang')}${cell(2, '797')}${cell(3, '0')}${cell(4, '5')}${cell(5, '1')}</div></div>`);
    const [grid] = locateGrids(doc).map(buildGrid);
    expect(grid?.paths).toEqual([['Đơn vị'], ['Đã xử lý', 'Tổng'], ['Đã xử lý', 'Trễ hạn'], ['Đang xử lý', 'Tổng'], ['Đang xử lý', 'Quá hạn']]);
    // The page's own elements are left as they were.
    expect(doc.querySelectorAll('[aria-colspan]')).toHaveLength(0);
  });

  it('drops zero-height sizing cells (jqGrid): its first sizing rows and the stand-ins under two-row header cells', () => {
    const sizing = (n: number, tag: string) => `<tr>${`<${tag} style="height:0px;width:60px;"></${tag}>`.repeat(n)}</tr>`;
    const doc = htmlDoc(`<table><thead>${sizing(4, 'th')}
      <tr><th rowspan="2">Lĩnh vực</th><th colspan="2">Đã giải quyết</th><th rowspan="2">Trả lại</th></tr>
      <tr><th style="width: 250px; height: 0px;"></th><th>Tổng</th><th>Trễ hạn</th><th style="height: 0px"></th></tr></thead>
      <tbody>${sizing(4, 'td')}<tr><td>Hộ tịch</td><td>12</td><td>1</td><td>0</td></tr></tbody></table>`);
    const [grid] = locateGrids(doc).map(buildGrid);
    expect(grid?.paths).toEqual([['Lĩnh vực'], ['Đã giải quyết', 'Tổng'], ['Đã giải quyết', 'Trễ hạn'], ['Trả lại']]);
    expect(grid?.rows).toEqual([['Hộ tịch', '12', '1', '0']]);
  });

  it('DevExtreme with fixed columns: the fixed overlay copies are dropped, the deep header and rows views joined with the total footer', () => {
    const deep = (inner: string, levels: number) => '<div>'.repeat(levels) + inner + '</div>'.repeat(levels);
    const head = (cells: string) => `<table><tbody><tr>${cells}</tr><tr><td role="columnheader">Tổng</td><td role="columnheader">Quá hạn</td></tr></tbody></table>`;
    const doc = htmlDoc(`<div class="grid">
      ${deep(head('<td role="columnheader" rowspan="2">Đơn vị</td><td role="columnheader" colspan="2">Đã giải quyết</td>'), 2)}
      ${deep(head('<td role="columnheader" rowspan="2">Đơn vị</td><td colspan="2"></td>').replace('<td role="columnheader">Tổng</td><td role="columnheader">Quá hạn</td>', '<td colspan="2"></td>'), 2)}
      ${deep('<table><tbody><tr><td>UBND xã Bình Giang</td><td>790</td><td>0</td></tr><tr><td>UBND xã Kẻ Sặt</td><td>600</td><td>2</td></tr></tbody></table>', 5)}
      ${deep('<table><tbody><tr><td>UBND xã Bình Giang</td><td colspan="2"></td></tr><tr><td>UBND xã Kẻ Sặt</td><td colspan="2"></td></tr></tbody></table>', 5)}
      ${deep('<table><tbody><tr><td>Tổng: 2 đơn vị</td><td>1390</td><td>2</td></tr></tbody></table>', 2)}</div>`);
    const grids = locateGrids(doc).map(buildGrid);
    expect(grids).toHaveLength(1);
    expect(grids[0]?.paths).toEqual([['Đơn vị'], ['Đã giải quyết', 'Tổng'], ['Đã giải quyết', 'Quá hạn']]);
    expect(grids[0]?.rows).toEqual([['UBND xã Bình Giang', '790', '0'], ['UBND xã Kẻ Sặt', '600', '2'], ['Tổng: 2 đơn vị', '1390', '2']]);
  });

  it('joins DevExtreme header and rows views (header cells in a <tbody> with role=columnheader)', () => {
    const doc = htmlDoc(`<div class="dx-datagrid">
      <div class="dx-datagrid-headers"><div class="dx-datagrid-content"><table role="presentation"><tbody>
        <tr class="dx-row dx-header-row" role="row"><td role="columnheader">Đơn vị</td><td role="columnheader">Đã giải quyết</td></tr>
      </tbody></table></div></div>
      <div class="dx-datagrid-rowsview"><div class="dx-datagrid-content"><table role="presentation"><tbody>
        <tr class="dx-row dx-data-row" role="row"><td role="gridcell">UBND xã A</td><td role="gridcell">4</td></tr>
        <tr class="dx-row dx-freespace-row"><td></td><td></td></tr>
      </tbody></table></div></div></div>`);
    const grids = locateGrids(doc).map(buildGrid);
    expect(grids).toHaveLength(1);
    expect(grids[0]?.paths).toEqual([['Đơn vị'], ['Đã giải quyết']]);
    expect(grids[0]?.rows).toEqual([['UBND xã A', '4']]);
  });

  it('reads ARIA grids and flex mat-tables, ignoring aria-hidden rows', () => {
    const doc = htmlDoc(`
      <div role="table" aria-label="Thống kê">
        <div role="rowgroup"><div role="row"><span role="columnheader">Đơn vị</span><span role="columnheader">Tiếp nhận</span></div></div>
        <div role="rowgroup"><div role="row"><span role="cell">UBND xã A</span><span role="cell"><a>3</a></span></div>
        <div role="row" aria-hidden="true"><span role="cell">x</span><span role="cell">99</span></div></div>
      </div>
      <mat-table class="mat-table"><mat-header-row><mat-header-cell>Đơn vị</mat-header-cell><mat-header-cell>Đã giải quyết</mat-header-cell></mat-header-row>
        <mat-row><mat-cell>UBND xã B</mat-cell><mat-cell>8</mat-cell></mat-row></mat-table>`);
    const grids = locateGrids(doc).map(buildGrid);
    expect(grids.map((g) => [g.paths, g.rows, g.titles])).toEqual([
      [[['Đơn vị'], ['Tiếp nhận']], [['UBND xã A', '3']], ['Thống kê']],
      [[['Đơn vị'], ['Đã giải quyết']], [['UBND xã B', '8']], []],
    ]);
  });
});
