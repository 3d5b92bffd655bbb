/**
 * Shapes met on the twentieth round of pages modelled on real systems by helpers who had not seen the extraction
 * code: component-library tables, reports drafted in the systems, tabs and dialogs, tricky periods.
 */
import { describe, expect, it } from 'vitest';
import { only, PERIOD, read } from './statistics-page';

const HEAD = '<thead><tr><th>STT</th><th>Lĩnh vực</th><th>Tiếp nhận mới</th><th>Đã giải quyết</th></tr></thead>';
const TOTAL = `<table>${HEAD}<tbody><tr><td>1</td><td>Hộ tịch</td><td>612</td><td>600</td></tr><tr><td></td><td>Tổng cộng</td><td>1.997</td><td>1.887</td></tr></tbody></table>`;

describe('pages of real systems, twentieth round', () => {
  it('a form’s preamble drawn as a table of its own right before the figures gives their period, over date boxes changed since', () => {
    const boxes = '<label for="a">Từ ngày</label><input id="a" value="15/11/2025"><label for="b">Đến ngày</label><input id="b" value="14/12/2025">';
    const preamble = `<table><tbody><tr><td colspan="4">TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH</td></tr>
      <tr><td colspan="4">Kỳ báo cáo: Tháng 11 năm 2025<br><i>(Từ ngày 15/10/2025 đến ngày 14/11/2025)</i></td></tr></tbody></table>`;
    const e = only(`${boxes}<div>${preamble}${TOTAL}</div>`);
    expect(e?.period).toEqual({ from: '2025-10-15', to: '2025-11-14' });
    expect(e?.warnings.join(' ')).toContain('khác kỳ đang chọn ở ô Từ ngày/Đến ngày');
  });

  it('a span counted back from today chosen in the page’s switch ("7 ngày qua") is no reporting period: refused', () => {
    const toggle = (checked: string) => ['Hôm nay', '7 ngày qua', 'Tháng này'].map((label) =>
      `<label><input type="radio" name="k" value="${label}"${label === checked ? ' checked' : ''}>${label}</label>`).join('');
    const { extractions, problem } = read(`${toggle('7 ngày qua')}${PERIOD}${TOTAL}`);
    expect(extractions).toEqual([]);
    expect(problem).toContain('«7 ngày qua»');
    expect(only(`<label><input type="radio" name="k" checked>Theo kỳ báo cáo</label>${PERIOD}${TOTAL}`)?.fields.receivedNew).toBe(1997);
  });

  it('the unit list left at "Tất cả" offering other communes, under a line saying the figures are the province’s: refused, not flagged', () => {
    const units = '<label for="dv">Đơn vị</label><select id="dv"><option selected>-- Tất cả xã, phường --</option><option>Xã An Lão</option><option>Xã Bình Giang</option></select>';
    const cards = '<div><div><div>Tiếp nhận mới trong kỳ</div><div>39.172</div></div><div><div>Đã giải quyết</div><div>38.905</div></div></div>';
    const scope = '<p>Số liệu tổng hợp của 148 xã, phường trên địa bàn tỉnh, từ ngày 15/01/2026 đến ngày 14/02/2026.</p>';
    const { extractions, problem } = read(`${units}${scope}${cards}`);
    expect(extractions).toEqual([]);
    expect(problem).toContain('không có dòng riêng của «xã Bình Giang»');
    // Without such a line the same page is read and flagged.
    const [flagged] = read(`${units}${PERIOD}${cards}`).extractions;
    expect(flagged?.warnings.join(' ')).toContain('«Tất cả»');
  });

  it('figures typed into a report form’s cells (inputs) are read as the cells’ text', () => {
    const cell = (value: string) => `<td><input type="text" value="${value}" readonly></td>`;
    const form = `<table><thead><tr><th>STT</th><th>Chỉ tiêu</th><th>Kỳ báo cáo</th></tr></thead><tbody>
      <tr><td>1</td><td>Số hồ sơ tiếp nhận mới trong kỳ</td>${cell('1.284')}</tr><tr><td>2</td><td>Số hồ sơ đã giải quyết</td>${cell('1.259')}</tr></tbody></table>`;
    expect(only(`${PERIOD}${form}`)?.fields).toEqual({ receivedNew: 1284, resolvedTotal: 1259 });
  });

  it('a list of report types whose options speak of procedures ("Báo cáo … cải cách thủ tục hành chính") filters nothing; "Bổ sung" alone is the suspended dossiers', () => {
    const types = '<label for="l">Loại báo cáo</label><select id="l"><option selected>Báo cáo tình hình, kết quả cải cách thủ tục hành chính (hằng tháng)</option><option>Báo cáo công tác kiểm soát TTHC</option></select>';
    expect(only(`${types}${PERIOD}${TOTAL}`)?.fields.receivedNew).toBe(1997);
    const head = '<thead><tr><th>Đơn vị</th><th>Đang giải quyết</th><th>Bổ sung</th></tr></thead>';
    expect(only(`${PERIOD}<table>${head}<tbody><tr><td>Tổng số</td><td>116</td><td>12</td></tr></tbody></table>`)?.fields).toEqual({ inProgressTotal: 116, suspended: 12 });
  });
});

