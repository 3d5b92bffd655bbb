// Issue 11 item 6: key/value tables, KPI cards, and a paginated unit table without the clerk's row.
import { describe, expect, it } from 'vitest';
import { extractPage } from '@/utils/extract';
import { cardGrids } from '@/utils/extract/cards';
import { hasPager } from '@/utils/extract/pager';
import { htmlDoc } from './dom';

const OPTIONS = { unitName: 'xã Bình Giang', cityName: 'thành phố Hải Phòng', cutoffDay: 15 };

describe('key/value tables', () => {
  it('reads "Chỉ tiêu | Số lượng" rows through the synonym table', () => {
    const doc = htmlDoc(`<table><tr><th>Chỉ tiêu</th><th>Số lượng</th></tr>
      <tr><td>Tổng số hồ sơ tiếp nhận</td><td>795</td></tr><tr><td>Đã giải quyết</td><td>790</td></tr>
      <tr><td>Đang giải quyết</td><td>5</td></tr><tr><td>Ghi chú</td><td>Không</td></tr></table>`);
    expect(extractPage(doc, OPTIONS).extractions.map((e) => e.fields)).toEqual([{ receivedNew: 795, receivedTotal: 795, resolvedTotal: 790, inProgressTotal: 5 }]); // no carried-over figure and 795 = 790 + 5: new and total coincide
  });

  it('cells that print the unit word ("795 hồ sơ", "12 HS") are counts', () => {
    const doc = htmlDoc(`<h3>Tình hình giải quyết hồ sơ</h3><table><tr><th>Lĩnh vực</th><th>Tiếp nhận</th><th>Đã giải quyết</th><th>Đang giải quyết</th></tr>
      <tr><td>Hộ tịch</td><td>783 hồ sơ</td><td>770 hồ sơ</td><td>13 hồ sơ</td></tr><tr><td>Chứng thực</td><td>12 HS</td><td>10 HS</td><td>2 HS</td></tr></table>`);
    const [e] = extractPage(doc, OPTIONS).extractions;
    expect(e?.fields).toMatchObject({ receivedNew: 795, resolvedTotal: 780, inProgressTotal: 15 });
    expect(e?.warnings.join(' ')).not.toContain('không phải là số');
  });

  it('a table of one recognised row is not read row-wise', () => {
    const doc = htmlDoc(`<table><tr><th>Chỉ tiêu</th><th>Số lượng</th></tr><tr><td>Đã giải quyết</td><td>790</td></tr><tr><td>Khác</td><td>3</td></tr></table>`);
    expect(extractPage(doc, OPTIONS).extractions).toEqual([]);
  });
});

describe('abbreviated headings', () => {
  it('read as what the page says they stand for (<abbr title>, a short heading\'s tooltip); a sort tooltip changes nothing', () => {
    const doc = htmlDoc(`<h3>Thống kê hồ sơ</h3><p>Kỳ báo cáo: Tháng 02/2026</p><table><thead><tr><th title="Sắp xếp theo đơn vị">Đơn vị</th>
      <th title="Tổng số hồ sơ tiếp nhận">TN</th><th><abbr title="Đã giải quyết">ĐGQ</abbr></th><th><abbr title="Giải quyết đúng hạn">ĐH</abbr></th>
      <th title="Giải quyết quá hạn">QH</th><th><abbr title="Đang giải quyết">ĐANG GQ</abbr></th></tr></thead>
      <tbody><tr><td title="UBND xã Bình Giang">UBND xã Bình Giang</td><td>795</td><td>780</td><td>780</td><td>0</td><td>15</td></tr></tbody></table>`);
    const [e] = extractPage(doc, OPTIONS).extractions;
    expect(e?.fields).toMatchObject({ receivedTotal: 795, resolvedTotal: 780, resolvedEarlyOrOnTime: 780, resolvedLate: 0, inProgressTotal: 15 });
    expect(e?.period).toEqual({ from: '2026-01-15', to: '2026-02-14' });
  });
});

