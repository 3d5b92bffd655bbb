/**
 * A page's grids as every reader sees them (extraction, teach mode): located, a spreadsheet's column letters and
 * row numbers set aside (sheet-frame.ts), built, rows of label, figure, label,
 * figure restacked (label-value-pairs.ts), columns of "x / y" pairs split in two (pairs.ts), their abbreviated headings read through a legend beside them, and the page's own name (its title
 * and first h1) added to what each is about — on the PAKN system's statistics page "Tỷ lệ hài lòng" is the
 * feedback's, though the heading over its table names no PAKN.
 */
import { pageTitleText } from './detect';
import { buildGrid, type Grid } from './grid';
import { expandAbbreviations, legendNear } from './legend';
import { locateGrids, type LocatedGrid } from './locate';
import { cleanText, foldKey } from './normalize';
import { restackLabelValues } from './label-value-pairs';
import { showsOnePage } from './pager';
import { splitPairs } from './pairs';
import { withoutSheetFrame } from './sheet-frame';

export interface PageGrid {
  located: LocatedGrid;
  grid: Grid;
}

export function pageGrids(doc: Document): PageGrid[] {
  const topic = cleanText(pageTitleText(doc));
  return joinSheets(
    withPreambles(locateGrids(doc).map((located) => {
      const built = splitPairs(restackLabelValues(buildGrid(withoutSheetFrame(located))));
      const legend = located.root && legendNear(located.root);
      const grid = legend ? { ...built, paths: expandAbbreviations(built.paths, legend) } : built;
      const root = located.root;
      const paged = root ? { ...grid, onePage: () => showsOnePage(root) } : grid;
      return { located, grid: topic ? { ...paged, heading: `${grid.heading ?? ''} ${topic}` } : paged };
    })),
  );
}

/**
 * A form's preamble drawn as a table of its own right before the table of figures (issuing body, title, "Kỳ báo cáo:
 * … (Từ ngày … đến ngày …)", reporting unit): its lines are that table's titles.
 */
function withPreambles(grids: PageGrid[]): PageGrid[] {
  const out: PageGrid[] = [];
  let preamble: PageGrid | null = null;
  for (const next of grids) {
    const follows = preamble?.located.root !== undefined && preamble.located.root.nextElementSibling === next.located.root;
    out.push(preamble && follows ? { ...next, grid: { ...next.grid, titles: [...preamble.grid.titles, ...next.grid.titles] } } : next);
    preamble = next.grid.rows.length === 0 && next.grid.titles.length > 0 ? next : null;
  }
  return out;
}

/** A printed sheet's own subtotal, carried to the next sheet: "Cộng trang 1", "Cộng chuyển trang sau", "Mang sang". */
const SHEET_TOTAL = /^(?:cong (?:chuyen )?trang|chuyen trang|mang sang|cong sang trang)\b/;

/** Cells looked at for it: a row's name stands in its first few (after a row number). */
const NAME_CELLS = 3;
/** Its words start with "Cộng", "Chuyển" or "Mang" (cells are trimmed): most cells are not folded at all. */
const MAY_BE_SHEET_TOTAL = new Set(['C', 'c', 'M', 'm']);

function isSheetTotal(row: readonly string[]): boolean {
  for (let c = 0; c < NAME_CELLS && c < row.length; c++) {
    const text = row[c] ?? '';
    if (MAY_BE_SHEET_TOTAL.has(text.charAt(0)) && SHEET_TOTAL.test(foldKey(text))) return true;
  }
  return false;
}

const samePaths = (a: Grid, b: Grid): boolean =>
  a.paths.length === b.paths.length && a.paths.every((path, c) => path.join('›') === (b.paths[c] ?? []).join('›'));

/**
 * A report printed on several sheets, each repeating the header and ending with its sheet's subtotal ("Cộng trang
 * 1"), is one table: its sheets are joined and the sheets' subtotals left out, so the last sheet's "Tổng cộng" is the
 * total of every row. Read sheet by sheet, each sheet's rows were added up with its subtotal.
 */
function joinSheets(grids: PageGrid[]): PageGrid[] {
  const out: PageGrid[] = [];
  for (const next of grids) {
    const last = out[out.length - 1];
    const lastRow = last?.grid.rows[last.grid.rows.length - 1];
    if (last && lastRow && isSheetTotal(lastRow) && samePaths(last.grid, next.grid)) {
      out[out.length - 1] = { located: last.located, grid: { ...last.grid, rows: [...last.grid.rows.filter((r) => !isSheetTotal(r)), ...next.grid.rows] } };
    } else out.push(next);
  }
  return out.map((g) => (g.grid.rows.some(isSheetTotal) ? { ...g, grid: { ...g.grid, rows: g.grid.rows.filter((r) => !isSheetTotal(r)) } } : g));
}
