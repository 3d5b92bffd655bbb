/**
 * Shapes met on pages modelled on real systems by someone who had not seen the extraction code (a Liferay back
 * office's "Theo hình thức nộp" tab): a unit label wrapping its list, a period list of whole period names, a
 * trend table of the last periods, dossiers counted by level of online service.
 */
import { describe, expect, it } from 'vitest';
import { extractPage } from '@/utils/extract';
import { otherUnit, unitMention } from '@/utils/extract/page-unit';
import { periodFromPickers } from '@/utils/extract/period-pickers';
import { mapPath } from '@/utils/extract/synonyms';
import { htmlDoc } from './dom';

const OPTS = { unitName: 'xã Bình Giang', cityName: 'thành phố Hải Phòng', cutoffDay: 15 };
const FEB = { from: '2026-01-15', to: '2026-02-14' };
const UNIT_LIST = `<label>Đơn vị: <select name="donvi"><option>-- Tất cả --</option><option>Xã An Thành</option>
  <option selected>Xã Bình Giang</option><option>Xã Đường An</option></select></label>`;
const PERIOD_LIST = `<label>Kỳ báo cáo: <select name="ky"><option>Tháng 01/2026</option><option selected>Tháng 02/2026</option></select></label>
  <label>Năm: <select name="nam"><option selected>2026</option><option>2025</option></select></label>`;
const CHANNELS = `<table><thead><tr><th>STT</th><th>Hình thức tiếp nhận</th><th>Số hồ sơ</th><th>Tỷ lệ (%)</th></tr></thead><tbody>
  <tr><td>1</td><td>Trực tuyến</td><td>797</td><td>98,15%</td></tr>
  <tr><td>1.1</td><td>- Trong đó: DVC trực tuyến toàn trình</td><td>402</td><td>49,51%</td></tr>
  <tr><td>1.2</td><td>- DVC trực tuyến một phần</td><td>395</td><td>48,65%</td></tr>
  <tr><td>2</td><td>Trực tiếp</td><td>13</td><td>1,60%</td></tr>
  <tr><td>3</td><td>Bưu chính công ích</td><td>2</td><td>0,25%</td></tr>
  <tr><td></td><td>Tổng số hồ sơ tiếp nhận mới</td><td>812</td><td>100%</td></tr></tbody></table>`;
const TREND = `<h3>Diễn biến 3 kỳ gần nhất</h3><table><thead><tr><th>Kỳ</th><th>Thời gian</th><th>Tiếp nhận mới</th><th>Trực tuyến</th></tr></thead><tbody>
  <tr><td>Tháng 12/2025</td><td>15/11/2025 – 14/12/2025</td><td>744</td><td>716</td></tr>
  <tr><td>Tháng 01/2026</td><td>15/12/2025 – 14/01/2026</td><td>903</td><td>881</td></tr>
  <tr><td>Tháng 02/2026</td><td>15/01/2026 – 14/02/2026</td><td>812</td><td>797</td></tr></tbody></table>`;