describe('a table\'s subject gives its plain words their meaning', () => {
  const period = '<p>Từ ngày 15/01/2026 đến ngày 14/02/2026</p>';
  it('feedback (PAKN): "Đã xử lý", "Đang xử lý" are never stored as dossiers; "Hài lòng" and its rate are the feedback\'s', () => {
    const doc = htmlDoc(`<h3>Kết quả tiếp nhận, xử lý phản ánh, kiến nghị</h3>${period}<table><thead><tr><th>Đơn vị</th><th>Tổng số PAKN tiếp nhận</th>
      <th>Đã xử lý</th><th>Đang xử lý</th><th>Hài lòng</th><th>Tỷ lệ hài lòng (%)</th></tr></thead>
      <tbody><tr><td>UBND xã Bình Giang</td><td>4</td><td>4</td><td>0</td><td>4</td><td>100</td></tr></tbody></table>`);
    const [e] = extractPage(doc, OPTIONS).extractions;
    // Before, 4 and 0 were stored as the period's resolved and in-progress DOSSIERS.
    expect(e?.fields).toEqual({ paknReceived: 4, paknSatisfied: 4, ratePaknSatisfied: 100 });
    expect(e?.kinds).toEqual(['feedback']);
  });

  it('feedback named only by the heading before the table or its caption: plain "Tổng số", "Đã xử lý" are not dossiers', () => {
    const table = (heads: string[], cells: number[]) => `<table><thead><tr><th>Đơn vị</th>${heads.map((h) => `<th>${h}</th>`).join('')}</tr></thead>
      <tbody><tr><td>UBND xã Bình Giang</td>${cells.map((n) => `<td>${n}</td>`).join('')}</tr></tbody></table>`;
    const byHeading = htmlDoc(`<h3>KẾT QUẢ XỬ LÝ PHẢN ÁNH, KIẾN NGHỊ</h3>${period}<div class="box">${table(['Tổng số', 'Đã xử lý', 'Đang xử lý', 'Quá hạn'], [4, 4, 0, 0])}</div>`);
    const byCaption = htmlDoc(`${period}${table(['Tiếp nhận', 'Đã giải quyết', 'Đang giải quyết'], [4, 4, 0]).replace('<thead>', '<caption>Thống kê phản ánh, kiến nghị</caption><thead>')}`);
    for (const doc of [byHeading, byCaption]) {
      const [e] = extractPage(doc, OPTIONS).extractions;
      expect(e?.fields).toEqual({ paknReceived: 4 });
      expect(e?.kinds).toEqual(['feedback']);
    }
    // A heading about dossiers AND feedback keeps the dossier reading.
    const both = htmlDoc(`<h3>Kết quả giải quyết hồ sơ TTHC và xử lý phản ánh, kiến nghị</h3>${period}${table(['Tiếp nhận', 'Đã giải quyết', 'Đang giải quyết'], [795, 780, 15])}`);
    expect(extractPage(both, OPTIONS).extractions[0]?.fields).toMatchObject({ resolvedTotal: 780, inProgressTotal: 15 });
  });

  it('a table of dossiers with one PAKN column keeps its dossier columns', () => {
    const doc = htmlDoc(`<h3>Tổng hợp kết quả</h3>${period}<table><thead><tr><th>Đơn vị</th><th>Số hồ sơ tiếp nhận</th><th>Đã giải quyết</th>
      <th>Đang giải quyết</th><th>Số PAKN tiếp nhận</th></tr></thead>
      <tbody><tr><td>UBND xã Bình Giang</td><td>795</td><td>780</td><td>15</td><td>4</td></tr></tbody></table>`);
    expect(extractPage(doc, OPTIONS).extractions[0]?.fields).toMatchObject({ resolvedTotal: 780, inProgressTotal: 15, paknReceived: 4 });
  });

  it('payment: "Số hồ sơ tiếp nhận" beside the fee and paid-online counts is context, never the received dossiers', () => {
    const doc = htmlDoc(`<h3>Thống kê thanh toán trực tuyến</h3>${period}<table><thead><tr><th>Đơn vị</th><th>Số hồ sơ tiếp nhận</th>
      <th>Số hồ sơ có phát sinh phí, lệ phí</th><th>Số hồ sơ thanh toán trực tuyến</th><th>Tỷ lệ (%)</th></tr></thead>
      <tbody><tr><td>UBND xã Bình Giang</td><td>300</td><td>120</td><td>120</td><td>100</td></tr></tbody></table>`);
    const [e] = extractPage(doc, OPTIONS).extractions;
    expect(e?.fields).toEqual({ feeDossiers: 120, paidOnline: 120, ratePayment: 100 });
  });

  it('digitization: "Tổng số hồ sơ tiếp nhận" is the rate\'s base, "Số hóa kết quả giải quyết › Số lượng" the digitized results', () => {
    const doc = htmlDoc(`<h3>Thống kê tình hình số hóa hồ sơ, kết quả giải quyết TTHC</h3>${period}<table><thead>
      <tr><th rowspan="2">Đơn vị</th><th rowspan="2">Tổng số hồ sơ tiếp nhận</th><th colspan="2">Số hóa thành phần hồ sơ</th><th colspan="2">Số hóa kết quả giải quyết</th></tr>
      <tr><th>Số lượng</th><th>Tỷ lệ (%)</th><th>Số lượng</th><th>Tỷ lệ (%)</th></tr></thead>
      <tbody><tr><td>UBND xã Bình Giang</td><td>795</td><td>795</td><td>100</td><td>790</td><td>100</td></tr></tbody></table>`);
    const [e] = extractPage(doc, OPTIONS).extractions;
    expect(e?.fields).toMatchObject({ digitizedBase: 795, digitized: 795, eResult: 790 });
    expect(e?.fields.receivedNew ?? null).toBeNull();
  });
});

