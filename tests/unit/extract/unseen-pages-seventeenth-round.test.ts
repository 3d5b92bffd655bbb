/**
 * Shapes met on the seventeenth round of pages modelled on real systems by helpers who had not seen the extraction
 * code: tables on small screens, big data grids, cross-tabs and printed forms, dashboards and BI tools.
 */
import { describe, expect, it } from 'vitest';
import { only, PERIOD, read } from './statistics-page';

const td = (caption: string, value: string) => `<td><span class="col-title">${caption}</span>${value}</td>`;

describe('pages of real systems, seventeenth round', () => {
  it('a table stacked for a small screen repeats its column group’s title in each cell ("Tiếp nhận trong kỳ318" under "Tiếp nhận trong kỳ › Tổng")', () => {
    const head = `<thead><tr><th rowspan="2">STT</th><th rowspan="2">Đơn vị</th><th colspan="2">Tiếp nhận trong kỳ</th><th colspan="2">Đã giải quyết</th></tr>
      <tr><th>Tổng</th><th>Trực tuyến</th><th>Tổng</th><th>Quá hạn</th></tr></thead>`;
    const line = (i: string, unit: string, ...v: string[]) =>
      `<tr>${td('STT', i)}${td('Đơn vị', unit)}${td('Tiếp nhận trong kỳ', v[0] ?? '')}${td('Trực tuyến', v[1] ?? '')}${td('Đã giải quyết', v[2] ?? '')}${td('Quá hạn', v[3] ?? '')}</tr>`;
    const table = `<table>${head}<tbody>${line('1', 'UBND xã An Lão', '89', '58', '88', '0')}${line('2', 'UBND xã Bình Giang', '318', '224', '312', '2')}</tbody></table>`;
    expect(only(`${PERIOD}${table}`)?.fields).toEqual({ receivedNew: 318, receivedOnline: 224, resolvedTotal: 312, resolvedLate: 2 });
  });

  it('a filter chip removed by a focusable mark ("Lĩnh vực: Hộ tịch" beside a ✕ span) narrows the page to one field of work: refused', () => {
    const table = `<table><thead><tr><th>Chỉ tiêu</th><th>Số hồ sơ</th></tr></thead><tbody><tr><td>Tiếp nhận</td><td>318</td></tr><tr><td>Đã giải quyết</td><td>312</td></tr></tbody></table>`;
    const chip = (mark: string) => `<span class="chip"><span>Lĩnh vực: Hộ tịch</span>${mark}</span>`;
    for (const mark of ['<span tabindex="0">✕</span>', '<span>×</span>']) {
      const { extractions, problem } = read(`${chip(mark)}${PERIOD}${table}`);
      expect(extractions).toEqual([]);
      expect(problem).toContain('«Lĩnh vực: Hộ tịch»');
    }
    // A label beside a plain word is no chip.
    expect(only(`<span><span>Lĩnh vực: Hộ tịch</span><span>đã chọn</span></span>${PERIOD}${table}`)?.fields.receivedNew).toBe(318);
  });

  it('rows drawn as cards (one cell across the table holding a title–value pair per column) are read as the table’s rows', () => {
    const head = `<thead style="display:none"><tr><th rowspan="2">STT</th><th rowspan="2">Tên đơn vị</th><th colspan="2">Số hồ sơ nhận giải quyết</th><th colspan="2">Số hồ sơ đã giải quyết</th></tr>
      <tr><th>Tổng số</th><th>Số kỳ trước chuyển qua</th><th>Tổng số</th><th>Trả quá hạn</th></tr></thead>`;
    const card = (...pairs: [string, string][]) =>
      `<tr><td colspan="6"><div class="card-views">${pairs.map(([t, v]) => `<div class="card-view"><span>${t}</span><span>${v}</span></div>`).join('')}</div></td></tr>`;
    const unit = (i: string, name: string, ...v: string[]) =>
      card(['STT', i], ['Tên đơn vị', name], ['Tổng số', v[0] ?? ''], ['Số kỳ trước chuyển qua', v[1] ?? ''], ['Tổng số', v[2] ?? ''], ['Trả quá hạn', v[3] ?? '']);
    const table = `<table>${head}<tbody>${unit('1', 'UBND xã An Lão', '509', '12', '497', '2')}${unit('2', 'UBND xã Bình Giang', '468', '12', '449', '3')}</tbody></table>`;
    const e = only(`${PERIOD}${table}`);
    expect(e?.unit).toBe('UBND xã Bình Giang');
    expect(e?.fields).toEqual({ receivedTotal: 468, carriedOver: 12, resolvedTotal: 449, resolvedLate: 3 });
    // A card whose titles are not its columns' is not spread over them.
    const odd = `<table>${head}<tbody>${card(['Ghi chú', 'x'], ['A', '1'], ['B', '2'], ['C', '3'], ['D', '4'], ['E', '5'])}${unit('2', 'UBND xã Bình Giang', '468', '12', '449', '3')}</tbody></table>`;
    expect(only(`${PERIOD}${odd}`)?.fields.receivedTotal).toBe(468);
  });

  it('the province chosen in the unit selector of a report listing every commune: the clerk’s row is still the clerk’s, nothing else is', () => {
    const select = '<label for="dv">Đơn vị</label><select id="dv"><option>-- Chọn đơn vị --</option><option selected>UBND tỉnh Thanh Hóa</option></select>';
    const head = '<thead><tr><th>Tên đơn vị</th><th>Đã tiếp nhận</th><th>Đã giải quyết</th></tr></thead>';
    const rows = '<tr><td>UBND xã An Lão</td><td>509</td><td>497</td></tr><tr><td>UBND xã Bình Giang</td><td>468</td><td>449</td></tr>';
    const e = only(`${select}${PERIOD}<table>${head}<tbody>${rows}</tbody></table>`);
    expect(e?.rowChoice).toBe('unit');
    expect(e?.fields).toEqual({ receivedNew: 468, resolvedTotal: 449 });
    // Without the clerk's row, the total is the province's: refused.
    const total = '<tr><td>UBND xã An Lão</td><td>509</td><td>497</td></tr><tr><td>Tổng cộng</td><td>977</td><td>946</td></tr>';
    const { extractions, problem } = read(`${select}${PERIOD}<table>${head}<tbody>${total}</tbody></table>`);
    expect(extractions).toEqual([]);
    expect(problem).toContain('không có dòng của «xã Bình Giang»');
  });

  it('sections by level of government on the clerk’s own page: the commune level is the clerk’s; a table of a higher level’s dossiers is not read', () => {
    const head = '<thead><tr><th>STT</th><th>Lĩnh vực, công việc giải quyết theo cấp</th><th>Số hồ sơ nhận giải quyết</th><th>Đã giải quyết</th></tr></thead>';
    const body = `<tr><td>I</td><td>Cấp thành phố (hồ sơ tiếp nhận tại xã)</td><td>309</td><td>169</td></tr><tr><td>1</td><td>Đất đai</td><td>309</td><td>169</td></tr>
      <tr><td>II</td><td>Cấp xã</td><td>812</td><td>780</td></tr><tr><td>1</td><td>Hộ tịch</td><td>538</td><td>521</td></tr><tr><td>2</td><td>Chứng thực</td><td>274</td><td>259</td></tr>
      <tr><td></td><td>Tổng cộng</td><td>1.121</td><td>949</td></tr>`;
    const table = `<table>${head}<tbody>${body}</tbody></table>`;
    const own = '<label for="dv">Đơn vị</label><select id="dv"><option selected>UBND xã Bình Giang</option></select>';
    const e = only(`${own}${PERIOD}${table}`);
    expect(e?.unit).toBe('Cấp xã');
    expect(e?.fields).toEqual({ receivedTotal: 812, resolvedTotal: 780 });
    // Nothing says whose page it is: split by level, refused as before.
    const { extractions, problem } = read(`${PERIOD}${table}`);
    expect(extractions).toEqual([]);
    expect(problem).toContain('bảng chia theo cấp hành chính');
    // The printed form's second table, of dossiers received at the commune for the city's bodies: not read.
    const commune = `<p>Biểu 1. Hồ sơ TTHC thuộc thẩm quyền giải quyết của UBND xã</p><table>${head}<tbody><tr><td></td><td>Tổng cộng</td><td>812</td><td>780</td></tr></tbody></table>`;
    const city = `<p>Biểu 2. Hồ sơ TTHC thuộc thẩm quyền giải quyết của các cơ quan cấp thành phố tiếp nhận tại xã</p><table>${head}<tbody><tr><td></td><td>Tổng cộng</td><td>309</td><td>169</td></tr></tbody></table>`;
    const read2 = read(`${own}${PERIOD}${commune}${city}`);
    expect(read2.extractions).toHaveLength(1);
    expect(read2.extractions[0]?.fields).toEqual({ receivedTotal: 812, resolvedTotal: 780 });
    expect(read2.extractions[0]?.warnings).toEqual([]);
  });

  it('a BI tool’s time filter "2025-12-01 ≤ col < 2026-01-01" is the period, its end day left out', () => {
    const table = `<table><thead><tr><th>Xã/Phường</th><th>Tiếp nhận mới</th><th>Tồn kỳ trước › Số hồ sơ</th></tr></thead><tbody><tr><td>Xã Bình Giang</td><td>2.317</td><td>89</td></tr></tbody></table>`;
    const filter = (range: string) => `<div class="filter"><div>Thời gian tiếp nhận</div><div><span>${range}</span></div></div>`;
    expect(only(`${filter('2025-12-01 ≤ col < 2026-01-01')}${table}`)?.period).toEqual({ from: '2025-12-01', to: '2025-12-31' });
    expect(only(`${filter('2026-01-15 ≤ col ≤ 2026-02-14')}${table}`)?.period).toEqual({ from: '2026-01-15', to: '2026-02-14' });
  });

  it('a bare count under a heading of its own ("Tồn kỳ trước › Số hồ sơ") is what the heading names', () => {
    const head = `<thead><tr><th rowspan="2">Xã/Phường</th><th>Tồn kỳ trước</th><th colspan="2">Tiếp nhận mới</th><th>Tạm dừng, bổ sung</th></tr>
      <tr><th>Số hồ sơ</th><th>Trực tuyến</th><th>Trực tiếp</th><th>Số hồ sơ</th></tr></thead>`;
    const e = only(`${PERIOD}<table>${head}<tbody><tr><td>Xã Bình Giang</td><td>89</td><td>2.046</td><td>259</td><td>9</td></tr></tbody></table>`);
    expect(e?.fields).toEqual({ carriedOver: 89, receivedOnline: 2046, receivedDirect: 259, suspended: 9 });
  });

  it('one page of a grid left in English ("1 - 8 of 143 rows") is never added up', () => {
    const table = `<table><thead><tr><th>Thủ tục</th><th>Tiếp nhận</th><th>Đã giải quyết</th></tr></thead><tbody>
      <tr><td>Đăng ký khai sinh</td><td>308</td><td>305</td></tr><tr><td>Chứng thực bản sao</td><td>286</td><td>286</td></tr></tbody></table>`;
    const { extractions, problem } = read(`${PERIOD}<div>${table}</div><div><span>1 - 2 of 143 rows</span></div>`);
    expect(extractions).toEqual([]);
    expect(problem).toBeDefined();
  });

  it('a card whose figure and caption share a line reads the line below as its parts; a share beside "trước hạn, đúng hạn" is the on-time rate', () => {
    const tile = (figure: string, caption: string, note: string) => `<div class="tile"><div class="line"><b>${figure}</b> ${caption}</div><div class="sub">${note}</div></div>`;
    const page = `<h2>Bảng điều hành – Tình hình tiếp nhận, giải quyết hồ sơ</h2>${PERIOD}<div class="tiles">
      ${tile('1.126', 'hồ sơ tiếp nhận mới', 'Trực tiếp 98 · BCCI 9')}${tile('1.098', 'hồ sơ đã giải quyết', 'Trước hạn 1.041 · Đúng hạn 52 · Trễ hạn 5')}
      ${tile('58', 'hồ sơ đang giải quyết', 'Trong hạn 56 · Quá hạn 2')}<div class="rate"><b>99,54%</b> giải quyết trước hạn, đúng hạn</div></div>`;
    const e = only(page);
    expect(e?.fields).toEqual({
      receivedNew: 1126, receivedDirect: 98, receivedPostal: 9,
      resolvedTotal: 1098, resolvedEarly: 1041, resolvedOnTime: 52, resolvedLate: 5,
      inProgressTotal: 58, inProgressWithin: 56, inProgressOverdue: 2, rateOnTime: 99.54,
    });
  });

  it('a rate’s card with its fraction in the note ("1.084/1.126 hồ sơ") gives the numerator and the base; last month’s value inside the figure is left', () => {
    const tile = (rate: string, caption: string, fraction: string) => `<div class="tile"><div class="line"><b>${rate}</b> ${caption}</div><div class="sub">${fraction}</div></div>`;
    const page = `<h2>Bảng điều hành – Chỉ số phục vụ người dân, doanh nghiệp</h2>${PERIOD}<div class="tiles">
      ${tile('96,27%', 'hồ sơ được số hóa', '1.084/1.126 hồ sơ')}${tile('90,55%', 'thanh toán trực tuyến', '412/455 hồ sơ có phí, lệ phí')}
      ${tile('99,54%', 'giải quyết trước hạn, đúng hạn', '1.093/1.098 hồ sơ')}</div>`;
    expect(only(page)?.fields).toEqual({
      rateDigitized: 96.27, digitized: 1084, digitizedBase: 1126,
      ratePayment: 90.55, paidOnline: 412, feeDossiers: 455,
      rateOnTime: 99.54, resolvedTotal: 1098,
    });
    // An item whose name stands over its fraction, its share with last month's beside it in a small note.
    const item = (name: string, fraction: string, rate: string) => `<div class="item"><div class="label"><h3>${name}</h3><p>${fraction}</p></div><div class="note">${rate}<small>T11: 93,43%</small></div></div>`;
    const list = `<h2>Chỉ số phục vụ</h2>${PERIOD}<div class="list">${item('Tỷ lệ số hóa hồ sơ', '160/168 hồ sơ', '95,24%')}${item('Tỷ lệ cấp kết quả điện tử', '150/158 hồ sơ', '94,94%')}</div>`;
    expect(only(list)?.fields).toEqual({ rateDigitized: 95.24, digitized: 160, digitizedBase: 168, rateEResult: 94.94, eResult: 150, eResultBase: 158 });
  });
});
