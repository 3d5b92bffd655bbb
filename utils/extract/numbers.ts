/**
 * vi-VN number cells. `value: null` means missing (blank, dash, "x", "N/A", …),
 * never 0; `ok: false` means the text is not a number and must be reported.
 */
import { cleanText, foldDiacritics } from './normalize';
import { MAX_COUNT } from '../domain/fields';

export interface ParsedNumber {
  value: number | null;
  ok: boolean;
}

const DIGITS = /^\d+$/;
/** 1.234 / 12.345.678 / 1,234 / 1 234 (NBSP already turned into a space); one separator kind only. */
const GROUPED = /^\d{1,3}([., ])\d{3}(?:\1\d{3})*$/;
const GROUP_SEPARATOR = /[., ]/g;
const DECIMAL = /^\d+(?:[.,]\d+)?$/;
const PERCENT_SIGN = /\s*%$/;
const TRAILING_MARKS = /[!.:]+$/;
const MISSING = new Set(['', '-', '--', '–', '—', 'x', 'n/a', 'na', 'khong co du lieu', 'chua co du lieu']);

const MISSING_VALUE: ParsedNumber = { value: null, ok: true };
const NOT_A_NUMBER: ParsedNumber = { value: null, ok: false };
/** "795 hồ sơ", "12 HS", "3 lượt": a count with the word it counts, as cards and some tables print them. */
const WITH_UNIT = /^(\d[\d.,\s]*?)\s*(?:ho so|hs|thu tuc|tthc|phan anh|kien nghi|luot)$/;

/** A grid's summary cell naming its sum: "Tổng: 878", "Sum: 878", "Chung: 99,77%" (DevExtreme, Kendo footers). */
const SUMMARY_PREFIX = /^(?:tong(?: cong| so)?|cong|sum|total|chung)\s*:\s*/;
// Most cells have no colon: they are not folded for it.
const withoutSummaryPrefix = (text: string): string =>
  text.includes(':') && SUMMARY_PREFIX.test(foldDiacritics(text).toLowerCase()) ? text.slice(text.indexOf(':') + 1).trim() : text;

/** The number of a count printed with its unit word ("795 hồ sơ" → "795"), or null. */
export function countWithoutUnit(text: string): string | null {
  const m = WITH_UNIT.exec(foldDiacritics(cleanText(text)));
  return m?.[1] ? cleanText(m[1]) : null;
}

/** Blank-like text that stands for "no data" ("", "-", "—", "x", "N/A", "Không có dữ liệu!"). */
export function isMissing(raw: string): boolean {
  return MISSING.has(foldDiacritics(cleanText(raw)).replace(TRAILING_MARKS, ''));
}

/** A count: "1.234" → 1234, "05" → 5; decimals and percents are not counts. */
export function parseCount(raw: string): ParsedNumber {
  const text = cleanText(raw);
  const fast = plainCount(text);
  if (fast >= 0) return { value: fast, ok: true };
  return slowCount(text);
}

/** A figure with its change glued after it: "1.062▲ 5,7%", "18 ▼2", "18+6 so với kỳ trước" (el-tag, antd Statistic). */
const WITH_TREND = /^(\d[\d.,\s]*?)\s*(?:[▲▼△▽↑↓]|[+−]\s*\d[\d.,]*%?\s*so voi\b).*$/;
const DIGIT_FIRST = /^\d/;
const TREND_MARK = /[▲▼△▽↑↓+−]/;
// Only a text starting with a digit and holding a mark of change is folded for it.
const withoutTrend = (text: string): string =>
  DIGIT_FIRST.test(text) && TREND_MARK.test(text) ? (WITH_TREND.exec(foldDiacritics(text))?.[1]?.trim() ?? text) : text;

function slowCount(raw: string): ParsedNumber {
  const text = withoutTrend(withoutSummaryPrefix(raw));
  const bare = countWithoutUnit(text) ?? text;
  const digits = DIGITS.test(bare) ? bare : GROUPED.test(bare) ? bare.replace(GROUP_SEPARATOR, '') : null;
  if (digits === null) return isMissing(text) ? MISSING_VALUE : NOT_A_NUMBER;
  const value = Number(digits);
  return value <= MAX_COUNT ? { value, ok: true } : NOT_A_NUMBER;
}

/** Digits beyond this many may not be read exactly by adding them up one by one: such texts take `slowCount`. */
const FAST_DIGITS = 15;

/**
 * Fast path of `parseCount` for a cleaned text: the value of plain digits
 * ("05", "1234") or of "." / "," / " " thousands groups ("12.345.678"), the
 * same as `slowCount` gives; -1 for every other text and for counts above
 * MAX_COUNT (then `slowCount` decides). No regular expression, no allocation.
 */
export function plainCount(text: string): number {
  const n = text.length;
  if (n === 0 || n > FAST_DIGITS + 4) return -1;
  let value = 0;
  let digits = 0;
  let group = 0; // digits since the last separator (or the start)
  let separator = 0;
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) {
      value = value * 10 + (code - 48);
      digits++;
      group++;
    } else if (code === 46 || code === 44 || code === 32) {
      if (separator === 0 ? group === 0 || group > 3 : code !== separator || group !== 3) return -1;
      separator = code;
      group = 0;
    } else return -1;
  }
  if ((separator !== 0 && group !== 3) || digits > FAST_DIGITS || value > MAX_COUNT) return -1;
  return value;
}

/**
 * A rate in percent: "95,5%", "95.5%", "95,50 %", "100". Both "," and "." are
 * decimal marks here, so "1.234" in a rate column is 1.234%, never 1234.
 */
export function parseRate(raw: string): ParsedNumber {
  const text = withoutSummaryPrefix(cleanText(raw)).replace(PERCENT_SIGN, '');
  if (DECIMAL.test(text)) return { value: Number(text.replace(',', '.')), ok: true };
  return isMissing(text) ? MISSING_VALUE : NOT_A_NUMBER;
}

/** True when the cell holds a number (count or percent): used to tell data rows from header rows. */
export function isNumberText(raw: string): boolean {
  return parseCount(raw).value !== null || parseRate(raw).value !== null;
}
