/**
 * Shapes met on a second round of pages modelled on real systems by helpers who had not seen the extraction code
 * (VNPT iGate and Angular Material back offices, Highcharts data tables, Word-saved reports, iView dashboards).
 */
import { describe, expect, it } from 'vitest';
import { extractPage } from '@/utils/extract';
import { otherUnit } from '@/utils/extract/page-unit';
import { mapPath } from '@/utils/extract/synonyms';
import { htmlDoc } from './dom';

const OPTS = { unitName: 'xã Bình Giang', cityName: 'thành phố Hải Phòng', cutoffDay: 15 };
const FEB = { from: '2026-01-15', to: '2026-02-14' };
const PERIOD = '<p>Kỳ báo cáo: từ ngày 15/01/2026 đến ngày 14/02/2026</p>';
const HEAD = '<thead><tr><th>{NAME}</th><th>Tiếp nhận</th><th>Đã giải quyết</th><th>Đang giải quyết</th></tr></thead>';
const table = (name: string, rows: string) => `<table>${HEAD.replace('{NAME}', name)}<tbody>${rows}</tbody></table>`;
const LEVEL_ROWS = '<tr><td>Cấp tỉnh (Sở, ban, ngành)</td><td>15.603</td><td>12.774</td><td>2.829</td></tr><tr><td>Cấp xã (102 xã, phường)</td><td>47.471</td><td>45.232</td><td>2.239</td></tr><tr><td>Toàn tỉnh</td><td>63.074</td><td>58.006</td><td>5.068</td></tr>';

