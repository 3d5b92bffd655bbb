/**
 * Shapes met on the ninth round of pages modelled on real systems by helpers who had not seen the extraction code:
 * side systems (PAKN, ratings, the 766 index), framework grids (Webix, Tabulator, Ant Design Descriptions), time
 * layouts (months as columns, a quarter's months, weeks), officers' work screens and the procedure catalogue.
 */
import { describe, expect, it } from 'vitest';
import { extractPage } from '@/utils/extract';
import { parseCount, parseRate } from '@/utils/extract/numbers';
import { periodFromText, titlePeriod } from '@/utils/extract/period';
import { htmlDoc } from './dom';
import { FEB, only, OPTS, PERIOD, read } from './statistics-page';

describe('pages of real systems, ninth round', () => {
  it('a quarter split into its months under each figure: the sub-column of the page’s own period is read, never a month', () => {
    const quarter = '<p>Kỳ báo cáo: từ ngày 15/09/2025 đến ngày 14/12/2025</p>';
    const head = `<thead><tr><th rowspan="2">Lĩnh vực</th><th colspan="4">Số hồ sơ mới tiếp nhận</th><th colspan="4">Số hồ sơ đã giải quyết</th></tr>
      <tr><th>Tháng 10</th><th>Tháng 11</th><th>Tháng 12</th><th>{Q}</th><th>Tháng 10</th><th>Tháng 11</th><th>Tháng 12</th><th>{Q}</th></tr></thead>`;
    const rows = '<tbody><tr><td>Tổng cộng</td><td>307</td><td>301</td><td>270</td><td>878</td><td>304</td><td>292</td><td>266</td><td>862</td></tr></tbody>';
    expect(only(`${quarter}<table>${head.replaceAll('{Q}', 'Quý IV/2025')}${rows}</table>`)?.fields).toEqual({ receivedNew: 878, resolvedTotal: 862 });
    // None names the page's period (a month page over a quarter's columns): none is read, not the first month.
    const { extractions } = read(`${PERIOD}<table>${head.replaceAll('{Q}', 'Quý IV/2025')}${rows}</table>`);
    expect(extractions.flatMap((e) => Object.keys(e.fields))).toEqual([]);
  });

  it('a year’s months as columns "T1 … T12" beside "Cả năm": the column of the page’s month is read', () => {
    const head = '<thead><tr><th>STT</th><th>Chỉ tiêu</th><th>T12</th><th>T1</th><th>T2</th><th>T3</th><th>Cả năm</th></tr></thead>';
    const rows = `<tbody><tr><td>1</td><td>Số mới tiếp nhận trong kỳ</td><td>318</td><td>345</td><td>344</td><td>–</td><td>1.007</td></tr>
      <tr><td>2</td><td>Số hồ sơ đã giải quyết</td><td>314</td><td>336</td><td>346</td><td>–</td><td>996</td></tr></tbody>`;
    const e = only(`<p>Kỳ đang chọn: Tháng 02/2026 (từ 15/01/2026 đến 14/02/2026)</p><table>${head}${rows}</table>`);
    expect(e?.fields).toEqual({ receivedNew: 344, resolvedTotal: 346 });
    expect(e?.period).toEqual(FEB);
  });

  it('a grid’s summary cells written "Tổng: 878" and "Chung: 99,77%" are figures; "Cộng 7 lĩnh vực" is the total row', () => {
    expect(parseCount('Tổng: 878')).toEqual({ value: 878, ok: true });
    expect(parseCount('Sum: 1.234')).toEqual({ value: 1234, ok: true });
    expect(parseRate('Chung: 99,77%')).toEqual({ value: 99.77, ok: true });
    // An average is no sum: "TB: 12" stays unread.
    expect(parseCount('TB: 12').ok).toBe(false);
    const head = '<thead><tr><th>Lĩnh vực</th><th>Tiếp nhận</th><th>Đã giải quyết</th><th>Tỷ lệ đúng hạn (%)</th></tr></thead>';
    const rows = '<tr><td>Hộ tịch</td><td>500</td><td>490</td><td>99,00</td></tr><tr><td>Chứng thực</td><td>295</td><td>300</td><td>100,00</td></tr><tr><td>Cộng 2 lĩnh vực</td><td>Tổng: 795</td><td>Tổng: 790</td><td>Chung: 99,37%</td></tr>';
    const e = only(`${PERIOD}<table>${head}<tbody>${rows}</tbody></table>`);
    expect(e?.rowChoice).toBe('total');
    expect(e?.fields).toMatchObject({ receivedNew: 795, resolvedTotal: 790, rateOnTime: 99.37 });
  });

  it('a figure with its change glued after it ("1.062▲ 5,7%", "18+6 so với kỳ trước") is the figure', () => {
    expect(parseCount('1.062▲ 5,7%').value).toBe(1062);
    expect(parseCount('18+6 so với kỳ trước').value).toBe(18);
    expect(parseCount('18+6').ok).toBe(false);
  });

  it('a range writing its year once ("15/04 – 14/05/2026", "15/12 đến 14/01/2026") is read, the first day in its own year', () => {
    expect(periodFromText('Số liệu tính từ 15/04 – 14/05/2026', 15)).toEqual({ from: '2026-04-15', to: '2026-05-14' });
    expect(periodFromText('Kỳ báo cáo: từ ngày 15/12 đến ngày 14/01/2026', 15)).toEqual({ from: '2025-12-15', to: '2026-01-14' });
    expect(titlePeriod(['Cộng kỳ 15/01 – 14/02/2026'], 15)).toEqual(FEB);
  });

  it('weeks as rows with the period’s own total row ("Cộng kỳ 15/01 – 14/02/2026"): that row is read, not a week, not the year to date', () => {
    const head = '<thead><tr><th>Tuần</th><th>Tiếp nhận</th><th>Đã giải quyết</th></tr></thead>';
    const rows = `<tr><td>Tuần 1<br>15/01 – 21/01/2026</td><td>180</td><td>170</td></tr><tr><td>Tuần 2<br>22/01 – 28/01/2026</td><td>200</td><td>210</td></tr>
      <tr><td>Tuần 3<br>29/01 – 04/02/2026</td><td>215</td><td>205</td></tr><tr><td>Tuần 4<br>05/02 – 14/02/2026</td><td>200</td><td>205</td></tr>
      <tr><td>Cộng kỳ<br>15/01 – 14/02/2026</td><td>795</td><td>790</td></tr><tr><td>Lũy kế từ đầu năm<br>15/12/2025 – 14/02/2026</td><td>1.611</td><td>1.562</td></tr>`;
    const e = only(`${PERIOD}<table>${head}<tbody>${rows}</tbody></table>`);
    expect(e?.fields).toEqual({ receivedNew: 795, resolvedTotal: 790 });
    expect(e?.period).toEqual(FEB);
  });

  it('a page of another province’s system named in its heading beside a subtitle, or in its title after a bar, is refused', () => {
    const body = `${PERIOD}<table><thead><tr><th>Đơn vị</th><th>Tiếp nhận</th><th>Đã giải quyết</th></tr></thead><tbody><tr><td>Xã Bình Giang</td><td>318</td><td>289</td></tr></tbody></table>`;
    const h1 = read(`<h1>CỔNG DỊCH VỤ CÔNG TỈNH PHÚ THỌ<small>Hệ thống thông tin giải quyết thủ tục hành chính</small></h1>${body}`);
    expect(h1.extractions).toEqual([]);
    expect(h1.problem).toContain('PHÚ THỌ');
    const titled = read(`<title>Thống kê hồ sơ | Cổng Dịch vụ công tỉnh Phú Thọ</title>${body}`);
    expect(titled.extractions).toEqual([]);
    expect(read(`<title>Thống kê hồ sơ | Cổng Dịch vụ công thành phố Hải Phòng</title>${body}`).extractions).toHaveLength(1);
  });

  it('feedback carried over from the period before ("Kỳ trước chuyển sang") is not the feedback received in the period', () => {
    const head = `<thead><tr><th rowspan="2">Đơn vị xử lý</th><th colspan="3">Số PAKN tiếp nhận</th><th colspan="2">Đánh giá của người phản ánh</th></tr>
      <tr><th>Kỳ trước chuyển sang</th><th>Tiếp nhận trong kỳ</th><th>Tổng số</th><th>Hài lòng</th><th>Tỷ lệ hài lòng (%)</th></tr></thead>`;
    const e = only(`${PERIOD}<table>${head}<tbody><tr><td>UBND xã Bình Giang</td><td>2</td><td>23</td><td>25</td><td>16</td><td>88,89</td></tr></tbody></table>`);
    expect(e?.fields).toEqual({ paknReceived: 23, paknSatisfied: 16, ratePaknSatisfied: 88.89 });
  });

  it('an officer’s own screen ("Hồ sơ của tôi", "Hồ sơ tôi đã xử lý") is refused, tables and cards alike', () => {
    const table = '<table><thead><tr><th>Thủ tục</th><th>Đã xử lý</th><th>Đang xử lý</th></tr></thead><tbody><tr><td>Tổng cộng</td><td>37</td><td>14</td></tr></tbody></table>';
    const own = extractPage(htmlDoc(`<title>Hồ sơ của tôi | Một cửa điện tử</title><h1>Hồ sơ của tôi</h1>${PERIOD}${table}`), OPTS);
    expect(own.extractions).toEqual([]);
    expect(own.problem).toContain('cán bộ');
    const titled = read(`${PERIOD}<h3>Hồ sơ tôi xử lý theo thủ tục</h3>${table}`);
    expect(titled.extractions).toEqual([]);
    // "Hồ sơ tới hạn" folds like "tôi" but is no first person; a menu item "Hồ sơ của tôi" beside the unit's table is a link.
    expect(read(`${PERIOD}<h3>Hồ sơ tới hạn xử lý</h3>${table}`).extractions).toHaveLength(1);
    expect(read(`${PERIOD}<div><ul><li><a href="#">Hồ sơ của tôi</a></li></ul><div>${table}</div></div>`).extractions).toHaveLength(1);
  });

  it('a rating scale’s level shares ("Rất hài lòng › %") are not the satisfaction rate; the rate column is read from the total row', () => {
    const head = `<thead><tr><th rowspan="2">Hình thức đánh giá</th><th rowspan="2">Số lượt đánh giá</th><th colspan="2">Rất hài lòng</th><th colspan="2">Hài lòng</th><th colspan="2">Chấp nhận được</th><th rowspan="2">Tỷ lệ hài lòng (%)</th></tr>
      <tr><th>Số lượt</th><th>%</th><th>Số lượt</th><th>%</th><th>Số lượt</th><th>%</th></tr></thead>`;
    const rows = `<tr><td>Tại Bộ phận Một cửa</td><td>402</td><td>268</td><td>66,67</td><td>101</td><td>25,12</td><td>33</td><td>8,21</td><td>91,79</td></tr>
      <tr><td>Qua Cổng Dịch vụ công quốc gia</td><td>151</td><td>95</td><td>62,91</td><td>41</td><td>27,15</td><td>15</td><td>9,93</td><td>90,07</td></tr>
      <tr><td>Tổng cộng</td><td>553</td><td>363</td><td>65,64</td><td>142</td><td>25,68</td><td>48</td><td>8,68</td><td>91,32</td></tr>`;
    const e = only(`${PERIOD}<table>${head}<tbody>${rows}</tbody></table>`);
    expect(e?.fields).toEqual({ rateHandlingSatisfaction: 91.32 });
  });

  it('indicators with "Tháng 01/2026 › Kết quả" beside scores, the period before and the province’s average: the result is read', () => {
    const head = `<thead><tr><th rowspan="2">STT</th><th rowspan="2">Chỉ số</th><th colspan="2">Tháng 01/2026</th><th rowspan="2">Điểm tối đa</th><th rowspan="2">Kỳ trước (Tháng 12/2025)</th><th rowspan="2">Trung bình cấp xã toàn tỉnh</th></tr>
      <tr><th>Kết quả</th><th>Điểm</th></tr></thead>`;
    const rows = `<tr><td>1</td><td>Tỷ lệ hồ sơ giải quyết trước hạn, đúng hạn</td><td>98,37%</td><td>9,84</td><td>10</td><td>97,90%</td><td>96,12%</td></tr>
      <tr><td>2</td><td>Tỷ lệ hồ sơ tiếp nhận trực tuyến</td><td>71,25%</td><td>7,13</td><td>10</td><td>70,02%</td><td>68,40%</td></tr>`;
    const e = only(`<p>Kết quả đánh giá Tháng 01/2026 (dữ liệu từ 01/01/2026 đến 31/01/2026)</p><table>${head}<tbody>${rows}</tbody></table>`);
    expect(e?.fields).toEqual({ rateOnTime: 98.37, rateOnline: 71.25 });
    expect(e?.period).toEqual({ from: '2026-01-01', to: '2026-01-31' });
  });

  it('a grid drawn column by column (cells carrying their own aria-rowindex and aria-colindex) is read row by row', () => {
    const cell = (row: number, col: number, text: string) => `<div role="gridcell" aria-rowindex="${row}" aria-colindex="${col}">${text}</div>`;
    const column = (col: number, texts: string[]) => `<div role="presentation">${texts.map((t, i) => cell(i + 3, col, t)).join('')}</div>`;
    const header = `<table><tbody><tr role="row" aria-rowindex="1"><td role="columnheader" aria-colindex="1" rowspan="2">Đơn vị</td><td role="columnheader" aria-colindex="2" colspan="2">Số hồ sơ nhận giải quyết</td><td role="columnheader" aria-colindex="4" rowspan="2">Đã giải quyết</td></tr>
      <tr role="row" aria-rowindex="2"><td role="columnheader" aria-colindex="2">Tổng số</td><td role="columnheader" aria-colindex="3">Kỳ trước chuyển sang</td></tr></tbody></table>`;
    const body = column(1, ['Xã An Lão', 'Xã Bình Giang', 'Xã Cát Hải']) + column(2, ['411', '282', '220']) + column(3, ['20', '18', '11']) + column(4, ['390', '251', '200']);
    const e = only(`${PERIOD}<div role="grid">${header}<div role="rowgroup">${body}</div></div>`);
    expect(e?.rowChoice).toBe('unit');
    expect(e?.fields).toMatchObject({ receivedTotal: 282, carriedOver: 18, resolvedTotal: 251 });
  });

  it('column groups drawn as header cells holding their columns’ header cells (Tabulator) head each column with its path', () => {
    const col = (title: string, inner = '') => `<div role="columnheader"><div><div>${title}</div></div>${inner ? `<div>${inner}</div>` : ''}</div>`;
    const headers = col('Lĩnh vực') + col('Thanh toán trực tuyến', col('Hồ sơ có phí, lệ phí') + col('Đã thanh toán trực tuyến'));
    const row = (cells: string[]) => `<div role="row">${cells.map((c) => `<div role="gridcell">${c}</div>`).join('')}</div>`;
    const grid = `<div role="grid"><div role="rowgroup"><div role="row">${headers}</div></div><div role="rowgroup">${row(['Tổng cộng', '146', '107'])}${row(['Hộ tịch', '38', '31'])}${row(['Chứng thực', '108', '76'])}</div></div>`;
    const e = only(`${PERIOD}${grid}`);
    expect(e?.fields).toEqual({ feeDossiers: 146, paidOnline: 107 });
  });

  it('a summary laid out label, figure, label, figure (Descriptions) is read as label and figure rows', () => {
    const rows = `<tr><th>Tổng số hồ sơ tiếp nhận mới</th><td>1,046</td><th>Tiếp nhận trực tuyến</th><td>874</td></tr>
      <tr><th>Tiếp nhận trực tiếp</th><td>158</td><th>Ghi chú</th><td>Sổ ghi theo ngày tiếp nhận</td></tr>`;
    const e = only(`${PERIOD}<table><tbody>${rows}</tbody></table>`);
    expect(e?.fields).toMatchObject({ receivedNew: 1046, receivedOnline: 874, receivedDirect: 158 });
  });

  it('a card whose line of parts stands above a link ("Xem danh sách ›") gives the parts', () => {
    const card = (value: string, label: string, parts: string) => `<div class="box"><div>${value}</div><div>${label}</div><div>${parts}</div><a href="#">Xem danh sách ›</a></div>`;
    const page = `<h1>Thống kê tổng hợp</h1>${PERIOD}${card('795', 'Hồ sơ tiếp nhận mới trong kỳ', 'Trực tuyến 640 · Trực tiếp 150 · Qua BCCI 5')}${card('790', 'Hồ sơ đã giải quyết', 'Trước hạn 700 · Đúng hạn 85 · Quá hạn 5')}`;
    const [e] = extractPage(htmlDoc(page), OPTS).extractions;
    expect(e?.fields).toMatchObject({ receivedNew: 795, receivedOnline: 640, receivedDirect: 150, receivedPostal: 5, resolvedEarly: 700, resolvedOnTime: 85, resolvedLate: 5 });
  });

  it('a grid in a dialog titled for another unit ("Chi tiết đơn vị: xã An Lão") is that unit’s, not read', () => {
    const main = '<table><thead><tr><th>Đơn vị</th><th>Tiếp nhận</th><th>Đã giải quyết</th></tr></thead><tbody><tr><td>Xã Bình Giang</td><td>795</td><td>790</td></tr><tr><td>Xã An Lão</td><td>512</td><td>500</td></tr></tbody></table>';
    const dialog = '<div role="dialog" aria-modal="true" aria-label="Chi tiết đơn vị: xã An Lão"><table><tbody><tr><th>Kỳ trước chuyển sang</th><td>163</td><th>Tiếp nhận mới</th><td>512</td></tr><tr><th>Trực tuyến</th><td>400</td><th>Trực tiếp</th><td>112</td></tr></tbody></table></div>';
    const { extractions } = read(`${PERIOD}${main}${dialog}`);
    expect(extractions).toHaveLength(1);
    expect(extractions[0]?.fields).toEqual({ receivedNew: 795, resolvedTotal: 790 });
  });

  it('a commune’s own row of a catalogue by unit gives the commune level’s count, not the province’s total', () => {
    const head = '<thead><tr><th>Đơn vị</th><th>Tổng số TTHC</th><th>DVC trực tuyến toàn trình</th><th>DVC trực tuyến một phần</th></tr></thead>';
    const rows = '<tr><td>UBND xã An Lão</td><td>352</td><td>148</td><td>161</td></tr><tr><td>UBND xã Bình Giang</td><td>350</td><td>146</td><td>160</td></tr>';
    const e = only(`${PERIOD}<table>${head}<tbody>${rows}</tbody></table>`);
    expect(e?.fields).toEqual({ tthcCommune: 350, tthcFull: 146, tthcPartial: 160 });
  });

  it('the national catalogue of every province gives the clerk’s province’s row, its levels and its commune level’s online services', () => {
    const head = '<thead><tr><th>Tên</th><th>Số TTHC</th><th>Số TTHC đủ điều kiện cung cấp DVC toàn trình</th><th>Số TTHC đã cung cấp DVC trực tuyến toàn trình</th><th>Số TTHC đã cung cấp DVC trực tuyến một phần</th></tr></thead>';
    const rows = `<tr><td>▶ Thành phố Hà Nội</td><td>2 236</td><td>1 198</td><td>1 163</td><td>842</td></tr>
      <tr><td>▼ Thành phố Hải Phòng</td><td>2 045</td><td>1 090</td><td>1 052</td><td>760</td></tr><tr><td>– Cấp thành phố</td><td>1 680</td><td>956</td><td>924</td><td>589</td></tr><tr><td>– Cấp xã</td><td>365</td><td>134</td><td>128</td><td>171</td></tr>
      <tr><td>▼ Tỉnh Cà Mau</td><td>1 951</td><td>1 049</td><td>1 012</td><td>702</td></tr><tr><td>– Cấp tỉnh</td><td>1 597</td><td>921</td><td>890</td><td>535</td></tr><tr><td>– Cấp xã</td><td>354</td><td>128</td><td>122</td><td>167</td></tr>`;
    const e = only(`<p>Số liệu cập nhật đến ngày 14/02/2026</p><table>${head}<tbody>${rows}</tbody></table>`);
    expect(e?.fields).toEqual({ tthcTotal: 2045, tthcProvincial: 1680, tthcCommune: 365, tthcFull: 128, tthcPartial: 171 });
  });

  it('one page of a paged table is not checked against its total row; a table shown whole still is', () => {
    const head = '<thead><tr><th>Thủ tục</th><th>Tiếp nhận</th><th>Đã giải quyết</th></tr></thead>';
    const rows = '<tr><td>Đăng ký khai sinh</td><td>300</td><td>298</td></tr><tr><td>Chứng thực</td><td>200</td><td>199</td></tr><tr><td>Tổng cộng</td><td>795</td><td>790</td></tr>';
    const page = (pager: string) => only(`${PERIOD}<div><table>${head}<tbody>${rows}</tbody></table></div><div>${pager}</div>`);
    const paged = page('Hiển thị 1 - 2 của 47 thủ tục');
    expect(paged?.fields).toEqual({ receivedNew: 795, resolvedTotal: 790 });
    expect(paged?.warnings.join(' ')).not.toContain('cộng các dòng');
    expect(page('Hiển thị 1 - 2 của 2 thủ tục')?.warnings.join(' ')).toContain('cộng các dòng');
  });
});
