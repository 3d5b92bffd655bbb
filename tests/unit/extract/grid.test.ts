import { describe, expect, it } from 'vitest';
import { buildGrid } from '@/utils/extract/grid';
import { locateGrids } from '@/utils/extract/locate';
import { htmlDoc } from './dom';

function gridOf(html: string) {
  const [located] = locateGrids(htmlDoc(html));
  if (!located) throw new Error('no grid');
  return buildGrid(located);
}

describe('buildGrid', () => {
  it('expands rowspan/colspan into header paths (tree A shape, headers as <td><strong> in <tbody>)', () => {
    const grid = gridOf(`<table><tbody>
      <tr><td rowspan="3"><strong>STT</strong></td><td colspan="4"><strong>Số hồ sơ nhận giải quyết</strong></td><td rowspan="3"><strong>Ghi chú</strong></td></tr>
      <tr><td rowspan="2"><strong>Tổng số</strong></td><td colspan="2"><strong>Trong đó</strong></td><td rowspan="2"><strong>Từ kỳ trước</strong></td></tr>
      <tr><td><strong>Trực tuyến</strong></td><td><strong>Trực tiếp,<br>dịch vụ bưu chính</strong></td></tr>
      <tr><td>1</td><td>10</td><td>8</td><td>2</td><td>0</td><td></td></tr>
    </tbody></table>`);
    expect(grid.paths).toEqual([
      ['STT'],
      ['Số hồ sơ nhận giải quyết', 'Tổng số'],
      ['Số hồ sơ nhận giải quyết', 'Trong đó', 'Trực tuyến'],
      ['Số hồ sơ nhận giải quyết', 'Trong đó', 'Trực tiếp, dịch vụ bưu chính'],
      ['Số hồ sơ nhận giải quyết', 'Từ kỳ trước'],
      ['Ghi chú'],
    ]);
    expect(grid.rows).toEqual([['1', '10', '8', '2', '0', '']]);
  });

  it('skips column-number rows, group labels and empty rows; keeps text of links', () => {
    const grid = gridOf(`<table>
      <thead><tr><th>STT</th><th>Lĩnh vực</th><th>Tiếp nhận</th><th>Đã giải quyết</th></tr></thead>
      <tbody>
        <tr><td>(1)</td><td>(2)</td><td>(3)</td><td>(4)</td></tr>
        <tr><td colspan="4">Xã, phường, thị trấn</td></tr>
        <tr><td>1</td><td>Hộ tịch</td><td><a href="#">1.204</a></td><td><span>0</span></td></tr>
        <tr><td></td><td></td><td></td><td></td></tr>
        <tr><td>A</td><td>B</td><td>1</td><td>2=3+4</td></tr>
      </tbody></table>`);
    expect(grid.rows).toEqual([['1', 'Hộ tịch', '1.204', '0']]);
  });

  it('detects the column-number row "1 2 3 … 13" in the header and ends the header there', () => {
    const cells = Array.from({ length: 5 }, (_, i) => `<td>${i + 1}</td>`).join('');
    const grid = gridOf(`<table>
      <tr><td><b>STT</b></td><td><b>Đơn vị</b></td><td><b>Tiếp nhận</b></td><td><b>Đã giải quyết</b></td><td><b>Đang giải quyết</b></td></tr>
      <tr>${cells}</tr>
      <tr><td>1</td><td>UBND xã A</td><td>3</td><td>2</td><td>1</td></tr></table>`);
    expect(grid.paths.map((p) => p.join(' › '))).toEqual(['STT', 'Đơn vị', 'Tiếp nhận', 'Đã giải quyết', 'Đang giải quyết']);
    expect(grid.rows).toEqual([['1', 'UBND xã A', '3', '2', '1']]);
  });

  it('sets title rows above the header aside as titles', () => {
    const grid = gridOf(`<table>
      <tr><td colspan="3">BÁO CÁO TÌNH HÌNH GIẢI QUYẾT TTHC</td></tr>
      <tr><td colspan="3">(Từ ngày 15/01/2026 đến ngày 14/02/2026)</td></tr>
      <tr><td>Đơn vị</td><td>Tiếp nhận</td><td>Đã giải quyết</td></tr>
      <tr><td>UBND xã A</td><td>3</td><td>2</td></tr></table>`);
    expect(grid.titles).toEqual(['BÁO CÁO TÌNH HÌNH GIẢI QUYẾT TTHC', '(Từ ngày 15/01/2026 đến ngày 14/02/2026)']);
    expect(grid.paths).toEqual([['Đơn vị'], ['Tiếp nhận'], ['Đã giải quyết']]);
  });

  it('reads headers from <tbody> when <thead> holds only a title', () => {
    const grid = gridOf(`<table>
      <thead><tr><th colspan="2">Kỳ báo cáo: Tháng 02/2026</th></tr></thead>
      <tbody><tr><td><strong>Tổng số tiếp nhận</strong></td><td><strong>Tiếp nhận trực tuyến</strong></td></tr>
      <tr><td>795</td><td>795</td></tr></tbody></table>`);
    expect(grid.titles).toEqual(['Kỳ báo cáo: Tháng 02/2026']);
    expect(grid.paths).toEqual([['Tổng số tiếp nhận'], ['Tiếp nhận trực tuyến']]);
    expect(grid.rows).toEqual([['795', '795']]);
  });

  it('does not repeat a body rowspan value into the rows it covers', () => {
    const grid = gridOf(`<table><thead><tr><th>Nhóm</th><th>Lĩnh vực</th><th>Tiếp nhận</th></tr></thead>
      <tbody><tr><td rowspan="2">Cấp xã</td><td>Hộ tịch</td><td>5</td></tr><tr><td>Chứng thực</td><td>7</td></tr></tbody></table>`);
    expect(grid.rows).toEqual([
      ['Cấp xã', 'Hộ tịch', '5'],
      ['', 'Chứng thực', '7'],
    ]);
  });

  it('reads a row of "-" under the header as data, not as a header', () => {
    const grid = gridOf(`<table><tr><td>Đơn vị</td><td>Tiếp nhận</td><td>Đã giải quyết</td></tr>
      <tr><td>UBND xã A</td><td>-</td><td>-</td></tr></table>`);
    expect(grid.paths).toEqual([['Đơn vị'], ['Tiếp nhận'], ['Đã giải quyết']]);
    expect(grid.rows).toEqual([['UBND xã A', '-', '-']]);
  });
});
