// The extraction fast paths (spec §8 budget) give exactly what the general code gives.
// Each reference below is the general code as it stood before its fast path was added.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanText, foldDiacritics, foldKey, keyOfFolded, stripNotes } from '@/utils/extract/normalize';
import { isMissing, parseCount, plainCount, type ParsedNumber } from '@/utils/extract/numbers';
import { clerkPrefilter, sameUnit, unitKey } from '@/utils/extract/rows';
import { runs } from '../fuzz/settings';

const refClean = (s: string) => s.normalize('NFC').replace(/[\s\u200b]+/g, ' ').trim();
const refFold = (s: string) => s.toLowerCase().normalize('NFD').replace(/\p{Mn}/gu, '').replace(/đ/g, 'd');
const refFoldKey = (s: string) => refFold(stripNotes(s)).replace(/[^a-z0-9%]+/g, ' ').trim();
function refParseCount(raw: string): ParsedNumber {
  const text = refClean(raw);
  const count = (value: number): ParsedNumber => (value <= 1e12 ? { value, ok: true } : { value: null, ok: false });
  if (/^\d+$/.test(text)) return count(Number(text));
  if (/^\d{1,3}([., ])\d{3}(?:\1\d{3})*$/.test(text)) return count(Number(text.replace(/[., ]/g, '')));
  return isMissing(text) ? { value: null, ok: true } : { value: null, ok: false };
}

/** What portal cells hold, and what trips fast paths up: decomposed marks, odd spaces, Turkish İ, Greek Σ, ligatures, astral letters. */
const PIECES = [
  ...'aAzZ09 ,.;:-–/%()[]'.split(''),
  'Tổng số', 'ĐÃ GIẢI QUYẾT', 'đúng hạn', 'Bình Giang', 'xã', 'UBND', 'X.', 'TT', 'P.', ' - Thành phố Hải Phòng', ' – Tỉnh Hải Dương',
  'Tiếp nhận'.normalize('NFD'), 'Ư', 'ơ', 'ỹ', 'Ỵ', 'ǅ', 'ß', 'µ', 'ÿ', 'Ÿ', 'İ', 'Σ', 'ΑΣ', 'ς', 'ﬁ', 'Å', 'K', '℃', '𝔸', '𝐀', '\ud800',
  '\u0300', '\u0301', '\u0303', '\u0309', '\u0323', '\u0345', '\u0340', '\u0344', '\u0f73',
  ' ', '  ', '\t', '\n', '\r', '\u2028', '\u00a0', '\u200b', '\u3000', '\ufeff', '\u0085',
];
const text = fc.oneof(
  fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((parts) => parts.join('')),
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
);

describe('normalize fast paths', () => {
  it('cleanText = NFC, spaces collapsed, trimmed', () => {
    fc.assert(fc.property(text, (s) => {
        expect(cleanText(s)).toBe(refClean(s));
      }), runs(4000));
  });

  it('foldDiacritics = lower case, NFD, marks dropped, đ → d', () => {
    fc.assert(fc.property(text, (s) => {
        expect(foldDiacritics(s)).toBe(refFold(s));
      }), runs(4000));
  });

  it('folding is idempotent on every BMP character', () => {
    for (let code = 0; code < 0x10000; code++) {
      if (code >= 0xd800 && code < 0xe000) continue;
      const once = foldDiacritics(String.fromCharCode(code));
      expect(foldDiacritics(once)).toBe(once);
    }
  });

  it('drops notes as the regular expressions do: nested, unclosed, stray ")", line breaks', () => {
    const brackets = fc.string({ unit: fc.constantFrom('a', 'b', '1', '(', '(', ')', ')', ' ', '\n', '-', '%'), maxLength: 16 });
    fc.assert(
      fc.property(brackets, (s) => {
        expect(keyOfFolded(s)).toBe(refFoldKey(s));
      }),
      runs(5000),
    );
  });

  it('folds long texts, below and beyond the fold buffer', () => {
    for (const times of [1, 170, 171, 2000]) {
      const long = 'Đã giải quyết (ghi chú); '.repeat(times); // 24 characters
      expect(foldDiacritics(long)).toBe(refFold(long));
      expect(keyOfFolded(foldDiacritics(long))).toBe(refFoldKey(long));
    }
  });

  it('foldKey(s) = keyOfFolded(foldDiacritics(s)), and both = the general key', () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(foldKey(s)).toBe(refFoldKey(s));
        expect(keyOfFolded(foldDiacritics(s))).toBe(foldKey(s));
      }),
      runs(4000),
    );
  });
});

