/**
 * Whose figures one table holds, from what the page says around it: the lines just before it naming a unit ("3. Đơn
 * vị: UBND xã …", a letterhead), or its title saying it covers the whole province ("… toàn tỉnh theo tháng").
 */
import type { Grid } from './grid';
import { leadLines, type LocatedGrid } from './locate';
import { foldDiacritics, foldKey } from './normalize';
import { isOtherUnit, unitHeading, unitMention } from './page-unit';
import type { UnitKey } from './rows';

/**
 * Words by which a table's title says it covers more than one commune: "toàn tỉnh", "các xã", "tất cả đơn vị",
 * "trên địa bàn tỉnh" ("trên địa bàn xã" is the commune's own).
 */
export const WIDER_SCOPE = /\btoan (?:tinh|thanh pho|quoc)\b|\bcac (?:xa|don vi)\b|\btat ca (?:cac )?don vi\b|\btren dia ban (?:tinh|thanh pho)\b/;

/**
 * Words by which a table's title or its name column says its figures are officers' ("Thống kê theo cán bộ xử lý",
 * "Kết quả xử lý hồ sơ của cán bộ: …", a column "Cán bộ xử lý"): each officer's share, a dossier counted for each
 * officer it passed through, never the unit's figures. The lines before a table may be a menu ("Báo cáo theo cán
 * bộ") or the signed-in officer's box ("Cán bộ: …"): there only words filtering by one officer count.
 */
const BY_OFFICER = /\b(?:theo|cua) (?:tung )?(?:can bo|cong chuc|chuyen vien|nguoi xu ly)\b|\b(?:can bo|cong chuc|chuyen vien)(?: xu ly)?\s*:/;
// "Cán bộ: Ngô Thị …" alone is the signed-in officer's box, not a filter.
const ONE_OFFICER = /\bcua (?:can bo|cong chuc|chuyen vien)\b|\b(?:can bo|cong chuc|chuyen vien) xu ly\s*:/;
/**
 * A title in the first person ("Hồ sơ của tôi", "Hồ sơ tôi đã xử lý", "Tỷ lệ xử lý đúng hạn của tôi"): the signed-in
 * officer's own share. Only with these words: "tới" folds to the same letters ("Hồ sơ tới hạn").
 */
export const FIRST_PERSON = /\bcua toi\b|\btoi (?:da |dang |duoc )?(?:xu ly|tiep nhan|giai quyet|thu ly|giao|phan cong|yeu cau)\b/;
const OFFICER_COLUMN = /^(?:ho (?:va )?ten )?(?:can bo|cong chuc|chuyen vien|nguoi (?:xu ly|thu ly))(?: (?:xu ly|thu ly|tiep nhan|phu trach))?$/;

/**
 * A table's title or the line before it saying its dossiers are a higher level's to resolve ("Hồ sơ TTHC thuộc thẩm
 * quyền giải quyết của các cơ quan cấp thành phố tiếp nhận tại …"): received at the commune, not the commune's results.
 */
const HIGHER_COMPETENCE =
  /\bho so\b[^.;:]{0,20}\bthuoc tham quyen(?: giai quyet)? cua (?:cac )?(?:co quan |don vi )?(?:cap (?:tinh|thanh pho|trung uong|bo)|so|bo|nganh)\b/;

export type TableScope =
  /** A line heading the table names another unit (as the page shows it). */
  | { other: string }
  /** Its dossiers are a higher level's to resolve (HIGHER_COMPETENCE). */
  | { higherLevel: true }
  /** Its figures are officers' (BY_OFFICER). */
  | { officers: true }
  /** `own`: a line heading it names the clerk's unit; `wide`: its title says it covers more than one commune. */
  | { own: boolean; wide: boolean };

const DIALOG = '[role=dialog], [role=alertdialog], dialog';
/** The start of a row's name cell that names its unit. */
const MAX_ROW_TEXT = 200;

/** A dialog's title: its accessible name, else its first heading. */
function dialogTitle(dialog: Element): string {
  const labelledBy = dialog.getAttribute('aria-labelledby');
  const named = dialog.getAttribute('aria-label') ?? (labelledBy ? dialog.ownerDocument.getElementById(labelledBy)?.textContent : null);
  return named ?? dialog.querySelector('h1, h2, h3, h4, h5, h6, [role=heading]')?.textContent ?? '';
}

export function tableScope(located: LocatedGrid, grid: Grid, clerk: UnitKey, clerkIsCity: boolean): TableScope {
  // A grid in a dialog over the page ("Chi tiết đơn vị: phường Bình Thuận"): the dialog's title says whose it is.
  const dialog = located.root?.closest(DIALOG);
  const inDialog = dialog ? unitMention(dialogTitle(dialog), clerk) : null;
  if (inDialog !== null && isOtherUnit(inDialog, clerk)) return { other: inDialog };
  const lines = located.root ? leadLines(located.root) : [];
  const namedAt = lines.findIndex((line) => unitHeading(line, clerk) !== null);
  const named = namedAt >= 0 ? unitHeading(lines[namedAt] ?? '', clerk) : null;
  if (named && isOtherUnit(named, clerk)) return { other: named };
  const titled = foldDiacritics([...grid.titles, located.heading ?? ''].join(' '));
  const before = foldDiacritics(lines.join(' '));
  if (!clerkIsCity && HIGHER_COMPETENCE.test(`${titled} ${foldDiacritics(lines[0] ?? '')}`)) return { higherLevel: true };
  if (BY_OFFICER.test(titled) || FIRST_PERSON.test(titled) || ONE_OFFICER.test(before) || grid.paths.some((path) => OFFICER_COLUMN.test(foldKey(path[path.length - 1] ?? '')))) {
    return { officers: true };
  }
  // A row's expanded detail (a table in the row under a unit's row of a table of units): that unit's, the clerk's own
  // when the row above names the clerk's unit.
  const above = located.root?.parentElement?.closest('tr')?.previousElementSibling;
  const name = above ? Array.from(above.children, (c) => c.textContent ?? '').find((text) => /\p{L}/u.test(text)) : undefined;
  const mention = name ? unitMention(name.slice(0, MAX_ROW_TEXT), clerk) : null;
  const detailOfClerk = mention !== null && !isOtherUnit(mention, clerk);
  // A column group naming the clerk's unit ("Phường Lê Chân – Tháng 11/2025 › Tử số │ Mẫu số"): the clerk's figures.
  const headedByClerk = grid.paths.some((path) =>
    path.slice(0, -1).some((group) => {
      const unit = unitMention(group, clerk);
      return unit !== null && !isOtherUnit(unit, clerk);
    }),
  );
  // Lines beyond the nearest one naming the clerk's unit ("Đơn vị: Phường Quy Nhơn Nam" over the table, the province's
  // counters "(toàn tỉnh)" above it) are about something else.
  const scoped = named ? foldDiacritics(lines.slice(0, namedAt + 1).join(' ')) : before;
  return { own: Boolean(named) || detailOfClerk || headedByClerk, wide: !clerkIsCity && WIDER_SCOPE.test(`${titled} ${scoped}`) };
}
