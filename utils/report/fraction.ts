/**
 * Exact rational arithmetic for rates, so that rounding and target checks
 * never suffer from binary floating point (1.005 * 100 = 100.49999…).
 */

/** An exact rational number `num / den`, with `den > 0`. */
export interface Fraction {
  num: bigint;
  den: bigint;
}

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/;

/**
 * The exact value of the decimal that `String(x)` prints, i.e. the number as
 * a person typed or read it: `fractionOf(1.005)` is 1005/1000, not the
 * binary double just below it. `null` for NaN and ±Infinity.
 */
export function fractionOf(x: number): Fraction | null {
  const match = DECIMAL.exec(String(x));
  if (!match) return null;
  const [, sign = '', int = '0', frac = '', exp = '0'] = match;
  const shift = Number(exp) - frac.length;
  let num = BigInt(int + frac);
  let den = 1n;
  if (shift >= 0) num *= 10n ** BigInt(shift);
  else den = 10n ** BigInt(-shift);
  return { num: sign ? -num : num, den };
}

/** `100 × numerator / denominator` exactly; `null` when an input is not finite or the denominator is 0. */
export function percentOf(numerator: number, denominator: number): Fraction | null {
  const a = fractionOf(numerator);
  const b = fractionOf(denominator);
  if (!a || !b || b.num === 0n) return null;
  const num = 100n * a.num * b.den;
  const den = a.den * b.num;
  return den < 0n ? { num: -num, den: -den } : { num, den };
}

/** Sign of `a − b`: -1, 0 or 1. */
export function compareFractions(a: Fraction, b: Fraction): -1 | 0 | 1 {
  const left = a.num * b.den;
  const right = b.num * a.den;
  return left < right ? -1 : left > right ? 1 : 0;
}

/** Nearest double, for charts and sorting only (never for display or target checks). */
export function toNumber(f: Fraction): number {
  return Number(f.num) / Number(f.den);
}
