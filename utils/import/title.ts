/**
 * What an export's title lines say beyond what a page's caption says: the unit the file belongs to ("ỦY BAN
 * NHÂN DÂN XÃ AN LÃO", "Đơn vị: UBND xã Bình Giang - Thành phố Hải Phòng"). Only a unit named right after its
 * authority says whose file it is ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" does not); the name itself is read as on a
 * page (unitMention in utils/extract/page-unit.ts), and the file is another unit's as a page is (isOtherUnit there).
 * Its period is read as a table's title lines are (titlePeriod in utils/extract/period.ts).
 */
import { cleanText, foldDiacritics } from '../extract/normalize';
import { unitMention } from '../extract/page-unit';
import type { UnitKey } from '../extract/rows';

/** What names a file's own unit: "UBND", "Ủy ban nhân dân" or "Đơn vị (báo cáo):" (with its "UBND"), then the unit. */
const AUTHORITY = /(?:ubnd|[uủ][yỷ] ban nhân dân)\s+|đơn vị(?:\s+báo cáo)?\s*:\s*(?:(?:ubnd|[uủ][yỷ] ban nhân dân)\s+)?/giu;

/** The unit a title line names after its authority ("xã An Lão"), as written; null when none does. */
export function titleUnit(titles: readonly string[], own?: UnitKey): string | null {
  for (const line of titles) {
    const text = cleanText(line);
    for (const lead of text.matchAll(AUTHORITY)) {
      const after = text.slice(lead.index + lead[0].length);
      const mention = unitMention(after, own);
      if (mention !== null && foldDiacritics(after).startsWith(foldDiacritics(mention))) return mention;
    }
  }
  return null;
}
