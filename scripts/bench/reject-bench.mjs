// Part 2: the content script's work on portal pages that are not statistics pages.
import { EXTRACT_OPTIONS, REJECT_PAGES } from './pages.mjs';
import { median } from './report.mjs';

const LOADS = 3; // fresh loads per page: the first call after each load is the cold one
const CALLS = 40; // warm calls per load

/** Same calls as entrypoints/portal.content: looksLikeStatsPage, then extractPage. */
function timeInPage({ opts, calls }) {
  const { looksLikeStatsPage, extractPage } = globalThis.BenchExtract;
  const once = () => (looksLikeStatsPage(document) ? extractPage(document, opts, { checked: true }) : { extractions: [] });
  let t = performance.now();
  const result = once();
  const cold = performance.now() - t;
  const warm = [];
  for (let i = 0; i < calls; i++) {
    t = performance.now();
    once();
    warm.push(performance.now() - t);
  }
  return { cold, warm, looks: looksLikeStatsPage(document), captured: result.extractions.length, problem: result.problem ?? null, isolated: crossOriginIsolated };
}

export async function benchReject(context, server) {
  const out = [];
  for (const { name, path } of REJECT_PAGES) {
    const colds = [];
    let warm = [];
    let last;
    for (let i = 0; i < LOADS; i++) {
      const page = await context.newPage();
      await page.goto(server.url(path), { waitUntil: 'load' });
      last = await page.evaluate(timeInPage, { opts: EXTRACT_OPTIONS, calls: CALLS });
      await page.close();
      colds.push(last.cold);
      warm = warm.concat(last.warm);
    }
    out.push({ name, median: median(warm), cold: median(colds), looks: last.looks, captured: last.captured, problem: last.problem, isolated: last.isolated });
  }
  return out;
}
