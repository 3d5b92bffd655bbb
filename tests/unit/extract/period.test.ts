import { describe, expect, it } from 'vitest';
import { monthPeriod, parseDate, periodFromAddress, periodFromInputs, periodFromText, periodName, quarterPeriod, titlePeriod } from '@/utils/extract/period';
import { JSDOM } from 'jsdom';
import { extractPage } from '@/utils/extract';
import { htmlDoc } from './dom';

const FEB = { from: '2026-01-15', to: '2026-02-14' };

describe('dates', () => {
  it('parses dd/mm/yyyy and ISO without time-zone arithmetic', () => {
    expect(parseDate('15/01/2026')).toBe('2026-01-15');
    expect(parseDate('5/1/2026')).toBe('2026-01-05');
    expect(parseDate('2026-02-14')).toBe('2026-02-14');
    expect(parseDate('2026-02-14T00:00:00.000Z')).toBe('2026-02-14');
  });

  it('rejects impossible dates', () => {
    expect(parseDate('31/02/2026')).toBeNull();
    expect(parseDate('29/02/2026')).toBeNull();
    expect(parseDate('29/02/2024')).toBe('2024-02-29');
    expect(parseDate('00/01/2026')).toBeNull();
    expect(parseDate('15/13/2026')).toBeNull();
  });

  it('builds reporting months and quarters from the cut-off day', () => {
    expect(monthPeriod(2026, 2, 15)).toEqual(FEB);
    expect(monthPeriod(2026, 1, 15)).toEqual({ from: '2025-12-15', to: '2026-01-14' });
    expect(monthPeriod(2026, 2, 1)).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(quarterPeriod(2026, 1, 15)).toEqual({ from: '2025-12-15', to: '2026-03-14' });
  });
});

describe('periodFromText', () => {
  it.each([
    '(Từ ngày 15/01/2026 đến ngày 14/02/2026)',
    'Từ ngày: 15/01/2026 - Đến ngày: 14/02/2026',
    'TỪ NGÀY 15/01/2026 ĐẾN NGÀY 14/02/2026',
    'Kỳ báo cáo: Tháng 02/2026',
    'Kỳ báo cáo: tháng 2 năm 2026',
    'Kỳ báo cáo: Tháng 02/2026 (Từ ngày 15/01/2026 đến ngày 14/02/2026)',
    'Thời gian: 15/01/2026 - 14/02/2026',
    'Thời gian: từ ngày 15/01/2026 đến ngày 14/02/2026',
    'Kỳ báo cáo: 15/01/2026 – 14/02/2026',
    // A period word a little before the range, "từ" without "ngày", "đến hết ngày", dates in words.
    'Từ 15/01/2026 đến 14/02/2026',
    '(Từ 15/01/2026 - 14/02/2026)',
    'Kỳ thống kê: 15/01/2026 - 14/02/2026',
    'Số liệu từ ngày 15/01/2026 đến hết ngày 14/02/2026',
    'Thời điểm thống kê: từ 15/01/2026 đến 14/02/2026',
    'Kỳ báo cáo: từ 15/1/2026 đến 14/2/2026',
    'Thống kê từ 15/01/2026 đến 14/02/2026',
    'Ngày bắt đầu: 15/01/2026 Ngày kết thúc: 14/02/2026',
    'Từ ngày 15 tháng 01 năm 2026 đến ngày 14 tháng 02 năm 2026',
    'Kỳ: Tháng 2/2026',
  ])('%s', (text) => {
    expect(periodFromText(text, 15)).toEqual(FEB);
  });

  it('uses the cut-off day given', () => {
    expect(periodFromText('Kỳ báo cáo: Tháng 02/2026', 20)).toEqual({ from: '2026-01-20', to: '2026-02-19' });
    expect(periodFromText('Kỳ báo cáo: Quý I/2026', 15)).toEqual({ from: '2025-12-15', to: '2026-03-14' });
    // A statistics heading names its quarter, half or nine months (the reporting periods of those names).
    expect(periodFromText('Thống kê kết quả giải quyết hồ sơ Quý I năm 2026', 15)).toEqual({ from: '2025-12-15', to: '2026-03-14' });
    expect(periodFromText('BÁO CÁO KẾT QUẢ GIẢI QUYẾT TTHC 6 THÁNG ĐẦU NĂM 2026', 15)).toEqual({ from: '2025-12-15', to: '2026-06-14' });
    expect(periodFromText('Tổng hợp tình hình giải quyết hồ sơ 9 tháng năm 2026', 15)).toEqual({ from: '2025-12-15', to: '2026-09-14' });
    // A bare "Thống kê" is a menu item: a month named further on is no period.
    expect(periodFromText('Trang chủ Thống kê Tra cứu Thông báo lịch nghỉ tháng 01/2026', 15)).toBeNull();
  });

  it('gives null for invalid or reversed ranges and unrelated dates', () => {
    expect(periodFromText('Từ ngày 15/01/2026 đến ngày 31/02/2026', 15)).toBeNull();
    expect(periodFromText('Từ ngày 14/02/2026 đến ngày 15/01/2026', 15)).toBeNull();
    expect(periodFromText('Hải Phòng, ngày 23 tháng 01 năm 2026', 15)).toBeNull();
    expect(periodFromText('Cập nhật: 15/01/2026 - 14/02/2026', 15)).toBeNull(); // two dates with no period word
    expect(periodFromText('Hệ thống bảo trì từ 10/02/2026 đến 12/02/2026', 15)).toBeNull(); // "từ" inside a sentence
    expect(periodFromText('Hải Phòng, ngày 20 tháng 02 năm 2026', 15)).toBeNull(); // one date in words
  });

  it('a range of months is the whole span, never its first month', () => {
    expect(periodFromText('Báo cáo tình hình giải quyết TTHC từ tháng 01/2026 đến tháng 03/2026', 15)).toEqual({ from: '2025-12-15', to: '2026-03-14' });
    expect(titlePeriod(['TỪ THÁNG 1 NĂM 2026 ĐẾN THÁNG 3 NĂM 2026'], 15)).toEqual({ from: '2025-12-15', to: '2026-03-14' });
    expect(periodFromText('Báo cáo từ tháng 03/2026 đến tháng 01/2026', 15)).toBeNull();
    // The signing line of a template with its day left blank is no period either.
    expect(periodFromText('Báo cáo số …/BC-UBND ngày … tháng 02 năm 2026', 15)).toBeNull();
  });
});