describe('pages of real systems, second round', () => {
  it('rows of levels of government under a heading we do not know are still levels: refused, never added up', () => {
    for (const name of ['Cấp giải quyết', 'Category']) {
      const result = extractPage(htmlDoc(`<h1>Thống kê chung</h1>${PERIOD}${table(name, LEVEL_ROWS)}`), OPTS);
      expect(result.extractions).toEqual([]);
      expect(result.problem).toContain('cấp hành chính');
    }
  });

  it('the names in such a column are read only where they name a unit or a level, never a person', () => {
    const people = '<tr><td>Nguyễn Văn An</td><td>3</td><td>2</td><td>1</td></tr>';
    const [read] = extractPage(htmlDoc(`<h1>Thống kê</h1>${PERIOD}${table('Người nộp hồ sơ ghi chú', people)}`), OPTS).extractions;
    expect(read?.unit ?? '').not.toContain('Nguyễn');
  });

  it('a table titled as the whole province’s, or beside a table of levels, gives the commune nothing', () => {
    const trend = `<table><caption>Tỷ lệ tiếp nhận trực tuyến toàn tỉnh theo tháng (%)</caption><thead><tr><th>Category</th><th>Tỷ lệ trực tuyến (%)</th></tr></thead>
      <tbody><tr><th>T12/2025</th><td>73,4</td></tr><tr><th>T1/2026</th><td>74,15</td></tr><tr><th>T2/2026</th><td>75,2</td></tr></tbody></table>`;
    expect(extractPage(htmlDoc(`<h1>Thống kê</h1>${PERIOD}${trend}`), OPTS).extractions).toEqual([]);
    const single = table('Chỉ tiêu', '<tr><td>Tổng</td><td>812</td><td>806</td><td>6</td></tr>');
    expect(extractPage(htmlDoc(`<h1>Thống kê</h1>${PERIOD}${single}`), OPTS).extractions).toHaveLength(1);
    const beside = extractPage(htmlDoc(`<h1>Thống kê</h1>${PERIOD}${table('Cấp', LEVEL_ROWS)}${single}`), OPTS);
    expect(beside.extractions).toEqual([]);
    expect(beside.problem).toMatch(/cấp hành chính|hãy chọn đơn vị của mình/);
  });

  it('a chart’s data table whose rows are months written short ("T01/2026") gives the row of the page’s period', () => {
    const chart = `<table><caption>Số liệu biểu đồ</caption><thead><tr><th>Tháng báo cáo</th><th>Hồ sơ tiếp nhận mới</th></tr></thead>
      <tbody><tr><td>T12/2025</td><td>744</td></tr><tr><td>T01/2026</td><td>903</td></tr><tr><td>T02/2026</td><td>812</td></tr><tr><td>Lũy kế năm 2026</td><td>1.715</td></tr></tbody></table>`;
    const [read, ...more] = extractPage(htmlDoc(`<h1>Thống kê</h1>${PERIOD}${chart}`), OPTS).extractions;
    expect(more).toEqual([]);
    expect(read?.fields).toEqual({ receivedNew: 812 });
    expect(read?.period).toEqual(FEB);
  });

  it('another commune whose name begins with the clerk’s is another commune', () => {
    const letterhead = (name: string) => htmlDoc(`<div style="font-weight:600">${name}</div><div>BÁO CÁO TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH</div>`);
    expect(otherUnit(letterhead('ỦY BAN NHÂN DÂN XÃ BÌNH GIANG BẮC'), [], OPTS)).toContain('XÃ BÌNH GIANG BẮC');
    expect(otherUnit(letterhead('ỦY BAN NHÂN DÂN XÃ BÌNH GIANG'), [], OPTS)).toBeNull();
    // Mixed case in running text is not a letterhead: a news line naming a commune is no claim about the page.
    expect(otherUnit(letterhead('UBND xã Tân Hưng tổ chức hội nghị'), [], OPTS)).toBeNull();
  });

  it('a custom list (role="combobox") labelled as the unit names the page’s unit', () => {
    const box = (name: string) => htmlDoc(`<mat-select role="combobox" aria-label="Đơn vị"><div><span>${name}</span></div></mat-select>`);
    expect(otherUnit(box('UBND xã Đường An'), [], OPTS)).toContain('xã Đường An');
    expect(otherUnit(box('UBND xã Bình Giang'), [], OPTS)).toBeNull();
    const labelled = htmlDoc(`<span id="l1">Cơ quan</span><div role="combobox" aria-labelledby="l1">Xã Đường An</div>`);
    expect(otherUnit(labelled, [], OPTS)).toBe('Xã Đường An');
  });

  it('the clerk’s unit followed by a separator or a document number is the clerk’s own', () => {
    expect(otherUnit(htmlDoc('<div class="user">UBND xã Bình Giang · Tài khoản</div><h2>UBND xã Bình Giang · Tài khoản</h2>'), [], OPTS)).toBeNull();
    expect(otherUnit(htmlDoc('<h3>ỦY BAN NHÂN DÂN XÃ BÌNH GIANG Số: 15/BC-UBND</h3>'), [], OPTS)).toBeNull();
  });

  it('a dashboard titled "Bảng điều hành" is read from its cards', () => {
    const cards = ['Mới tiếp nhận trong kỳ|812', 'Đã giải quyết|806', 'Đang giải quyết|6']
      .map((c) => `<div class="card"><div>${c.split('|')[0]}</div><div>${c.split('|')[1]}</div></div>`).join('');
    const doc = htmlDoc(`<title>Bảng điều hành - Một cửa điện tử</title>${PERIOD}<div class="cards">${cards}</div>`);
    const [read] = extractPage(doc, OPTS).extractions;
    expect(read?.fields).toMatchObject({ receivedNew: 812, resolvedTotal: 806, inProgressTotal: 6 });
  });

  it('a strip of today’s counters beside the period’s cards is not the period’s', () => {
    const card = (label: string, value: string) => `<div class="kpi"><div>${label}</div><div>${value}</div></div>`;
    const page = `<h2>Bảng điều hành</h2>${PERIOD}<div class="row">${card('Mới tiếp nhận trong kỳ', '812')}${card('Đã giải quyết', '806')}</div>
      <div class="today"><div class="title">Hôm nay (14/02/2026)</div><div>Tiếp nhận: <b>31</b></div><div>Đang giải quyết: <b>9</b></div></div>`;
    const [read] = extractPage(htmlDoc(page), OPTS).extractions;
    expect(read?.fields).toEqual({ receivedNew: 812, resolvedTotal: 806 });
  });

  it('a catalogue by level gives the commune level’s online services, not all levels’, and each level’s count', () => {
    const page = `<h1>Thống kê thủ tục hành chính</h1><table><caption>Mức độ cung cấp dịch vụ công trực tuyến theo cấp thực hiện</caption>
      <thead><tr><th>Cấp thực hiện</th><th>DVC trực tuyến toàn trình</th><th>DVC trực tuyến một phần</th><th>Dịch vụ cung cấp thông tin trực tuyến</th><th>Tổng số TTHC</th></tr></thead>
      <tbody><tr><th>Cấp tỉnh</th><td>798</td><td>611</td><td>203</td><td>1\u00a0612</td></tr><tr><th>Cấp xã</th><td>142</td><td>168</td><td>65</td><td>375</td></tr>
      <tr><th>Tổng cộng</th><td>940</td><td>779</td><td>268</td><td>1\u00a0987</td></tr></tbody></table>`;
    const [read] = extractPage(htmlDoc(page), OPTS).extractions;
    expect(read?.fields).toEqual({ tthcTotal: 1987, tthcProvincial: 1612, tthcCommune: 375, tthcFull: 142, tthcPartial: 168 });
  });

  it('"Chưa hài lòng" and "Không hài lòng" are not satisfied, as counts or as rates', () => {
    expect(mapPath(['Tỷ lệ không hài lòng (%)'])).toEqual({ kind: 'unknown' });
    const page = `<h1>Tổng hợp thống kê phản ánh, kiến nghị</h1>${PERIOD}<table><thead><tr><th rowspan="2">Đơn vị</th><th rowspan="2">Tiếp nhận</th>
      <th colspan="4">Người dân đánh giá</th></tr><tr><th>Số lượt đánh giá</th><th>Hài lòng</th><th>Chưa hài lòng</th><th>Tỷ lệ hài lòng</th></tr></thead>
      <tbody><tr><td>UBND xã Bình Giang</td><td>23</td><td>12</td><td>10</td><td>2</td><td>83,33%</td></tr></tbody></table>`;
    const [read] = extractPage(htmlDoc(page), OPTS).extractions;
    expect(read?.fields).toEqual({ paknReceived: 23, paknSatisfied: 10, ratePaknSatisfied: 83.33 });
  });

  it('amounts of money are never counts of dossiers', () => {
    expect(mapPath(['Chuyển khoản (VNĐ)', 'Qua cổng DVC quốc gia'])).toEqual({ kind: 'unknown' });
    expect(mapPath(['Số tiền đã thanh toán trực tuyến (đồng)'])).toEqual({ kind: 'unknown' });
    expect(mapPath(['Số hồ sơ thanh toán trực tuyến'])).toEqual({ kind: 'field', fields: ['paidOnline'] });
    // "Tiến độ" folds to "tien do", "đồng bộ" to "dong bo": neither is money.
    expect(mapPath(['Tiến độ giải quyết', 'Trước hạn'])).toEqual({ kind: 'field', fields: ['resolvedEarly'] });
    expect(mapPath(['Tiếp nhận', 'Trực tuyến (đồng bộ)'])).toEqual({ kind: 'field', fields: ['receivedOnline'] });
  });

  it('a "Tổng" under a payment, digitization or feedback heading is that heading’s total', () => {
    expect(mapPath(['Đã thanh toán trực tuyến', 'Tổng'])).toEqual({ kind: 'field', fields: ['paidOnline'] });
    expect(mapPath(['Đã thanh toán trực tuyến', 'Qua Cổng DVC quốc gia'])).toEqual({ kind: 'unknown' });
  });

  it('an indicator table with "Tử số │ Mẫu số │ Kết quả" gives each rate, its base and a numerator one count makes', () => {
    const row = (n: string, label: string, num: string, base: string, result: string) =>
      `<tr><td>${n}</td><td>${label}</td><td>${num}</td><td>${base}</td><td>${result}</td><td>19,79</td><td>20</td><td>98,41%</td></tr>`;
    const page = `<h1>Bộ chỉ số phục vụ người dân, doanh nghiệp</h1><span>15/12/2025 - 14/06/2026</span>
      <table><thead><tr><th>STT</th><th>Chỉ số</th><th>Tử số</th><th>Mẫu số</th><th>Kết quả</th><th>Điểm đạt</th><th>Điểm tối đa</th><th>Bình quân toàn tỉnh</th></tr></thead><tbody>
      ${row('1.2', 'Tỷ lệ TTHC công khai đầy đủ, đúng hạn trên Cổng DVC', '366', '366', '100,00%')}
      ${row('2.1', 'Tỷ lệ hồ sơ giải quyết trước hạn, đúng hạn', '1 129', '1 141', '98,95%')}
      ${row('3.1', 'Tỷ lệ hồ sơ tiếp nhận trực tuyến', '842', '1 196', '70,40%')}
      ${row('3.2', 'Tỷ lệ hồ sơ thanh toán trực tuyến', '318', '402', '79,10%')}</tbody></table>`;
    const [read] = extractPage(htmlDoc(page), OPTS).extractions;
    expect(read?.fields).toEqual({
      rateOnTime: 98.95, resolvedTotal: 1141, rateOnline: 70.4, receivedNew: 1196, receivedOnline: 842, ratePayment: 79.1, feeDossiers: 402, paidOnline: 318,
    });
    expect(read?.cells.feeDossiers?.header).toEqual(['Tỷ lệ hồ sơ thanh toán trực tuyến', 'Mẫu số']);
    // The period a picker shows in a chip once closed.
    expect(read?.period).toEqual({ from: '2025-12-15', to: '2026-06-14' });
  });

  it('the period kept in the page’s export links is the search shown', () => {
    const links = (to: string) => `<a href="/bao-cao/xuat-excel?tuNgay=15/01/2026&denNgay=${to}">Xuất Excel</a><a href="/bao-cao/in?tuNgay=15/01/2026&denNgay=14/02/2026">In</a>`;
    const table = '<table><thead><tr><th>Tiếp nhận</th><th>Đã giải quyết</th></tr></thead><tbody><tr><td>812</td><td>806</td></tr></tbody></table>';
    expect(extractPage(htmlDoc(`<h1>Thống kê</h1>${links('14/02/2026')}${table}`), OPTS).extractions[0]?.period).toEqual(FEB);
    // Links to different periods say nothing.
    expect(extractPage(htmlDoc(`<h1>Thống kê</h1>${links('14/03/2026')}${table}`), OPTS).extractions[0]?.period).toBeNull();
  });

  it('a column of "x / y" pairs under a heading naming both gives both figures', () => {
    const page = `<h1>Thống kê số hóa hồ sơ</h1>${PERIOD}<table><thead><tr><th rowspan="2">Đơn vị</th><th colspan="2">Số hóa thành phần hồ sơ khi tiếp nhận</th>
      <th colspan="2">Thanh toán trực tuyến</th><th rowspan="2">Ngày cập nhật</th></tr>
      <tr><th>Có số hóa / Tiếp nhận</th><th>Tỷ lệ</th><th>Đã TTTT / Hồ sơ có phí, lệ phí</th><th>Tỷ lệ</th></tr></thead>
      <tbody><tr><td>Xã Bình Giang</td><td>251/264</td><td>95.08%</td><td>41 / 58</td><td>70.69%</td><td>14/02/2026</td></tr></tbody></table>`;
    const [read] = extractPage(htmlDoc(page), OPTS).extractions;
    expect(read?.fields).toMatchObject({ digitized: 251, digitizedBase: 264, rateDigitized: 95.08, paidOnline: 41, feeDossiers: 58, ratePayment: 70.69 });
  });

  it('in a key/value list, year-to-date rows are not the period’s, and "Mới trong kỳ" under the received total is the new part', () => {
    const row = (label: string, value: string) => `<tr><td>${label}</td><td>${value}</td></tr>`;
    const page = `<h1>Thống kê hồ sơ</h1>${PERIOD}<table><thead><tr><th>Chỉ tiêu</th><th>Số lượng</th></tr></thead><tbody>
      ${row('Lũy kế từ đầu năm 2026 – Tiếp nhận', '2.431')}${row('Hồ sơ tiếp nhận', '836')}${row('- Mới trong kỳ', '809')}
      ${row('- Kỳ trước chuyển sang', '27')}${row('Cùng kỳ năm trước – Đã giải quyết', '688')}${row('Đã giải quyết', '812')}</tbody></table>`;
    const [read] = extractPage(htmlDoc(page), OPTS).extractions;
    expect(read?.fields).toMatchObject({ receivedTotal: 836, receivedNew: 809, carriedOver: 27, resolvedTotal: 812 });
  });

  it('a card’s note with figures of its own is never taken for the card’s name', () => {
    const card = (title: string, value: string, note: string) => `<div class="card"><div class="title"><i></i> ${title}</div><div class="body"><div>${value}</div><div>${note}</div></div></div>`;
    const page = `<h1>Thống kê hồ sơ</h1>${PERIOD}<div class="row">${card('Hồ sơ tiếp nhận', '836', 'Mới trong kỳ: 809 · Kỳ trước chuyển sang: 27')}
      ${card('Đã giải quyết', '812', 'Trước hạn: 640 · Đúng hạn: 157 · Quá hạn: 15')}</div>`;
    for (const read of extractPage(htmlDoc(page), OPTS).extractions) {
      expect(read.fields.carriedOver).not.toBe(836);
      expect(read.fields.receivedNew).not.toBe(836);
    }
  });

  it('a flow heading naming a channel counts only those dossiers: "Hồ sơ trực tuyến đã giải quyết › Đúng hạn" is not all resolved', () => {
    expect(mapPath(['Hồ sơ trực tuyến đã giải quyết', 'Đúng hạn'])).toEqual({ kind: 'unknown' });
    expect(mapPath(['Hồ sơ trực tuyến', 'Đã giải quyết', 'Quá hạn'])).toEqual({ kind: 'unknown' });
    expect(mapPath(['Hồ sơ đã giải quyết', 'Đúng hạn'])).toEqual({ kind: 'field', fields: ['resolvedOnTime'] });
    expect(mapPath(['Hồ sơ tiếp nhận', 'Trực tuyến'])).toEqual({ kind: 'field', fields: ['receivedOnline'] });
  });

  it('each "Tỷ lệ (%)" under one digitization heading is the rate of the count just before it', () => {
    const page = `<h1>Thống kê số hóa</h1>${PERIOD}<table><thead><tr><th rowspan="2">Lĩnh vực</th><th colspan="5">Số hóa hồ sơ đầu vào</th></tr>
      <tr><th>Hồ sơ tiếp nhận</th><th>Hồ sơ có số hóa thành phần</th><th>Tỷ lệ (%)</th><th>Hồ sơ tái sử dụng dữ liệu số hóa</th><th>Tỷ lệ (%)</th></tr></thead>
      <tbody><tr><td>Tổng cộng</td><td>394</td><td>376</td><td>95,43</td><td>152</td><td>38,58</td></tr></tbody></table>`;
    const [read] = extractPage(htmlDoc(page), OPTS).extractions;
    expect(read?.fields).toMatchObject({ digitized: 376, rateDigitized: 95.43, reused: 152, rateReused: 38.58 });
  });

  it('a picked period whose calendar days the page writes out is those days, not the reporting period of that name', () => {
    const picker = '<label>Quý: <select name="quy"><option>Quý 2</option><option selected>Quý 3</option></select></label><label>Năm: <select name="nam"><option selected>2025</option></select></label>';
    const table = '<table><thead><tr><th>Đơn vị</th><th>Tiếp nhận</th><th>Đã giải quyết</th></tr></thead><tbody><tr><td>Xã Bình Giang</td><td>1.371</td><td>1.011</td></tr></tbody></table>';
    const page = (said: string) => extractPage(htmlDoc(`<h1>Thống kê</h1>${picker}<span>Kỳ: <b>Quý 3/2025</b>${said}</span>${table}`), OPTS).extractions[0];
    const calendar = page(' (01/07/2025 - 30/09/2025)');
    expect(calendar?.period).toEqual({ from: '2025-07-01', to: '2025-09-30' });
    expect(calendar?.warnings.join(' ')).not.toContain('hiểu là kỳ báo cáo');
    // Saying nothing more, the quarter is read as the reporting quarter.
    expect(page('')?.period).toEqual({ from: '2025-06-15', to: '2025-09-14' });
  });

  it('one table per unit, each under a line naming its unit: only the clerk’s table is read', () => {
    const unitTable = (n: number, name: string, received: string, resolved: string) =>
      `<table><tr><td><b>${n}. Đơn vị: UBND ${name}</b></td><td><a href="#top">[Về đầu trang]</a></td></tr></table>
      <table border="1"><tr><td>STT</td><td>Lĩnh vực</td><td>Tiếp nhận</td><td>Đã giải quyết</td></tr>
      <tr><td>1</td><td>Hộ tịch</td><td>${received}</td><td>${resolved}</td></tr><tr><td></td><td>Cộng</td><td>${received}</td><td>${resolved}</td></tr></table>`;
    const page = `<h1>Báo cáo theo đơn vị</h1>${PERIOD}${unitTable(1, 'xã Đường An', '611', '597')}${unitTable(2, 'xã Bình Giang', '812', '806')}${unitTable(3, 'xã Tân Hưng', '409', '400')}`;
    const reads = extractPage(htmlDoc(page), OPTS).extractions;
    expect(reads.map((e) => e.fields)).toEqual([{ receivedNew: 812, resolvedTotal: 806 }]);
  });

  it('a unit list or a letterhead’s next lines before a table are not a line naming the table’s unit', () => {
    const table = '<table><thead><tr><th>Chỉ tiêu</th><th>Tiếp nhận</th><th>Đã giải quyết</th></tr></thead><tbody><tr><td>Tổng</td><td>812</td><td>806</td></tr></tbody></table>';
    const form = '<div>Đơn vị <select><option selected>UBND xã Bình Giang</option><option>UBND xã Thanh Hà</option></select> Từ ngày Đến ngày</div>';
    expect(extractPage(htmlDoc(`<h1>Thống kê</h1>${PERIOD}${form}${table}`), OPTS).extractions).toHaveLength(1);
    const letterhead = (name: string) => `<div><div>ỦY BAN NHÂN DÂN ${name}</div><div>BÁO CÁO TÌNH HÌNH GIẢI QUYẾT TTHC</div></div>`;
    expect(extractPage(htmlDoc(`<h1>Thống kê</h1>${PERIOD}${letterhead('XÃ BÌNH GIANG')}${table}`), OPTS).extractions).toHaveLength(1);
    expect(extractPage(htmlDoc(`<h1>Thống kê</h1>${PERIOD}${letterhead('XÃ BÌNH GIANG BẮC')}${table}`), OPTS).problem).toContain('XÃ BÌNH GIANG BẮC»');
  });

  it('a grid grouped by level ("Cấp: Cấp thành phố – 7 mục") is a table split by level: refused', () => {
    const rows = ['Cấp: Cấp thành phố – 7 mục|24.450|23.989', 'Sở Tư pháp|1.842|1.810', 'Cấp: Cấp xã, phường – 103 mục|41.220|39.015', 'Toàn thành phố|65.670|63.004']
      .map((r) => `<tr><td>${r.split('|').join('</td><td>')}</td></tr>`).join('');
    const page = `<h1>Thống kê</h1>${PERIOD}<table><thead><tr><th>Cơ quan, đơn vị</th><th>Tiếp nhận</th><th>Đã giải quyết</th></tr></thead><tbody>${rows}</tbody></table>`;
    expect(extractPage(htmlDoc(page), OPTS).problem).toContain('cấp hành chính');
  });

  it('"Sớm │ Đúng │ Trễ" and "› Số hồ sơ" under a flow heading read as the timing splits and the flow’s total', () => {
    expect(mapPath(['Hồ sơ đã giải quyết', 'Đúng'])).toEqual({ kind: 'field', fields: ['resolvedOnTime'] });
    expect(mapPath(['Hồ sơ đã giải quyết', 'Số hồ sơ'])).toEqual({ kind: 'field', fields: ['resolvedTotal'] });
    expect(mapPath(['Hồ sơ đang giải quyết', 'Số lượng'])).toEqual({ kind: 'field', fields: ['inProgressTotal'] });
  });

  it('two tables of one page disagreeing on a field: the first table’s stands, the later one is flagged', () => {
    const main = '<table><thead><tr><th>Lĩnh vực</th><th>Tồn trước</th><th>Mới nhận</th><th>Tổng nhận</th><th>Chờ bộ túc</th></tr></thead><tbody><tr><td>Tổng cộng</td><td>15</td><td>307</td><td>322</td><td>3</td></tr></tbody></table>';
    const box = '<table><thead><tr><th>Chỉ tiêu</th><th>Kỳ này</th><th>Cùng kỳ 2025</th></tr></thead><tbody><tr><td>Mới tiếp nhận</td><td>322</td><td>301</td></tr><tr><td>Đã giải quyết</td><td>297</td><td>280</td></tr></tbody></table>';
    const [first, second, ...more] = extractPage(htmlDoc(`<h1>Thống kê</h1>${PERIOD}<div>${main}</div><div><h3>Tóm tắt</h3>${box}</div>`), OPTS).extractions;
    expect(more).toEqual([]);
    expect(first?.fields).toEqual({ carriedOver: 15, receivedNew: 307, receivedTotal: 322, suspended: 3 });
    expect(second?.fields).toEqual({ resolvedTotal: 297 });
    expect(second?.warnings.join(' ')).toContain('bảng trước trên cùng trang ghi 307');
  });

  it('a table whose rows are days is never added up into the page’s period', () => {
    const days = ['Thứ Hai, 02/02/2026|41|37', 'Thứ Ba, 03/02/2026|38|35', 'T4 04/02/2026|45|39']
      .map((r) => `<tr><td>${r.split('|').join('</td><td>')}</td></tr>`).join('');
    const page = `<h1>Thống kê</h1>${PERIOD}<table><thead><tr><th>Ngày</th><th>Tiếp nhận</th><th>Đã giải quyết</th></tr></thead><tbody>${days}</tbody></table>`;
    const result = extractPage(htmlDoc(page), OPTS);
    expect(result.extractions).toEqual([]);
    expect(result.problem).toContain('bảng chia theo kỳ');
  });

  it('two separate one-row tables side by side are two tables, not one grid with frozen columns', () => {
    const table = (head: string, row: string) => `<table><thead><tr>${head.split('|').map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody><tr>${row.split('|').map((c) => `<td>${c}</td>`).join('')}</tr></tbody></table>`;
    const page = `<h1>Thống kê</h1>${PERIOD}<div>${table('Lĩnh vực|Tồn trước|Mới nhận', 'Tổng cộng|15|307')}</div><div>${table('Chỉ tiêu|Mới tiếp nhận|Đã giải quyết', 'Kỳ này|322|297')}</div>`;
    const reads = extractPage(htmlDoc(page), OPTS).extractions;
    expect(reads).toHaveLength(2);
    expect(reads[0]?.fields).toEqual({ carriedOver: 15, receivedNew: 307 });
  });

  it('"Trả lại" and "Xin rút" as two columns add up to the returned or withdrawn dossiers, unless the whole is given too', () => {
    const grid = (head: string, row: string) => `<h1>Thống kê</h1>${PERIOD}<table><thead>${head}</thead><tbody><tr>${row.split('|').map((c) => `<td>${c}</td>`).join('')}</tr></tbody></table>`;
    const flat = '<tr><th>Đơn vị</th><th>Tiếp nhận</th><th>Đã giải quyết</th><th>Hồ sơ trả lại</th><th>Rút hồ sơ</th></tr>';
    expect(extractPage(htmlDoc(grid(flat, 'Tổng cộng|50|40|3|2')), OPTS).extractions[0]?.fields).toMatchObject({ returnedWithdrawn: 5 });
    const nested = '<tr><th rowspan="2">Đơn vị</th><th rowspan="2">Tiếp nhận</th><th colspan="3">Trả lại, xin rút</th></tr><tr><th>Tổng số</th><th>Trả lại</th><th>Xin rút</th></tr>';
    expect(extractPage(htmlDoc(grid(nested, 'Tổng cộng|50|5|3|2')), OPTS).extractions[0]?.fields).toMatchObject({ returnedWithdrawn: 5 });
    const keyed = `<h1>Thống kê</h1>${PERIOD}<table><thead><tr><th>Chỉ tiêu</th><th>Số lượng</th></tr></thead><tbody>
      <tr><td>Hồ sơ tiếp nhận</td><td>50</td></tr><tr><td>Hồ sơ trả lại</td><td>3</td></tr><tr><td>Hồ sơ xin rút</td><td>2</td></tr></tbody></table>`;
    expect(extractPage(htmlDoc(keyed), OPTS).extractions[0]?.fields).toMatchObject({ returnedWithdrawn: 5 });
  });
});

