/**
 * Shapes met on the eighteenth round of pages modelled on real systems by helpers who had not seen the extraction
 * code: report viewers, feedback and satisfaction, digitisation and payment trackers, results published for citizens.
 */
import { describe, expect, it } from 'vitest';
import { only, PERIOD, read } from './statistics-page';

const GIA_LAI = { unitName: 'phường Quy Nhơn Nam', cityName: 'tỉnh Gia Lai', cutoffDay: 15 };

describe('pages of real systems, eighteenth round', () => {
  it('a unit whose name starts with a word of a period ("phường Quy Nhơn Nam") is named whole; "Quý IV", "Tháng 11" with their number still end a name', () => {
    const table = `<table><thead><tr><th>Đơn vị</th><th>Đã tiếp nhận</th><th>Đã giải quyết</th></tr></thead><tbody>
      <tr><td>Phường Quy Nhơn Tây</td><td>900</td><td>880</td></tr><tr><td>Phường Quy Nhơn Nam</td><td>1.486</td><td>1.421</td></tr></tbody></table>`;
    const e = only(`${PERIOD}${table}`, GIA_LAI);
    expect(e?.unit).toBe('Phường Quy Nhơn Nam');
    expect(e?.fields).toEqual({ receivedNew: 1486, resolvedTotal: 1421 });
    // A heading naming another unit before its month is still that unit's.
    const other = `<h3>Đơn vị: Phường Quy Nhơn Tây tháng 11/2025</h3><table><thead><tr><th>Chỉ tiêu</th><th>Số hồ sơ</th></tr></thead><tbody>
      <tr><td>Đã tiếp nhận</td><td>900</td></tr><tr><td>Đã giải quyết</td><td>880</td></tr></tbody></table>`;
    expect(read(`${PERIOD}${other}`, GIA_LAI).extractions).toEqual([]);
  });

  it('a line naming the clerk’s unit right over the table outweighs the province’s counters above it', () => {
    const counters = '<div><div>Hồ sơ đã tiếp nhận năm 2026 (toàn tỉnh)</div><div>38.417</div></div>';
    const table = `<table><thead><tr><th>STT</th><th>Lĩnh vực</th><th>Đã tiếp nhận</th><th>Đã giải quyết</th></tr></thead><tbody>
      <tr><td>1</td><td>Hộ tịch</td><td>521</td><td>460</td></tr><tr><td></td><td>Tổng cộng</td><td>1.486</td><td>1.421</td></tr></tbody></table>`;
    const page = (line: string) => `${counters}<div><div>Thống kê tình hình xử lý hồ sơ</div><div>${line} – Từ ngày 15/01/2026 đến ngày 14/02/2026</div>${table}</div>`;
    expect(only(page('Đơn vị: Phường Quy Nhơn Nam'), GIA_LAI)?.fields).toEqual({ receivedNew: 1486, resolvedTotal: 1421 });
    // Without it the counters' words say the table is the province's.
    expect(read(page('Kỳ thống kê'), GIA_LAI).extractions).toEqual([]);
  });

  it('beside a column of everything to handle ("Cần xử lý"), the received group’s own total is the new dossiers', () => {
    const head = `<thead><tr><th rowspan="2">Lĩnh vực</th><th rowspan="2">Tồn kỳ trước</th><th colspan="2">Đã tiếp nhận</th><th rowspan="2">Cần xử lý</th></tr>
      <tr><th>Tổng</th><th>Trực tuyến</th></tr></thead>`;
    const e = only(`${PERIOD}<table>${head}<tbody><tr><td>Tổng cộng</td><td>211</td><td>1.486</td><td>1.410</td><td>1.697</td></tr></tbody></table>`);
    expect(e?.fields).toEqual({ carriedOver: 211, receivedNew: 1486, receivedOnline: 1410, receivedTotal: 1697 });
  });

  it('payments split by channel ("Thanh toán › Trực tiếp │ Trực tuyến"): the online part is the dossiers paid online', () => {
    const head = `<thead><tr><th rowspan="2">Tên đơn vị</th><th rowspan="2">Hồ sơ thu phí</th><th colspan="2">Thanh toán</th><th rowspan="2">Tỷ lệ thanh toán trực tuyến</th></tr>
      <tr><th>Trực tiếp</th><th>Trực tuyến</th></tr></thead>`;
    const e = only(`${PERIOD}<table>${head}<tbody><tr><td>UBND xã Bình Giang</td><td>214</td><td>38</td><td>176</td><td>82.24%</td></tr></tbody></table>`);
    expect(e?.fields).toEqual({ feeDossiers: 214, paidOnline: 176, ratePayment: 82.24 });
  });

  it('cards beside a table of units whose figures cannot be read are the units’ together, never the clerk’s', () => {
    const cards = '<div class="cards"><div><div>Tổng số hồ sơ tiếp nhận</div><div>214.637</div></div><div><div>Đã giải quyết</div><div>201.118</div></div></div>';
    const table = `<table><thead><tr><th>STT</th><th>Đơn vị</th><th>Số lượng thủ tục có phí</th></tr></thead><tbody>
      <tr><td>1</td><td>Phường Sầm Sơn</td><td>Số lượng: 12</td></tr><tr><td>2</td><td>Phường Nam Sầm Sơn</td><td>Số lượng: 9</td></tr></tbody></table>`;
    expect(read(`<h2>Thống kê tình hình tiếp nhận và giải quyết hồ sơ</h2>${PERIOD}${cards}${table}`).extractions).toEqual([]);
    // The same cards alone are read.
    expect(only(`<h2>Thống kê tình hình tiếp nhận và giải quyết hồ sơ</h2>${PERIOD}${cards}`)?.fields).toEqual({ receivedNew: 214637, resolvedTotal: 201118 });
  });
});
