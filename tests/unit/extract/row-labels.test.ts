// Row labels as real unit tables and totals print them: codes and desks before the unit's name, abbreviated
// types, totals worded "Tổng toàn xã"; a table whose label column says its rows are topics is never a unit table.
import { describe, expect, it } from 'vitest';
import { extractPage } from '@/utils/extract';
import { htmlDoc } from './dom';

const OPTIONS = { unitName: 'xã Bình Giang', cityName: 'thành phố Hải Phòng', cutoffDay: 15 };

/** A small results table: label column `head`, rows [label, received]; resolved = received − 5, 5 in progress each. */
function table(head: string, rows: [string, number][], total?: string): Document {
  const sum = (f: (n: number) => number) => rows.reduce((s, [, n]) => s + f(n), 0);
  const line = (label: string, cells: number[], i = '') => `<tr><td>${i}</td><td>${label}</td>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
  return htmlDoc(`<h3>Kỳ báo cáo: Tháng 02/2026</h3><table>
    <tr><th>STT</th><th>${head}</th><th>Tiếp nhận</th><th>Đã giải quyết</th><th>Đang giải quyết</th></tr>
    ${rows.map(([label, n], i) => line(label, [n, n - 5, 5], String(i + 1))).join('')}
    ${total ? line(total, [sum((n) => n), sum((n) => n - 5), 5 * rows.length]) : ''}</table>`);
}
const read = (doc: Document) => {
  const { extractions, problem } = extractPage(doc, OPTIONS);
  return { rows: extractions.map((e) => [e.unit, e.rowChoice, e.fields.resolvedTotal]), problem };
};

describe('the clerk\'s row in a unit table', () => {
  it.each([
    ['H24.12.05 - Xã Bình Giang', 'H24.12.01 - Xã An Lão'],
    ['Bộ phận Một cửa xã Bình Giang', 'Bộ phận Một cửa xã An Lão'],
    ['Bộ phận tiếp nhận và trả kết quả UBND xã Bình Giang', 'Bộ phận tiếp nhận và trả kết quả UBND xã An Lão'],
    ['X. Bình Giang', 'X. An Lão'],
  ])('%s is found among %s', (clerk, other) => {
    expect(read(table('Đơn vị', [[other, 100], [clerk, 795]]))).toEqual({ rows: [[clerk, 'unit', 790]], problem: undefined });
  });

  it.each([['H24.12.01 - Xã An Lão', 'H24.12.07 - Xã Cát Hải'], ['Bộ phận Một cửa xã An Lão', 'Bộ phận Một cửa xã Cát Hải'], ['X. An Lão', 'X. Cát Hải']])(
    'other units only (%s, %s): refused, never their sum',
    (a, b) => {
      const { rows, problem } = read(table('Đơn vị', [[a, 100], [b, 795]]));
      expect(rows).toEqual([]);
      expect(problem).toMatch(/bảng chia theo đơn vị nhưng không có dòng của «xã Bình Giang»/);
    },
  );
});

describe('rows that are topics and totals', () => {
  it('a "Lĩnh vực" table whose rows begin with "Xã hội …" is summed, not refused as other units', () => {
    expect(read(table('Lĩnh vực', [['Xã hội', 100], ['Bảo trợ xã hội', 795]]))).toEqual({ rows: [['Σ 2 dòng', 'sum', 885]], problem: undefined });
  });

  it.each(['Tổng toàn xã', 'Tổng cộng toàn xã', 'Tổng chung', 'Cộng toàn xã', 'TỔNG CỘNG:'])('"%s" is the total row (never added to the rows)', (total) => {
    expect(read(table('Lĩnh vực', [['Hộ tịch', 400], ['Chứng thực', 395]], total))).toEqual({ rows: [[total, 'total', 785]], problem: undefined });
  });
});