describe('pages of real systems, twenty-first round', () => {
  it('an on-time rate whose note counts the dossiers in progress too ("(đã xử lý + đang xử lý)") is not ours; the resolved counts still are', () => {
    const head = `<thead><tr><th rowspan="2">Chỉ tiêu</th><th colspan="2">Đã hoàn thành xử lý</th><th rowspan="2">Tỷ lệ đúng hạn (%)<br>(đã xử lý + đang xử lý)</th></tr>
      <tr><th>Tổng số</th><th>Trước hạn, đúng hạn</th></tr></thead>`;
    const e = only(`${PERIOD}<table>${head}<tbody><tr><td>UBND xã Bình Giang</td><td>836</td><td>781</td><td>92,56</td></tr></tbody></table>`);
    expect(e?.fields).toEqual({ resolvedTotal: 836, resolvedEarlyOrOnTime: 781 });
  });

  it('rows of the province’s departments or of the catalogue by field of work are never added up', () => {
    const head = '<thead><tr><th>STT</th><th>Cơ quan</th><th>Tổng số TTHC</th></tr></thead>';
    const bodies = `<table>${head}<tbody><tr><td>1</td><td>Sở Xây dựng</td><td>158</td></tr><tr><td>2</td><td>Sở Tài chính</td><td>171</td></tr></tbody></table>`;
    expect(read(`${PERIOD}${bodies}`).extractions).toEqual([]);
    const fields = `<table><thead><tr><th>STT</th><th>Lĩnh vực</th><th>Tổng số TTHC</th></tr></thead><tbody><tr><td>1</td><td>Hộ tịch</td><td>36</td></tr><tr><td>2</td><td>Chứng thực</td><td>19</td></tr></tbody></table>`;
    expect(read(`${PERIOD}${fields}`).extractions).toEqual([]);
  });

  it('a custom list’s icon ("arrow_drop_down", aria-hidden) is no part of the unit it shows', () => {
    const list = `<div><label>Đơn vị</label><div role="combobox"><div>UBND xã Bình Giang</div><i aria-hidden="true">arrow_drop_down</i></div></div>`;
    const table = `<table><thead><tr><th>Chỉ tiêu</th><th>Số hồ sơ</th></tr></thead><tbody><tr><td>Tiếp nhận mới</td><td>812</td></tr><tr><td>Đã giải quyết</td><td>790</td></tr></tbody></table>`;
    expect(only(`${list}${PERIOD}${table}`)?.fields).toEqual({ receivedNew: 812, resolvedTotal: 790 });
  });
});

describe('pages of real systems, twenty-second round', () => {
  it('"label: value" lines under a year-to-date title ("Lũy kế năm 2025:") are not the period’s', () => {
    const tiles = '<div class="tiles"><div><div>Tiếp nhận mới</div><div>1.008</div></div><div><div>Đã giải quyết</div><div>1.001</div></div></div>';
    const ytd = '<div class="ytd"><b>Lũy kế năm 2025 (01/01/2025 – 31/12/2025):</b> <span>Tiếp nhận: 11.286</span><span>Đã giải quyết: 11.193</span></div>';
    expect(only(`<h2>Tổng quan tình hình giải quyết hồ sơ</h2>${PERIOD}${tiles}${ytd}`)?.fields).toEqual({ receivedNew: 1008, resolvedTotal: 1001 });
  });

  it('a title right over the table naming another unit after "đơn vị" ("… HỒ SƠ ĐƠN VỊ Xã An Lão") makes the table that unit’s', () => {
    const table = `<table><thead><tr><th>STT</th><th>Lĩnh vực</th><th>Tiếp nhận mới</th><th>Đã giải quyết</th></tr></thead><tbody>
      <tr><td>1</td><td>Hộ tịch</td><td>300</td><td>290</td></tr><tr><td></td><td>Tổng số</td><td>648</td><td>642</td></tr></tbody></table>`;
    const titled = (unit: string) => `<div><div>TỔNG HỢP TÌNH HÌNH GIẢI QUYẾT HỒ SƠ ĐƠN VỊ <span>${unit}</span><br><span>Tháng 02</span> Năm 2026</div>${table}</div>`;
    const { extractions, problem } = read(`${PERIOD}${titled('Xã An Lão')}`);
    expect(extractions).toEqual([]);
    expect(problem).toContain('«Xã An Lão»');
    expect(only(`${PERIOD}${titled('Xã Bình Giang')}`)?.fields).toEqual({ receivedNew: 648, resolvedTotal: 642 });
  });
});
