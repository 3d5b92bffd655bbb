import { describe, expect, it } from 'vitest';
import { periodFromPickers } from '@/utils/extract/period-pickers';
import { periodFromText, titlePeriod } from '@/utils/extract/period';
import { extractPage } from '@/utils/extract';
import { htmlDoc } from './dom';

const FEB = { from: '2026-01-15', to: '2026-02-14' };
const opts = (list: string[], chosen: string, attrs = '') =>
  `<select ${attrs}>${list.map((t) => `<option${t === chosen ? ' selected' : ''}>${t}</option>`).join('')}</select>`;
const months = (prefix = 'Tháng ') => Array.from({ length: 12 }, (_, i) => `${prefix}${i + 1}`);
const YEARS = ['2024', '2025', '2026'];

describe('periodFromPickers: what a month, quarter or year picker is set to', () => {
  it('OpenCPS-style year and month selects ("Tất cả" is the whole year), told apart by their options', () => {
    const page = (month: string) => htmlDoc(`<div>${opts(YEARS, '2026')}</div><div>${opts(['Tất cả', ...months()], month)}</div>`);
    expect(periodFromPickers(page('Tháng 2'), 15)).toEqual({ period: FEB, label: 'Tháng 02/2026' });
    expect(periodFromPickers(page('Tất cả'), 15)).toEqual({ period: { from: '2025-12-15', to: '2026-12-14' }, label: 'Năm 2026' });
  });

  it('numbers with values, a placeholder, the month before the year, another cut-off day', () => {
    const month = `<label for="m">Tháng</label><select id="m"><option value="">-- Chọn --</option>${Array.from({ length: 12 }, (_, i) => `<option value="${i + 1}"${i === 1 ? ' selected' : ''}>${String(i + 1).padStart(2, '0')}</option>`).join('')}</select>`;
    const doc = htmlDoc(`${month} <label>Năm ${opts(['Năm 2025', 'Năm 2026'], 'Năm 2026')}</label>`);
    expect(periodFromPickers(doc, 15)?.period).toEqual(FEB);
    expect(periodFromPickers(doc, 20)?.period).toEqual({ from: '2026-01-20', to: '2026-02-19' });
  });

  it('a kind-of-period select with a quarter select, 6 months, and a from–to range of months', () => {
    const quarter = htmlDoc(`${opts(['Tháng', 'Quý', '6 tháng', 'Năm'], 'Quý')} ${opts(['Quý I', 'Quý II', 'Quý III', 'Quý IV'], 'Quý I')} ${opts(months(), 'Tháng 5')} ${opts(YEARS, '2026')}`);
    expect(periodFromPickers(quarter, 15)).toEqual({ period: { from: '2025-12-15', to: '2026-03-14' }, label: 'Quý I/2026' });
    const half = htmlDoc(`${opts(['Tháng', 'Quý', '6 tháng', 'Năm'], '6 tháng')} ${opts(YEARS, '2026')}`);
    expect(periodFromPickers(half, 15)).toEqual({ period: { from: '2025-12-15', to: '2026-06-14' }, label: '6 tháng đầu năm 2026' });
    const range = htmlDoc(`<span>Từ tháng</span>${opts(months(''), '1')} <span>Đến tháng</span>${opts(months(''), '3')} <span>Năm</span>${opts(YEARS, '2026')}`);
    expect(periodFromPickers(range, 15)).toEqual({ period: { from: '2025-12-15', to: '2026-03-14' }, label: 'Tháng 01/2026 – Tháng 03/2026' });
  });

  it('one box: <input type="month"> or "Chọn tháng và năm" holding 02/2026', () => {
    expect(periodFromPickers(htmlDoc('<input type="month" value="2026-02">'), 15)?.period).toEqual(FEB);
    expect(periodFromPickers(htmlDoc('<label for="t">Chọn tháng và năm:</label><div><input type="text" id="t" value="02/2026"></div>'), 15)?.period).toEqual(FEB);
    // A number box not named for a month is not one.
    expect(periodFromPickers(htmlDoc('<label>Mã hồ sơ <input type="text" value="02/2026"></label>'), 15)).toBeNull();
  });

  it('nothing for unit selects, hidden or disabled pickers, a month without a year, or a reversed range', () => {
    expect(periodFromPickers(htmlDoc(opts(['UBND xã Bình Giang', 'UBND xã An Lão'], 'UBND xã Bình Giang')), 15)).toBeNull();
    expect(periodFromPickers(htmlDoc(opts(months(), 'Tháng 2')), 15)).toBeNull();
    expect(periodFromPickers(htmlDoc(`${opts(YEARS, '2026', 'hidden')}${opts(months(), 'Tháng 2', 'disabled')}`), 15)).toBeNull();
    const reversed = htmlDoc(`<span>Từ tháng</span>${opts(months(''), '5')} <span>Đến tháng</span>${opts(months(''), '3')} ${opts(YEARS, '2026')}`);
    expect(periodFromPickers(reversed, 15)).toBeNull();
    // A month select left at its placeholder says nothing (only "Tất cả"/"Cả năm" is the whole year).
    expect(periodFromPickers(htmlDoc(`${opts(YEARS, '2026')}${opts(['-- Chọn tháng --', ...months()], '-- Chọn tháng --')}`), 15)).toBeNull();
    expect(periodFromPickers(htmlDoc(`${opts(YEARS, '2026')}${opts(['Cả năm', ...months()], 'Cả năm')}`), 15)?.label).toBe('Năm 2026');
  });
});

