/**
 * Shapes met on the nineteenth round of pages modelled on real systems by helpers who had not seen the extraction
 * code: the national service index for one unit, longer periods, units after the 2025 merger, older systems.
 */
import { describe, expect, it } from 'vitest';
import { only, PERIOD, read } from './statistics-page';

const FIGURES = `<table><thead><tr><th>Chỉ tiêu</th><th>Số hồ sơ</th></tr></thead><tbody>
  <tr><td>Tổng số hồ sơ tiếp nhận</td><td>2.441</td></tr><tr><td>Số hồ sơ đã giải quyết</td><td>2.360</td></tr></tbody></table>`;

/** An antd-style custom list: a combobox input over the choice it shows. */
const customList = (label: string, id: string, shown: string, placeholder = false) =>
  `<div><label for="${id}">${label}</label><div class="select"><span><input role="combobox" id="${id}" value="" readonly></span>
   <span class="${placeholder ? 'placeholder' : 'item'}">${shown}</span></div></div>`;

describe('pages of real systems, nineteenth round', () => {
  it('a period chosen in custom lists ("Theo quý", "Quý 4") and a year box ("2025") is that quarter; a month list at its placeholder chooses nothing', () => {
    const pickers = `${customList('Thời gian thống kê', 'kieu', 'Theo quý')}${customList('Tháng', 'thang', 'Chọn tháng', true)}${customList('Quý', 'quy', 'Quý 4')}
      <div><label for="nam">Năm</label><input id="nam" value="2025" readonly></div>`;
    const calendar = { unitName: 'xã Bình Giang', cityName: 'thành phố Hải Phòng', cutoffDay: 1 };
    expect(only(`${pickers}${FIGURES}`, calendar)?.period).toEqual({ from: '2025-10-01', to: '2025-12-31' });
    // A month chosen the same way is that month (the reporting month of the clerk's cut-off day).
    const month = `${customList('Tháng', 'thang', 'Tháng 11')}<div><label for="nam">Năm</label><input id="nam" value="2025" readonly></div>`;
    expect(only(`${month}${FIGURES}`)?.period).toEqual({ from: '2025-10-15', to: '2025-11-14' });
  });

  it('dossiers refused ("HS bị từ chối") and withdrawn are added up as returned; "Phải bổ sung" under the dossiers in progress is the suspended ones', () => {
    const head = `<thead><tr><th rowspan="2">Lĩnh vực</th><th colspan="4">Đã giải quyết</th><th colspan="3">Đang giải quyết</th></tr>
      <tr><th>Tổng</th><th>Trả trước hạn</th><th>HS bị từ chối</th><th>HS Công dân rút</th><th>Tổng</th><th>Chưa đến hạn</th><th>Phải bổ sung</th></tr></thead>`;
    const e = only(`${PERIOD}<table>${head}<tbody><tr><td>Tổng cộng</td><td>418</td><td>413</td><td>4</td><td>1</td><td>35</td><td>31</td><td>4</td></tr></tbody></table>`);
    expect(e?.fields).toMatchObject({ resolvedTotal: 418, returnedWithdrawn: 5, inProgressTotal: 35, suspended: 4 });
  });

  it('a procedure chosen in a custom list beside its label (its clear mark, or a procedure’s code) narrows the page: refused', () => {
    const chosen = (value: string) => `<div><label>Thủ tục hành chính</label><div class="select"><span class="item">${value}</span><span aria-label="Xóa">✕</span></div></div>`;
    const { extractions, problem } = read(`${chosen('Thủ tục đăng ký khai sinh')}${PERIOD}${FIGURES}`);
    expect(extractions).toEqual([]);
    expect(problem).toContain('«Thủ tục đăng ký khai sinh»');
    const code = `<div><label>Thủ tục hành chính</label><div class="select"><span class="item">1.001193 - Thủ tục đăng ký khai sinh</span></div></div>`;
    expect(read(`${code}${PERIOD}${FIGURES}`).extractions).toEqual([]);
    // The list at "Tất cả thủ tục", or a placeholder without a clear mark: the unit's figures.
    expect(only(`${chosen('Tất cả thủ tục hành chính')}${PERIOD}${FIGURES}`)?.fields.receivedNew).toBe(2441);
    const placeholder = `<div><label>Thủ tục hành chính</label><div class="select"><span class="placeholder">Nhập mã hoặc tên thủ tục</span></div></div>`;
    expect(only(`${placeholder}${PERIOD}${FIGURES}`)?.fields.receivedNew).toBe(2441);
  });

  it('a new ward’s row with a badge counting the units merged into it ("Phường Tam Thắng 4 ĐVHC cũ") is the clerk’s, not a former unit', () => {
    const head = '<thead><tr><th>Đơn vị</th><th>Đã tiếp nhận</th><th>Đã giải quyết</th></tr></thead>';
    const rows = `<tr><td>Vũng Tàu (cũ)(5 đơn vị)</td><td>5.253</td><td>4.545</td></tr><tr><td>Phường Tam Thắng <span title="Sắp xếp từ: Phường 7, 8, 9">4 ĐVHC cũ</span></td><td>1.182</td><td>1.171</td></tr>
      <tr><td>Phường 7 (cũ)</td><td>1</td><td>1</td></tr><tr><td>Phường Rạch Dừa <span>3 ĐVHC cũ</span></td><td>1.083</td><td>971</td></tr>`;
    const e = only(`${PERIOD}<table>${head}<tbody>${rows}</tbody></table>`, { unitName: 'phường Tam Thắng', cityName: 'thành phố Hồ Chí Minh', cutoffDay: 15 });
    expect(e?.fields).toEqual({ receivedNew: 1182, resolvedTotal: 1171 });
  });

  it('an index’s points and ranks ("Điểm tạm tính › Kỳ trước") are never figures', () => {
    const head = `<thead><tr><th rowspan="2">Đơn vị</th><th rowspan="2">Hồ sơ tiếp nhận</th><th colspan="2">Điểm tạm tính (/100)</th><th rowspan="2">Xếp hạng</th></tr>
      <tr><th>Kỳ này</th><th>Kỳ trước</th></tr></thead>`;
    const e = only(`${PERIOD}<table>${head}<tbody><tr><td>Xã Bình Giang</td><td>168</td><td>88,2</td><td>—</td><td>5</td></tr></tbody></table>`);
    expect(e?.fields).toEqual({ receivedNew: 168 });
    expect(e?.warnings).toEqual([]);
  });

  it('cards on the clerk’s own page beside a ranking of neighbouring units are the clerk’s', () => {
    const cards = '<div class="cards"><div><div>Tổng số hồ sơ tiếp nhận</div><div>1.387</div></div><div><div>Đã giải quyết</div><div>1.368</div></div></div>';
    const ranking = `<table><thead><tr><th>Hạng</th><th>Đơn vị</th><th>Tổng điểm</th></tr></thead><tbody>
      <tr><td>1</td><td>UBND xã Tề Lỗ</td><td>92,1 điểm</td></tr><tr><td>2</td><td>UBND xã Bình Giang</td><td>90,3 điểm</td></tr></tbody></table>`;
    const own = `<h2>Thống kê tình hình giải quyết hồ sơ</h2><h3>UBND xã Bình Giang</h3>${PERIOD}${cards}${ranking}`;
    expect(only(own)?.fields).toEqual({ receivedNew: 1387, resolvedTotal: 1368 });
  });
});
