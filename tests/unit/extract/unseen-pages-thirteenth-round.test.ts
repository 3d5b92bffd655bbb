/**
 * Shapes met on the thirteenth round of pages modelled on real systems by helpers who had not seen the extraction
 * code: provinces after the 2025 mergers, tables that are not <table>, the month beside comparisons, and one unit's
 * page of the national service index (Bộ chỉ số 766).
 */
import { describe, expect, it } from 'vitest';
import { only, PERIOD, read } from './statistics-page';

const FIGURES = `<table><thead><tr><th>Chỉ tiêu</th><th>Số hồ sơ</th></tr></thead><tbody>
  <tr><td>Tổng số hồ sơ tiếp nhận</td><td>1,047</td></tr><tr><td>Số hồ sơ đã giải quyết</td><td>951</td></tr></tbody></table>`;

describe('pages of real systems, thirteenth round', () => {
  it('a province chosen in the page’s selector ("Tỉnh/Thành phố: Tỉnh Phú Thọ") is the page’s province: a namesake commune elsewhere is not the clerk’s', () => {
    const picker = (province: string) => `<div><label>Tỉnh/Thành phố</label><div role="combobox" aria-expanded="false">${province}</div></div>
      <div><label>Xã/Phường/Đặc khu</label><div role="combobox" aria-expanded="false">Xã Bình Giang</div></div>`;
    const { extractions, problem } = read(`${picker('Tỉnh Phú Thọ')}${PERIOD}${FIGURES}`);
    expect(extractions).toEqual([]);
    expect(problem).toContain('«Tỉnh Phú Thọ», không phải của «thành phố Hải Phòng»');
    // The clerk's own province chosen, or a native list of provinces set to it: read.
    expect(only(`${picker('Thành phố Hải Phòng')}${PERIOD}${FIGURES}`)?.fields).toMatchObject({ receivedNew: 1047, resolvedTotal: 951 });
    const select = `<label for="t">Tỉnh/Thành phố</label><select id="t"><option>Tỉnh Phú Thọ</option><option selected>Thành phố Hải Phòng</option></select>`;
    expect(only(`${select}${PERIOD}${FIGURES}`)?.fields.resolvedTotal).toBe(951);
  });

  it('a table whose lines say it covers the province ("Phạm vi: … trên địa bàn tỉnh") is the province’s, the unit selector notwithstanding', () => {
    const scope = '<div>Phạm vi: tất cả sở, ban, ngành và 95 xã, phường trên địa bàn tỉnh</div>';
    const { extractions, problem } = read(`${PERIOD}${scope}${FIGURES}`);
    expect(extractions).toEqual([]);
    expect(problem).toContain('không có dòng riêng của «xã Bình Giang»');
    // "trên địa bàn xã" is the commune's own wording (the seed report's).
    expect(only(`${PERIOD}<div>Số liệu trên địa bàn xã</div>${FIGURES}`)?.fields.receivedNew).toBe(1047);
  });

  it('one channel’s on-time rate ("Tỷ lệ hồ sơ trực tuyến giải quyết đúng hạn") is not the unit’s, nor is its base the resolved dossiers', () => {
    const table = `<table><thead><tr><th>Mã</th><th>Chỉ tiêu</th><th>Tử số</th><th>Mẫu số</th><th>Tỷ lệ</th></tr></thead><tbody>
      <tr><td>3.3</td><td>Tỷ lệ hồ sơ nộp trực tuyến</td><td>268</td><td>412</td><td>64,10%</td></tr>
      <tr><td>3.4</td><td>Tỷ lệ hồ sơ trực tuyến giải quyết đúng hạn</td><td>264</td><td>268</td><td>98,51%</td></tr></tbody></table>`;
    const e = only(`${PERIOD}${table}`);
    expect(e?.fields).toMatchObject({ rateOnline: 64.1, receivedOnline: 268, receivedNew: 412 });
    expect(e?.fields.rateOnTime).toBeUndefined();
    expect(e?.fields.resolvedTotal).toBeUndefined();
    // The same words the other way round.
    const flat = `<table><thead><tr><th>Đơn vị</th><th>Tỷ lệ giải quyết đúng hạn hồ sơ trực tuyến (%)</th><th>Đã giải quyết</th></tr></thead>
      <tbody><tr><td>UBND xã Bình Giang</td><td>98,5</td><td>790</td></tr></tbody></table>`;
    expect(only(`${PERIOD}${flat}`)?.fields.rateOnTime).toBeUndefined();
  });

  it('a unit’s code after its name ("UBND phường An Nhơn Nam [50717009]") is no part of the name; "Phường 12" keeps its number', () => {
    const row = (name: string, a: string, b: string) => `<tr><td>${name}</td><td>${a}</td><td>${b}</td></tr>`;
    const table = `<table><thead><tr><th>Đơn vị</th><th>Đã tiếp nhận</th><th>Đã xử lý</th></tr></thead><tbody>
      ${row('UBND phường An Nhơn [50717007]', '731', '737')}${row('UBND xã Bình Giang [31545]', '642', '634')}${row('UBND xã Bình Giang Đông [31546]', '415', '419')}
      ${row('Tổng cộng', '1.788', '1.790')}</tbody></table>`;
    const e = only(`${PERIOD}${table}`);
    expect(e?.rowChoice).toBe('unit');
    expect(e?.fields).toMatchObject({ receivedNew: 642, resolvedTotal: 634 });
    const wards = `<table><thead><tr><th>Đơn vị</th><th>Đã tiếp nhận</th></tr></thead><tbody>${row('Phường 12 - 26734', '50', '')}${row('Phường 2', '70', '')}</tbody></table>`;
    expect(only(`${PERIOD}${wards}`, { unitName: 'Phường 12', cityName: 'Thành phố Hồ Chí Minh', cutoffDay: 15 })?.fields.receivedNew).toBe(50);
  });

  it('figures as rows with a year-to-date group and the month’s group of result, target, ratio, last month, difference: the month’s result', () => {
    const head = `<tr><th rowspan="2">Chỉ tiêu</th><th colspan="3">LŨY KẾ TỪ ĐẦU NĂM (15/12/2025 - 14/02/2026)</th><th colspan="5">THỰC HIỆN THÁNG 02/2026</th></tr>
      <tr><th>Kế hoạch năm</th><th>Thực hiện</th><th>%TH/KH</th><th>Chỉ tiêu tháng</th><th>Thực hiện</th><th>%TH/CT</th><th>Thực hiện tháng trước</th><th>Chênh lệch (so với tháng trước)</th></tr>`;
    const row = (label: string, ...cells: string[]) => `<tr><td>${label}</td>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
    const body = [
      row('Hồ sơ mới tiếp nhận trong kỳ', '-', '1,534', '-', '-', '412', '-', '376', '+36'),
      row('Hồ sơ đã giải quyết', '-', '1,517', '-', '-', '401', '-', '360', '+41'),
      row('Hồ sơ có nghĩa vụ tài chính', '-', '268', '-', '-', '73', '-', '66', '+7'),
      row('Hồ sơ tạm dừng, chờ bổ sung', '-', '20', '-', '-', '4', '-', '3', '+1'),
      row('Tỷ lệ tiếp nhận trực tuyến (%)', '80', '73.08', '91.35%', '80', '77.18', '96.48%', '74.73', '+2.45'),
    ].join('');
    const e = only(`${PERIOD}<table><thead>${head}</thead><tbody>${body}</tbody></table>`);
    expect(e?.fields).toEqual({ receivedNew: 412, resolvedTotal: 401, feeDossiers: 73, suspended: 4, rateOnline: 77.18 });
  });

  it('a table assigning targets ("Bảng giao chỉ tiêu … năm 2026") is a plan: its last year’s column is never stored', () => {
    const table = (title: string) => `<table><caption>${title}</caption><thead><tr><th>Chỉ tiêu</th><th>Thực hiện năm 2025</th><th>Chỉ tiêu năm 2026</th></tr></thead><tbody>
      <tr><td>Tỷ lệ hồ sơ giải quyết trước hạn, đúng hạn</td><td>97,8</td><td>≥ 98</td></tr><tr><td>Tỷ lệ hồ sơ tiếp nhận trực tuyến</td><td>61,2</td><td>≥ 80</td></tr></tbody></table>`;
    const { extractions, problem } = read(`${PERIOD}${table('BẢNG GIAO CHỈ TIÊU CẢI CÁCH HÀNH CHÍNH NĂM 2026')}`);
    expect(extractions).toEqual([]);
    expect(problem).toContain('bảng giao chỉ tiêu');
    // Untitled, on a page of February 2026: last year's column is not this period's either.
    expect(read(`${PERIOD}${table('')}`).extractions).toEqual([]);
  });

  it('cards in a list: a card’s nested list gives its parts; a number drawn in pieces ("87" ",77" "%") is read whole', () => {
    const item = (label: string, value: string, parts: [string, string][]) =>
      `<li><div><span>${label}</span><span>${value}</span></div><ul>${parts.map(([l, v]) => `<li><span>${l}</span><span>${v}</span></li>`).join('')}</ul></li>`;
    const list = `<ul>${item('Tiếp nhận mới trong kỳ', '1 284', [['Trực tuyến', '1 127'], ['Trực tiếp', '141'], ['Qua dịch vụ BCCI', '16']])}
      ${item('Đã giải quyết', '1 241', [['Trước hạn', '1 006'], ['Đúng hạn', '219'], ['Trễ hạn', '16']])}
      ${item('Đang giải quyết', '61', [['Trong hạn', '58'], ['Quá hạn', '3']])}</ul>`;
    const card = `<div class="card"><h3>Tỷ lệ hồ sơ tiếp nhận trực tuyến</h3><div><span>87</span><span>,77</span><span>%</span></div><div>Chỉ tiêu: ≥ 80%</div></div>`;
    const e = only(`${PERIOD}${list}${card}`);
    expect(e?.fields).toMatchObject({ receivedOnline: 1127, receivedDirect: 141, receivedPostal: 16, resolvedLate: 16, inProgressWithin: 58, inProgressOverdue: 3, rateOnline: 87.77 });
    expect(Object.values(e?.fields ?? {})).not.toContain(87);
  });

  it('a unit’s index page, "Số lượng đạt │ Tổng số │ Tỷ lệ" under the period beside "Kỳ trước liền kề": counts of rates one count makes, never the on-time rate’s', () => {
    const boxes = '<label for="f">Từ ngày</label><input id="f" value="15/01/2026"><label for="t">Đến ngày</label><input id="t" value="14/02/2026">';
    const earlier = '<div>Kỳ trước liền kề (15/10/2025 – 14/01/2026)</div><div>93.61</div>';
    const head = `<tr><th rowspan="2">Chỉ số thành phần</th><th colspan="4">Kỳ đánh giá (15/01/2026 – 14/02/2026)</th><th colspan="2">Kỳ trước liền kề</th></tr>
      <tr><th>Số lượng đạt</th><th>Tổng số</th><th>Tỷ lệ (%)</th><th>Điểm</th><th>Tỷ lệ (%)</th><th>Điểm</th></tr>`;
    const rows = `<tr><td>Tỷ lệ hồ sơ xử lý trước hạn, đúng hạn (đã và đang xử lý / tiếp nhận, xử lý trong kỳ)</td><td>1,355</td><td>1,365</td><td>99.27</td><td>19.85</td><td>98.64</td><td>19.73</td></tr>
      <tr><td>Tỷ lệ hồ sơ TTHC nộp trực tuyến</td><td>874</td><td>1,336</td><td>65.42</td><td>-</td><td>61.17</td><td>-</td></tr>
      <tr><td>Tỷ lệ hồ sơ thanh toán trực tuyến</td><td>402</td><td>517</td><td>77.76</td><td>4.67</td><td>70.02</td><td>4.20</td></tr>`;
    const e = only(`${boxes}${earlier}<table><thead>${head}</thead><tbody>${rows}</tbody></table>`);
    expect(e?.fields).toMatchObject({ receivedOnline: 874, receivedNew: 1336, rateOnline: 65.42, paidOnline: 402, feeDossiers: 517, ratePayment: 77.76 });
    // The index's on-time rate divides by every dossier handled: neither its counts nor a resolved total are read.
    expect(e?.fields.resolvedTotal).toBeUndefined();
    expect(Object.values(e?.fields ?? {})).not.toContain(1355);
    // The earlier period's days on the page are that period's, not a sign that the boxes were changed.
    expect(e?.warnings.join(' ')).not.toContain('Trang còn ghi kỳ');
    // The index's own name, "xử lý", says the same without the brackets.
    const bare = rows.replace(/ \(đã và đang xử lý[^)]*\)/, '');
    expect(only(`${boxes}<table><thead>${head}</thead><tbody>${bare}</tbody></table>`)?.fields.resolvedTotal).toBeUndefined();
    // Worded as ours ("giải quyết", or a base said to be the resolved), its base is the resolved total; its numerator
    // is never split.
    for (const words of ['Tỷ lệ hồ sơ giải quyết trước hạn, đúng hạn', 'Tỷ lệ hồ sơ xử lý trước hạn, đúng hạn. Mẫu số: Tổng số hồ sơ đã giải quyết trong kỳ']) {
      const ours = only(`${boxes}<table><thead>${head}</thead><tbody>${bare.replace('Tỷ lệ hồ sơ xử lý trước hạn, đúng hạn', words)}</tbody></table>`);
      expect(ours?.fields.resolvedTotal).toBe(1365);
      expect(ours?.fields.resolvedEarlyOrOnTime).toBeUndefined();
    }
  });

  it('a month picked beside "Tính đến … ngày 30/11/2025" is the calendar month the page says its figures run to', () => {
    const pickers = `<div><label for="m">Tháng</label><select id="m" name="thang"><option value="10">10</option><option value="11" selected>11</option></select></div>
      <div><label for="y">Năm</label><select id="y" name="nam"><option value="2024">2024</option><option value="2025" selected>2025</option></select></div>`;
    const table = `<table><thead><tr><th>Đơn vị</th><th>Đã tiếp nhận</th><th>Đã xử lý</th></tr></thead><tbody><tr><td>UBND xã Bình Giang</td><td>642</td><td>634</td></tr></tbody></table>`;
    const asOf = (day: string) => `<h2>THỐNG KÊ TÌNH HÌNH XỬ LÝ HỒ SƠ</h2><p>(Tính đến 23 giờ 59 phút ngày ${day})</p>`;
    const calendar = only(`${pickers}${asOf('30/11/2025')}${table}`);
    expect(calendar?.period).toEqual({ from: '2025-11-01', to: '2025-11-30' });
    expect(calendar?.warnings.join(' ')).not.toContain('hiểu là kỳ báo cáo');
    // Running to the 14th, or with no such line: the reporting month, said.
    expect(only(`${pickers}${asOf('14/11/2025')}${table}`)?.period).toEqual({ from: '2025-10-15', to: '2025-11-14' });
    const plain = only(`${pickers}${table}`);
    expect(plain?.period).toEqual({ from: '2025-10-15', to: '2025-11-14' });
    expect(plain?.warnings.join(' ')).toContain('hiểu là kỳ báo cáo');
  });
});