describe('pages modelled on real systems, unseen before', () => {
  it('a unit label wrapping its list names only the chosen unit (not every option run together)', () => {
    expect(otherUnit(htmlDoc(`<form>${UNIT_LIST}</form>`), [], OPTS)).toBeNull();
    const other = UNIT_LIST.replace('<option selected>Xã Bình Giang', '<option>Xã Bình Giang').replace('<option>Xã Đường An', '<option selected>Xã Đường An');
    expect(otherUnit(htmlDoc(`<form>${other}</form>`), [], OPTS)).toBe('Xã Đường An');
  });

  it('a list of whole period names gives the chosen one, whatever the year list beside it says', () => {
    expect(periodFromPickers(htmlDoc(PERIOD_LIST), 15)).toEqual({ period: FEB, label: 'Tháng 02/2026' });
    const quarters = `<select><option>Quý IV/2025</option><option selected>Quý I/2026</option><option>Quý II/2026</option></select>`;
    expect(periodFromPickers(htmlDoc(quarters), 15)?.period).toEqual({ from: '2025-12-15', to: '2026-03-14' });
    // A placeholder chosen: no period, not the year.
    expect(periodFromPickers(htmlDoc(PERIOD_LIST.replace('<option selected>Tháng 02/2026', '<option>Tháng 02/2026').replace('<select name="ky">', '<select name="ky"><option selected>-- Chọn kỳ --</option>')), 15)?.label).not.toBe('Năm 2026');
  });

  it('dossiers counted by level of online service are online dossiers, not the procedure catalogue', () => {
    const role = (path: string[]) => mapPath(path);
    expect(role(['Số hồ sơ', 'DVC trực tuyến toàn trình'])).toEqual({ kind: 'field', fields: ['receivedOnline'] });
    expect(role(['Số TTHC', 'DVC trực tuyến toàn trình'])).toEqual({ kind: 'field', fields: ['tthcFull'] });
    const [read] = extractPage(htmlDoc(`${PERIOD_LIST}${CHANNELS}`), OPTS).extractions;
    expect(read?.fields).toMatchObject({ receivedOnline: 797, receivedDirect: 13, receivedPostal: 2 });
    expect(read?.fields.tthcFull).toBeUndefined();
    expect(read?.fields.tthcPartial).toBeUndefined();
  });

  it('a table whose rows are periods gives the row of the page’s period, never their sum', () => {
    const page = (period: string) => extractPage(htmlDoc(`<h1>Thống kê tiếp nhận hồ sơ</h1>${period}${TREND}`), OPTS);
    const [read] = page(PERIOD_LIST).extractions;
    expect(read?.fields).toEqual({ receivedNew: 812, receivedOnline: 797 });
    expect(read?.period).toEqual(FEB);
    // The page's period is not among the rows: nothing read, and said.
    const march = page(PERIOD_LIST.replace('<option selected>Tháng 02/2026</option>', '<option>Tháng 02/2026</option><option selected>Tháng 03/2026</option>'));
    expect(march.extractions).toEqual([]);
    expect(march.problem).toContain('bảng chia theo kỳ');
  });

  it('the page writing out the days of its picked month needs no calendar-month warning', () => {
    const note = '<p>Tháng 02/2026: từ 15/01/2026 đến 14/02/2026.</p>';
    const warned = (extra: string) => extractPage(htmlDoc(`${PERIOD_LIST}${extra}${CHANNELS}`), OPTS).extractions[0]?.warnings.some((w) => w.includes('tháng dương lịch'));
    expect(warned('')).toBe(true);
    expect(warned(note)).toBe(false);
  });

  it('a table split by level of government is not the commune\'s, though its total row is there; the catalogue by level is', () => {
    const levels = (head: string, rows: string) => `<h1>Thống kê</h1><p>Từ ngày 15/01/2026 đến ngày 14/02/2026</p><table><thead><tr><th>Cấp</th>${head}</tr></thead><tbody>${rows}</tbody></table>`;
    const dossiers = extractPage(htmlDoc(levels('<th>Tổng</th><th>Đã giải quyết</th><th>Đang giải quyết</th>',
      '<tr><td>Cấp thành phố</td><td>48215</td><td>45102</td><td>3113</td></tr><tr><td>Cấp xã, phường, đặc khu</td><td>186440</td><td>182315</td><td>4125</td></tr><tr><td>Tổng cộng</td><td>234655</td><td>227417</td><td>7238</td></tr>')), OPTS);
    expect(dossiers.extractions).toEqual([]);
    expect(dossiers.problem).toContain('bảng chia theo cấp hành chính («Cấp thành phố», …)');
    const catalogue = extractPage(htmlDoc(levels('<th>Tổng số thủ tục</th>', '<tr><td>Cấp thành phố</td><td>1909</td></tr><tr><td>Cấp xã</td><td>379</td></tr><tr><td>Tổng cộng</td><td>2288</td></tr>')), OPTS);
    expect(catalogue.extractions[0]?.fields.tthcTotal).toBe(2288);
  });

  it('KPI cards: a note giving the figure in parts is read under the card; a year-to-date group is not the period\'s', () => {
    const card = (label: string, value: string, note: string) => `<div class="kpi"><div>${label}</div><div>${value}</div><div>${note}</div></div>`;
    const page = `<h2>THỐNG KÊ TÌNH HÌNH TIẾP NHẬN VÀ GIẢI QUYẾT HỒ SƠ</h2><input aria-label="Từ ngày" value="15/01/2026"><input aria-label="Đến ngày" value="14/02/2026">
      <div class="row">${card('Tiếp nhận mới trong kỳ', '812', 'Trực tuyến: 797 &nbsp;|&nbsp; Trực tiếp: 13 &nbsp;|&nbsp; BCCI: 2')}
      ${card('Đã giải quyết', '806', 'Trước hạn: 731 · Đúng hạn: 72 · Trễ hạn: 3')}${card('Đang giải quyết', '15', 'Hồ sơ chưa có kết quả đến hết ngày 14/02/2026')}</div>
      <div class="ytd"><div class="title">Lũy kế năm 2026 (01/01/2026 – 14/02/2026)</div><div>Tiếp nhận: <b>1.187</b></div><div>Đã giải quyết: <b>1.163</b></div></div>`;
    const [read] = extractPage(htmlDoc(page), OPTS).extractions;
    expect(read?.fields).toEqual({
      receivedNew: 812, receivedOnline: 797, receivedDirect: 13, receivedPostal: 2,
      resolvedTotal: 806, resolvedEarly: 731, resolvedOnTime: 72, resolvedLate: 3, inProgressTotal: 15,
    });
    // A row of cards whose first card is itself a year-to-date figure does not hide the cards after it.
    const row = `<h2>Thống kê hồ sơ</h2><p>Từ ngày 15/01/2026 đến ngày 14/02/2026</p><div>${card('Lũy kế đã giải quyết', '1.163', '')}${card('Đã giải quyết', '806', '')}${card('Đang giải quyết', '15', '')}</div>`;
    expect(extractPage(htmlDoc(row), OPTS).extractions[0]?.fields.resolvedTotal).toBe(806);
  });

  it('a digitization table with a base column under each heading reads the numerators, not the bases', () => {
    const table = `<h1>Theo dõi chỉ số số hóa</h1><p>Từ ngày 15/01/2026 đến ngày 14/02/2026</p><table><thead>
      <tr><th rowspan="2">STT</th><th rowspan="2">Lĩnh vực</th><th colspan="3">Số hóa thành phần hồ sơ</th><th colspan="3">Số hóa kết quả giải quyết</th><th colspan="2">Tái sử dụng dữ liệu</th></tr>
      <tr><th>Tiếp nhận</th><th>Đã số hóa</th><th>Tỷ lệ</th><th>Đã giải quyết</th><th>KQ đã số hóa</th><th>Tỷ lệ</th><th>Hồ sơ tái sử dụng</th><th>Tỷ lệ</th></tr></thead>
      <tbody><tr><td>1</td><td>Hộ tịch</td><td>402</td><td>402</td><td>100%</td><td>400</td><td>400</td><td>100%</td><td>371</td><td>92,29%</td></tr>
      <tr><td></td><td>Tổng cộng</td><td>812</td><td>808</td><td>99,51%</td><td>806</td><td>801</td><td>99,38%</td><td>627</td><td>77,22%</td></tr></tbody></table>`;
    const [read] = extractPage(htmlDoc(table), OPTS).extractions;
    expect(read?.fields).toEqual({
      digitizedBase: 812, reusedBase: 812, digitized: 808, rateDigitized: 99.51,
      eResultBase: 806, eResult: 801, rateEResult: 99.38, reused: 627, rateReused: 77.22,
    });
  });

  it('a one-unit form of numbered indicator rows reads sub-rows under their row, and a share beside a count is not a rate', () => {
    const row = (i: string, label: string, n = '', rate = '') => `<tr><td>${i}</td><td>${label}</td><td>${n}</td><td>${rate}</td></tr>`;
    const form = `<div><b>BÁO CÁO TÌNH HÌNH TIẾP NHẬN VÀ GIẢI QUYẾT HỒ SƠ</b><br><i>(Kỳ báo cáo tháng 02/2026: từ ngày 15/01/2026 đến ngày 14/02/2026)</i></div>
      <table><tr><td><b>STT</b></td><td><b>Chỉ tiêu</b></td><td><b>Số lượng</b></td><td><b>Tỷ lệ</b></td></tr>
      ${row('1', 'Tổng số hồ sơ tiếp nhận giải quyết', '795')}${row('1.1', 'Số hồ sơ từ kỳ trước chuyển sang', '11')}${row('1.2', 'Số hồ sơ mới tiếp nhận trong kỳ', '784')}
      ${row('', '- Tiếp nhận trực tuyến', '781', '99,62%')}${row('2', 'Số hồ sơ đã giải quyết', '790')}${row('2.1', 'Giải quyết trước hạn', '702', '88,86%')}
      ${row('2.2', 'Giải quyết đúng hạn', '88', '11,14%')}${row('3', 'Số hồ sơ đang giải quyết', '5')}${row('3.1', 'Trong hạn', '5')}${row('3.2', 'Quá hạn', '0')}
      ${row('4', 'Tỷ lệ giải quyết trước hạn, đúng hạn', '', '100,00%')}</table>`;
    const [read] = extractPage(htmlDoc(form), OPTS).extractions;
    expect(read?.fields).toEqual({
      receivedTotal: 795, carriedOver: 11, receivedNew: 784, receivedOnline: 781, resolvedTotal: 790, resolvedEarly: 702,
      resolvedOnTime: 88, inProgressTotal: 5, inProgressWithin: 5, inProgressOverdue: 0, rateOnTime: 100,
    });
  });

  it('on the PAKN system\'s page a satisfaction table is the feedback\'s, its grades add up and "Không hài lòng" is not satisfied', () => {
    const table = `<h3>Đánh giá của người dân, doanh nghiệp về kết quả xử lý</h3><p>Từ ngày 15/01/2026 đến ngày 14/02/2026</p>
      <table><thead><tr><th>Rất hài lòng</th><th>Hài lòng</th><th>Không hài lòng</th><th>Chưa đánh giá</th><th>Tỷ lệ hài lòng (*)</th></tr></thead>
      <tbody><tr><td>1</td><td>1</td><td>0</td><td>1</td><td>100%</td></tr></tbody></table>`;
    const read = (h1: string) => extractPage(htmlDoc(`<h1>${h1}</h1>${table}`), OPTS).extractions[0]?.fields;
    expect(read('HỆ THỐNG TIẾP NHẬN, XỬ LÝ PHẢN ÁNH, KIẾN NGHỊ')).toEqual({ paknSatisfied: 2, ratePaknSatisfied: 100 });
    // On a page about dossiers the same words are the handling's satisfaction, as before.
    expect(read('Thống kê kết quả giải quyết hồ sơ')).toEqual({ rateHandlingSatisfaction: 100 });
  });

  it('timing columns adding up to all dossiers handled (the 766 index\'s way) are not the resolved dossiers\' timing', () => {
    const page = (onTime: string, late: string) => `<h1>Bộ chỉ số chỉ đạo, điều hành</h1><p>Từ ngày 15/01/2026 đến ngày 14/02/2026</p><table><thead><tr><th>Đơn vị</th>
      <th>Tổng số hồ sơ tiếp nhận, xử lý</th><th>Trước hạn, đúng hạn</th><th>Quá hạn</th><th>Đã hoàn thành</th></tr></thead>
      <tbody><tr><td>UBND xã Bình Giang</td><td>2.614</td><td>${onTime}</td><td>${late}</td><td>2.571</td></tr></tbody></table>`;
    const [all] = extractPage(htmlDoc(page('2.598', '16')), OPTS).extractions;
    expect(all?.fields).toEqual({ receivedTotal: 2614, resolvedTotal: 2571 });
    expect(all?.warnings[0]).toContain('cộng lại bằng tổng số hồ sơ tiếp nhận, xử lý (2.614)');
    // Timing that splits the resolved dossiers stays.
    const [resolved] = extractPage(htmlDoc(page('2.560', '11')), OPTS).extractions;
    expect(resolved?.fields).toMatchObject({ resolvedEarlyOrOnTime: 2560, resolvedLate: 11 });
    expect(resolved?.fields.resolvedEarly).toBeUndefined();
  });

  it('a key/value table giving the online dossiers by level of service adds the levels up', () => {
    const table = `<h1>Thống kê hồ sơ theo hình thức nộp</h1><p>Từ ngày 15/01/2026 đến ngày 14/02/2026</p><table><caption>Cơ cấu hồ sơ theo hình thức nộp</caption>
      <thead><tr><th>Hình thức</th><th>Số hồ sơ</th></tr></thead><tbody><tr><th>Trực tuyến toàn trình</th><td>402</td></tr>
      <tr><th>Trực tuyến một phần</th><td>395</td></tr><tr><th>Trực tiếp tại Bộ phận Một cửa</th><td>13</td></tr></tbody></table>`;
    expect(extractPage(htmlDoc(table), OPTS).extractions[0]?.fields).toEqual({ receivedOnline: 797, receivedDirect: 13 });
  });

  it('a page still loading stores nothing: its zero cards and empty rows are placeholders', () => {
    const page = (status: string) => `<h2>Tình hình giải quyết hồ sơ</h2><input placeholder="Từ ngày" value="15/01/2026"><input placeholder="Đến ngày" value="14/02/2026">
      <div><div><div>Tổng hồ sơ tiếp nhận</div><div>0</div></div><div><div>Đã giải quyết</div><div>0</div></div></div>${status}`;
    expect(extractPage(htmlDoc(page('<p class="mask">Đang tải dữ liệu…</p>')), OPTS).extractions).toEqual([]);
    expect(extractPage(htmlDoc(page('<div aria-busy="true">…</div>')), OPTS).extractions).toEqual([]);
    // A hidden spinner says nothing: the zeros are the page's figures.
    expect(extractPage(htmlDoc(page('<p style="display:none">Đang tải dữ liệu…</p>')), OPTS).extractions[0]?.fields).toEqual({ receivedNew: 0, resolvedTotal: 0 });
  });

  it('an Excel print view: the form\'s preamble in the table\'s own rows, one <col> per column', () => {
    const view = `<table><col width="38"><col width="290"><col width="72"><col width="72"><col width="72"><col width="72"><col width="72"><col width="72">
      <tr><td colspan="3">ỦY BAN NHÂN DÂN<br><b>XÃ BÌNH GIANG</b></td><td colspan="2"></td><td colspan="3">Biểu số II.06a/VPCP/KSTT</td></tr>
      <tr><td colspan="8">TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH</td></tr>
      <tr><td colspan="8">(Từ ngày 15 tháng 01 năm 2026 đến ngày 14 tháng 02 năm 2026)</td></tr>
      <tr><td colspan="5"></td><td colspan="3">Đơn vị tính: Số hồ sơ TTHC</td></tr>
      <tr><td rowspan="2">STT</td><td rowspan="2">Lĩnh vực</td><td colspan="2">Số hồ sơ nhận giải quyết</td><td colspan="4">Số hồ sơ đã giải quyết</td></tr>
      <tr><td>Tổng số</td><td>Trực tuyến</td><td>Tổng số</td><td>Trả trước hạn</td><td>Trả đúng thời hạn</td><td>Trả quá hạn</td></tr>
      <tr><td></td><td>Tổng số</td><td>1.059</td><td>1.030</td><td>1.050</td><td>911</td><td>134</td><td>5</td></tr>
      <tr><td>1</td><td>Hộ tịch</td><td>524</td><td>520</td><td>520</td><td>500</td><td>20</td><td>0</td></tr></table>`;
    const doc = htmlDoc(view);
    const [read] = extractPage(doc, OPTS).extractions;
    expect(read?.fields).toMatchObject({ receivedTotal: 1059, receivedOnline: 1030, resolvedTotal: 1050, resolvedEarly: 911, resolvedOnTime: 134, resolvedLate: 5 });
    expect(read?.period).toEqual(FEB);
  });

  it('"Cộng hòa xã hội chủ nghĩa Việt Nam" in a letterhead names no commune', () => {
    expect(unitMention('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc')).toBeNull();
    expect(unitMention('ỦY BAN NHÂN DÂN XÃ BÌNH GIANG')).toBe('ỦY BAN NHÂN DÂN XÃ BÌNH GIANG');
  });

  it('an ASP.NET GridView: its pager row\'s table is not layout, and abbreviated headings are read through the legend under it', () => {
    const page = `<h2>Thống kê tình hình giải quyết TTHC</h2><p>Từ ngày 15/01/2026 đến ngày 14/02/2026</p><div><table id="gv">
      <tr><th rowspan="2">Tên đơn vị</th><th colspan="2">TN</th><th colspan="3">GQ</th><th colspan="2">ĐGQ</th></tr>
      <tr><th>Tổng HS</th><th>TN TT</th><th>Tổng</th><th>ĐH</th><th>QH</th><th>Tổng</th><th>QH</th></tr>
      <tr><td>UBND xã Bình Giang</td><td>616</td><td>560</td><td>598</td><td>590</td><td>8</td><td>15</td><td>2</td></tr>
      <tr><td colspan="8"><table><tr><td><a href="#">1</a></td><td><span>2</span></td><td><a href="#">3</a></td></tr></table></td></tr></table></div>
      <div class="legend"><b>Ghi chú:</b> TN: Tiếp nhận; Tổng HS: Tổng số hồ sơ (gồm tồn kỳ trước); TN TT: Tiếp nhận trực tuyến; GQ: Đã giải quyết;
      ĐH: Đúng hạn; QH: Quá hạn; ĐGQ: Đang giải quyết.</div>`;
    const [read] = extractPage(htmlDoc(page), OPTS).extractions;
    expect(read?.fields).toMatchObject({ receivedTotal: 616, receivedOnline: 560, resolvedTotal: 598, resolvedEarlyOrOnTime: 590, resolvedLate: 8, inProgressTotal: 15, inProgressOverdue: 2 });
  });

  it('a dashboard: its month box "Tháng 02/2026", card parts without colons, a share headline as its count\'s rate', () => {
    const kpi = (label: string, value: string, sub: string) => `<div class="kpi"><div>${label}</div><div>${value}</div><div>${sub}</div></div>`;
    const page = `<h3>Bảng điều hành kết quả giải quyết TTHC</h3><span>Kỳ báo cáo:</span><input type="text" placeholder="Chọn tháng" value="Tháng 02/2026">
      <div>${kpi('Đã giải quyết', '790', 'Trước hạn 652 · Đúng hạn 135 · Quá hạn 3')}${kpi('Đang giải quyết', '17', 'Trong hạn 16 · Quá hạn 1')}
      ${kpi('Số hóa hồ sơ', '97,11%', 'so với kỳ trước ▲ 0,5')}${kpi('Hồ sơ giải quyết trước hạn', '82,5%', '')}</div>`;
    const [read] = extractPage(htmlDoc(page), OPTS).extractions;
    expect(read?.period).toEqual(FEB);
    expect(read?.fields).toMatchObject({ resolvedTotal: 790, resolvedEarly: 652, resolvedOnTime: 135, resolvedLate: 3, inProgressTotal: 17, inProgressWithin: 16, inProgressOverdue: 1, rateDigitized: 97.11 });
    // The early share is no on-time rate: not read as one.
    expect(read?.fields.rateOnTime).toBeUndefined();
  });

  it('the 766 indicators as rows, with what had to be done, what was done, the rate and the target', () => {
    const table = `<h3>Chỉ tiêu số hóa</h3><p>Từ ngày 15/01/2026 đến ngày 14/02/2026</p><table><thead><tr><th>Chỉ tiêu</th><th>Số hồ sơ phải thực hiện</th>
      <th>Số hồ sơ đã thực hiện</th><th>Tỷ lệ</th><th>Chỉ tiêu giao</th></tr></thead><tbody>
      <tr><td>Số hóa hồ sơ khi tiếp nhận</td><td>795</td><td>772</td><td>97,11%</td><td>100%</td></tr>
      <tr><td>Số hóa kết quả giải quyết (cấp kết quả điện tử)</td><td>790</td><td>781</td><td>98,86%</td><td>100%</td></tr>
      <tr><td>Khai thác, sử dụng lại thông tin, dữ liệu đã số hóa</td><td>781</td><td>402</td><td>51,47%</td><td>50%</td></tr></tbody></table>`;
    expect(extractPage(htmlDoc(table), OPTS).extractions[0]?.fields).toEqual({
      digitizedBase: 795, eResultBase: 790, reusedBase: 781, digitized: 772, eResult: 781, reused: 402,
      rateDigitized: 97.11, rateEResult: 98.86, rateReused: 51.47,
    });
  });

  it('a bare "Tổng số HS" is the total received when it equals resolved + in progress + returned', () => {
    const table = (total: string) => `<h2>Báo cáo theo lĩnh vực</h2><p>Từ ngày 15/01/2026 đến ngày 14/02/2026</p><table><thead>
      <tr><th rowspan="2">Lĩnh vực</th><th rowspan="2">Tổng số HS</th><th colspan="2">Đã giải quyết</th><th colspan="2">Đang giải quyết</th><th rowspan="2">Trả lại/ Rút</th></tr>
      <tr><th>Tổng</th><th>Trễ hạn</th><th>Trong hạn</th><th>Quá hạn</th></tr></thead>
      <tbody><tr><td>Tổng cộng</td><td>${total}</td><td>639</td><td>5</td><td>9</td><td>0</td><td>2</td></tr></tbody></table>`;
    expect(extractPage(htmlDoc(table('650')), OPTS).extractions[0]?.fields.receivedTotal).toBe(650);
    // Not balancing, it is left unread: no guess.
    expect(extractPage(htmlDoc(table('700')), OPTS).extractions[0]?.fields.receivedTotal).toBeUndefined();
  });
});
