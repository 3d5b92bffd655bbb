/**
 * A summary laid out as label, figure, label, figure on each row, with no header (Ant Design's and Element's bordered
 * Descriptions, a "Thông tin chung" box drawn as a table): restacked as one label column beside one figure column, so
 * each row names its figure as in any key/value table. Only when every pair's first cell is words and at least half
 * its second cells are figures.
 */
import type { Grid } from './grid';
import { isNumberText } from './numbers';

const HAS_LETTER = /\p{L}/u;
/** Among a pair's figure cells, notes may stand ("Ghi chú" beside its text, "212 (trong đó …)"): at least half are figures. */
const FIGURE_SHARE = 0.5;

export function restackLabelValues(grid: Grid): Grid {
  const width = grid.paths.length;
  if (width < 4 || width % 2 !== 0 || grid.rows.length === 0 || grid.paths.some((path) => path.some((t) => t.trim() !== ''))) return grid;
  for (let c = 0; c < width; c += 2) {
    const labels = grid.rows.map((row) => row[c] ?? '');
    const figures = grid.rows.map((row) => row[c + 1] ?? '').filter((t) => t.trim() !== '');
    if (!labels.every((t) => t.trim() === '' || (HAS_LETTER.test(t) && !isNumberText(t)))) return grid;
    if (figures.filter(isNumberText).length < figures.length * FIGURE_SHARE) return grid;
  }
  const rows: string[][] = [];
  for (const row of grid.rows) for (let c = 0; c < width; c += 2) if ((row[c] ?? '').trim() !== '') rows.push([row[c] ?? '', row[c + 1] ?? '']);
  return { ...grid, paths: [grid.paths[0] ?? [], grid.paths[1] ?? []], rows };
}
