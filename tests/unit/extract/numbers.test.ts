import { describe, expect, it } from 'vitest';
import { isMissing, parseCount, parseRate } from '@/utils/extract/numbers';

describe('parseCount', () => {
  it.each([
    ['0', 0],
    ['795', 795],
    ['05', 5],
    ['007', 7],
    ['1.234', 1234],
    ['12.345.678', 12345678],
    ['1,234', 1234],
    ['1\u00a0234', 1234],
    ['1 234 567', 1234567],
    ['  42 ', 42],
  ])('%j → %d', (raw, value) => {
    expect(parseCount(raw)).toEqual({ value, ok: true });
  });

  it.each(['', '-', '–', '—', 'x', 'X', 'N/A', 'Không có dữ liệu', 'Không có dữ liệu!', 'KHÔNG CÓ DỮ LIỆU', ' \u00a0'])(
    '%j is missing, not 0',
    (raw) => {
      expect(parseCount(raw)).toEqual({ value: null, ok: true });
    },
  );

  it.each(['1,5', '95%', '1,5 hồ sơ', 'hồ sơ 12', '12 hồ sơ 5', '12 ngày', '1.23', '1.234,567', '1.2345', 'abc', '790/795', '-5'])('%j is reported as not a number', (raw) => {
    expect(parseCount(raw)).toEqual({ value: null, ok: false });
  });

  it.each([
    ['795 hồ sơ', 795],
    ['1.234 HS', 1234],
    ['12 Hồ sơ', 12],
    ['3 lượt', 3],
  ])('%j, a count printed with the word it counts, is %i', (raw, value) => {
    expect(parseCount(raw)).toEqual({ value, ok: true });
  });
});

describe('parseRate', () => {
  it.each([
    ['95,5%', 95.5],
    ['95.5%', 95.5],
    ['95,50 %', 95.5],
    ['100%', 100],
    ['0', 0],
    ['100', 100],
    ['1.234', 1.234], // a rate column: dot is a decimal mark, never thousands
    ['92,63', 92.63],
  ])('%j → %d', (raw, value) => {
    expect(parseRate(raw)).toEqual({ value, ok: true });
  });

  it('keeps missing apart from zero', () => {
    expect(parseRate('')).toEqual({ value: null, ok: true });
    expect(parseRate('-')).toEqual({ value: null, ok: true });
    expect(parseRate('N/A')).toEqual({ value: null, ok: true });
    expect(parseRate('%')).toEqual({ value: null, ok: true }); // a blank rate with its sign
  });

  it.each(['abc%', '95,5,1%', '95,5%%'])('%j is reported', (raw) => {
    expect(parseRate(raw).ok).toBe(false);
  });
});

describe('isMissing', () => {
  it('knows the blank markers and nothing else', () => {
    expect(isMissing('—')).toBe(true);
    expect(isMissing('0')).toBe(false);
    expect(isMissing('Tổng cộng')).toBe(false);
  });
});