describe('periodFromInputs', () => {
  it('reads inputs named by label[for], aria-label, placeholder or name', () => {
    expect(
      periodFromInputs(htmlDoc(`<label for="a">Từ ngày</label><input id="a" value="15/01/2026">
        <label for="b">Đến ngày</label><input id="b" value="14/02/2026">`)),
    ).toEqual(FEB);
    expect(
      periodFromInputs(htmlDoc(`<input aria-label="Đến ngày" value="14/02/2026"><input placeholder="Từ ngày" value="15/01/2026">`)),
    ).toEqual(FEB);
    expect(periodFromInputs(htmlDoc(`<input name="fromDate" value="15/01/2026"><input name="toDate" value="14/02/2026">`))).toEqual(FEB);
  });

  it('reads ISO values of type=date inputs and the text just before an input', () => {
    const doc = htmlDoc(`<div><span>Từ ngày</span><div><input type="date" value="2026-01-15"></div></div>
      <div><span>Đến ngày</span><div><input type="date" value="2026-02-14"></div></div>`);
    expect(periodFromInputs(doc)).toEqual(FEB);
  });

  it('reads an unlabelled two-input range picker and a single range input', () => {
    const picker = htmlDoc(`<div class="ant-picker ant-picker-range">
      <div class="ant-picker-input"><input placeholder="Start date" value="15/01/2026"></div>
      <div class="ant-picker-range-separator">→</div>
      <div class="ant-picker-input"><input placeholder="End date" value="14/02/2026"></div></div>`);
    expect(periodFromInputs(picker)).toEqual(FEB);
    expect(periodFromInputs(htmlDoc(`<input value="15/01/2026 - 14/02/2026">`))).toEqual(FEB);
  });

  it('gives null for an invalid date', () => {
    expect(periodFromInputs(htmlDoc(`<input placeholder="Từ ngày" value="31/02/2026"><input placeholder="Đến ngày" value="14/02/2026">`))).toBeNull();
  });
});

describe('periodFromAddress', () => {
  it.each([
    'http://motcua.haiphong.gov.vn/ThongKe/BaoCao06?TuNgay=15/01/2026&DenNgay=14/02/2026&DonVi=H24.12.05',
    'https://dvc.example.gov.vn/#/thong-ke?fromDate=2026-01-15&toDate=2026-02-14',
    'https://igate.example.gov.vn/report?from=20260115&to=20260214',
    'https://a.gov.vn/bc?tu_ngay=15-01-2026&den_ngay=14-02-2026',
  ])('%s', (address) => {
    expect(periodFromAddress(address)).toEqual(FEB);
  });

  it('gives null without both ends, for dates under other names, and for a reversed range', () => {
    expect(periodFromAddress('https://a.gov.vn/bc?TuNgay=15/01/2026')).toBeNull();
    expect(periodFromAddress('https://a.gov.vn/bc?capNhat=15/01/2026&ngayIn=14/02/2026')).toBeNull();
    expect(periodFromAddress('https://a.gov.vn/bc?TuNgay=14/02/2026&DenNgay=15/01/2026')).toBeNull();
    expect(periodFromAddress('not an address')).toBeNull();
  });
});

describe('a page whose search is kept only in its address', () => {
  it('is stored for the period the address names', () => {
    const doc = new JSDOM(
      `<!DOCTYPE html><body><h2>Thống kê kết quả giải quyết TTHC</h2><table><tr><th>Lĩnh vực</th><th>Tiếp nhận</th><th>Đã giải quyết</th><th>Đang giải quyết</th></tr>
       <tr><td>Tổng cộng</td><td>795</td><td>790</td><td>5</td></tr></table></body>`,
      { url: 'https://motcua.haiphong.gov.vn/#/bao-cao?tuNgay=15%2F01%2F2026&denNgay=14%2F02%2F2026' },
    ).window.document;
    const [e] = extractPage(doc, { unitName: 'xã Bình Giang', cityName: 'thành phố Hải Phòng', cutoffDay: 15 }).extractions;
    expect(e?.period).toEqual(FEB);
  });
});

describe('periodName: a month or quarter named by a whole header', () => {
  it('reads the month or quarter, with the year when written', () => {
    expect(periodName('thang 2')).toEqual({ kind: 'month', n: 2, year: null });
    expect(periodName('thang 02/2026')).toEqual({ kind: 'month', n: 2, year: 2026 });
    expect(periodName('quy iv nam 2025')).toEqual({ kind: 'quarter', n: 4, year: 2025 });
    expect(periodName('quy 3')).toEqual({ kind: 'quarter', n: 3, year: null });
  });
  it('names nothing when the text says more or the month does not exist', () => {
    expect(periodName('thang 13')).toBeNull();
    expect(periodName('thang 0/2026')).toBeNull();
    expect(periodName('luy ke thang 2')).toBeNull();
    expect(periodName('thang 2 nam truoc')).toBeNull();
    expect(periodName('quy v/2026')).toBeNull();
  });
});
