import { describe, expect, it } from 'vitest';
import { chooseRow, sameUnit, unitKey, type UnitOptions } from '@/utils/extract/rows';
import type { ColumnRole } from '@/utils/extract/synonyms';

const OPTS: UnitOptions = { unitName: 'xã Bình Giang', cityName: 'thành phố Hải Phòng' };
const F: ColumnRole = { kind: 'field', fields: ['receivedTotal'] };
const ROLES: ColumnRole[] = [{ kind: 'index' }, { kind: 'label' }, F];

function picked(rows: string[][], opts: UnitOptions = OPTS, roles: ColumnRole[] = ROLES) {
  const result = chooseRow(rows, roles, opts);
  if (result === null || 'problem' in result) return result;
  const { choice, label, rows: chosen, parts } = result.pick;
  return { choice, label, values: chosen.map((r) => r.cells[2]), parts: parts.length };
}

describe('unit names', () => {
  it.each([
    'UBND xã Bình Giang',
    'Xã Bình Giang',
    'XÃ BÌNH GIANG',
    'Xa Binh Giang',
    'Ủy ban nhân dân xã Bình Giang',
    'UBND xã Bình Giang - Thành phố Hải Phòng',
    'Bình Giang',
  ])('%s is the clerk’s unit', (label) => {
    expect(sameUnit(unitKey(label), unitKey('xã Bình Giang'))).toBe(true);
  });

  it.each(['UBND xã Bình Minh', 'Phường Bình Giang', 'UBND xã Bình Giang Mới'])('%s is not', (label) => {
    expect(sameUnit(unitKey(label), unitKey('xã Bình Giang'))).toBe(false);
  });
});

describe('chooseRow', () => {
  it('takes the clerk’s unit row among unit rows', () => {
    const rows = [
      ['1', 'UBND xã Thanh Hà', '10'],
      ['2', 'XÃ BÌNH GIANG', '795'],
      ['', 'Tổng cộng', '805'],
    ];
    expect(picked(rows)).toEqual({ choice: 'unit', label: 'XÃ BÌNH GIANG', values: ['795'], parts: 0 });
  });

  it('matches a unit code when one is set', () => {
    const roles: ColumnRole[] = [{ kind: 'code' }, { kind: 'label' }, F];
    const rows = [
      ['H24.12.06', 'UBND xã Thanh Hà', '10'],
      ['H24.12.05', 'UBND xã B.Giang', '795'],
    ];
    expect(picked(rows, { ...OPTS, unitCode: 'H24.12.05' }, roles)).toMatchObject({ choice: 'unit', values: ['795'] });
  });

  it('refuses unit rows without the clerk’s unit rather than taking another total', () => {
    const result = chooseRow([['1', 'UBND xã Thanh Hà', '10'], ['2', 'UBND phường Hải Dương', '20'], ['', 'Tổng cộng', '30']], ROLES, OPTS);
    expect(result).toEqual({ problem: expect.stringContaining('xã Bình Giang') });
  });

  it('takes the total row wherever it stands, with its data rows to check', () => {
    const rows = [
      ['', 'Tổng số', '12'],
      ['1', 'Hộ tịch', '5'],
      ['2', 'Chứng thực', '7'],
    ];
    expect(picked(rows)).toEqual({ choice: 'total', label: 'Tổng số', values: ['12'], parts: 2 });
  });

  it('prefers "Tổng cộng" to repeated "Cộng" subtotals', () => {
    const rows = [
      ['1', 'Hộ tịch', '5'],
      ['', 'Cộng', '5'],
      ['2', 'Chứng thực', '7'],
      ['', 'Cộng', '7'],
      ['', 'TỔNG CỘNG:', '12'],
    ];
    expect(picked(rows)).toMatchObject({ choice: 'total', label: 'TỔNG CỘNG:', values: ['12'] });
  });

  it('sums the data rows when subtotals are the only totals', () => {
    const rows = [
      ['1', 'Hộ tịch', '5'],
      ['', 'Cộng', '5'],
      ['2', 'Chứng thực', '7'],
      ['', 'Cộng', '7'],
    ];
    expect(picked(rows)).toEqual({ choice: 'sum', label: 'Σ 2 dòng', values: ['5', '7'], parts: 0 });
  });

  it('takes "Toàn thành phố" only when the clerk’s unit is the city', () => {
    const rows = [
      ['1', 'UBND xã Thanh Hà', '10'],
      ['', 'Toàn thành phố', '30'],
    ];
    const city = { unitName: 'thành phố Hải Phòng', cityName: 'thành phố Hải Phòng' };
    expect(picked(rows, city)).toMatchObject({ choice: 'total', label: 'Toàn thành phố' });
    // Seen from a commune, a table whose total is the whole city's is the city's: its rows are the city's parts.
    expect(chooseRow([['1', 'Hộ tịch', '5'], ['', 'Toàn thành phố', '30']], ROLES, OPTS)).toMatchObject({ problem: expect.stringContaining('không có dòng của') });
  });

  it('reads one data row as single, and nothing when there is no data row', () => {
    expect(picked([['1', 'Hộ tịch', '5']])).toMatchObject({ choice: 'single', label: 'Hộ tịch' });
    expect(chooseRow([], ROLES, OPTS)).toBeNull();
  });

  it('leaves section rows (I, II) and sub-rows (1.1) out of the rows a total is checked against', () => {
    const rows = [
      ['I', 'Cấp xã', '12'],
      ['1', 'Hộ tịch', '5'],
      ['2', 'Chứng thực', '7'],
      ['', 'Tổng cộng', '12'],
    ];
    expect(picked(rows)).toMatchObject({ choice: 'total', parts: 2 });
    const nested = [
      ['1', 'Hộ tịch', '5'],
      ['1.1', 'Khai sinh', '5'],
      ['', 'Tổng cộng', '5'],
    ];
    expect(picked(nested)).toMatchObject({ choice: 'total', parts: 0 });
  });

  it('finds the label in another text column when the label cell is covered by a colspan', () => {
    expect(picked([['Tổng cộng', '', '9'], ['1', 'Hộ tịch', '9']])).toMatchObject({ choice: 'total', label: 'Tổng cộng' });
  });
});