describe('a report heading or a table title that names its month', () => {
  it('"Báo cáo tổng hợp … Tháng 2 Năm 2026" in the page, not the day it was signed', () => {
    expect(periodFromText('BÁO CÁO TỔNG HỢP TÌNH HÌNH GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH Tháng 2 Năm 2026', 15)).toEqual(FEB);
    expect(periodFromText('Báo cáo số 12/BC-UBND ngày 20 tháng 02 năm 2026', 15)).toBeNull();
    expect(titlePeriod(['TÌNH HÌNH GIẢI QUYẾT HỒ SƠ THÁNG 2 NĂM 2026'], 15)).toEqual(FEB);
    expect(titlePeriod(['Hải Phòng, ngày 20 tháng 02 năm 2026'], 15)).toBeNull();
  });
});

describe('a statistics page whose period is set by month and year selects', () => {
  const page = htmlDoc(`
    <form><span>Năm</span>${opts(YEARS, '2026')} <span>Tháng</span>${opts(['Tất cả', ...months()], 'Tháng 2')}
      <span>Đơn vị</span>${opts(['UBND xã Bình Giang'], 'UBND xã Bình Giang')} <button>Thống kê</button></form>
    <table><thead>
      <tr><th rowspan="2">STT</th><th rowspan="2">Lĩnh vực</th><th colspan="2">Số hồ sơ nhận giải quyết</th><th colspan="3">Số hồ sơ đã giải quyết</th><th rowspan="2">Số hồ sơ đang giải quyết</th></tr>
      <tr><th>Tổng số</th><th>Trực tuyến</th><th>Tổng số</th><th>Trước hạn</th><th>Đúng hạn</th></tr>
    </thead><tbody>
      <tr><td>1</td><td>Chứng thực</td><td>412</td><td>412</td><td>412</td><td>350</td><td>62</td><td>0</td></tr>
      <tr><td>2</td><td>Hộ tịch</td><td>383</td><td>383</td><td>378</td><td>262</td><td>116</td><td>5</td></tr>
      <tr><td></td><td>Tổng cộng</td><td>795</td><td>795</td><td>790</td><td>612</td><td>178</td><td>5</td></tr>
    </tbody></table>`);

  it('is stored for the reporting month the selects name, with a warning that says how it was read', () => {
    const { extractions } = extractPage(page, { unitName: 'xã Bình Giang', cityName: 'thành phố Hải Phòng', cutoffDay: 15 });
    expect(extractions).toHaveLength(1);
    expect(extractions[0]?.period).toEqual(FEB);
    expect(extractions[0]?.fields).toMatchObject({ receivedTotal: 795, resolvedTotal: 790, resolvedEarly: 612 });
    expect(extractions[0]?.warnings).toContain(
      'Kỳ lấy từ ô chọn kỳ của trang (Tháng 02/2026) và hiểu là kỳ báo cáo 15/01/2026 – 14/02/2026; nếu cổng tính theo tháng dương lịch thì số liệu lệch kỳ: hãy kiểm tra trên cổng.',
    );
  });
});
