/**
 * vi-VN number cells. `value: null` means missing (blank, dash, "x", "N/A", …),
 * never 0; `ok: false` means the text is not a number and must be reported.
 */
import { cleanText, foldDiacritics } from './normalize';

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

/** Blank-like text that stands for "no data" ("", "-", "—", "x", "N/A", "Không có dữ liệu!"). */
export function isMissing(raw: string): boolean {
  return MISSING.has(foldDiacritics(cleanText(raw)).replace(TRAILING_MARKS, ''));
}

/** A count: "1.234" → 1234, "05" → 5; decimals and percents are not counts. */
export function parseCount(raw: string): ParsedNumber {
  const text = cleanText(raw);
  if (DIGITS.test(text)) return { value: Number(text), ok: true };
  if (GROUPED.test(text)) return { value: Number(text.replace(GROUP_SEPARATOR, '')), ok: true };
  return isMissing(text) ? MISSING_VALUE : NOT_A_NUMBER;
}

/**
 * A rate in percent: "95,5%", "95.5%", "95,50 %", "100". Both "," and "." are
 * decimal marks here, so "1.234" in a rate column is 1.234%, never 1234.
 */
export function parseRate(raw: string): ParsedNumber {
  const text = cleanText(raw).replace(PERCENT_SIGN, '');
  if (DECIMAL.test(text)) return { value: Number(text.replace(',', '.')), ok: true };
  return isMissing(text) ? MISSING_VALUE : NOT_A_NUMBER;
}

/** True when the cell holds a number (count or percent): used to tell data rows from header rows. */
export function isNumberText(raw: string): boolean {
  return parseCount(raw).value !== null || parseRate(raw).value !== null;
}