describe('KPI cards', () => {
  it('pairs each number with the label in its box', () => {
    const doc = htmlDoc(`<h2>Thống kê hồ sơ</h2><div><div class="c"><span>Đã tiếp nhận</span><b>795</b></div>
      <div class="c"><p>Đã giải quyết</p><p><span>790</span></p></div><div class="c"><i>Đang giải quyết</i> <strong>5</strong></div></div>`);
    expect(cardGrids(doc, OPTIONS)[0]?.rows).toEqual([['Đã tiếp nhận', '795'], ['Đã giải quyết', '790'], ['Đang giải quyết', '5']]);
    expect(extractPage(doc, OPTIONS).extractions.map((e) => e.fields)).toEqual([{ receivedNew: 795, receivedTotal: 795, resolvedTotal: 790, inProgressTotal: 5 }]); // no carried-over figure and 795 = 790 + 5: new and total coincide
  });

  it('numbers with their unit word, label/number pairs in a <dl>, and "label: number" lines', () => {
    const withUnit = htmlDoc(`<h2>Thống kê hồ sơ</h2><div><div><span>Tiếp nhận</span><strong>795 hồ sơ</strong></div>
      <div><span>Đã giải quyết</span><strong>790 hồ sơ</strong></div><div><span>Đang giải quyết</span><strong>5 hồ sơ</strong></div></div>`);
    expect(cardGrids(withUnit, OPTIONS)[0]?.rows).toEqual([['Tiếp nhận', '795'], ['Đã giải quyết', '790'], ['Đang giải quyết', '5']]);
    const pairs = htmlDoc(`<h2>Thống kê hồ sơ</h2><dl><dt>Hồ sơ tiếp nhận</dt><dd>795</dd><dt>Đã giải quyết</dt><dd>790</dd><dt>Đang giải quyết:</dt><dd>5</dd></dl>`);
    expect(cardGrids(pairs, OPTIONS)[0]?.rows).toEqual([['Hồ sơ tiếp nhận', '795'], ['Đã giải quyết', '790'], ['Đang giải quyết', '5']]);
    const lines = htmlDoc(`<h2>Thống kê hồ sơ</h2><ul><li>Tổng số hồ sơ tiếp nhận: 795</li><li>Đã giải quyết: 790 hồ sơ</li><li>Trong đó trước hạn: 612</li><li>Đang giải quyết: <b>5</b></li></ul>`);
    expect(cardGrids(lines, OPTIONS)[0]?.rows).toEqual([['Tổng số hồ sơ tiếp nhận', '795'], ['Đã giải quyết', '790'], ['Trong đó trước hạn', '612'], ['Đang giải quyết:', '5']]);
    expect(extractPage(lines, OPTIONS).extractions[0]?.fields).toMatchObject({ resolvedTotal: 790, resolvedEarly: 612, inProgressTotal: 5 });
  });

  it('a note under the number ("Tăng 5% so với kỳ trước", "97,5% tổng số") is no part of the label', () => {
    const doc = htmlDoc(`<h2>Thống kê hồ sơ</h2><div class="grid">
      <div><span>Tổng hồ sơ tiếp nhận</span><strong>795 HS</strong><small>Tăng 5% so với kỳ trước</small></div>
      <div><span>Trước hạn &amp; Đúng hạn</span><strong>780 HS</strong><small>98,1% tổng số</small></div>
      <div><strong>35</strong><span>Đang giải quyết</span><small>2 hồ sơ sắp đến hạn</small></div>
      <div><span>Hồ sơ giải quyết trước hạn</span><strong>72,4%</strong><small>563 hồ sơ trả kết quả sớm</small></div></div>`);
    expect(cardGrids(doc, OPTIONS)[0]?.rows).toEqual([['Tổng hồ sơ tiếp nhận', '795'], ['Trước hạn & Đúng hạn', '780'], ['Đang giải quyết', '35'], ['Hồ sơ giải quyết trước hạn', '563']]);
    const [e] = extractPage(doc, OPTIONS).extractions;
    // Before, the notes' words joined the labels: 780 was read as the page's own on-time RATE (1.392 → 1,392 %).
    expect(e?.fields).toMatchObject({ receivedNew: 795, resolvedEarlyOrOnTime: 780, inProgressTotal: 35 });
    // "Trước hạn & Đúng hạn" holds the early ones: never added to them as an on-time count.
    expect(e?.fields.resolvedOnTime).toBeUndefined();
    expect(e?.fields.rateOnTime ?? null).toBeNull();
    expect(e?.fields.carriedOver ?? null).toBeNull();
    // A share as the headline, the count in its note: the count.
    expect(e?.fields.resolvedEarly).toBe(563);
  });

  it('a share as a card\'s headline with no count beside it is flagged, never read as a count', () => {
    const doc = htmlDoc(`<h2>Thống kê hồ sơ</h2><div><div><span>Đã tiếp nhận</span><b>795</b></div><div><span>Đã giải quyết</span><b>780</b></div>
      <div><span>Hồ sơ giải quyết trước hạn</span><strong>72,4%</strong><small>Tăng 3% so với kỳ trước</small></div></div>`);
    const [e] = extractPage(doc, OPTIONS).extractions;
    expect(e?.fields.resolvedEarly ?? null).toBeNull();
    expect(e?.warnings.join(' ')).toContain('Hồ sơ giải quyết trước hạn');
  });

  it('a box holding two numbers is no card', () => {
    const doc = htmlDoc(`<div><span>Đã tiếp nhận</span><b>795</b><b>12</b></div><div><span>Đã giải quyết</span><b>790</b></div>`);
    expect(cardGrids(doc, OPTIONS)).toEqual([]);
  });
});