describe('pages of real systems, fourth round (after the 2025 mergers, exports, BI tools)', () => {
  it('a commune name holding a separator of its own ("xã Chân Mây - Lăng Cô") is read whole where it is the clerk’s', () => {
    const own = { ...OPTS, unitName: 'xã Chân Mây - Lăng Cô' };
    const page = (line: string) => htmlDoc(`<h1>Trung tâm Phục vụ hành chính công ${line}</h1><p>Thống kê hồ sơ</p>`);
    expect(otherUnit(page('xã Chân Mây - Lăng Cô'), [], own)).toBeNull();
    expect(otherUnit(page('xã Chân Mây - Lăng Cô, thành phố Huế'), [], own)).toBeNull();
    // Another commune still: one whose name is the clerk's first part, or the clerk's with a direction after it.
    expect(otherUnit(page('xã Chân Mây - Thông báo'), [], own)).toContain('Chân Mây');
    expect(otherUnit(page('xã Chân Mây - Lăng Cô Bắc'), [], own)).toContain('Chân Mây');
    // A separator after the clerk's name is still where the name ends.
    expect(otherUnit(page('xã Bình Giang - Huyện Gia Lộc'), [], OPTS)).toBeNull();
  });

  it('"Trực tiếp / BC" is the direct and postal dossiers together', () => {
    expect(mapPath(['Tiếp nhận', 'Trực tiếp / BC'])).toEqual({ kind: 'field', fields: ['receivedDirectOrPostal'] });
  });

  it('rows grouped by month with a total per month and per quarter: the total of the page’s period alone is read', () => {
    const head = '<thead><tr><th>STT</th><th>Lĩnh vực</th><th>Tồn trước</th><th>Nhận trong kỳ</th><th>Đã giải quyết</th><th>Tỉ lệ sớm và đúng hạn</th></tr></thead>';
    const month = (m: string, a: string, b: string) => `<tr><td colspan="6">Tháng ${m}/2026 (từ 15/${Number(m) - 1}/2026 đến 14/${m}/2026)</td></tr>
      <tr><td>1</td><td>Chứng thực</td><td>0</td><td>${a}</td><td>${a}</td><td>1,0000</td></tr><tr><td>2</td><td>Hộ tịch</td><td>6</td><td>${b}</td><td>${b}</td><td>0,9878</td></tr>
      <tr><td colspan="2">Cộng tháng ${m}/2026</td><td>6</td><td>${Number(a) + Number(b)}</td><td>${Number(a) + Number(b)}</td><td>0,9912</td></tr>`;
    const rows = `${month('07', '237', '85')}${month('08', '263', '88')}${month('09', '247', '90')}
      <tr><td colspan="2">Cộng Quý III/2026</td><td>6</td><td>1.010</td><td>1.010</td><td>0,9934</td></tr>
      <tr><td colspan="2">Lũy kế từ đầu năm <span>(15/12/2025 – 14/09/2026)</span></td><td>11</td><td>3.207</td><td>3.152</td><td>0,9930</td></tr>`;
    const page = (period: string) => htmlDoc(`<h1>Báo cáo tổng hợp</h1><p>(Kỳ báo cáo: ${period})</p><p>Đơn vị tính: hồ sơ; tỉ lệ tính theo số thập phân (1 = 100%)</p><table>${head}<tbody>${rows}</tbody></table>`);
    const [read, ...more] = extractPage(page('từ ngày 15/06/2026 đến ngày 14/09/2026'), OPTS).extractions;
    expect(more).toEqual([]);
    expect(read?.period).toEqual({ from: '2026-06-15', to: '2026-09-14' });
    expect(read?.fields).toEqual({ carriedOver: 6, receivedNew: 1010, resolvedTotal: 1010, rateOnTime: 99.34 });
    expect(read?.warnings.join(' ')).toContain('1 = 100%');
    // A month of the quarter: its own total.
    expect(extractPage(page('từ ngày 15/07/2026 đến ngày 14/08/2026'), OPTS).extractions[0]?.fields).toMatchObject({ receivedNew: 351, rateOnTime: 99.12 });
    // A period the table has no total of: nothing, never the rows added up.
    const other = extractPage(page('từ ngày 15/09/2026 đến ngày 14/10/2026'), OPTS);
    expect(other.extractions).toEqual([]);
    expect(other.problem).toContain('cộng theo từng kỳ');
  });

  it('rates are fractions of one only when every value of the column is written so', () => {
    const grid = (rates: string[]) => htmlDoc(`<h1>Thống kê</h1>${PERIOD}<table><thead><tr><th>Lĩnh vực</th><th>Đã giải quyết</th><th>Tỷ lệ đúng hạn</th></tr></thead><tbody>
      <tr><td>Hộ tịch</td><td>40</td><td>${rates[0]}</td></tr><tr><td>Tổng cộng</td><td>40</td><td>${rates[1]}</td></tr></tbody></table>`);
    expect(extractPage(grid(['1,0000', '0,9750']), OPTS).extractions[0]?.fields.rateOnTime).toBe(97.5);
    expect(extractPage(grid(['1', '0,975']), OPTS).extractions[0]?.fields.rateOnTime).toBe(0.975);
    expect(extractPage(grid(['100', '0,9750']), OPTS).extractions[0]?.fields.rateOnTime).toBe(0.975);
  });

  it('"Từ chối giải quyết" and "Rút không giải quyết" add up to the returned or withdrawn dossiers', () => {
    const head = '<tr><th rowspan="2">Lĩnh vực</th><th colspan="3">Kết quả giải quyết</th><th rowspan="2">Rút không giải quyết</th></tr><tr><th>Tổng số</th><th>Đúng hạn</th><th>Từ chối giải quyết</th></tr>';
    const doc = htmlDoc(`<h1>Thống kê</h1>${PERIOD}<table><thead>${head}</thead><tbody><tr><td>Tổng cộng</td><td>40</td><td>40</td><td>3</td><td>4</td></tr></tbody></table>`);
    expect(extractPage(doc, OPTS).extractions[0]?.fields).toMatchObject({ resolvedTotal: 40, returnedWithdrawn: 7 });
    expect(mapPath(['CD rút hồ sơ'])).toEqual({ kind: 'field', fields: ['returnedWithdrawn'] });
  });

  it('a count split by the way dossiers came in adds up its channels, unless the whole is given too', () => {
    const head = `<tr><th rowspan="2">Cơ quan có thẩm quyền giải quyết</th><th rowspan="2">Số hồ sơ đã giải quyết</th><th colspan="2">Trả đúng thời hạn</th><th colspan="2">Trả quá hạn</th></tr>
      <tr><th>Hồ sơ trực tuyến</th><th>Hồ sơ trực tiếp</th><th>Hồ sơ trực tuyến</th><th>Hồ sơ trực tiếp</th></tr>`;
    const doc = htmlDoc(`<h1>Thống kê</h1>${PERIOD}<table><thead>${head}</thead><tbody><tr><td>UBND xã Bình Giang</td><td>3.371</td><td>2.188</td><td>1.151</td><td>19</td><td>13</td></tr></tbody></table>`);
    expect(extractPage(doc, OPTS).extractions[0]?.fields).toMatchObject({ resolvedTotal: 3371, resolvedEarlyOrOnTime: 3339, resolvedLate: 32 });
    // The received dossiers by channel stay the channels' own counts.
    expect(mapPath(['Tiếp nhận', 'Hồ sơ trực tuyến'])).toEqual({ kind: 'field', fields: ['receivedOnline'] });
  });

  it('a service point’s row is a unit’s row of a wider body: the table is not the clerk’s, nor added up', () => {
    const rows = ['Điểm phục vụ hành chính công xã Bình Giang|4 517', 'Điểm phục vụ hành chính công xã Tiên Yên|2 653'].map((r) => `<tr>${r.split('|').map((c) => `<td>${c}</td>`).join('')}</tr>`).join('');
    const doc = htmlDoc(`<h1>Thống kê</h1>${PERIOD}<table><thead><tr><th>Chi nhánh / Điểm phục vụ hành chính công</th><th>Tổng số hồ sơ tiếp nhận</th></tr></thead><tbody>${rows}</tbody></table>`);
    const result = extractPage(doc, OPTS);
    expect(result.extractions).toEqual([]);
    expect(result.problem).toContain('không có dòng của');
  });

  it('a table of officers’ figures, or filtered to one officer, is never the unit’s: neither its total nor its sum', () => {
    const head = '<thead><tr><th>STT</th><th>Cán bộ xử lý</th><th>Đã giải quyết</th><th>Đang giải quyết</th></tr></thead>';
    const people = '<tr><td>1</td><td>Trần Văn Hùng</td><td>507</td><td>5</td></tr><tr><td>2</td><td>Nguyễn Thị Hoài Thu</td><td>375</td><td>13</td></tr>';
    const byOfficer = extractPage(htmlDoc(`<h1>Thống kê</h1>${PERIOD}<table>${head}<tbody>${people}<tr><td colspan="2">Cộng theo cán bộ</td><td>882</td><td>18</td></tr></tbody></table>`), OPTS);
    expect(byOfficer.extractions).toEqual([]);
    expect(byOfficer.problem).toContain('theo cán bộ xử lý');
    const oneOfficer = `<h1>Thống kê hồ sơ</h1>${PERIOD}<div style="font-weight:bold">KẾT QUẢ XỬ LÝ HỒ SƠ CỦA CÁN BỘ: LÊ THỊ HỒNG NHUNG</div>
      <table><thead><tr><th>STT</th><th>Thủ tục hành chính</th><th>Đã giải quyết</th><th>Đang giải quyết</th></tr></thead>
      <tbody><tr><td>1</td><td>Đăng ký khai sinh</td><td>77</td><td>2</td></tr><tr><td colspan="2">Tổng cộng</td><td>262</td><td>10</td></tr></tbody></table>`;
    expect(extractPage(htmlDoc(oneOfficer), OPTS).extractions).toEqual([]);
  });

  it('an on-time rate headed as the resolved dossiers’ is read beside its late rate', () => {
    const head = `<thead><tr><th rowspan="2">Đơn vị</th><th rowspan="2">Đã giải quyết</th><th colspan="2">Tỷ lệ hồ sơ đã giải quyết</th><th rowspan="2">Tỉ lệ đúng hạn</th></tr>
      <tr><th>Tỷ lệ HS đã xử lý trước hạn, đúng hạn (%)</th><th>Tỷ lệ HS đã xử lý quá hạn (%)</th></tr></thead>`;
    const doc = htmlDoc(`<h1>Thống kê</h1>${PERIOD}<table>${head}<tbody><tr><td>xã Bình Giang</td><td>962</td><td>99,27</td><td>0,73</td><td>98,64</td></tr></tbody></table>`);
    expect(extractPage(doc, OPTS).extractions[0]?.fields.rateOnTime).toBe(99.27);
    // A bare on-time rate beside a late rate may be of all dossiers to handle: still not read.
    const bare = htmlDoc(`<h1>Thống kê</h1>${PERIOD}<table><thead><tr><th>Đơn vị</th><th>Đã giải quyết</th><th>Tỉ lệ đúng hạn</th><th>Tỉ lệ trễ hạn</th></tr></thead>
      <tbody><tr><td>xã Bình Giang</td><td>962</td><td>98,64</td><td>1,36</td></tr></tbody></table>`);
    expect(extractPage(bare, OPTS).extractions[0]?.fields.rateOnTime).toBeUndefined();
  });

  it('a pivot whose unit name spans its parts’ rows gives the unit’s subtotal row, never its first part', () => {
    const head = '<thead><tr><th>Xã/phường</th><th>Hình thức nộp</th><th>Tiếp nhận mới</th><th>Đúng hạn và trước hạn</th><th>Tỷ lệ TT trực tuyến</th></tr></thead>';
    const group = (name: string, subtotal: boolean) => `<tr><th rowspan="${subtotal ? 3 : 2}">${name}</th><th>Trực tuyến</th><td>1 846</td><td>1 806</td><td>90,5%</td></tr>
      <tr><th>Trực tiếp</th><td>512</td><td>489</td><td>23,6%</td></tr>${subtotal ? '<tr><th>Subtotal</th><td>2 358</td><td>2 295</td><td>114,1%</td></tr>' : ''}`;
    const page = (subtotal: boolean) => htmlDoc(`<h1>Thống kê</h1>${PERIOD}<table>${head}<tbody>${group('Xã Bình Giang', subtotal)}${group('Xã Hải Châu', true)}</tbody></table>`);
    const read = extractPage(page(true), OPTS).extractions[0];
    expect(read?.fields).toEqual({ receivedNew: 2358, resolvedEarlyOrOnTime: 2295 });
    // A sum of the parts' rates is no rate: not kept, and said.
    expect(read?.warnings.join(' ')).toContain('114,1%, nằm ngoài 0–100%: không lưu');
    const none = extractPage(page(false), OPTS);
    expect(none.extractions).toEqual([]);
    expect(none.problem).toContain('không có dòng cộng');
  });

  it('the clerk’s row as an expanded group with no figures of its own gives the group’s total below it', () => {
    const row = (name: string, a: string, b: string) => `<tr><td>${name}</td><td>${a}</td><td>${b}</td></tr>`;
    const rows = [row('xã Yên Kỳ', '227', '222'), row('xã Bình Giang', '', ''), row('Hộ tịch', '118', '117'), row('Chứng thực', '164', '164'),
      row('Tổng', '330', '326'), row('xã Yên Sơn', '390', '385'), row('Tổng', '48.215', '47.390')].join('');
    const doc = htmlDoc(`<h1>Thống kê</h1>${PERIOD}<table><thead><tr><th>Xã/phường · Lĩnh vực</th><th>Tiếp nhận mới</th><th>Đã giải quyết</th></tr></thead><tbody>${rows}</tbody></table>`);
    const [read] = extractPage(doc, OPTS).extractions;
    expect(read?.fields).toEqual({ receivedNew: 330, resolvedTotal: 326 });
    expect(read?.rowChoice).toBe('unit');
  });

  it('cards in a hidden box (a tooltip left from the last hover) are never read', () => {
    const card = (label: string, n: string) => `<div class="kpi"><div>${label}</div><div>${n}</div></div>`;
    const page = (style: string) => htmlDoc(`<style>.tip{display:none}</style><h1>Bảng điều hành thống kê hồ sơ</h1>${PERIOD}
      <div class="tip" style="${style}">${card('Tiếp nhận mới', '301')}${card('Đã giải quyết', '297')}</div>`);
    expect(extractPage(page('display:none'), OPTS).extractions).toEqual([]);
    expect(extractPage(page(''), OPTS).extractions).toEqual([]);
  });

  it('a range a picker shows month first ("10/15/2026 - 11/14/2026") is read so only when day first cannot be', () => {
    const page = (range: string) => htmlDoc(`<h1>Thống kê</h1><label for="t">Thời gian</label><input id="t" name="daterange" value="${range}">
      <table><thead><tr><th>Đơn vị</th><th>Tiếp nhận</th><th>Đã giải quyết</th></tr></thead><tbody><tr><td>Tổng cộng</td><td>50</td><td>40</td></tr></tbody></table>`);
    expect(extractPage(page('10/15/2026 - 11/14/2026'), OPTS).extractions[0]?.period).toEqual({ from: '2026-10-15', to: '2026-11-14' });
    expect(extractPage(page('01/02/2026 - 28/02/2026'), OPTS).extractions[0]?.period).toEqual({ from: '2026-02-01', to: '2026-02-28' });
  });

  it('a count written over its base with the rate ("995/1,002 (99,3%)") gives the count and the rate; "Chưa trả kết quả" is in progress', () => {
    const head = `<tr><th rowspan="2">Tên thủ tục</th><th colspan="2">Đã trả kết quả</th><th colspan="2">Chưa trả kết quả</th></tr>
      <tr><th>Tổng số</th><th>Đúng và trước hạn</th><th>Trong hạn</th><th>Trễ hạn</th></tr>`;
    const rows = '<tr><td>Chứng thực</td><td>0</td><td>n/a</td><td>1</td><td>0</td></tr><tr><td>Tổng cộng</td><td>1,002</td><td>995/1,002 (99,3%)</td><td>27</td><td>4</td></tr>';
    const [read] = extractPage(htmlDoc(`<h1>Thống kê</h1>${PERIOD}<table><thead>${head}</thead><tbody>${rows}</tbody></table>`), OPTS).extractions;
    expect(read?.fields).toMatchObject({ resolvedTotal: 1002, resolvedEarlyOrOnTime: 995, rateOnTime: 99.3, inProgressWithin: 27, inProgressOverdue: 4 });
  });

  it('a feedback table whose first figure is of feedback keeps its due-date columns the feedback’s; a group’s "Cộng" stands for its parts', () => {
    const head = `<tr><th rowspan="3">Đơn vị xử lý</th><th rowspan="3">Tổng số PAKN phải xử lý</th><th colspan="2">Trong đó</th><th colspan="2">Kết quả xử lý</th><th colspan="3">Đánh giá của người dân</th><th rowspan="3">Tỷ lệ hài lòng trong xử lý PAKN (%)</th></tr>
      <tr><th rowspan="2">Kỳ trước chuyển sang</th><th rowspan="2">Tiếp nhận trong kỳ</th><th rowspan="2">Đúng hạn</th><th rowspan="2">Quá hạn</th><th colspan="3">Hài lòng</th></tr>
      <tr><th>Rất hài lòng</th><th>Hài lòng</th><th>Cộng</th></tr>`;
    const doc = htmlDoc(`<h1>Thống kê</h1>${PERIOD}<table><thead>${head}</thead><tbody><tr><td>Xã Bình Giang</td><td>31</td><td>4</td><td>27</td><td>22</td><td>2</td><td>9</td><td>8</td><td>17</td><td>81,48</td></tr></tbody></table>`);
    const [read] = extractPage(doc, OPTS).extractions;
    expect(read?.fields).toEqual({ paknReceived: 27, paknSatisfied: 17, ratePaknSatisfied: 81.48 });
  });

  it('reports stacked on one page, each under a line naming its period, each keep their own period', () => {
    const report = (title: string, n: string) => `<div><div class="title">TỔNG HỢP TÌNH HÌNH GIẢI QUYẾT HỒ SƠ</div><div>${title}</div>
      <table><thead><tr><th>Lĩnh vực</th><th>Tiếp nhận trong kỳ</th></tr></thead><tbody><tr><td>Tổng số</td><td>${n}</td></tr></tbody></table></div>`;
    const doc = htmlDoc(`<h1>Thống kê</h1>${report('Tháng 8 Năm 2026 (Từ ngày 15/07/2026 đến ngày 14/08/2026)', '428')}${report('Tháng 9 Năm 2026 (Từ ngày 15/08/2026 đến ngày 14/09/2026)', '447')}`);
    const reads = extractPage(doc, OPTS).extractions.map((e) => [e.period?.to, e.fields.receivedNew]);
    expect(reads).toEqual([['2026-08-14', 428], ['2026-09-14', 447]]);
  });

  it('an inactive tab’s text names no period of the page', () => {
    const doc = htmlDoc(`<style>.tab-hidden{display:none}</style><h1>Thống kê</h1>
      <div class="tab-hidden"><p>Từ ngày 15/10/2026 đến ngày 14/11/2026</p></div><div><p>Từ ngày 15/06/2026 đến ngày 14/09/2026</p></div>
      <table><thead><tr><th>Lĩnh vực</th><th>Tiếp nhận trong kỳ</th></tr></thead><tbody><tr><td>Tổng số</td><td>1.046</td></tr></tbody></table>`);
    expect(extractPage(doc, OPTS).extractions[0]?.period).toEqual({ from: '2026-06-15', to: '2026-09-14' });
  });

  it('a catalogue’s rate is a share of procedures, never a dossier rate', () => {
    const head = '<tr><th rowspan="2">Cấp thực hiện</th><th rowspan="2">Tổng số TTHC</th><th colspan="3">Dịch vụ công trực tuyến</th></tr><tr><th>Toàn trình</th><th>Một phần</th><th>Tỷ lệ (%)</th></tr>';
    const doc = htmlDoc(`<h1>Danh mục thủ tục hành chính</h1>${PERIOD}<table><thead>${head}</thead><tbody><tr><td>Cấp xã</td><td>338</td><td>162</td><td>141</td><td>89,64</td></tr></tbody></table>`);
    const [read] = extractPage(doc, OPTS).extractions;
    expect(read?.fields.tthcFull).toBe(162);
    expect(read?.fields.rateOnline).toBeUndefined();
  });

  it('a column headed "Tháng" whose cells are "05/2026" makes a table of months: only the page’s month is read', () => {
    const rows = ['08/2026|560|352', '09/2026|598|380', '10/2026|642|431'].map((r) => `<tr>${r.split('|').map((c) => `<td>${c}</td>`).join('')}</tr>`).join('');
    const doc = htmlDoc(`<h1>Thống kê</h1><p>Kỳ báo cáo: từ ngày 15/09/2026 đến ngày 14/10/2026</p><table><caption>Số hồ sơ mới tiếp nhận theo tháng báo cáo năm 2026</caption>
      <thead><tr><th>Tháng</th><th>Mới tiếp nhận</th><th>Trực tuyến</th></tr></thead><tbody>${rows}</tbody></table>`);
    expect(extractPage(doc, OPTS).extractions.map((e) => e.fields)).toEqual([{ receivedNew: 642, receivedOnline: 431 }]);
  });

  it('cards of several units, each under its name: only the clerk’s group is read', () => {
    const unit = (name: string, received: string, resolved: string) => `<div class="card"><div class="ten"><span role="img">▥</span> ${name}</div>
      <div class="row"><span>- Tiếp nhận mới:</span><b>${received}</b></div><div class="row"><span>Hồ sơ đã xử lý:</span><b>${resolved}</b></div></div>`;
    const page = (units: string) => htmlDoc(`<h1>Bảng tình hình tiếp nhận và giải quyết thủ tục hành chính</h1>${PERIOD}
      <div class="box"><div>TỔNG HỢP TOÀN TỈNH</div><div><span>Tổng hồ sơ:</span><b>198.734</b></div></div><div class="list">${units}</div>`);
    const read = extractPage(page(`${unit('xã Hoằng Sơn', '441', '405')}${unit('xã Bình Giang', '687', '629')}`), OPTS).extractions;
    expect(read.map((e) => e.fields)).toEqual([{ receivedNew: 687, resolvedTotal: 629 }]);
  });

  it('a number drawn in pieces ("98" ".37" "%") is never read as its first piece', () => {
    const stat = (title: string, value: string) => `<div class="stat"><div class="title">${title}</div><div class="content"><span class="value">${value}</span></div></div>`;
    const doc = htmlDoc(`<h1>Bảng điều hành thống kê hồ sơ</h1>${PERIOD}${stat('Đã giải quyết', '<span>4,051</span>')}${stat('Giải quyết trước hạn, đúng hạn', '<span>98</span><span>.37</span>')}`);
    const fields = extractPage(doc, OPTS).extractions[0]?.fields ?? {};
    expect(Object.values(fields)).not.toContain(98);
  });

  it('a body above the commune chosen in the unit selector makes the page that body’s', () => {
    const page = (chosen: string) => htmlDoc(`<h1>Thống kê đánh giá mức độ hài lòng</h1>${PERIOD}
      <label for="cq">Cơ quan, đơn vị</label><div class="select"><div class="selector"><input id="cq" role="combobox" value=""><span>${chosen}</span></div></div>
      <table><thead><tr><th>Lĩnh vực</th><th>Tiếp nhận</th><th>Đã giải quyết</th></tr></thead><tbody><tr><td>Tổng cộng</td><td>50</td><td>40</td></tr></tbody></table>`);
    const result = extractPage(page('Trung tâm Phục vụ hành chính công tỉnh Tây Ninh'), OPTS);
    expect(result.extractions).toEqual([]);
    expect(result.problem).toContain('Trung tâm Phục vụ hành chính công tỉnh Tây Ninh');
    expect(extractPage(page('UBND xã Bình Giang'), OPTS).extractions).toHaveLength(1);
    expect(extractPage(page('-- Tất cả --'), OPTS).extractions).toHaveLength(1);
    // The commune's own desk is no body above it; a department is.
    expect(extractPage(page('Bộ phận Một cửa'), OPTS).extractions).toHaveLength(1);
    expect(extractPage(page('Sở Tư pháp'), OPTS).problem).toContain('Sở Tư pháp');
  });

  it('a rate about feedback is the feedback’s satisfaction or nothing, never a dossier rate', () => {
    expect(mapPath(['Tỷ lệ phản ánh, kiến nghị xử lý đúng hạn'])).toEqual({ kind: 'unknown' });
    expect(mapPath(['Tỷ lệ hài lòng trong xử lý phản ánh, kiến nghị'])).toEqual({ kind: 'field', fields: ['ratePaknSatisfied'] });
    expect(mapPath(['Tỷ lệ giải quyết đúng hạn'])).toEqual({ kind: 'field', fields: ['rateOnTime'] });
  });

  it('one part shown twice is one figure; a timing across the resolved and the in-progress is neither’s', () => {
    const card = (label: string, n: string) => `<div class="box"><div>${label}</div><b>${n}</b></div>`;
    const doc = htmlDoc(`<h1>Bảng điều hành thống kê hồ sơ</h1>${PERIOD}${card('Đã giải quyết', '505')}${card('Rút không giải quyết', '5')}${card('Rút hồ sơ', '5')}`);
    expect(extractPage(doc, OPTS).extractions[0]?.fields).toEqual({ resolvedTotal: 505, returnedWithdrawn: 5 });
    expect(mapPath(['Hồ sơ quá hạn (đã và đang giải quyết)'])).toEqual({ kind: 'unknown' });
  });

  it('columns under a heading of another span ("Lũy kế từ đầu năm › …") are not the period’s', () => {
    const head = `<tr><th rowspan="2">Lĩnh vực</th><th colspan="2">Trong tuần</th><th colspan="2">Lũy kế từ đầu năm (từ 01/01/2026 đến 29/11/2026)</th></tr>
      <tr><th>Tiếp nhận mới</th><th>Đã giải quyết</th><th>Tiếp nhận</th><th>Tỷ lệ GQ đúng hạn (%)</th></tr>`;
    const doc = htmlDoc(`<h1>Thống kê</h1>${PERIOD}<table><thead>${head}</thead><tbody><tr><td>Tổng cộng</td><td>97</td><td>92</td><td>4.801</td><td>98,97</td></tr></tbody></table>`);
    expect(extractPage(doc, OPTS).extractions[0]?.fields).toEqual({ receivedNew: 97, resolvedTotal: 92 });
  });
});

