// Part 4: popup first meaningful render (the first screen with current data) with 100 captures and with three years
// of them, against an empty extension page.
// Runs on a copy of the build (.tmp/bench/ext) with an added empty.html, so the shipped build is untouched.
import fs from 'node:fs';
import path from 'node:path';
import { launch } from './browser.mjs';
import { SEED_SETTINGS, threeYearsOfCaptures } from './captures.mjs';
import { median } from './report.mjs';

// The first pair is a warm-up. An extension page loads in 45–75 ms here from one load to the next: 14 pairs keep the
// medians steady.
const LOADS = 15;
const MARK = 'popup-data-rendered';

const EMPTY_HTML = `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>Trang trống</title></head>
<body><div id="app"></div><script type="module" src="./empty.js"></script></body></html>
`;
// Renders one line, then marks when a Preact effect would run (the popup marks in useEffect): after the next frame.
const EMPTY_JS = `document.getElementById('app').textContent = 'Trang trống';
requestAnimationFrame(() => setTimeout(() => performance.mark('${MARK}')));
`;

/**
 * The floor: the popup's first screen as the background drew it, put in the page's HTML with the popup's stylesheet,
 * marking after the next frame like the empty page. No script work, no storage read: what painting that screen costs
 * over an empty page on this machine, whatever the popup's code does.
 */
function writeFloorPage(copyDir, drawing) {
  const html = fs.readFileSync(path.join(copyDir, 'popup.html'), 'utf8');
  const css = html.match(/<link rel="stylesheet"[^>]*>/)?.[0] ?? '';
  fs.writeFileSync(path.join(copyDir, 'floor.html'), `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>Màn hình đầu (HTML tĩnh)</title>${css}</head>
<body><div id="first-screen">${drawing}</div><script type="module" src="./floor.js"></script></body></html>
`);
  fs.writeFileSync(path.join(copyDir, 'floor.js'), `requestAnimationFrame(() => setTimeout(() => performance.mark('${MARK}')));\n`);
}

/**
 * The other floor: the empty page, but it first reads the store's write stamp (one key of extension storage), as any
 * page must that may not show stale numbers as current. What that one read costs here, whatever is painted after.
 */
const STAMP_JS = `chrome.storage.local.get('dataStamp').then(() => {
${EMPTY_JS}});
`;

function copyWithEmptyPages(buildDir, copyDir) {
  fs.rmSync(copyDir, { recursive: true, force: true });
  fs.cpSync(buildDir, copyDir, { recursive: true });
  fs.writeFileSync(path.join(copyDir, 'empty.html'), EMPTY_HTML);
  fs.writeFileSync(path.join(copyDir, 'empty.js'), EMPTY_JS);
  fs.writeFileSync(path.join(copyDir, 'stamp.html'), EMPTY_HTML.replace('./empty.js', './stamp.js'));
  fs.writeFileSync(path.join(copyDir, 'stamp.js'), STAMP_JS);
}