describe('tables whose rows name the figures, with several value columns', () => {
  const keyed = (heads: string[], rows: [string, ...number[]][]) =>
    htmlDoc(`<h3>Kỳ báo cáo: Tháng 02/2026</h3><table><tr><th>Chỉ tiêu</th>${heads.map((h) => `<th>${h}</th>`).join('')}</tr>
      ${rows.map(([label, ...n]) => `<tr><td>${label}</td>${n.map((v) => `<td>${v}</td>`).join('')}</tr>`).join('')}</table>`);
  const ROWS: [string, ...number[]][] = [['Tiếp nhận', 100, 795, 50, 945], ['Đã giải quyết', 90, 790, 45, 925], ['Đang giải quyết', 10, 5, 5, 20]];

  it('one column per unit: the clerk\'s column is read', () => {
    const [e] = extractPage(keyed(['Xã An Lão', 'Xã Bình Giang', 'Xã Cát Hải', 'Tổng'], ROWS), OPTIONS).extractions;
    expect(e?.fields).toMatchObject({ receivedTotal: 795, resolvedTotal: 790, inProgressTotal: 5 });
  });

  it('"Kỳ này | Kỳ trước": this period\'s column, never the two added up or the earlier one as carried over', () => {
    const [e] = extractPage(keyed(['Kỳ này', 'Kỳ trước'], [['Tiếp nhận', 795, 700], ['Đã giải quyết', 790, 690]]), OPTIONS).extractions;
    expect(e?.fields).toEqual({ receivedNew: 795, resolvedTotal: 790 });
  });

  it('months side by side with a running total: the column of the page\'s own period (Tháng 02/2026 here)', () => {
    const [e] = extractPage(keyed(['Tháng 1', 'Tháng 2', 'Lũy kế'], [['Tiếp nhận', 700, 795, 1495], ['Đã giải quyết', 690, 790, 1480]]), OPTIONS).extractions;
    expect(e?.fields).toMatchObject({ receivedNew: 795, resolvedTotal: 790 });
    expect(e?.period).toEqual({ from: '2026-01-15', to: '2026-02-14' });
    const [written] = extractPage(keyed(['Tháng 01/2026', 'Tháng 02/2026', 'Lũy kế'], [['Tiếp nhận', 700, 795, 1495], ['Đã giải quyết', 690, 790, 1480]]), OPTIONS).extractions;
    expect(written?.fields).toMatchObject({ receivedNew: 795, resolvedTotal: 790 });
  });

  it('months side by side, none of them the page\'s period or no period on the page: refused, saying why, rather than guessed', () => {
    const other = extractPage(keyed(['Tháng 1', 'Tháng 3', 'Lũy kế'], [['Tiếp nhận', 700, 795, 1495], ['Đã giải quyết', 690, 790, 1480]]), OPTIONS);
    expect(other.extractions).toEqual([]);
    expect(other.problem).toBe('Không đọc được bảng thống kê: mỗi chỉ tiêu có 3 cột số liệu («Tháng 1», «Tháng 3», «Lũy kế») mà chưa rõ cột nào là số liệu của kỳ và của đơn vị.');
    const noPeriod = htmlDoc(`<h3>Thống kê</h3><table><tr><th>Chỉ tiêu</th><th>Tháng 1</th><th>Tháng 2</th><th>Lũy kế</th></tr>
      <tr><td>Tiếp nhận</td><td>700</td><td>795</td><td>1495</td></tr><tr><td>Đã giải quyết</td><td>690</td><td>790</td><td>1480</td></tr></table>`);
    expect(extractPage(noPeriod, OPTIONS).extractions).toEqual([]);
  });

  it('a year\'s months side by side: one capture per month, each its reporting month, said in its warnings', () => {
    const doc = htmlDoc(`<h3>Thống kê kết quả giải quyết hồ sơ năm 2026</h3><table><tr><th>Chỉ tiêu</th><th>Tháng 1</th><th>Tháng 2</th>
      <th>Tháng 3</th><th>Lũy kế</th></tr><tr><td>Tiếp nhận</td><td>700</td><td>795</td><td>650</td><td>2145</td></tr>
      <tr><td>Đã giải quyết</td><td>690</td><td>790</td><td>640</td><td>2120</td></tr></table>`);
    const { extractions, problem } = extractPage(doc, OPTIONS);
    expect(problem).toBeUndefined();
    expect(extractions.map((e) => [e.period, e.fields.receivedNew, e.fields.resolvedTotal])).toEqual([
      [{ from: '2025-12-15', to: '2026-01-14' }, 700, 690],
      [{ from: '2026-01-15', to: '2026-02-14' }, 795, 790],
      [{ from: '2026-02-15', to: '2026-03-14' }, 650, 640],
    ]);
    expect(extractions[1]?.warnings.join(' ')).toContain('Kỳ lấy từ cột «Tháng 2» của bảng và hiểu là kỳ báo cáo 15/01/2026 – 14/02/2026');
  });

  it('other units only: refused', () => {
    expect(extractPage(keyed(['Xã An Lão', 'Xã Cát Hải'], [['Tiếp nhận', 100, 50], ['Đã giải quyết', 90, 45]]), OPTIONS).extractions).toEqual([]);
  });
});

