/**
 * What an export's title lines say beyond what a page's caption says: the unit the file belongs to ("ỦY BAN
 * NHÂN DÂN XÃ AN LÃO", "Đơn vị: UBND xã Bình Giang - Thành phố Hải Phòng"). Its period is read as a table's
 * title lines are (titlePeriod in utils/extract/period.ts).
 */
import { cleanText } from '../extract/normalize';

/** A commune-level unit after "UBND", "Ủy ban nhân dân" or "Đơn vị (báo cáo):", up to a separator. */
const UNIT = /(?:(?:ubnd|[uủ][yỷ] ban nhân dân)\s+|đơn vị(?:\s+báo cáo)?\s*:\s*(?:(?:ubnd|[uủ][yỷ] ban nhân dân)\s+)?)((?:xã|phường|thị trấn|đặc khu)\s+[^\-–,;:()]+)/iu;
/** The unit a title line names ("xã An Lão"), as written; null when none does. */
export function titleUnit(titles: readonly string[]): string | null {
  for (const line of titles) {
    const m = UNIT.exec(cleanText(line));
    if (m?.[1]) return m[1].trim();
  }
  return null;
}
