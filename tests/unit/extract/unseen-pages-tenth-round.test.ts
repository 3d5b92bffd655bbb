/**
 * Shapes met on the tenth round of pages modelled on real systems by helpers who had not seen the extraction code:
 * report forms shown in the browser, more design systems (Fluent UI, Clarity, Carbon, BootstrapVue, PrimeVue,
 * DevExtreme PivotGrid), spans and scopes mixed on one page, and Hải Phòng's own systems.
 */
import { describe, expect, it } from 'vitest';
import { extractPage } from '@/utils/extract';
import { parseDate } from '@/utils/extract/period';
import { htmlDoc } from './dom';

const OPTS = { unitName: 'xã Bình Giang', cityName: 'thành phố Hải Phòng', cutoffDay: 15 };
const PERIOD = '<p>Kỳ báo cáo: từ ngày 15/01/2026 đến ngày 14/02/2026</p>';
const read = (html: string, opts = OPTS) => extractPage(htmlDoc(`<h1>Thống kê tình hình giải quyết hồ sơ</h1>${html}`), opts);
const only = (html: string, opts = OPTS) => {
  const { extractions, problem } = read(html, opts);
  expect(problem).toBeUndefined();
  expect(extractions).toHaveLength(1);
  return extractions[0];
};

describe('pages of real systems, tenth round', () => {
  it('a group header row placed by aria-colindex with spans and no cell over the expander column keeps its groups over their columns', () => {
    const group = (col: number, span: number, text: string) => `<div role="columnheader" aria-colindex="${col}" aria-colspan="${span}">${text}</div>`;
    const head = (col: number, text: string) => `<div role="columnheader" aria-colindex="${col}">${text}</div>`;
    const cell = (col: number, text: string) => `<div role="gridcell" aria-colindex="${col}">${text}</div>`;
    const grid = `<div role="grid" aria-colcount="6">
      <div role="row" aria-rowindex="1">${head(2, '&nbsp;')}${group(3, 2, 'Số hồ sơ đã giải quyết')}${group(5, 2, 'Số hồ sơ đang giải quyết')}</div>
      <div role="row" aria-rowindex="2"><div role="presentation"></div>${head(2, 'Lĩnh vực')}${head(3, 'Đúng hạn')}${head(4, 'Quá hạn')}${head(5, 'Trong hạn')}${head(6, 'Quá hạn')}</div>
      <div role="row" aria-rowindex="3">${cell(1, '')}${cell(2, 'Hộ tịch')}${cell(3, '500')}${cell(4, '2')}${cell(5, '6')}${cell(6, '1')}</div>
      <div role="row" aria-rowindex="4">${cell(1, '')}${cell(2, 'Tổng cộng')}${cell(3, '785')}${cell(4, '5')}${cell(5, '19')}${cell(6, '2')}</div></div>`;
    const e = only(`${PERIOD}${grid}`);
    expect(e?.fields).toMatchObject({ resolvedOnTime: 785, resolvedLate: 5, inProgressWithin: 19, inProgressOverdue: 2 });
  });

  it('the commune’s centre among its own reception points is one point: their total row, else their sum, is the commune’s', () => {
    const head = '<thead><tr><th>STT</th><th>Điểm tiếp nhận</th><th>Tiếp nhận</th><th>Đã giải quyết</th></tr></thead>';
    const rows = '<tr><td>1</td><td>Trung tâm Phục vụ hành chính công xã Bình Giang</td><td>500</td><td>495</td></tr><tr><td>2</td><td>Điểm tiếp nhận số 1 (thôn Đông)</td><td>200</td><td>198</td></tr><tr><td>3</td><td>Điểm tiếp nhận số 2 (thôn Tây)</td><td>95</td><td>97</td></tr>';
    const summed = only(`${PERIOD}<table>${head}<tbody>${rows}</tbody></table>`);
    expect(summed?.rowChoice).toBe('sum');
    expect(summed?.fields).toEqual({ receivedNew: 795, resolvedTotal: 790 });
    const total = only(`${PERIOD}<table>${head}<tbody>${rows}<tr><td></td><td>Tổng cộng</td><td>795</td><td>790</td></tr></tbody></table>`);
    expect(total?.rowChoice).toBe('total');
    expect(total?.fields).toEqual({ receivedNew: 795, resolvedTotal: 790 });
    // A table of the communes' centres: the clerk's centre is the clerk's commune.
    const centres = '<tr><td>1</td><td>Trung tâm Phục vụ hành chính công xã Bình Giang</td><td>795</td><td>790</td></tr><tr><td>2</td><td>Trung tâm Phục vụ hành chính công xã An Lão</td><td>512</td><td>500</td></tr>';
    expect(read(`${PERIOD}<table>${head}<tbody>${centres}</tbody></table>`).extractions.find((e) => e.rowChoice === 'unit')?.fields).toEqual({ receivedNew: 795, resolvedTotal: 790 });
  });

  it('a date picker’s value carrying its time of day is still its day', () => {
    expect(parseDate('01/09/2026 00:00')).toBe('2026-09-01');
    expect(parseDate('30/09/2026 23:59:59')).toBe('2026-09-30');
    const boxes = '<label>Từ ngày <input value="01/01/2026 00:00"></label><label>Đến ngày <input value="31/01/2026 23:59"></label>';
    const e = only(`${boxes}<table><thead><tr><th>Chỉ tiêu</th><th>Tiếp nhận</th></tr></thead><tbody><tr><td>Tổng cộng</td><td>795</td></tr></tbody></table>`);
    expect(e?.period).toEqual({ from: '2026-01-01', to: '2026-01-31' });
  });

  it('a figure split by a qualifier and its opposite ("Đã có thư xin lỗi │ Chưa có thư xin lỗi") adds its halves', () => {
    const head = (halves: string) => `<thead><tr><th rowspan="3">Đơn vị</th><th colspan="3">Số hồ sơ đã giải quyết</th><th colspan="2">Số hồ sơ đang giải quyết</th></tr>
      <tr><th rowspan="2">Tổng số</th><th colspan="2">Quá hạn</th><th rowspan="2">Tổng số</th><th rowspan="2">Chưa đến hạn</th></tr><tr>${halves}</tr></thead>`;
    const row = '<tbody><tr><td>UBND xã Bình Giang</td><td>790</td><td>3</td><td>1</td><td>5</td><td>4</td></tr></tbody>';
    const both = only(`${PERIOD}<table>${head('<th>Đã có thư xin lỗi</th><th>Chưa có thư xin lỗi</th>')}${row}</table>`);
    expect(both?.fields).toMatchObject({ resolvedTotal: 790, resolvedLate: 4, inProgressTotal: 5, inProgressWithin: 4 });
  });

  it('a page filtered to one procedure or one field of work (a removable chip, a select) is refused; a dossier card naming its procedure is not a filter', () => {
    const table = '<table><thead><tr><th>Hình thức</th><th>Tiếp nhận</th><th>Đã giải quyết</th></tr></thead><tbody><tr><td>Tổng cộng</td><td>249</td><td>247</td></tr></tbody></table>';
    const chip = read(`${PERIOD}<div><span>Thủ tục: 1.001193 — Thủ tục đăng ký khai sinh</span><button aria-label="Xóa bộ lọc">×</button></div>${table}`);
    expect(chip.extractions).toEqual([]);
    expect(chip.problem).toContain('lọc');
    const select = (chosen: string) => `<label for="lv">Lĩnh vực</label><select id="lv"><option>-- Tất cả lĩnh vực --</option><option ${chosen === 'Hộ tịch' ? 'selected' : ''}>Hộ tịch</option></select>`;
    expect(read(`${PERIOD}${select('Hộ tịch')}${table}`).extractions).toEqual([]);
    expect(read(`${PERIOD}${select('')}${table}`).extractions).toHaveLength(1);
    expect(read(`${PERIOD}<div><span>Thủ tục: Đăng ký khai sinh</span><span>Ngày nhận: 12/01/2026</span></div>${table}`).extractions).toHaveLength(1);
  });
});
