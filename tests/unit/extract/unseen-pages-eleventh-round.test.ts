/**
 * Shapes met on the eleventh round of pages modelled on real systems by helpers who had not seen the extraction code:
 * provincial systems of the north, the centre and the south, and pages giving several of section 3.2's figures at once.
 */
import { describe, expect, it } from 'vitest';
import { only, PERIOD, read } from './statistics-page';

const cell = (col: number, text: string, width = 100) => `<div role="gridcell" aria-colindex="${col}" style="width: ${width}px">${text}</div>`;
const head = (col: number | null, text: string, width: number) => `<div role="columnheader"${col === null ? '' : ` aria-colindex="${col}"`} style="width: ${width}px">${text}</div>`;

describe('pages of real systems, eleventh round', () => {
  it('ag-Grid with pinned names, group headers placed only by their drawn widths, and a pinned summary row without an index', () => {
    const pinnedHead = `<div role="row" aria-rowindex="1">${head(null, '', 200)}</div><div role="row" aria-rowindex="2">${head(1, 'Đơn vị', 200)}</div>`;
    const centreHead = `<div role="row" aria-rowindex="1">${head(null, 'Số hóa thành phần hồ sơ', 300)}${head(null, 'Thanh toán trực tuyến', 200)}</div>
      <div role="row" aria-rowindex="2">${head(2, 'Hồ sơ tiếp nhận', 100)}${head(3, 'Hồ sơ có số hóa', 100)}${head(4, 'Tỷ lệ (%)', 100)}${head(5, 'Hồ sơ có phí, lệ phí', 100)}${head(6, 'Đã thanh toán trực tuyến', 100)}</div>`;
    const names = [['3', 'UBND xã An Lão'], ['4', 'UBND xã Bình Giang']].map(([r, n]) => `<div role="row" aria-rowindex="${r}">${cell(1, n ?? '', 200)}</div>`).join('');
    const figures = `<div role="row" aria-rowindex="3">${cell(2, '356')}${cell(3, '301')}${cell(4, '84,55')}${cell(5, '88')}${cell(6, '40')}</div>
      <div role="row" aria-rowindex="4">${cell(2, '412')}${cell(3, '371')}${cell(4, '90,05')}${cell(5, '96')}${cell(6, '58')}</div>`;
    const bottom = `<div role="row">${cell(2, '768')}${cell(3, '672')}${cell(4, '87,50')}${cell(5, '184')}${cell(6, '98')}</div>`;
    const grid = `<div role="treegrid" aria-colcount="6"><div>${pinnedHead}</div><div>${centreHead}</div><div>${names}</div><div>${figures}</div><div>${bottom}</div></div>`;
    const { extractions } = read(`${PERIOD}${grid}`);
    const e = extractions.find((x) => x.rowChoice === 'unit');
    expect(e?.fields).toMatchObject({ digitized: 371, rateDigitized: 90.05, feeDossiers: 96, paidOnline: 58 });
  });

  it('rows naming different figures ("Số hóa thành phần hồ sơ", "Số hóa kết quả giải quyết") are never added up', () => {
    const table = `<table><thead><tr><th>STT</th><th>Nội dung</th><th>Số hồ sơ làm căn cứ</th><th>Số hồ sơ đã số hóa</th><th>Tỷ lệ</th></tr></thead><tbody>
      <tr><td>1</td><td>Số hóa thành phần hồ sơ khi tiếp nhận</td><td>1 009</td><td>868</td><td>86,03%</td></tr><tr><td>2</td><td>Số hóa kết quả giải quyết TTHC</td><td>974</td><td>903</td><td>92,71%</td></tr></tbody></table>`;
    const { extractions } = read(`${PERIOD}${table}`);
    expect(extractions.flatMap((e) => Object.values(e.fields))).not.toContain(1771);
    // Channels of the received are parts of one figure and still add up.
    const channels = `<table><thead><tr><th>Hình thức nộp</th><th>Tiếp nhận</th></tr></thead><tbody><tr><td>Trực tuyến</td><td>640</td></tr><tr><td>Trực tiếp</td><td>155</td></tr></tbody></table>`;
    expect(read(`${PERIOD}${channels}`).extractions[0]?.fields.receivedNew).toBe(795);
  });

  it('a table of the province’s departments ("Sở Tư pháp", "Sở Xây dựng") with its total is never the commune’s', () => {
    const table = `<table><thead><tr><th>Đơn vị</th><th>Tiếp nhận</th><th>Đã giải quyết</th></tr></thead><tbody>
      <tr><td>Sở Tư pháp</td><td>1.204</td><td>1.190</td></tr><tr><td>Sở Xây dựng</td><td>845</td><td>820</td></tr><tr><td>Tổng cộng</td><td>2.049</td><td>2.010</td></tr></tbody></table>`;
    const { extractions, problem } = read(`${PERIOD}${table}`);
    expect(extractions).toEqual([]);
    expect(problem).toContain('không phải số liệu riêng');
  });

  it('beside the clerk’s row in a table of communes, the page’s other boxes are the group’s; the clerk’s expanded detail is the clerk’s', () => {
    const year = '<h3>THỐNG KÊ THEO NĂM</h3><table><tbody><tr><td>Hoàn thành</td><td>3786</td></tr><tr><td>Đang xử lý</td><td>287</td></tr></tbody></table>';
    const units = `<table><thead><tr><th>Đơn vị</th><th>Tiếp nhận</th><th>Đã giải quyết</th></tr></thead><tbody>
      <tr><td>UBND xã An Lão</td><td>512</td><td>500</td></tr><tr><td>UBND xã Bình Giang</td><td>795</td><td>790</td></tr>
      <tr><td colspan="3"><div>Chi tiết</div><div><table><thead><tr><th>Chỉ tiêu</th><th>Tử số</th><th>Mẫu số</th><th>Kết quả</th></tr></thead><tbody>
        <tr><td>Tỷ lệ hồ sơ TTHC thực hiện số hóa hồ sơ</td><td>371</td><td>415</td><td>89,40</td></tr></tbody></table></div></td></tr></tbody></table>`;
    const { extractions } = read(`${PERIOD}${year}${units}`);
    const values = extractions.flatMap((e) => Object.values(e.fields));
    expect(values).not.toContain(3786);
    expect(extractions.find((e) => e.rowChoice === 'unit')?.fields).toEqual({ receivedNew: 795, resolvedTotal: 790 });
    expect(extractions.some((e) => e.fields.rateDigitized === 89.4)).toBe(true);
  });

  it('a form exported to Excel HTML with its letterhead in the table’s first rows reads its own header; a channel named in brackets is that channel', () => {
    const pre = (a: string, b: string) => `<tr><td colspan="2">${a}</td><td colspan="3">${b}</td></tr>`;
    const rows = [
      pre('UBND XÃ BÌNH GIANG', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'),
      pre('Bộ phận Một cửa', 'Độc lập - Tự do - Hạnh phúc'),
      pre('Ban hành kèm theo Thông tư số 01/2020/TT-VPCP', 'Bình Giang, ngày 15 tháng 02 năm 2026'),
      '<tr><td rowspan="2">Lĩnh vực</td><td rowspan="2">Tổng số</td><td colspan="2">Trong đó</td><td rowspan="2">Đã giải quyết</td></tr>',
      '<tr><td>Số mới tiếp nhận trực tuyến</td><td>Số mới tiếp nhận (trực tiếp hoặc dịch vụ bưu chính)</td></tr>',
      '<tr><td>Tổng cộng</td><td>795</td><td>640</td><td>155</td><td>790</td></tr>',
    ].join('');
    const e = only(`${PERIOD}<table><tbody>${rows}</tbody></table>`);
    expect(e?.fields).toMatchObject({ receivedOnline: 640, receivedDirectOrPostal: 155, resolvedTotal: 790 });
    expect(e?.fields.receivedNew).not.toBe(155);
  });

  it('targets are no figures: a heading "Tiếp nhận trực tuyến ≥" or "Số hồ sơ dự kiến tiếp nhận" is not read', () => {
    const table = '<table><thead><tr><th>Đơn vị</th><th>Số hồ sơ dự kiến tiếp nhận</th><th>Tỷ lệ tiếp nhận trực tuyến ≥</th><th>Tỷ lệ giải quyết trước hạn, đúng hạn ≥</th></tr></thead><tbody><tr><td>xã Bình Giang</td><td>1.240</td><td>85%</td><td>90%</td></tr></tbody></table>';
    expect(read(`${PERIOD}${table}`).extractions).toEqual([]);
  });

  it('a total over many units ("Tổng cộng (104 đơn vị cấp xã)") is the province’s, and so are the rows it adds up', () => {
    const head = '<thead><tr><th>Lĩnh vực</th><th>Tiếp nhận</th><th>Đã giải quyết</th></tr></thead>';
    const rows = '<tr><td>Hộ tịch</td><td>30.512</td><td>30.100</td></tr><tr><td>Chứng thực</td><td>39.179</td><td>39.630</td></tr><tr><td>Tổng cộng (104 đơn vị cấp xã)</td><td>69.691</td><td>69.730</td></tr>';
    const { extractions, problem } = read(`${PERIOD}<table>${head}<tbody>${rows}</tbody></table>`);
    expect(extractions).toEqual([]);
    expect(problem).toBeDefined();
  });

  it('one page of a paged table with no total row is never added up', () => {
    const head = '<thead><tr><th>Lĩnh vực</th><th>Tiếp nhận</th><th>Đã giải quyết</th></tr></thead>';
    const rows = '<tr><td>Hộ tịch</td><td>300</td><td>298</td></tr><tr><td>Chứng thực</td><td>200</td><td>199</td></tr>';
    const { extractions } = read(`${PERIOD}<div><table>${head}<tbody>${rows}</tbody></table></div><div>Trang 1/2</div>`);
    expect(extractions).toEqual([]);
  });
});