describe('a table drawn before its figures', () => {
  it('every figure blank ("-", empty): nothing is stored and no problem is claimed', () => {
    const doc = htmlDoc(`<p>Kỳ báo cáo: Tháng 02/2026</p><table><tr><th>Lĩnh vực</th><th>Tiếp nhận</th><th>Đã giải quyết</th><th>Đang giải quyết</th></tr>
      <tr><td>Tổng cộng</td><td>-</td><td></td><td>–</td></tr></table>`);
    expect(extractPage(doc, OPTIONS)).toEqual({ extractions: [] });
  });
});

describe('pagination', () => {
  const units = `<table><thead><tr><th>Tên đơn vị</th><th>Đã giải quyết</th></tr></thead><tbody>
    <tr><td>UBND xã An Lão</td><td>400</td></tr><tr><td>UBND xã An Hưng</td><td>215</td></tr></tbody></table>`;
  it.each([
    ['page buttons', `<ul><li>‹</li><li>1</li><li>2</li><li>3</li><li>›</li></ul>`],
    ['"Trang 1/6"', `<div>Trang 1/6</div>`],
    ['"Hiển thị 1-10 của 57"', `<span>Hiển thị 1-10 của 57 bản ghi</span>`],
    ['a labelled pager', `<nav aria-label="Phân trang"><a href="?p=2">Sau</a></nav>`],
  ])('%s: the notice asks to filter by unit or turn the page', (_, pager) => {
    const doc = htmlDoc(`<div>${units}${pager}</div>`);
    expect(hasPager(doc.querySelector('table') as Element)).toBe(true);
    expect(extractPage(doc, OPTIONS).problem).toBe('Không thấy dòng của «xã Bình Giang» trên trang này: hãy lọc theo đơn vị hoặc chuyển trang.');
  });

  it('without a pager the problem says the table has no row of the clerk', () => {
    const doc = htmlDoc(`<div>${units}<p>Số liệu cập nhật 2026</p></div>`);
    expect(extractPage(doc, OPTIONS).problem).toContain('bảng chia theo đơn vị nhưng không có dòng của «xã Bình Giang»');
  });
});

