/**
 * Whose figures one table holds, from what the page says around it: the lines just before it naming a unit ("3. Đơn
 * vị: UBND xã …", a letterhead), or its title saying it covers the whole province ("… toàn tỉnh theo tháng").
 */
import type { Grid } from './grid';
import { leadLines, type LocatedGrid } from './locate';
import { foldDiacritics } from './normalize';
import { isOtherUnit, unitHeading } from './page-unit';
import type { UnitKey } from './rows';

/** Words by which a table's title says it covers more than one commune. */
const WIDER_SCOPE = /\btoan (?:tinh|thanh pho|quoc)\b|\bcac (?:xa|don vi)\b|\btat ca (?:cac )?don vi\b/;

export type TableScope =
  /** A line heading the table names another unit (as the page shows it). */
  | { other: string }
  /** `own`: a line heading it names the clerk's unit; `wide`: its title says it covers more than one commune. */
  | { own: boolean; wide: boolean };

export function tableScope(located: LocatedGrid, grid: Grid, clerk: UnitKey, clerkIsCity: boolean): TableScope {
  const lines = located.root ? leadLines(located.root) : [];
  const named = lines.map((line) => unitHeading(line, clerk)).find((m) => m !== null);
  if (named && isOtherUnit(named, clerk)) return { other: named };
  const said = [...grid.titles, located.heading ?? '', ...lines];
  return { own: Boolean(named), wide: !clerkIsCity && WIDER_SCOPE.test(foldDiacritics(said.join(' '))) };
}
