/**
 * Shapes met on the sixteenth round of pages modelled on real systems by helpers who had not seen the extraction
 * code: the former districts' systems serving the new communes, one page of many spans, feedback systems.
 */
import { describe, expect, it } from 'vitest';
import { only, PERIOD, read } from './statistics-page';

const row = (name: string, ...cells: string[]) => `<tr><td>${name}</td>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;

describe('pages of real systems, sixteenth round', () => {
  it('a row marked "(cũ)" is the former unit of that name, never the clerk’s unit of today', () => {
    const head = '<thead><tr><th>Đơn vị</th><th>Đã tiếp nhận</th><th>Đã giải quyết</th></tr></thead>';
    const both = `<table>${head}<tbody>${row('UBND xã Bình Giang (cũ)', '6', '5')}${row('UBND xã Bình Giang', '1.020', '1.003')}${row('UBND xã An Lão', '700', '690')}</tbody></table>`;
    const e = only(`${PERIOD}${both}`);
    expect(e?.unit).toBe('UBND xã Bình Giang');
    expect(e?.fields).toMatchObject({ receivedNew: 1020, resolvedTotal: 1003 });
    // Only the former one listed: the clerk's unit has no row.
    const former = `<table>${head}<tbody>${row('Xã Bình Giang (cũ)', '1.284', '1.250')}${row('Xã An Lão (cũ)', '700', '690')}</tbody></table>`;
    const { extractions, problem } = read(`${PERIOD}${former}`);
    expect(extractions).toEqual([]);
    expect(problem).toContain('không có dòng của «xã Bình Giang»');
    // Old units named in brackets after a new ward's name do not make it former.
    const ward = `<table>${head}<tbody>${row('Phường 12 (Phường 12, 14, 26 cũ)', '1.737', '1.700')}${row('Phường 2', '900', '880')}</tbody></table>`;
    expect(only(`${PERIOD}${ward}`, { unitName: 'Phường 12', cityName: 'Thành phố Hồ Chí Minh', cutoffDay: 15 })?.fields.receivedNew).toBe(1737);
    // A name ending in a word that folds like "cũ" ("xã Tân Cư") is no former unit, nor does it lose that word.
    const cu = `<table>${head}<tbody>${row('UBND xã Tân Cư', '412', '400')}${row('UBND xã Tân Cư (cũ)', '3', '3')}${row('UBND xã An Lão', '700', '690')}</tbody></table>`;
    const tanCu = only(`${PERIOD}${cu}`, { unitName: 'xã Tân Cư', cityName: 'thành phố Hải Phòng', cutoffDay: 15 });
    expect(tanCu?.unit).toBe('UBND xã Tân Cư');
    expect(tanCu?.fields.receivedNew).toBe(412);
    expect(read(`${PERIOD}${cu}`, { unitName: 'xã Tân', cityName: 'thành phố Hải Phòng', cutoffDay: 15 }).extractions).toEqual([]);
  });

  it('feedback split into the stock carried over and what came in the period: the period’s part is the feedback received', () => {
    const head = `<thead><tr><th rowspan="3">Đơn vị xử lý</th><th colspan="3">Số PAKN</th><th rowspan="3">Hài lòng</th></tr>
      <tr><th rowspan="2">Tổng số</th><th colspan="2">Trong đó</th></tr><tr><th>Kỳ trước chuyển sang</th><th>Tiếp nhận trong kỳ</th></tr></thead>`;
    const table = `<table>${head}<tbody>${row('UBND xã Bình Giang', '30', '3', '27', '19')}${row('UBND xã An Lão', '18', '1', '17', '12')}</tbody></table>`;
    const e = only(`<h2>Tổng hợp tình hình tiếp nhận, xử lý phản ánh, kiến nghị</h2>${PERIOD}${table}`);
    expect(e?.fields).toMatchObject({ paknReceived: 27, paknSatisfied: 19 });
  });
});