describe('count fast path', () => {
  const numeric = fc.oneof(
    fc.nat({ max: 1e12 }).map((n) => n.toLocaleString('vi-VN')),
    fc.nat({ max: 1e12 }).map((n) => n.toLocaleString('en-US')),
    fc.nat({ max: 1e9 }).map((n) => n.toLocaleString('fr-FR').replace(/\u202f/g, ' ')),
    fc.bigInt({ min: 0n, max: 10n ** 25n }).map(String),
    fc.string({ unit: fc.constantFrom(...'0123456789.,  %-\u00a0'.split('')), maxLength: 22 }),
    text,
  );

  it('parseCount gives what the regular expressions give', () => {
    fc.assert(fc.property(numeric, (raw) => {
        expect(parseCount(raw)).toEqual(refParseCount(raw));
      }), runs(5000));
  });

  it('plainCount, when it answers, answers the same on the raw text', () => {
    fc.assert(
      fc.property(numeric, (raw) => {
        const plain = plainCount(raw);
        if (plain >= 0) expect(refParseCount(raw)).toEqual({ value: plain, ok: true });
      }),
      runs(5000),
    );
  });

  it('reads the usual cells', () => {
    expect(['0', '05', '1.234', '12.345.678', '1,234', '1 234', '1000000000000'].map(plainCount)).toEqual([
      0, 5, 1234, 12345678, 1234, 1234, 1e12,
    ]);
    // Above the count ceiling (10^12) too: slowCount refuses those.
    for (const raw of ['', ' 1', '1 ', '1.23', '1.234,567', '1..234', '.123', '1234.567', '1  234', '-1', '1e3', '1000000000001', '999999999999999', '9999999999999999', '95,5%']) {
      expect(plainCount(raw)).toBe(-1);
    }
  });
});

describe('clerk row prefilter', () => {
  const names = ['xã Bình Giang', 'Phường Hồng Bàng', 'thị trấn Cát Bà', 'UBND xã An Lão', 'xã 5', 'Đặc khu Bạch Long Vĩ', 'Bình', 'x', ''];
  const decorated = fc.tuple(
    fc.constantFrom(...names),
    fc.constantFrom('', 'UBND ', 'Ủy ban nhân dân ', 'X. ', 'P.', 'TT ', '(1) ', 'xã '),
    fc.constantFrom('', ' - Thành phố Hải Phòng', ' – Tỉnh Hải Dương', ' (cũ)', '(', ' - TP Hải Phòng', '.'),
    fc.boolean(),
    fc.boolean(),
  );

  it("lets the clerk's row through, decorated as portals print it", () => {
    const clerk = unitKey('xã Bình Giang');
    for (const label of ['UBND X. BÌNH GIANG - Thành phố Hải Phòng', 'Xã Bình Giang'.normalize('NFD'), 'TT Bình Giang']) {
      expect(clerkPrefilter(clerk)(foldDiacritics(cleanText(label)))).toBe(true);
    }
    expect(clerkPrefilter(clerk)(foldDiacritics('Xã Bình Minh'))).toBe(false);
  });

  it('never turns away a row sameUnit would accept', () => {
    fc.assert(
      fc.property(decorated, fc.constantFrom(...names), ([name, before, after, upper, nfd], clerkName) => {
        let label = `${before}${name.replace(/^(?:UBND )?(?:xã|phường|thị trấn|đặc khu) /i, '')}${after}`;
        if (upper) label = label.toUpperCase();
        if (nfd) label = label.normalize('NFD');
        const clerk = unitKey(clerkName);
        if (sameUnit(unitKey(label), clerk)) expect(clerkPrefilter(clerk)(foldDiacritics(cleanText(label)))).toBe(true);
      }),
      runs(3000),
    );
    fc.assert(
      fc.property(text, fc.constantFrom(...names), (label, clerkName) => {
        const clerk = unitKey(clerkName);
        if (sameUnit(unitKey(label), clerk)) expect(clerkPrefilter(clerk)(foldDiacritics(cleanText(label)))).toBe(true);
      }),
      runs(3000),
    );
  });
});