describe('pages of real systems, sixth round', () => {
  const totalRow = '<tr><td>Tổng cộng</td><td>812</td><td>806</td><td>6</td></tr>';
  const read = (html: string, opts = OPTS) => extractPage(htmlDoc(`<h1>Thống kê tình hình giải quyết hồ sơ</h1>${html}`), opts);

  it('a range written with two-digit years ("15/10/26 – 14/11/26") is read as this century’s', () => {
    const [e] = read(`<p>Kỳ báo cáo số 2 năm 2026 (15/01/26 – 14/02/26)</p>${table('Lĩnh vực', totalRow)}`).extractions;
    expect(e?.period).toEqual(FEB);
  });

  it('a lone year select beside days the page writes out gives the days; a month select of a few months labelled "Tháng" is read', () => {
    const year = '<label for="nam">Năm</label><select id="nam"><option>2025</option><option selected>2026</option></select>';
    const half = '<p>Kỳ báo cáo 6 tháng: số liệu tính từ ngày 15/12/2025 đến ngày 14/6/2026</p>';
    expect(read(`${year}${half}${table('Lĩnh vực', totalRow)}`).extractions[0]?.period).toEqual({ from: '2025-12-15', to: '2026-06-14' });
    const months = '<label for="thang">Tháng:</label><select id="thang"><option>1</option><option selected>2</option><option>3</option></select>';
    const [e] = read(`${months}${year}${table('Lĩnh vực', totalRow)}`).extractions;
    expect(e?.period).toEqual(FEB);
    // The calendar month written out beside the month chosen says how the portal counts.
    const calendar = '<p>Số liệu từ ngày 01/02/2026 đến ngày 28/02/2026</p>';
    expect(read(`${months}${year}${calendar}${table('Lĩnh vực', totalRow)}`).extractions[0]?.period).toEqual({ from: '2026-02-01', to: '2026-02-28' });
  });

  it('a chart’s data table of weeks ("01/10–07/10") is a table of periods, never added up as the page’s', () => {
    const weeks = `<table><caption>Hồ sơ tiếp nhận theo tuần</caption><tr><th>Tuần</th><th>Tiếp nhận</th></tr>
      <tr><td>15/01–21/01</td><td>69</td></tr><tr><td>22/01–28/01</td><td>74</td></tr><tr><td>29/01–04/02</td><td>71</td></tr><tr><td>05/02–14/02</td><td>87</td></tr></table>`;
    const result = read(`${PERIOD}${weeks}`);
    expect(result.extractions).toEqual([]);
    expect(result.problem).toContain('bảng chia theo kỳ');
  });

  it('a namesake in another province ("Xã Tân Lập - Tỉnh Quảng Trị") is another unit; the clerk’s row names the clerk’s province', () => {
    const opts = { unitName: 'xã Tân Lập', cityName: 'tỉnh Tây Ninh', cutoffDay: 15 };
    const rows = `<tr><td>Xã Tân Lập - Tỉnh Quảng Trị Trước sắp xếp: xã Tân Liên</td><td>187</td><td>161</td><td>26</td></tr>
      <tr><td>Xã Tân Lập - Tỉnh Tây Ninh Trước sắp xếp: xã Thạnh Bắc</td><td>1.046</td><td>938</td><td>108</td></tr>`;
    const [e] = read(`${PERIOD}${table('Đơn vị', rows)}`, opts).extractions;
    expect(e?.fields.resolvedTotal).toBe(938);
    expect(read(`${PERIOD}${table('Đơn vị', rows.split('\n')[0] ?? '')}`, opts).extractions).toEqual([]);
  });

  it('a page whose letterhead is another province’s system is refused, even for a commune of the clerk’s name', () => {
    const opts = { unitName: 'xã Tân An', cityName: 'tỉnh Vĩnh Long', cutoffDay: 15 };
    const page = (province: string) => `<div>ỦY BAN NHÂN DÂN ${province}</div><h2>ỦY BAN NHÂN DÂN XÃ TÂN AN</h2>${PERIOD}${table('Lĩnh vực', totalRow)}`;
    const result = read(page('TỈNH ĐỒNG NAI'), opts);
    expect(result.extractions).toEqual([]);
    expect(result.problem).toContain('TỈNH ĐỒNG NAI');
    expect(read(page('TỈNH VĨNH LONG'), opts).extractions).toHaveLength(1);
  });

  it('communes in general ("của UBND cấp xã theo khu vực", "các xã thuộc cụm …", "xã có tỉ lệ cao nhất") name no unit', () => {
    for (const heading of ['TÌNH HÌNH GIẢI QUYẾT TTHC CỦA UBND CẤP XÃ THEO KHU VỰC', 'Số liệu các xã thuộc cụm Krông Ana', 'Top 5 xã có tỉ lệ trực tuyến cao nhất']) {
      expect(otherUnit(htmlDoc(`<h3>${heading}</h3>`), [], OPTS)).toBeNull();
    }
    expect(otherUnit(htmlDoc('<h3>Số liệu của xã Tân Hưng</h3>'), [], OPTS)).toBe('xã Tân Hưng');
    expect(otherUnit(htmlDoc('<h3>Các xã thuộc cụm: xã Tân Hưng</h3>'), [], OPTS)).toBe('xã Tân Hưng');
  });

  it('cards under a heading of the whole province, or with the unit selector set to it, are the province’s', () => {
    const cards = '<div><div>Tiếp nhận</div><div>61.384</div></div><div><div>Đã giải quyết</div><div>63.171</div></div><div><div>Đang giải quyết</div><div>6.115</div></div>';
    const wide = extractPage(htmlDoc(`<h3>TÌNH HÌNH TIẾP NHẬN, GIẢI QUYẾT HỒ SƠ TTHC TOÀN TỈNH THÁNG 02/2026</h3>${cards}`), OPTS);
    expect(wide.extractions).toEqual([]);
    expect(wide.problem).toContain('hãy chọn đơn vị của mình');
    const selector = '<label for="dv">Đơn vị</label><select id="dv"><option selected>-- Toàn tỉnh --</option><option>UBND xã Bình Giang</option></select>';
    const chosen = read(`${selector}${PERIOD}${table('Lĩnh vực', totalRow)}`);
    expect(chosen.extractions).toEqual([]);
    expect(chosen.problem).toContain('hãy chọn đơn vị của mình');
  });

  it('a table whose own title writes its span ("lũy kế từ 01/01/2026 đến 14/11/2026") keeps that span, not the search’s', () => {
    const ytd = `<table><caption>Số hồ sơ tiếp nhận lũy kế từ 01/01/2026 đến 14/02/2026</caption><tr><th>Đơn vị</th><th>Số hồ sơ tiếp nhận</th></tr>
      <tr><td>Xã Bình Giang</td><td>1.408</td></tr><tr><td>Xã An Lão</td><td>1.201</td></tr></table>`;
    const [e] = read(`${PERIOD}${ytd}`).extractions;
    expect(e?.period).toEqual({ from: '2026-01-01', to: '2026-02-14' });
  });

  it('label–value lists in a card headed for another span ("Cùng kỳ năm 2025") are not the period’s', () => {
    const card = (title: string, received: string) => `<div class="card"><div class="card-header">${title}</div><div class="card-body"><dl><dt>Tiếp nhận mới</dt><dd>${received}</dd><dt>Đã giải quyết</dt><dd>1.300</dd></dl></div></div>`;
    for (const cards of [`${card('Cùng kỳ năm 2025', '1.198')}${card('Kết quả kỳ này', '1.342')}`, `${card('Kết quả kỳ này', '1.342')}${card('Cùng kỳ năm 2025', '1.198')}`]) {
      const { extractions } = read(`${PERIOD}${cards}`);
      expect(extractions.map((e) => e.fields.receivedNew)).toEqual([1342]);
      expect(JSON.stringify(extractions)).not.toContain('1198');
    }
  });

  it('the signed-in officer’s box ("Cán bộ: Ngô Thị …") is no filter by officer', () => {
    const [e] = read(`<div>Hệ thống một cửa điện tử — Cán bộ: Ngô Thị Thanh Tâm</div>${PERIOD}${table('Lĩnh vực', totalRow)}`).extractions;
    expect(e?.fields.resolvedTotal).toBe(806);
    expect(read(`<div>Kết quả xử lý hồ sơ của cán bộ: Ngô Thị Thanh Tâm</div>${PERIOD}${table('Lĩnh vực', totalRow)}`).extractions).toEqual([]);
  });

  it('a pause given by its reasons ("Tạm dừng › Bổ sung HS │ Thực hiện NVTC") adds them up; "Công dân rút" is a count, not a citizen', () => {
    const head = '<tr><th rowspan="2">Lĩnh vực</th><th rowspan="2">Tiếp nhận</th><th colspan="2">Tạm dừng</th><th colspan="2">Hủy hồ sơ</th></tr><tr><th>Bổ sung HS</th><th>Thực hiện NVTC</th><th>Từ chối</th><th>Công dân rút</th></tr>';
    const [e] = read(`${PERIOD}<table>${head}<tr><td>Tổng cộng</td><td>1.379</td><td>7</td><td>2</td><td>1</td><td>1</td></tr></table>`).extractions;
    expect(e?.fields).toMatchObject({ suspended: 9, returnedWithdrawn: 2 });
  });

  it('a unit selector set to a cluster listing the clerk’s unit among others is no other unit’s page', () => {
    const cluster = '<div role="combobox" aria-label="Cơ quan thống kê">Khu vực xã An Lão, Tân Hưng, Bình Giang</div>';
    expect(otherUnit(htmlDoc(cluster), [], OPTS)).toBeNull();
    expect(otherUnit(htmlDoc(cluster.replace(', Bình Giang', '')), [], OPTS)).toBe('xã An Lão');
  });

  it('the search kept in an export link as instants in UTC ("2026-01-14T17:00:00.000Z") is read as days in Việt Nam, beside a link to the period before', () => {
    const links = `<a title="Kỳ trước" href="/tk?from=2025-12-14T17:00:00.000Z&to=2026-01-14T16:59:59.999Z">« Kỳ trước</a>
      <a download href="https://api.example/tk/--export?from=2026-01-14T17:00:00.000Z&to=2026-02-14T16:59:59.999Z">Xuất Excel</a>`;
    const [e] = read(`${links}${table('Lĩnh vực', totalRow)}`).extractions;
    expect(e?.period).toEqual(FEB);
  });

  it('a count of dossiers at both ends ("Tiếp nhận & hoàn thành có file") is neither the received nor the resolved', () => {
    expect(mapPath(['Tiếp nhận & hoàn thành có file', 'Số lượng'])).toEqual({ kind: 'unknown' });
    expect(mapPath(['Hồ sơ tiếp nhận', 'Tổng tiếp nhận'])).not.toEqual({ kind: 'field', fields: ['resolvedTotal'] });
  });

  it('a range written with times of day is read; boxes changed but not applied: the line over the table wins, said', () => {
    const boxes = '<label>Từ ngày <input value="01/02/2026"></label><label>Đến ngày <input value="28/02/2026"></label>';
    const stamp = '<div>Kết quả thống kê: 00:00 15/01/2026 – 23:59 14/02/2026</div>';
    // Right over the table (through the grid library's wrappers): the line is drawn with the figures.
    const [e] = read(`${boxes}${stamp}<div><div><div><div>${table('Lĩnh vực', totalRow)}</div></div></div></div>`).extractions;
    expect(e?.period).toEqual(FEB);
    expect(e?.warnings.join(' ')).toContain('Kỳ ghi ngay trên bảng (15/01/2026 – 14/02/2026) khác kỳ ở ô Từ ngày/Đến ngày (01/02/2026 – 28/02/2026)');
    // Elsewhere on the page: the boxes are read, and the other days said.
    const [far] = read(`${boxes}${stamp}<p>Ghi chú</p><p>Đơn vị tính: hồ sơ</p><p>Nguồn: Hệ thống một cửa</p>${table('Lĩnh vực', totalRow)}`).extractions;
    expect(far?.period).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(far?.warnings.join(' ')).toContain('Trang còn ghi kỳ 15/01/2026 – 14/02/2026');
    const [alone] = read(`${stamp}${table('Lĩnh vực', totalRow)}`).extractions;
    expect(alone?.period).toEqual(FEB);
    // A running total ending with the period is no other search.
    const [ytd] = read(`${boxes.replace('01/02', '15/01').replace('28/02', '14/02')}<div>Lũy kế năm 2026 (01/01/2026 – 14/02/2026)</div>${table('Lĩnh vực', totalRow)}`).extractions;
    expect(ytd?.warnings.join(' ')).not.toContain('Trang còn ghi kỳ');
  });

  it('a grid stacked for a narrow screen, each cell repeating its column’s title ("Tử số2 314"), reads as the grid', () => {
    const cell = (title: string, value: string) => `<td><span class="p-column-title">${title}</span>${value}</td>`;
    const row = (name: string, num: string, den: string, rate: string) => `<tr>${cell('Chỉ tiêu', name)}${cell('Tử số', num)}${cell('Mẫu&shy;số', den)}${cell('Kết quả', rate)}</tr>`;
    const grid = `<table><thead><tr><th>Chỉ tiêu</th><th>Tử số</th><th>Mẫu số</th><th>Kết quả</th></tr></thead><tbody>
      ${row('Tỷ lệ hồ sơ giải quyết trước hạn, đúng hạn', '3 010', '3 041', '98,98 %')}${row('Tỷ lệ hồ sơ có số hóa thành phần hồ sơ', '2 987', '3 102', '96,29 %')}</tbody></table>`;
    const [e] = read(`${PERIOD}${grid}`).extractions;
    expect(e?.fields).toMatchObject({ rateOnTime: 98.98, rateDigitized: 96.29, digitized: 2987, digitizedBase: 3102 });
  });
});

