/**
 * Shapes met on the tenth round of pages modelled on real systems by helpers who had not seen the extraction code:
 * report forms shown in the browser, more design systems (Fluent UI, Clarity, Carbon, BootstrapVue, PrimeVue,
 * DevExtreme PivotGrid), spans and scopes mixed on one page, and Hải Phòng's own systems.
 */
import { describe, expect, it } from 'vitest';
import { extractPage } from '@/utils/extract';
import { parseDate } from '@/utils/extract/period';
import { htmlDoc } from './dom';
import { only, OPTS, PERIOD, read } from './statistics-page';

describe('pages of real systems, tenth round', () => {
  it('a group header row placed by aria-colindex with spans and no cell over the expander column keeps its groups over their columns', () => {
    const group = (col: number, span: number, text: string) => `<div role="columnheader" aria-colindex="${col}" aria-colspan="${span}">${text}</div>`;
    const head = (col: number, text: string) => `<div role="columnheader" aria-colindex="${col}">${text}</div>`;
    const cell = (col: number, text: string) => `<div role="gridcell" aria-colindex="${col}">${text}</div>`;
    const grid = `<div role="grid" aria-colcount="6">
      <div role="row" aria-rowindex="1">${head(2, '&nbsp;')}${group(3, 2, 'Số hồ sơ đã giải quyết')}${group(5, 2, 'Số hồ sơ đang giải quyết')}</div>
      <div role="row" aria-rowindex="2"><div role="presentation"></div>${head(2, 'Lĩnh vực')}${head(3, 'Đúng hạn')}${head(4, 'Quá hạn')}${head(5, 'Trong hạn')}${head(6, 'Quá hạn')}</div>
      <div role="row" aria-rowindex="3">${cell(1, '')}${cell(2, 'Hộ tịch')}${cell(3, '500')}${cell(4, '2')}${cell(5, '6')}${cell(6, '1')}</div>
      <div role="row" aria-rowindex="4">${cell(1, '')}${cell(2, 'Tổng cộng')}${cell(3, '785')}${cell(4, '5')}${cell(5, '19')}${cell(6, '2')}</div></div>`;
    const e = only(`${PERIOD}${grid}`);
    expect(e?.fields).toMatchObject({ resolvedEarlyOrOnTime: 785, resolvedLate: 5, inProgressWithin: 19, inProgressOverdue: 2 });
  });

  it('the commune’s centre among its own reception points is one point: their total row, else their sum, is the commune’s', () => {
    const head = '<thead><tr><th>STT</th><th>Điểm tiếp nhận</th><th>Tiếp nhận</th><th>Đã giải quyết</th></tr></thead>';
    const rows = '<tr><td>1</td><td>Trung tâm Phục vụ hành chính công xã Bình Giang</td><td>500</td><td>495</td></tr><tr><td>2</td><td>Điểm tiếp nhận số 1 (thôn Đông)</td><td>200</td><td>198</td></tr><tr><td>3</td><td>Điểm tiếp nhận số 2 (thôn Tây)</td><td>95</td><td>97</td></tr>';
    const summed = only(`${PERIOD}<table>${head}<tbody>${rows}</tbody></table>`);
    expect(summed?.rowChoice).toBe('sum');
    expect(summed?.fields).toEqual({ receivedNew: 795, resolvedTotal: 790 });
    const total = only(`${PERIOD}<table>${head}<tbody>${rows}<tr><td></td><td>Tổng cộng</td><td>795</td><td>790</td></tr></tbody></table>`);
    expect(total?.rowChoice).toBe('total');
    expect(total?.fields).toEqual({ receivedNew: 795, resolvedTotal: 790 });
    // A table of the communes' centres: the clerk's centre is the clerk's commune.
    const centres = '<tr><td>1</td><td>Trung tâm Phục vụ hành chính công xã Bình Giang</td><td>795</td><td>790</td></tr><tr><td>2</td><td>Trung tâm Phục vụ hành chính công xã An Lão</td><td>512</td><td>500</td></tr>';
    expect(read(`${PERIOD}<table>${head}<tbody>${centres}</tbody></table>`).extractions.find((e) => e.rowChoice === 'unit')?.fields).toEqual({ receivedNew: 795, resolvedTotal: 790 });
  });

  it('a date picker’s value carrying its time of day is still its day', () => {
    expect(parseDate('01/09/2026 00:00')).toBe('2026-09-01');
    expect(parseDate('30/09/2026 23:59:59')).toBe('2026-09-30');
    const boxes = '<label>Từ ngày <input value="01/01/2026 00:00"></label><label>Đến ngày <input value="31/01/2026 23:59"></label>';
    const e = only(`${boxes}<table><thead><tr><th>Chỉ tiêu</th><th>Tiếp nhận</th></tr></thead><tbody><tr><td>Tổng cộng</td><td>795</td></tr></tbody></table>`);
    expect(e?.period).toEqual({ from: '2026-01-01', to: '2026-01-31' });
  });

  it('a figure split by a qualifier and its opposite ("Đã có thư xin lỗi │ Chưa có thư xin lỗi") adds its halves', () => {
    const head = (halves: string) => `<thead><tr><th rowspan="3">Đơn vị</th><th colspan="3">Số hồ sơ đã giải quyết</th><th colspan="2">Số hồ sơ đang giải quyết</th></tr>
      <tr><th rowspan="2">Tổng số</th><th colspan="2">Quá hạn</th><th rowspan="2">Tổng số</th><th rowspan="2">Chưa đến hạn</th></tr><tr>${halves}</tr></thead>`;
    const row = '<tbody><tr><td>UBND xã Bình Giang</td><td>790</td><td>3</td><td>1</td><td>5</td><td>4</td></tr></tbody>';
    const both = only(`${PERIOD}<table>${head('<th>Đã có thư xin lỗi</th><th>Chưa có thư xin lỗi</th>')}${row}</table>`);
    expect(both?.fields).toMatchObject({ resolvedTotal: 790, resolvedLate: 4, inProgressTotal: 5, inProgressWithin: 4 });
  });

  it('a page filtered to one procedure or one field of work (a removable chip, a select) is refused; a dossier card naming its procedure is not a filter', () => {
    const table = '<table><thead><tr><th>Hình thức</th><th>Tiếp nhận</th><th>Đã giải quyết</th></tr></thead><tbody><tr><td>Tổng cộng</td><td>249</td><td>247</td></tr></tbody></table>';
    const chip = read(`${PERIOD}<div><span>Thủ tục: 1.001193 — Thủ tục đăng ký khai sinh</span><button aria-label="Xóa bộ lọc">×</button></div>${table}`);
    expect(chip.extractions).toEqual([]);
    expect(chip.problem).toContain('lọc');
    const select = (chosen: string) => `<label for="lv">Lĩnh vực</label><select id="lv"><option>-- Tất cả lĩnh vực --</option><option ${chosen === 'Hộ tịch' ? 'selected' : ''}>Hộ tịch</option></select>`;
    expect(read(`${PERIOD}${select('Hộ tịch')}${table}`).extractions).toEqual([]);
    expect(read(`${PERIOD}${select('')}${table}`).extractions).toHaveLength(1);
    expect(read(`${PERIOD}<div><span>Thủ tục: Đăng ký khai sinh</span><span>Ngày nhận: 12/01/2026</span></div>${table}`).extractions).toHaveLength(1);
  });

  it('a heading whose lines are split at <br> names the clerk’s unit on its first line, not "BÌNH GIANGThống kê"', () => {
    const table = '<table><thead><tr><th>Lĩnh vực</th><th>Tiếp nhận</th></tr></thead><tbody><tr><td>Tổng cộng</td><td>795</td></tr></tbody></table>';
    const { extractions, problem } = read(`<h3>KẾT QUẢ GIẢI QUYẾT HỒ SƠ CỦA UBND XÃ BÌNH GIANG<br><span>Thống kê từ ngày 15/01/2026 đến ngày 14/02/2026</span></h3>${table}`);
    expect(problem).toBeUndefined();
    expect(extractions).toHaveLength(1);
  });

  it('on the feedback system’s page, "Đã xử lý › Đúng hạn" and "Tiếp nhận" are the feedback’s, never dossiers', () => {
    const head = '<thead><tr><th rowspan="2">Lĩnh vực</th><th rowspan="2">Tiếp nhận</th><th colspan="2">Đã xử lý</th><th rowspan="2">Đang xử lý</th></tr><tr><th>Đúng hạn</th><th>Quá hạn</th></tr></thead>';
    const page = `<title>Thống kê phản ánh, kiến nghị - Hệ thống tiếp nhận, xử lý phản ánh, kiến nghị</title>${PERIOD}<table>${head}<tbody><tr><td>Tổng cộng</td><td>7</td><td>5</td><td>1</td><td>1</td></tr></tbody></table>`;
    const [e] = extractPage(htmlDoc(page), OPTS).extractions;
    expect(e?.fields).toEqual({ paknReceived: 7 });
  });

  it('a value column naming the period by its days ("Kỳ đang xem 15/01/2026 – 14/02/2026") or as the quarter’s total ("Cộng Quý I") is the period’s', () => {
    const rows = '<tbody><tr><td>Số hồ sơ mới tiếp nhận</td><td>795</td><td>702</td></tr><tr><td>Số hồ sơ đã giải quyết</td><td>790</td><td>699</td></tr></tbody>';
    const byDays = only(`${PERIOD}<table><thead><tr><th>Chỉ tiêu</th><th>Kỳ liền trước 15/12/2025 – 14/01/2026</th><th>Kỳ đang xem 15/01/2026 – 14/02/2026</th></tr></thead>${rows.replace(/<td>(\d+)<\/td><td>(\d+)<\/td>/g, '<td>$2</td><td>$1</td>')}</table>`);
    expect(byDays?.fields).toEqual({ receivedNew: 795, resolvedTotal: 790 });
    const quarter = '<p>Kỳ báo cáo: từ ngày 15/12/2025 đến ngày 14/03/2026</p>';
    const months = '<thead><tr><th>Chỉ tiêu</th><th>Tháng 1</th><th>Tháng 2</th><th>Tháng 3</th><th>Cộng Quý I</th><th>Lũy kế từ đầu năm</th></tr></thead>';
    const qRows = '<tbody><tr><td>Số hồ sơ mới tiếp nhận</td><td>260</td><td>240</td><td>295</td><td>795</td><td>795</td></tr><tr><td>Số hồ sơ đã giải quyết</td><td>258</td><td>240</td><td>292</td><td>790</td><td>790</td></tr></tbody>';
    expect(only(`${quarter}<table>${months}${qRows}</table>`)?.fields).toEqual({ receivedNew: 795, resolvedTotal: 790 });
  });

  it('catalogue headings: "Cung cấp DVC trực tuyến toàn trình" is provided online; "Phát sinh hồ sơ › Số thủ tục" counts no catalogue', () => {
    const head = `<thead><tr><th rowspan="2">Cấp thực hiện</th><th rowspan="2">Tổng số TTHC</th><th colspan="2">Trong đó</th><th colspan="1">Phát sinh hồ sơ</th></tr>
      <tr><th>Cung cấp DVC trực tuyến toàn trình</th><th>Cung cấp DVC trực tuyến một phần</th><th>Số thủ tục</th></tr></thead>`;
    const rows = '<tr><td>Cấp thành phố</td><td>1.889</td><td>702</td><td>811</td><td>300</td></tr><tr><td>Cấp xã</td><td>381</td><td>163</td><td>218</td><td>90</td></tr><tr><td>Tổng cộng</td><td>2.270</td><td>865</td><td>1.029</td><td>390</td></tr>';
    const e = only(`${PERIOD}<table>${head}<tbody>${rows}</tbody></table>`);
    expect(e?.fields).toEqual({ tthcTotal: 2270, tthcProvincial: 1889, tthcCommune: 381, tthcFull: 163, tthcPartial: 218 });
  });

  it('under "Số hóa hồ sơ, kết quả", "HS được số hóa" is the dossiers digitised; under "Dịch vụ công trực tuyến", "Tiếp nhận trực tuyến" is received online', () => {
    const head = `<thead><tr><th rowspan="2">Đơn vị</th><th colspan="2">Dịch vụ công trực tuyến</th><th colspan="2">Số hóa hồ sơ, kết quả</th></tr>
      <tr><th>Hồ sơ tiếp nhận trong kỳ</th><th>Tiếp nhận trực tuyến</th><th>HS được số hóa</th><th>Tỷ lệ số hóa kết quả (%)</th></tr></thead>`;
    const e = only(`${PERIOD}<table>${head}<tbody><tr><td>xã Bình Giang</td><td>812</td><td>701</td><td>776</td><td>91,20</td></tr></tbody></table>`);
    expect(e?.fields).toMatchObject({ receivedNew: 812, receivedOnline: 701, digitized: 776, rateEResult: 91.2 });
    expect(e?.fields.eResult).toBeUndefined();
  });

  it('an ARIA grid holding a detail pane’s table is still read as a grid, and the pane as a table', () => {
    const cell = (text: string) => `<div role="gridcell">${text}</div>`;
    const row = (cells: string[]) => `<div role="row">${cells.map(cell).join('')}</div>`;
    const grid = `<div role="grid"><div role="rowgroup"><div role="row"><div role="columnheader">Đơn vị</div><div role="columnheader">Tiếp nhận</div><div role="columnheader">Đã giải quyết</div></div></div>
      <div role="rowgroup">${row(['Xã An Lão', '512', '500'])}${row(['Xã Bình Giang', '795', '790'])}</div>
      <div><table><thead><tr><th>Chỉ tiêu</th><th>Kỳ đang xem</th></tr></thead><tbody><tr><td>Tỷ lệ giải quyết trước hạn, đúng hạn</td><td>98,55%</td></tr></tbody></table></div></div>`;
    const { extractions } = read(`${PERIOD}${grid}`);
    expect(extractions.find((e) => e.rowChoice === 'unit')?.fields).toEqual({ receivedNew: 795, resolvedTotal: 790 });
  });

  it('a chart’s data by month written "1" … "12" under "Tháng" is periods, never added up as the page’s', () => {
    const rows = Array.from({ length: 12 }, (_, i) => `<tr><td>${i + 1}</td><td>${i < 6 ? 90 + i : 0}</td><td>${i < 6 ? 250 + i : 0}</td></tr>`).join('');
    const chart = `<table><caption>Số liệu biểu đồ theo tháng dương lịch năm 2026</caption><thead><tr><th>Tháng</th><th>Hồ sơ nộp trực tiếp</th><th>Hồ sơ nộp trực tuyến</th></tr></thead><tbody>${rows}</tbody></table>`;
    const { extractions } = read(`${PERIOD}${chart}`);
    expect(extractions).toEqual([]);
  });

  it('a spreadsheet shown as a page (column letters over it, row numbers beside it) is read by its own cells; merged-away cells take no place', () => {
    const letters = '<thead><tr><th></th><th>A</th><th>B</th><th>C</th><th>D</th></tr></thead>';
    const row = (n: number, cells: string) => `<tr><th>${n}</th>${cells}</tr>`;
    const body = [
      row(1, '<td colspan="4">KẾT QUẢ GIẢI QUYẾT TTHC – THÁNG 02/2026 (từ ngày 15/01/2026 đến ngày 14/02/2026)</td><td style="display: none"></td><td style="display: none"></td><td style="display: none"></td>'),
      row(2, '<td><b>Đơn vị</b></td><td><b>Tiếp nhận</b></td><td><b>Đã giải quyết</b></td><td><b>Đang giải quyết</b></td>'),
      row(3, '<td>xã An Lão</td><td>512</td><td>500</td><td>12</td>'),
      row(4, '<td>xã Bình Giang</td><td>795</td><td>790</td><td>5</td>'),
    ].join('');
    const { extractions } = read(`<table>${letters}<tbody>${body}</tbody></table>`);
    const e = extractions.find((x) => x.rowChoice === 'unit');
    expect(e?.fields).toMatchObject({ receivedNew: 795, resolvedTotal: 790, inProgressTotal: 5 });
    expect(e?.period).toEqual({ from: '2026-01-15', to: '2026-02-14' });
  });

  it('a pivot grid laid out as four tables (field names, column headers, row headers, figures) is one grid, rows lined up by position', () => {
    const corner = '<table><tr><td>Cấp thực hiện</td><td>Đơn vị</td></tr></table>';
    const columns = '<table><thead><tr><td colspan="3">Tổng cộng</td></tr><tr><td>Tiếp nhận mới</td><td>Đã giải quyết</td><td>Đang giải quyết</td></tr></thead></table>';
    const names = '<table><tbody><tr><td rowspan="2">Cấp xã</td><td>Xã An Lão</td></tr><tr><td>Xã Bình Giang</td></tr><tr><td colspan="2">Cấp xã Tổng</td></tr></tbody></table>';
    const figures = '<table><tbody><tr><td>512</td><td>500</td><td>12</td></tr><tr><td>795</td><td>790</td><td>5</td></tr><tr><td>1.307</td><td>1.290</td><td>17</td></tr></tbody></table>';
    const layout = `<table><tr><td rowspan="2"><div>${corner}</div></td><td></td></tr><tr><td><div>${columns}</div></td></tr><tr><td><div>${names}</div></td><td><div>${figures}</div></td></tr></table>`;
    const { extractions } = read(`${PERIOD}${layout}`);
    expect(extractions.find((e) => e.rowChoice === 'unit')?.fields).toEqual({ receivedNew: 795, resolvedTotal: 790, inProgressTotal: 5 });
  });
});
