/**
 * vi-VN wording of counts and rates as the report prints them (spec §4, §5).
 */
import { compareFractions, fractionOf, percentOf, type Fraction } from './fraction';

export const MISSING_TEXT = 'chưa có số liệu';
/** A rate whose denominator is 0: nothing arose in the period. */
export const NOT_ARISEN_TEXT = 'không phát sinh';

const HUNDRED: Fraction = { num: 100n, den: 1n };

/** "1180" → "1.180". Digits only. */
function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/**
 * A finite number ≥ 0 in plain digits with JavaScript's shortest digits, never exponent
 * notation: 1.2345678901234568e+24 → "1234567890123456800000000", 1e-7 → "0.0000001".
 */
function plainDigits(x: number): string {
  const [mantissa = '0', exponent] = x.toString().split('e');
  if (exponent === undefined) return mantissa;
  const digits = mantissa.replace('.', '');
  const point = (mantissa.includes('.') ? mantissa.indexOf('.') : mantissa.length) + Number(exponent);
  return point <= 0 ? `0.${'0'.repeat(-point)}${digits}` : digits.padEnd(point, '0');
}

/**
 * A count: `1.180`, `12.345`, 1–9 with a leading zero (`05`), `0`.
 * Missing (null, undefined, NaN, ±Infinity) → "chưa có số liệu".
 */
export function formatCount(n: number | null | undefined): string {
  if (n == null || !Number.isFinite(n)) return MISSING_TEXT;
  if (Number.isInteger(n) && n >= 1 && n <= 9) return `0${n}`;
  const [int = '0', frac] = plainDigits(Math.abs(n)).split('.');
  return `${n < 0 ? '-' : ''}${groupThousands(int)}${frac ? `,${frac}` : ''}`;
}

/**
 * A percent value (95.5 or an exact fraction) as `95,5%`: at most two
 * decimals, comma, trailing zeros dropped, half up. Never `100%` unless it is
 * exactly 100 (99,99% / 100,01%), never `0%` unless exactly 0 (0,01%).
 */
export function formatPercent(p: Fraction | number | null | undefined): string {
  const exact = typeof p === 'number' ? fractionOf(p) : p;
  if (!exact) return MISSING_TEXT;
  const size: Fraction = { num: exact.num < 0n ? -exact.num : exact.num, den: exact.den };
  let hundredths = (200n * size.num + size.den) / (2n * size.den); // half up
  const vsHundred = compareFractions(size, HUNDRED);
  if (hundredths === 10000n && vsHundred !== 0) hundredths = vsHundred < 0 ? 9999n : 10001n;
  if (hundredths === 0n && size.num !== 0n) hundredths = 1n;
  const decimals = (hundredths % 100n).toString().padStart(2, '0').replace(/0+$/, '');
  const sign = exact.num < 0n ? '-' : '';
  return `${sign}${groupThousands((hundredths / 100n).toString())}${decimals ? `,${decimals}` : ''}%`;
}

/** `numerator / denominator` as a percent; 0 denominator → "không phát sinh"; missing → "chưa có số liệu". */
export function formatRate(numerator: number | null | undefined, denominator: number | null | undefined): string {
  if (denominator === 0) return NOT_ARISEN_TEXT;
  if (numerator == null || denominator == null) return MISSING_TEXT;
  return formatPercent(percentOf(numerator, denominator));
}
