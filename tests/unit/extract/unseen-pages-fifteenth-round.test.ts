/**
 * Shapes met on the fifteenth round of pages modelled on real systems by helpers who had not seen the extraction
 * code: public statistics pages of provincial portals, the report as another program saved it, admin templates.
 */
import { describe, expect, it } from 'vitest';
import { only } from './statistics-page';

describe('pages of real systems, fifteenth round', () => {
  it('"Đơn vị tính" is the unit of measure, never the rows’ names: the figures as rows are read under "Chỉ tiêu"', () => {
    const head = '<tr><th>STT</th><th>Chỉ tiêu</th><th>Đơn vị tính</th><th>Quý I/2026 (kỳ báo cáo)</th><th>Quý I/2025 (cùng kỳ)</th></tr>';
    const row = (n: string, label: string, unit: string, now: string, before: string) => `<tr><td>${n}</td><td>${label}</td><td>${unit}</td><td>${now}</td><td>${before}</td></tr>`;
    const body = [
      row('1', 'Số hồ sơ tồn kỳ trước chuyển sang', 'Hồ sơ', '64', '52'),
      row('2', 'Số hồ sơ tiếp nhận mới trong kỳ', 'Hồ sơ', '2,318', '1,947'),
      row('', '- Tiếp nhận trực tuyến', 'Hồ sơ', '1,702', '1,133'),
      row('3', 'Tỷ lệ hồ sơ tiếp nhận trực tuyến', '%', '73.43%', '58.19%'),
    ].join('');
    const quarter = '<p>Kỳ báo cáo: từ ngày 15/12/2025 đến ngày 14/03/2026</p>';
    const e = only(`${quarter}<table><thead>${head}</thead><tbody>${body}</tbody></table>`);
    expect(e?.fields).toEqual({ carriedOver: 64, receivedNew: 2318, receivedOnline: 1702, rateOnline: 73.43 });
    expect(e?.unit).toBeNull();
  });
});