describe('pages of real systems, seventh round', () => {
  const OPTS7 = { unitName: 'xã Bình Giang', cityName: 'thành phố Hải Phòng', cutoffDay: 15 };
  const read = (html: string, opts = OPTS7) => extractPage(htmlDoc(`<h1>Thống kê tình hình giải quyết hồ sơ</h1>${PERIOD}${html}`), opts);
  const HEAD7 = '<thead><tr><th>Đơn vị</th><th>Tiếp nhận</th><th>Đã giải quyết</th><th>Đang giải quyết</th></tr></thead>';
  const unitRows = '<tr><td>Xã Bình Giang</td><td>795</td><td>790</td><td>5</td></tr><tr><td>Xã An Lão</td><td>512</td><td>500</td><td>12</td></tr>';

  it('a fixed header’s table holding the whole province’s total over the body’s table: one grid, and the total is not the commune’s', () => {
    const head = `<table>${HEAD7}<tfoot><tr><td>Tổng cộng toàn thành phố (114 xã, phường)</td><td>61 840</td><td>58 933</td><td>2 907</td><td></td></tr></tfoot></table>`;
    const [e, ...more] = read(`<div class="grid"><div>${head}</div><div><table><tbody>${unitRows}</tbody></table></div></div>`).extractions;
    expect(more).toEqual([]);
    expect(e?.fields).toMatchObject({ resolvedTotal: 790, inProgressTotal: 5 });
  });

  it('a unit whose name ends with a number ("xã Đạ Huoai 2") is another unit than the clerk’s', () => {
    const opts = { unitName: 'xã Đạ Huoai', cityName: 'tỉnh Lâm Đồng', cutoffDay: 15 };
    expect(otherUnit(htmlDoc('<div>Đơn vị: <span><b>UBND xã Đạ Huoai 2</b></span></div>'), [], opts)).toBe('UBND xã Đạ Huoai 2');
    expect(otherUnit(htmlDoc('<div>Đơn vị: <span><b>UBND xã Đạ Huoai</b></span></div>'), [], opts)).toBeNull();
  });

  it('"Cộng Xã Bình Giang" under the rows of the communes merged into it is the clerk’s total, not its first row', () => {
    const rows = `<tr><td>1.1</td><td>Xã Bình Giang</td><td>Xã Thái Học (cũ)</td><td>5</td><td>4</td><td>1</td></tr>
      <tr><td>1.2</td><td>Xã Bình Giang</td><td>— (mã mới)</td><td>790</td><td>786</td><td>4</td></tr>
      <tr><td></td><td>Cộng Xã Bình Giang</td><td></td><td>795</td><td>790</td><td>5</td></tr>`;
    const grid = `<table><thead><tr><th>STT</th><th>Đơn vị hiện tại</th><th>Đơn vị trước sắp xếp</th><th>Tiếp nhận</th><th>Đã giải quyết</th><th>Đang giải quyết</th></tr></thead><tbody>${rows}</tbody></table>`;
    expect(read(grid).extractions[0]?.fields).toMatchObject({ resolvedTotal: 790, inProgressTotal: 5 });
  });

  it('an ag-Grid group header over the scrolling part only is placed over its own columns', () => {
    const cell = (role: string, index: number, text: string) => `<div role="${role}" aria-colindex="${index}">${text}</div>`;
    const grid = `<div role="grid" aria-colcount="4">
      <div role="row" aria-rowindex="1"></div><div role="row" aria-rowindex="2">${cell('columnheader', 1, 'Đơn vị')}</div>
      <div role="row" aria-rowindex="1">${cell('columnheader', 2, 'Số hóa hồ sơ')}${cell('columnheader', 4, 'Thanh toán trực tuyến')}</div><div role="row" aria-rowindex="2">${cell('columnheader', 2, 'Tiếp nhận')}${cell('columnheader', 3, 'Có số hóa')}${cell('columnheader', 4, 'Tỷ lệ (%)')}</div>
      <div role="row" aria-rowindex="3">${cell('gridcell', 1, 'Xã Bình Giang')}</div><div role="row" aria-rowindex="3">${cell('gridcell', 2, '264')}${cell('gridcell', 3, '251')}${cell('gridcell', 4, '70,98')}</div></div>`;
    expect(read(grid).extractions[0]?.fields).toEqual({ digitizedBase: 264, digitized: 251, ratePayment: 70.98 });
  });

  it('a report printed on sheets, each ending with "Cộng trang N", is one table whose "Tổng cộng" is read', () => {
    const sheet = (rows: string) => `<table>${HEAD.replace('{NAME}', 'Lĩnh vực')}<tbody>${rows}</tbody></table><div style="page-break-after:always"></div>`;
    const page = sheet('<tr><td>Chứng thực</td><td>500</td><td>498</td><td>2</td></tr><tr><td>Cộng trang 1</td><td>500</td><td>498</td><td>2</td></tr>')
      + sheet('<tr><td>Hộ tịch</td><td>312</td><td>308</td><td>4</td></tr><tr><td>TỔNG CỘNG</td><td>812</td><td>806</td><td>6</td></tr>');
    const { extractions } = read(page);
    expect(extractions.map((e) => e.fields.resolvedTotal)).toEqual([806]);
  });

  it('a count with its share in one cell ("1.347 (59,92%)") under "Trực tuyến (tỷ lệ %)" gives both; "Kết quả giải quyết" heads resolved figures', () => {
    const head = '<thead><tr><th rowspan="2">Lĩnh vực</th><th rowspan="2">Mới tiếp nhận</th><th rowspan="2">Trực tuyến (tỷ lệ %)</th><th colspan="2">Kết quả giải quyết</th></tr><tr><th>Tổng số đã giải quyết</th><th>Trước hạn, đúng hạn (tỷ lệ %)</th></tr></thead>';
    const [e] = read(`<table>${head}<tbody><tr><td>Tổng cộng</td><td>2.248</td><td>1.347 (59,92%)</td><td>2.205</td><td>2.195 (99,55%)</td></tr></tbody></table>`).extractions;
    expect(e?.fields).toMatchObject({ receivedNew: 2248, receivedOnline: 1347, rateOnline: 59.92, resolvedTotal: 2205, rateOnTime: 99.55 });
  });

  it('under the online payment’s heading, "Phát sinh phí, lệ phí" and "Đã thanh toán TT" are the fee and paid dossiers', () => {
    const head = '<thead><tr><th rowspan="2">Đơn vị</th><th colspan="3">Thanh toán trực tuyến</th></tr><tr><th>Phát sinh phí, lệ phí</th><th>Đã thanh toán TT</th><th>Tỷ lệ (%)</th></tr></thead>';
    const [e] = read(`<table>${head}<tbody><tr><td>Xã Bình Giang</td><td>286</td><td>203</td><td>70,98</td></tr></tbody></table>`).extractions;
    expect(e?.fields).toMatchObject({ feeDossiers: 286, paidOnline: 203, ratePayment: 70.98 });
  });

  it('a rate of procedures or services ("Tỷ lệ TTHC cung cấp dịch vụ công trực tuyến") is never the online-dossier rate', () => {
    expect(mapPath(['Tỷ lệ TTHC cung cấp dịch vụ công trực tuyến'])).toEqual({ kind: 'unknown' });
    expect(mapPath(['Tỷ lệ DVCTT có phát sinh hồ sơ'])).toEqual({ kind: 'unknown' });
    expect(mapPath(['Tỷ lệ hồ sơ nộp trực tuyến'])).toEqual({ kind: 'field', fields: ['rateOnline'] });
  });

  it('a table under a visible busy overlay shows the last result: nothing is stored until it has loaded', () => {
    const grid = `<table>${HEAD7}<tbody>${unitRows}</tbody></table>`;
    const spinning = read(`<div class="nested-loading"><div><div class="spin" aria-busy="true">Đang tải…</div></div><div class="container blur">${grid}</div></div>`);
    expect(spinning.extractions).toEqual([]);
    expect(spinning.problem).toContain('đang tải');
    expect(read(`<div class="nested-loading"><div class="container">${grid}</div></div>`).extractions).toHaveLength(1);
  });

  it('a categorised view (period, its units, their fields of work in columns of their own) is never added up', () => {
    const head = '<thead><tr><th colspan="3">Kỳ / Đơn vị / Lĩnh vực</th><th>Nhận mới</th><th>Giải quyết xong</th><th>Đang giải quyết</th></tr></thead>';
    const rows = `<tr><td colspan="3">Kỳ 02/2026 (15/01/2026 - 14/02/2026)</td><td>270</td><td>250</td><td>34</td></tr>
      <tr><td></td><td colspan="2">UBND xã An Lão</td><td>88</td><td>83</td><td>9</td></tr>
      <tr><td></td><td></td><td>Hộ tịch</td><td>41</td><td>40</td><td>4</td></tr>
      <tr><td colspan="3">Kỳ 01/2026 (15/12/2025 - 14/01/2026)</td><td>265</td><td>248</td><td>31</td></tr>`;
    const result = read(`<table>${head}<tbody>${rows}</tbody></table>`);
    expect(result.extractions).toEqual([]);
    expect(result.problem).toContain('nhiều cấp');
  });

  it('a fixed header’s table with a row of search boxes under the headings still joins its body', () => {
    const head = `<table><tbody><tr><td role="columnheader">Đơn vị</td><td role="columnheader">Tiếp nhận</td><td role="columnheader">Đã giải quyết</td><td role="columnheader">Đang giải quyết</td></tr>
      <tr><td><input placeholder="Tìm"></td><td><input></td><td><input></td><td><input></td></tr></tbody></table>`;
    const [e] = read(`<div class="grid"><div>${head}</div><div><table><tbody>${unitRows}</tbody></table></div></div>`).extractions;
    expect(e?.fields).toMatchObject({ resolvedTotal: 790, inProgressTotal: 5 });
  });

  it('indicators against plan, last period and this one: "(kỳ này)" is the column read; a numbering row with "4 = 3 − 1" is no heading', () => {
    const head = `<thead><tr><th rowspan="2">STT</th><th rowspan="2">Chỉ tiêu</th><th rowspan="2">Kế hoạch năm</th><th colspan="2">Thực hiện</th><th rowspan="2">So sánh (+/-)</th></tr>
      <tr><th>Tháng 01/2026 (kỳ trước)</th><th>Tháng 02/2026 (kỳ này)</th></tr><tr><th>A</th><th>B</th><th>1</th><th>2</th><th>3</th><th>4 = 3 − 2</th></tr></thead>`;
    const rows = '<tr><td>1</td><td>Số hồ sơ tiếp nhận trong kỳ</td><td>-</td><td>318</td><td>356</td><td>+38</td></tr><tr><td>2</td><td>Số hồ sơ đã giải quyết</td><td>-</td><td>300</td><td>338</td><td>+38</td></tr>';
    const [e] = read(`<table>${head}<tbody>${rows}</tbody></table>`).extractions;
    expect(e?.fields).toMatchObject({ receivedNew: 356, resolvedTotal: 338 });
  });

  it('a data table whose row is expanded into a detail table is still read', () => {
    const detail = '<tr><td colspan="4"><table><thead><tr><th>Lĩnh vực</th><th>Tiếp nhận</th></tr></thead><tbody><tr><td>Hộ tịch</td><td>400</td></tr><tr><td>Chứng thực</td><td>395</td></tr></tbody></table></td></tr>';
    const rows = '<tr><td>Xã Bình Giang</td><td>795</td><td>790</td><td>5</td></tr>' + detail + '<tr><td>Xã An Lão</td><td>512</td><td>500</td><td>12</td></tr>';
    const { extractions } = read(`<table>${HEAD7}<tbody>${rows}</tbody></table>`);
    expect(extractions.find((e) => e.rowChoice === 'unit')?.fields).toMatchObject({ resolvedTotal: 790, inProgressTotal: 5 });
  });

  it('headings made of abbreviations and words ("HS ĐANG GQ › QH") read through the legend word by word', () => {
    const head = '<thead><tr><th rowspan="2">Đơn vị</th><th colspan="2">HS ĐGQ</th><th colspan="2">HS ĐANG GQ</th></tr><tr><th>Tổng</th><th>QH .</th><th>Tổng</th><th>QH</th></tr></thead>';
    const legend = '<p>Ghi chú viết tắt: HS: hồ sơ; ĐGQ: đã giải quyết; GQ: giải quyết; QH: quá hạn; TN: tiếp nhận.</p>';
    const [e] = read(`<table>${head}<tbody><tr><td>UBND xã Bình Giang</td><td>790</td><td>2</td><td>5</td><td>1</td></tr></tbody></table>${legend}`).extractions;
    expect(e?.fields).toMatchObject({ resolvedTotal: 790, resolvedLate: 2, inProgressTotal: 5, inProgressOverdue: 1 });
  });

  it('a table right under a heading of another span ("Lũy kế từ đầu năm (…)") keeps that span; without its days it is not read', () => {
    const ytd = (line: string) => read(`<div>${line}</div><table>${HEAD7}<tbody><tr><td>Tổng cộng</td><td>1.611</td><td>1.562</td><td>14</td></tr></tbody></table>`);
    const [e] = ytd('Lũy kế từ đầu năm / Year to date (15/12/2025 – 14/02/2026)').extractions;
    expect(e?.period).toEqual({ from: '2025-12-15', to: '2026-02-14' });
    expect(ytd('Cùng kỳ năm 2025').extractions).toEqual([]);
    expect(ytd('Kết quả kỳ này so với cùng kỳ').extractions[0]?.period).toEqual(FEB);
  });

  it('indicators as rows with fields of work as columns beside their "Tổng cộng": the total column is read', () => {
    const head = '<thead><tr><th rowspan="2">TT</th><th rowspan="2">Chỉ tiêu</th><th colspan="2">Lĩnh vực giải quyết</th><th rowspan="2">Tổng cộng</th></tr><tr><th>Hộ tịch</th><th>Chứng thực</th></tr></thead>';
    const rows = '<tr><td>1</td><td>Số hồ sơ mới tiếp nhận</td><td>300</td><td>495</td><td>795</td></tr><tr><td>2</td><td>Số hồ sơ đã giải quyết</td><td>298</td><td>492</td><td>790</td></tr>';
    const [e] = read(`<table>${head}<tbody>${rows}</tbody></table>`).extractions;
    expect(e?.fields).toMatchObject({ receivedNew: 795, resolvedTotal: 790 });
  });

  it('a letterhead written on two lines ("UBND XÃ BÌNH GIANG<br>BỘ PHẬN MỘT CỬA") names the clerk’s unit, not "BÌNH GIANGBỘ PHẬN"', () => {
    expect(otherUnit(htmlDoc('<div><b>UBND XÃ BÌNH GIANG</b><br>BỘ PHẬN MỘT CỬA</div>'), [], OPTS7)).toBeNull();
    expect(otherUnit(htmlDoc('<div><b>UBND XÃ AN LÃO</b><br>BỘ PHẬN MỘT CỬA</div>'), [], OPTS7)).toBe('UBND XÃ AN LÃO');
  });
});
