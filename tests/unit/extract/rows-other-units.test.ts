// Found by the demo: a tracker listing "UBND X. Bình Giang" among other communes was summed across communes.
import { describe, expect, it } from 'vitest';
import { chooseRow, sameUnit, unitKey, type UnitOptions } from '@/utils/extract/rows';
import type { ColumnRole } from '@/utils/extract/synonyms';

const OPTS: UnitOptions = { unitName: 'xã Bình Giang', cityName: 'thành phố Hải Phòng' };
const ROLES: ColumnRole[] = [{ kind: 'label' }, { kind: 'field', fields: ['feeDossiers'] }];

describe('abbreviated unit types', () => {
  it.each([
    ['UBND X. Bình Giang', 'xã Bình Giang', true],
    ['X.Bình Giang', 'xã Bình Giang', true],
    ['P. Hồng Bàng', 'phường Hồng Bàng', true],
    ['TT Cát Bà', 'thị trấn Cát Bà', true],
    ['P. Bình Giang', 'xã Bình Giang', false],
  ])('%s ~ %s: %s', (label, unit, same) => {
    expect(sameUnit(unitKey(label), unitKey(unit))).toBe(same);
  });
});

describe('rows of other units', () => {
  it('finds the clerk among abbreviated names', () => {
    const r = chooseRow([['UBND xã Thanh Hà', '305'], ['UBND X. Bình Giang', '210']], ROLES, OPTS);
    expect(r && 'pick' in r ? [r.pick.choice, r.pick.rows[0]?.cells[1]] : r).toEqual(['unit', '210']);
  });

  it('never sums or totals other communes when the clerk is not listed', () => {
    for (const rows of [
      [['UBND xã Thanh Hà', '305'], ['Thôn Đông', '7']],
      [['UBND xã Thanh Hà', '305'], ['UBND xã Tân Hưng', '10'], ['Tổng cộng', '315']],
    ]) {
      const r = chooseRow(rows, ROLES, OPTS);
      expect(r).toEqual({ problem: 'bảng chia theo đơn vị nhưng không có dòng của «xã Bình Giang»' });
    }
  });

  it('a city clerk still takes the city-wide total', () => {
    const r = chooseRow([['UBND xã Thanh Hà', '305'], ['Toàn thành phố', '9.999']], ROLES, { ...OPTS, unitName: 'thành phố Hải Phòng' });
    expect(r && 'pick' in r ? r.pick.choice : r).toBe('total');
  });
});