describe('grids whose first columns are frozen in tables of their own', () => {
  const rows = [['xã An Lão', [100, 90, 90, 0, 10]], ['xã Bình Giang', [795, 780, 780, 0, 15]], ['xã Chiến Thắng', [50, 40, 40, 0, 10]]] as const;
  const labels = rows.map(([name], i) => `<tr><td>${i + 1}</td><td>${name}</td></tr>`).join('');
  const figures = rows.map(([, v]) => `<tr>${v.map((n) => `<td>${n}</td>`).join('')}</tr>`).join('');
  const period = '<h3>Thống kê tình hình giải quyết hồ sơ</h3><p>Từ ngày 15/01/2026 đến ngày 14/02/2026</p>';
  const expected = { receivedTotal: 795, resolvedTotal: 780, resolvedEarlyOrOnTime: 780, resolvedLate: 0, inProgressTotal: 15 };

  it('locked columns (two header tables, then two body tables; a two-row header with the frozen cells spanning it)', () => {
    const doc = htmlDoc(`${period}<div class="k-grid"><div class="k-grid-header">
      <div class="k-grid-header-locked"><table><thead><tr><th rowspan="2">STT</th><th rowspan="2">Đơn vị</th></tr><tr></tr></thead></table></div>
      <div class="k-grid-header-wrap"><table><thead><tr><th rowspan="2">Tiếp nhận</th><th colspan="3">Đã giải quyết</th><th rowspan="2">Đang giải quyết</th></tr>
      <tr><th>Tổng số</th><th>Đúng hạn</th><th>Trễ hạn</th></tr></thead></table></div></div>
      <div class="k-grid-content-locked"><table><tbody>${labels}</tbody></table></div>
      <div class="k-grid-content"><table><tbody>${figures}</tbody></table></div></div>`);
    const result = extractPage(doc, OPTIONS);
    expect(result.problem).toBeUndefined();
    expect(result.extractions[0]?.fields).toMatchObject(expected);
  });

  it('a frozen view and a scrolling view, each a header table over a body table, or each one whole table', () => {
    const split = htmlDoc(`${period}<div class="dt"><div class="frozen"><div><table><thead><tr><th>STT</th><th>Đơn vị</th></tr></thead></table></div>
      <div><table><tbody>${labels}</tbody></table></div></div><div class="unfrozen"><div><table><thead><tr><th>Tiếp nhận</th><th>Đã giải quyết</th>
      <th>Đúng hạn</th><th>Trễ hạn</th><th>Đang giải quyết</th></tr></thead></table></div><div><table><tbody>${figures}</tbody></table></div></div></div>`);
    const whole = htmlDoc(`${period}<div class="dt"><div><table><thead><tr><th>STT</th><th>Đơn vị</th></tr></thead><tbody>${labels}</tbody></table></div>
      <div><table><thead><tr><th>Tiếp nhận</th><th>Đã giải quyết</th><th>Đúng hạn</th><th>Trễ hạn</th><th>Đang giải quyết</th></tr></thead>
      <tbody>${figures}</tbody></table></div></div>`);
    for (const doc of [split, whole]) {
      // Read apart, the labels were taken for the page's unit ("xã An Lão") and the page refused.
      const result = extractPage(doc, OPTIONS);
      expect(result.problem).toBeUndefined();
      expect(result.extractions[0]?.fields).toMatchObject({ ...expected, resolvedLate: 0 });
    }
  });

  it('pinned columns of an ARIA grid: each row in two parts with one aria-rowindex, joined (before, the unlabelled rows were added up)', () => {
    const cell = (role: string, col: number, text: string | number) => `<div role="${role}" aria-colindex="${col}">${text}</div>`;
    const heads = ['Tiếp nhận', 'Đã giải quyết', 'Đúng hạn', 'Trễ hạn', 'Đang giải quyết'];
    const doc = htmlDoc(`${period}<div role="treegrid"><div class="header">
      <div class="pinned"><div role="row" aria-rowindex="1">${cell('columnheader', 1, 'Đơn vị')}</div></div>
      <div class="viewport"><div role="row" aria-rowindex="1">${heads.map((h, i) => cell('columnheader', i + 2, h)).join('')}</div></div></div>
      <div class="pinned-left">${rows.map(([name], r) => `<div role="row" aria-rowindex="${r + 2}">${cell('gridcell', 1, name)}</div>`).join('')}</div>
      <div class="center">${rows.map(([, v], r) => `<div role="row" aria-rowindex="${r + 2}">${v.map((n, i) => cell('gridcell', i + 2, n)).join('')}</div>`).join('')}</div></div>`);
    const result = extractPage(doc, OPTIONS);
    expect(result.extractions[0]?.fields).toMatchObject(expected);
    expect(result.extractions[0]?.warnings.join(' ')).not.toContain('tự cộng');
  });
});