/** In an extension page, after Dexie created the schema: raw IndexedDB writes in the stored shape. */
async function seedInPage({ captures, settings }) {
  const db = await new Promise((resolve, reject) => {
    const req = indexedDB.open('bao-cao-cchc');
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  const done = (tx) => new Promise((resolve, reject) => {
    tx.oncomplete = resolve;
    tx.onerror = tx.onabort = () => reject(tx.error);
  });
  const tx = db.transaction(['captures', 'settings'], 'readwrite');
  for (const c of captures) tx.objectStore('captures').add(c);
  tx.objectStore('settings').put({ key: 'main', value: settings });
  await done(tx);
  const count = await new Promise((resolve) => {
    const req = db.transaction('captures').objectStore('captures').count();
    req.onsuccess = () => resolve(req.result);
  });
  db.close();
  // Raw writes pass Dexie's write stamp by: set one, as a write through the store would, so the background
  // recomputes the popup's stored first screen; wait until it has ...
  const stamp = `bench-${count}-${Date.now()}`;
  await chrome.storage.local.set({ dataStamp: stamp });
  // ... and its copy in localStorage (utils/store/first-screen-mirror.ts), as after any capture.
  for (let i = 0; i < 600; i++) {
    const { popupView } = await chrome.storage.local.get('popupView');
    const copy = JSON.parse(localStorage.getItem('popupFirstScreenMirror') ?? 'null');
    if (popupView?.inputs?.stamp === stamp && copy?.inputs?.stamp === stamp) return count;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('the background did not store the popup view and its copy');
}

async function load(context, url) {
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, MARK, { timeout: 30_000 });
  const mark = await page.evaluate((name) => performance.getEntriesByName(name)[0].startTime, MARK);
  // The captures list comes with the database, after the first screen.
  if (url.endsWith('popup.html')) await page.waitForSelector('main[data-ready="1"] #captures-title', { timeout: 30_000 });
  const m = await page.evaluate((name) => ({
    dcl: performance.getEntriesByType('navigation')[0]?.domContentLoadedEventEnd ?? NaN,
    // The list shows the newest 20; its heading counts them all.
    listed: Number(/\((\d+)\)/.exec(document.getElementById('captures-title')?.textContent ?? '')?.[1] ?? 0),
    emptyNote: document.querySelector('p.empty') !== null,
  }), MARK);
  await page.close();
  return { ...m, mark };
}

/** `days`: daily captures ending yesterday (1,095: three years, 1,131 captures; 97: 100 captures). */
export async function benchPopup(buildDir, copyDir, days = 1095) {
  copyWithEmptyPages(buildDir, copyDir);
  // The bench keeps the real today (no test day): Playwright's clock would replace `performance`, whose marks it
  // reads, and its seeded captures end yesterday, so the popup always has data behind it.
  const captures = threeYearsOfCaptures(new Date(), days);
  const browser = await launch({ extensionDir: path.resolve(copyDir) });
  try {
    const url = (p) => `chrome-extension://${browser.extensionId}/${p}`;
    const first = await browser.context.newPage();
    await first.goto(url('popup.html'));
    await first.waitForSelector('main[data-ready="1"]', { timeout: 30_000 }); // Dexie has created the schema
    const stored = await first.evaluate(seedInPage, { captures, settings: SEED_SETTINGS });
    await first.close();
    if (stored !== captures.length) throw new Error(`seeded ${stored} captures, expected ${captures.length}`);

    // The drawing the background stored with the view (the bench's own page reads it from session storage).
    const reader = await browser.context.newPage();
    await reader.goto(url('empty.html'));
    const drawing = await reader.evaluate(async () => (await chrome.storage.session.get('popupFirstScreen')).popupFirstScreen?.html);
    await reader.close();
    if (typeof drawing !== 'string') throw new Error('the background stored no drawing of the first screen');
    writeFloorPage(copyDir, drawing);

    const times = { popup: [], empty: [], floor: [], stamp: [] };
    const pages = Object.keys(times);
    let last;
    for (let i = 0; i < LOADS; i++) {
      // Rotate which page goes first, so drift on a shared machine hits all alike.
      for (let k = 0; k < pages.length; k++) {
        const which = pages[(i + k) % pages.length];
        const m = await load(browser.context, url(`${which}.html`));
        if (which === 'popup') last = m;
        if (i > 0) times[which].push(m);
      }
    }
    const [popup, empty, floor, stamp] = [times.popup, times.empty, times.floor, times.stamp];
    if (last.listed !== captures.length || last.emptyNote) {
      throw new Error(`popup did not show the seeded data (listed ${last.listed} of ${captures.length}, empty note ${last.emptyNote})`);
    }
    const popupMs = median(popup.map((m) => m.mark));
    const emptyMs = median(empty.map((m) => m.mark));
    return {
      captures: captures.length,
      loads: popup.length,
      popupMs,
      emptyMs,
      ratio: popupMs / emptyMs,
      floorMs: median(floor.map((m) => m.mark)),
      floorRatio: median(floor.map((m) => m.mark)) / emptyMs,
      stampMs: median(stamp.map((m) => m.mark)),
      stampRatio: median(stamp.map((m) => m.mark)) / emptyMs,
      popupDcl: median(popup.map((m) => m.dcl)),
      emptyDcl: median(empty.map((m) => m.dcl)),
      popupRange: [Math.min(...popup.map((m) => m.mark)), Math.max(...popup.map((m) => m.mark))],
      emptyRange: [Math.min(...empty.map((m) => m.mark)), Math.max(...empty.map((m) => m.mark))],
    };
  } finally {
    await browser.close();
  }
}
