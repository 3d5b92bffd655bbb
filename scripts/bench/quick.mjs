// Faster local loop for work on utils/extract: only the extraction and quick-reject parts of
// `npm run bench` (no wxt build, no popup), same pages, same timing code, same result checks.
//   node scripts/bench/quick.mjs [--sizes=1000,10000] [--no-reject] [--profile=10000]
// --profile=N: a CPU profile of extractPage on the N-row page (unminified bundle), self time by function.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, serve } from './browser.mjs';
import { bundleExtract } from './bundle.mjs';
import { SIZES, benchExtraction, pagePath } from './extract-bench.mjs';
import { EXTRACT_OPTIONS, benchFiles } from './pages.mjs';
import { benchReject } from './reject-bench.mjs';
import { ms, ratio } from './report.mjs';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const TMP = path.join(REPO, '.tmp/bench-quick');
const arg = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const sizeList = (arg('sizes') ?? '1000,10000').split(',').filter(Boolean).map(Number);
const sizes = sizeList.map((rows) => SIZES.find((s) => s.rows === rows) ?? { rows, runs: 7 });
const profileRows = arg('profile') ? Number(arg('profile')) : null;
const reject = !process.argv.includes('--no-reject');

fs.mkdirSync(TMP, { recursive: true });
const extractJs = await bundleExtract(REPO, TMP, { minify: profileRows === null });
const { files, expected } = benchFiles(extractJs, [...new Set([...sizeList, ...(profileRows ? [profileRows] : [])])], pagePath);
const server = await serve(files);
const browser = await launch();
try {
  if (profileRows !== null) {
    const page = await browser.context.newPage();
    await page.goto(server.url(pagePath(profileRows)));
    await page.waitForSelector('html[data-bench-ready="1"]', { state: 'attached', timeout: 120_000 });
    await page.evaluate((opts) => globalThis.BenchExtract.extractPage(document, opts), EXTRACT_OPTIONS);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    await page.evaluate((opts) => {
      for (let i = 0; i < 5; i++) globalThis.BenchExtract.extractPage(document, opts);
    }, EXTRACT_OPTIONS);
    const { profile } = await cdp.send('Profiler.stop');
    await page.close();
    const self = new Map();
    const dt = new Map();
    profile.samples.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
    let total = 0;
    for (const node of profile.nodes) {
      const t = dt.get(node.id) ?? 0;
      const key = `${node.callFrame.functionName || '(anon)'} ${node.callFrame.url ? `:${node.callFrame.lineNumber + 1}` : ''}`;
      self.set(key, (self.get(key) ?? 0) + t);
      total += t;
    }
    console.log(`CPU profile, ${profileRows} rows, 5 calls: self time by function`);
    for (const [k, t] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`${((100 * t) / total).toFixed(1).padStart(5)}%  ${(t / 5000).toFixed(1).padStart(7)} ms/call  ${k}`);
  }
  for (const r of await benchExtraction(browser.context, server, expected, sizes)) {
    console.log(`extraction ${r.rows} rows: ${ms(r.extract)} vs bare ${ms(r.bare)} = ${ratio(r.ratio)} (cold ${ms(r.extractCold)})`);
  }
  if (reject) {
    for (const r of await benchReject(browser.context, server)) {
      console.log(`reject ${r.name}: median ${ms(r.median)} (cold ${ms(r.cold)}); ${r.looks ? 'passes cheap test' : 'rejected by cheap test'}; captured ${r.captured}${r.problem ? `; problem ${r.problem}` : ''}`);
    }
  }
} finally {
  await browser.close();
  await server.close();
}
