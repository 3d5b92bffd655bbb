/**
 * Columns that give two figures in one cell, as their heading says: "Có số hóa / Tiếp nhận" over "251/264",
 * "Đã TTTT / Hồ sơ có phí" over "41/58". Each becomes two columns, headed by its half of the heading, so each
 * figure maps on its own (the numerator and the base of a rate). A column is split only when its heading names two
 * things and every figure in it is such a pair; a date ("15/01/2026") is never one.
 */
import type { Grid } from './grid';

const PAIR_HEADING = /^(.*\p{L}.*?)\s+\/\s+(.*\p{L}.*)$/u;
const PAIR_CELL = /^\s*(\d[\d.,\s]*?)\s*\/\s*(\d[\d.,\s]*?)\s*$/;

export function splitPairs(grid: Grid): Grid {
  const halves = grid.paths.map((path, c) => {
    const heading = PAIR_HEADING.exec(path[path.length - 1] ?? '');
    if (!heading) return null;
    const cells = grid.rows.map((row) => row[c] ?? '').filter((t) => t.trim() !== '');
    return cells.length > 0 && cells.every((t) => PAIR_CELL.test(t)) ? [heading[1] ?? '', heading[2] ?? ''] : null;
  });
  if (halves.every((h) => h === null)) return grid;
  const paths: string[][] = [];
  grid.paths.forEach((path, c) => {
    const h = halves[c];
    if (h) paths.push([...path.slice(0, -1), h[0] ?? ''], [...path.slice(0, -1), h[1] ?? '']);
    else paths.push(path);
  });
  const rows = grid.rows.map((row) =>
    row.flatMap((text, c) => {
      if (!halves[c]) return [text];
      const m = PAIR_CELL.exec(text);
      return m ? [m[1] ?? '', m[2] ?? ''] : ['', ''];
    }),
  );
  return { ...grid, paths, rows };
}
