// Property tests of the vi-VN number parser (utils/extract/numbers.ts) against the report's formatter.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isMissing, parseCount, parseRate } from '@/utils/extract/numbers';
import { MAX_COUNT } from '@/utils/domain/fields';
import { formatCount } from '@/utils/report/format';
import { runs } from './settings';

/** Text a portal cell could hold, biased towards digits, separators and the words portals use for "no data". */
const cellText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: fc.constantFrom(...'0123456789.,% -–—\u00a0xX'.split('')), maxLength: 20 }),
  fc.constantFrom('1e3', '0x10', 'Infinity', '-Infinity', 'NaN', '١٢٣', '１２３', '12abc', '1,2,3', '+5', '-5', '5-', '.5', '5.', '1..2', '1.2.3,4'),
);

describe('parseCount / parseRate never throw and never invent a value', () => {
  it('return a non-negative finite number or null for any text', () => {
    fc.assert(
      fc.property(cellText, (raw) => {
        for (const parse of [parseCount, parseRate]) {
          const { value, ok } = parse(raw);
          if (value !== null) {
            expect(Number.isFinite(value)).toBe(true);
            expect(value).toBeGreaterThanOrEqual(0);
            expect(ok).toBe(true);
          }
          if (!ok) expect(value).toBeNull();
        }
      }),
      runs(3000),
    );
  });

  it('a count is always an integer', () => {
    fc.assert(
      fc.property(cellText, (raw) => {
        const { value } = parseCount(raw);
        if (value !== null) expect(Number.isInteger(value)).toBe(true);
      }),
      runs(2000),
    );
  });

  it('text with a letter other than "x"/"na" words, a sign or an exponent is never a number', () => {
    const withJunk = fc.tuple(fc.nat(99999), fc.constantFrom('e3', 'abc', '+', '-', 'đ', 'k', ' ngày', 'x2'), fc.boolean());
    fc.assert(
      fc.property(withJunk, ([n, junk, before]) => {
        const raw = before ? `${junk}${n}` : `${n}${junk}`;
        expect(parseCount(raw).value).toBeNull();
        expect(parseRate(raw).value).toBeNull();
      }),
      runs(1000),
    );
  });
});

describe('a count printed with the word it counts', () => {
  it('"N hồ sơ" / "N HS" is the count N, never a rate; the word before the number is junk', () => {
    fc.assert(
      fc.property(fc.nat(99999), fc.constantFrom(' hồ sơ', ' HS', 'hs', ' Hồ sơ'), (n, unit) => {
        expect(parseCount(`${n}${unit}`)).toEqual({ value: n, ok: true });
        expect(parseRate(`${n}${unit}`).value).toBeNull();
        expect(parseCount(`${unit.trim()} ${n}`).value).toBeNull();
      }),
      runs(500),
    );
  });
});

describe('counts round-trip with the report formatter', () => {
  it('parseCount(formatCount(n)) === n for every whole count up to 10^12 (grouped with dots, 1–9 with a leading zero); above it, refused', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: 0, max: MAX_COUNT }), fc.maxSafeNat()), (n) => {
        expect(parseCount(formatCount(n))).toEqual(n <= MAX_COUNT ? { value: n, ok: true } : { value: null, ok: false });
      }),
      runs(3000),
    );
  });

  it('the same count grouped with dots, commas, spaces or NBSP reads the same', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 999_999_999_999 }), fc.constantFrom('.', ',', ' ', '\u00a0'), (n, sep) => {
        const grouped = String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
        expect(parseCount(grouped).value).toBe(n);
        expect(parseCount(`  ${grouped}\t`).value).toBe(n);
      }),
      runs(1500),
    );
  });

  it('mixed group separators are refused rather than guessed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1_000_000, max: 999_999_999 }), (n) => {
        const digits = String(n);
        const cut = digits.length - 6;
        const mixed = `${digits.slice(0, cut)}.${digits.slice(cut, cut + 3)},${digits.slice(cut + 3)}`;
        expect(parseCount(mixed)).toEqual({ value: null, ok: false });
      }),
      runs(500),
    );
  });
});

describe('rates', () => {
  it('a decimal comma and a decimal dot give the same percent, with or without "%"', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 99 }), fc.constantFrom('', '%', ' %', '\u00a0%'), (whole, hundredths, sign) => {
        const frac = String(hundredths).padStart(2, '0');
        const comma = parseRate(`${whole},${frac}${sign}`);
        const dot = parseRate(`${whole}.${frac}${sign}`);
        expect(comma).toEqual(dot);
        expect(comma.value).toBeCloseTo(whole + hundredths / 100, 10);
      }),
      runs(1500),
    );
  });
});

describe('missing tokens are null (missing), never 0', () => {
  const tokens = ['', ' ', '-', '--', '–', '—', 'x', 'X', 'N/A', 'n/a', 'NA', 'Không có dữ liệu', 'Không có dữ liệu!', 'Chưa có dữ liệu.', 'không có dữ liệu:'];
  it('every missing token, padded with any whitespace', () => {
    fc.assert(
      fc.property(fc.constantFrom(...tokens), fc.constantFrom('', ' ', '\u00a0', '\n\t', '\u200b'), (token, pad) => {
        const raw = `${pad}${token}${pad}`;
        expect(isMissing(raw)).toBe(true);
        expect(parseCount(raw)).toEqual({ value: null, ok: true });
        expect(parseRate(raw)).toEqual({ value: null, ok: true });
      }),
      runs(300),
    );
  });
});
