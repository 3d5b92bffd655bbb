/**
 * Columns that give two figures in one cell, as their heading says: "Có số hóa / Tiếp nhận" over "251/264",
 * "Đã TTTT / Hồ sơ có phí" over "41/58". Each becomes two columns, headed by its half of the heading, so each
 * figure maps on its own (the numerator and the base of a rate). A column is split only when its heading names two
 * things and every figure in it is such a pair; a date ("15/01/2026") is never one.
 * A column whose every figure is a count over its base with the rate ("995/1,002 (99,3%)" under "Đúng và trước
 * hạn"), or a count with its share ("1.347 (59,92%)" under "Trực tuyến (tỷ lệ %)"), gives the count under its own
 * heading and the rate under "Tỷ lệ đúng và trước hạn (%)"; the base is left, as the heading does not name it.
 */
import type { Grid } from './grid';

const PAIR_HEADING = /^(.*\p{L}.*?)\s+\/\s+(.*\p{L}.*)$/u;
const PAIR_CELL = /^\s*(\d[\d.,\s]*?)\s*\/\s*(\d[\d.,\s]*?)\s*$/;

/** "995/1,002 (99,3%)", or without its base "1.347 (59,92%)". */
const RATED_CELL = /^\s*(\d[\d.,\s]*?)\s*(?:\/\s*\d[\d.,\s]*?\s*)?\(\s*(\d+(?:[.,]\d+)?)\s*%\s*\)\s*$/;
/** A heading's note that its cells carry their share: "Trực tuyến (tỷ lệ %)", "(%)". */
const SHARE_NOTE = /\s*\(\s*(?:t[ỷỉ] l[ệe]\s*)?%?\s*\)\s*$/iu;
/** What stands in a rated column where there is no figure: nothing resolved yet ("n/a", "-"). */
const NO_FIGURE = /^\s*(?:-|–|—|n\/a)?\s*$/i;

/** How a column is split: its new headings and how one cell gives their texts. */
interface Split {
  paths: string[][];
  cells: (text: string) => string[];
}

function splitOf(path: readonly string[], rows: readonly (readonly string[])[], c: number): Split | null {
  const heading = PAIR_HEADING.exec(path[path.length - 1] ?? '');
  // Most columns hold plain figures: their first figure says so without the column being read whole.
  const first = rows.find((row) => !NO_FIGURE.test(row[c] ?? ''))?.[c];
  if (first === undefined || (!heading && !RATED_CELL.test(first))) return null;
  const figures = rows.map((row) => row[c] ?? '').filter((t) => t.trim() !== '');
  if (heading && figures.every((t) => PAIR_CELL.test(t))) {
    return {
      paths: [[...path.slice(0, -1), heading[1] ?? ''], [...path.slice(0, -1), heading[2] ?? '']],
      cells: (text) => {
        const m = PAIR_CELL.exec(text);
        return m ? [m[1] ?? '', m[2] ?? ''] : ['', ''];
      },
    };
  }
  if (RATED_CELL.test(first) && figures.every((t) => RATED_CELL.test(t) || NO_FIGURE.test(t))) {
    const leaf = (path[path.length - 1] ?? '').replace(SHARE_NOTE, '');
    return {
      paths: [[...path.slice(0, -1), leaf], [...path.slice(0, -1), `Tỷ lệ ${leaf} (%)`]],
      cells: (text) => {
        const m = RATED_CELL.exec(text);
        return m ? [m[1] ?? '', `${m[2] ?? ''}%`] : ['', ''];
      },
    };
  }
  return null;
}

export function splitPairs(grid: Grid): Grid {
  const splits = grid.paths.map((path, c) => splitOf(path, grid.rows, c));
  if (splits.every((h) => h === null)) return grid;
  const paths = grid.paths.flatMap((path, c) => splits[c]?.paths ?? [path]);
  const rows = grid.rows.map((row) => row.flatMap((text, c) => splits[c]?.cells(text) ?? [text]));
  return { ...grid, paths, rows };
}
