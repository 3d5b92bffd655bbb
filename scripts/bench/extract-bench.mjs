// Part 1: extraction of a Biểu 06 table against a bare loop reading every cell's textContent, same page.
import { EXTRACT_OPTIONS, PERIOD } from './pages.mjs';
import { median } from './report.mjs';

export const SIZES = [
  { rows: 1_000, runs: 9 },
  { rows: 10_000, runs: 7 },
  { rows: 50_000, runs: 5 },
];
export const pagePath = (rows) => `/bieu06-${rows}.html`;

/** Runs in the page: one warm-up of each, then `runs` alternating timed runs. */
function timeInPage({ opts, runs }) {
  const bare = () => {
    let chars = 0;
    for (const table of document.getElementsByTagName('table'))
      for (const row of table.rows) for (const cell of row.cells) chars += cell.textContent.length;
    return chars;
  };
  const extract = () => globalThis.BenchExtract.extractPage(document, opts);
  let t = performance.now();
  bare();
  const bareCold = performance.now() - t;
  t = performance.now();
  const result = extract();
  const extractCold = performance.now() - t;
  const bareMs = [];
  const extractMs = [];
  for (let i = 0; i < runs; i++) {
    t = performance.now();
    bare();
    bareMs.push(performance.now() - t);
    t = performance.now();
    extract();
    extractMs.push(performance.now() - t);
  }
  return { bareCold, extractCold, bareMs, extractMs, result, cells: document.getElementsByTagName('td').length };
}

/** Throws unless the page read as its "Tổng cộng" row with every expected number: the bench must time real work. */
function checkResult(rows, result, expected) {
  const problems = [];
  const e = result.extractions?.[0];
  if (result.extractions?.length !== 1 || !e) problems.push(`${result.extractions?.length ?? 0} extractions (problem: ${result.problem ?? '–'})`);
  else {
    if (e.rowChoice !== 'total' || e.unit !== 'Tổng cộng') problems.push(`row ${e.rowChoice}/${e.unit}`);
    if (e.period?.from !== PERIOD.from || e.period?.to !== PERIOD.to) problems.push(`period ${JSON.stringify(e.period)}`);
    for (const [key, value] of Object.entries(expected)) if (e.fields[key] !== value) problems.push(`${key} = ${e.fields[key]} ≠ ${value}`);
    if (e.warnings.length > 0) problems.push(`warnings: ${e.warnings.join(' | ')}`);
  }
  if (problems.length > 0) throw new Error(`Extraction of the ${rows}-row page is wrong, so its timing would mean nothing: ${problems.join('; ')}`);
}

export async function benchExtraction(context, server, expectedByRows, sizes = SIZES) {
  const out = [];
  for (const { rows, runs } of sizes) {
    const page = await context.newPage();
    await page.goto(server.url(pagePath(rows)));
    await page.waitForSelector('html[data-bench-ready="1"]', { state: 'attached', timeout: 120_000 });
    const m = await page.evaluate(timeInPage, { opts: EXTRACT_OPTIONS, runs });
    await page.close();
    checkResult(rows, m.result, expectedByRows.get(rows));
    const bare = median(m.bareMs);
    const extract = median(m.extractMs);
    out.push({ rows, cells: m.cells, runs, bare, extract, ratio: extract / bare, extractCold: m.extractCold, bareCold: m.bareCold });
  }
  return out;
}
