import { describe, expect, it } from 'vitest';
import { formatCount, formatPercent, formatRate } from '@/utils/report/format';
import { compareFractions, fractionOf, percentOf } from '@/utils/report/fraction';

describe('formatCount', () => {
  it.each([
    [0, '0'],
    [5, '05'],
    [9, '09'],
    [10, '10'],
    [795, '795'],
    [1180, '1.180'],
    [12345, '12.345'],
    [12345678, '12.345.678'],
  ])('%d → %s', (n, text) => {
    expect(formatCount(n)).toBe(text);
  });

  it.each([null, undefined, Number.NaN, Number.POSITIVE_INFINITY])('%s → chưa có số liệu', (n) => {
    expect(formatCount(n)).toBe('chưa có số liệu');
  });
});

describe('formatRate', () => {
  it.each([
    [88, 95, '92,63%'], // 92.6315…
    [191, 200, '95,5%'],
    [790, 790, '100%'],
    [1, 2, '50%'],
    [0, 10, '0%'],
    [9999, 10000, '99,99%'],
    [99999, 100000, '99,99%'], // 99.999 would round to 100
    [199999, 200000, '99,99%'],
    [1, 100000, '0,01%'], // 0.001 would round to 0
    [1, 3, '33,33%'],
    [2, 3, '66,67%'],
    [1, 8, '12,5%'], // 12.5 exactly
    [1, 800, '0,13%'], // 0.125 → half up
    [201, 200, '100,5%'],
  ])('%d / %d → %s', (num, den, text) => {
    expect(formatRate(num, den)).toBe(text);
  });

  it('says "không phát sinh" for a zero denominator, whatever the numerator', () => {
    expect(formatRate(0, 0)).toBe('không phát sinh');
    expect(formatRate(null, 0)).toBe('không phát sinh');
  });

  it('says "chưa có số liệu" when a count is missing', () => {
    expect(formatRate(null, 10)).toBe('chưa có số liệu');
    expect(formatRate(5, undefined)).toBe('chưa có số liệu');
    expect(formatRate(Number.NaN, 10)).toBe('chưa có số liệu');
  });
});

describe('formatPercent', () => {
  it.each([
    [100, '100%'],
    [95.5, '95,5%'],
    [95.123, '95,12%'],
    [92.625, '92,63%'],
    [1.005, '1,01%'], // 1.005 * 100 is 100.49999… in floating point
    [1.115, '1,12%'],
    [60, '60%'],
    [0, '0%'],
    [99.995, '99,99%'],
    [99.999, '99,99%'],
    [0.004, '0,01%'],
    [1e-7, '0,01%'],
  ])('%d → %s', (p, text) => {
    expect(formatPercent(p)).toBe(text);
  });

  it('formats an exact fraction as well as a number', () => {
    expect(formatPercent({ num: 200n, den: 3n })).toBe('66,67%');
  });

  it.each([null, undefined, Number.NaN])('%s → chưa có số liệu', (p) => {
    expect(formatPercent(p)).toBe('chưa có số liệu');
  });
});

describe('fraction', () => {
  it('reads a number as the decimal it prints as', () => {
    expect(fractionOf(1.005)).toEqual({ num: 1005n, den: 1000n });
    expect(fractionOf(1e21)).toEqual({ num: 10n ** 21n, den: 1n });
    expect(fractionOf(-0.5)).toEqual({ num: -5n, den: 10n });
  });

  it('compares exactly: 59,999% is below 60%', () => {
    const p = percentOf(59999, 100000);
    const sixty = fractionOf(60);
    const same = percentOf(3, 5);
    expect(p && sixty && compareFractions(p, sixty)).toBe(-1);
    expect(same && sixty && compareFractions(same, sixty)).toBe(0);
  });

  it('has no percent for a zero denominator', () => {
    expect(percentOf(1, 0)).toBeNull();
  });
});
