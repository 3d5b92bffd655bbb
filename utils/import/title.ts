/**
 * What an export's title lines say beyond what a page's caption says: the unit the file belongs to ("ỦY BAN
 * NHÂN DÂN XÃ AN LÃO", "Đơn vị: UBND xã Bình Giang - Thành phố Hải Phòng") and a period written on its own
 * ("Tháng 02/2026", "… - Quý I/2025"), which a page always introduces with "Kỳ báo cáo".
 */
import type { Period } from '../domain/types';
import { cleanText, foldDiacritics } from '../extract/normalize';
import { monthPeriod, quarterPeriod } from '../extract/period';

/** A commune-level unit after "UBND", "Ủy ban nhân dân" or "Đơn vị (báo cáo):", up to a separator. */
const UNIT = /(?:(?:ubnd|[uủ][yỷ] ban nhân dân)\s+|đơn vị(?:\s+báo cáo)?\s*:\s*(?:(?:ubnd|[uủ][yỷ] ban nhân dân)\s+)?)((?:xã|phường|thị trấn|đặc khu)\s+[^\-–,;:()]+)/iu;
/** "Tháng 02/2026", "tháng 2 năm 2026", but not the date a report was signed ("ngày 15 tháng 02 năm 2026"). */
const MONTH = /(?<!ngay\s+\d{1,2}\s+)\bthang\s+(\d{1,2})\s*(?:\/|nam)\s*(\d{4})\b/;
const QUARTER = /\bquy\s+(iv|i{1,3}|[1-4])\s*(?:\/|nam)\s*(\d{4})\b/;
const QUARTERS: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

/** The unit a title line names ("xã An Lão"), as written; null when none does. */
export function titleUnit(titles: readonly string[]): string | null {
  for (const line of titles) {
    const m = UNIT.exec(cleanText(line));
    if (m?.[1]) return m[1].trim();
  }
  return null;
}

/** "Tháng MM/YYYY" or "Quý …/YYYY" in a title line, as a reporting period; null when none. */
export function titlePeriod(titles: readonly string[], cutoffDay: number): Period | null {
  for (const line of titles) {
    const text = foldDiacritics(cleanText(line));
    const m = MONTH.exec(text);
    if (m) return monthPeriod(Number(m[2]), Number(m[1]), cutoffDay);
    const q = QUARTER.exec(text);
    const quarter = q ? QUARTERS[q[1] ?? ''] : undefined;
    if (q && quarter) return quarterPeriod(Number(q[2]), quarter, cutoffDay);
  }
  return null;
}
