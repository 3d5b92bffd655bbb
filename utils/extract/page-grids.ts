/**
 * A page's grids as every reader sees them (extraction, teach mode): located, built, columns of "x / y" pairs split
 * in two (pairs.ts), their abbreviated headings read through a legend beside them, and the page's own name (its title
 * and first h1) added to what each is about — on the PAKN system's statistics page "Tỷ lệ hài lòng" is the
 * feedback's, though the heading over its table names no PAKN.
 */
import { buildGrid, type Grid } from './grid';
import { expandAbbreviations, legendNear } from './legend';
import { locateGrids, type LocatedGrid } from './locate';
import { cleanText } from './normalize';
import { splitPairs } from './pairs';

export interface PageGrid {
  located: LocatedGrid;
  grid: Grid;
}

function pageTopic(doc: Document): string {
  return cleanText(`${doc.title} ${doc.getElementsByTagName('h1')[0]?.textContent ?? ''}`);
}

export function pageGrids(doc: Document): PageGrid[] {
  const topic = pageTopic(doc);
  return locateGrids(doc).map((located) => {
    const built = splitPairs(buildGrid(located));
    const legend = located.root && legendNear(located.root);
    const grid = legend ? { ...built, paths: expandAbbreviations(built.paths, legend) } : built;
    return { located, grid: topic ? { ...grid, heading: `${grid.heading ?? ''} ${topic}` } : grid };
  });
}
