// Property tests of the grid stage and the whole page extraction (utils/extract/grid.ts, index.ts) on random
// tables built as real DOM (jsdom, like tests/unit/extract/fixtures.test.ts): random spans never throw and
// always give a rectangle; every value read traces to one body cell under its own header path; a Biểu 06
// header maps to the same fields whatever its column order and however its texts are spaced, cased or accented.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { extractPage, type ExtractOptions } from '@/utils/extract';
import { buildGrid, type Grid } from '@/utils/extract/grid';
import { locateGrids } from '@/utils/extract/locate';
import { parseCount, parseRate } from '@/utils/extract/numbers';
import { RATE_FIELDS, type Extraction, type FieldKey, type Fields } from '@/utils/domain/types';
import { runs } from './settings';

const OPTS: ExtractOptions = { unitName: 'xã Bình Giang', cityName: 'thành phố Hải Phòng', cutoffDay: 15 };
const CLERK_ROW = 'UBND xã Bình Giang';
const RATES: ReadonlySet<string> = new Set(RATE_FIELDS);
/** Each property takes 1–3 s alone; a busy shared machine may need more than vitest's default 5 s. */
const SLOW = 30_000;

/** One jsdom document reused by every run (a new JSDOM per run would dominate the time). */
const doc = new JSDOM('<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"></head><body></body></html>').window.document;
function load(html: string): Document {
  doc.body.innerHTML = html;
  return doc;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** The text a clerk sees in a cell, as the engine promises to give it: NFC, spaces collapsed, `<br>` a space. */
const shown = (s: string) => s.normalize('NFC').replace(/[\s\u200b]+/g, ' ').trim();
const parsed = (field: string, raw: string) => (RATES.has(field) ? parseRate(raw) : parseCount(raw)).value;

/** Small deterministic PRNG (mulberry32): the structured cases are drawn from one seed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const pickOf = <T>(rnd: () => number, xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
function shuffled<T>(rnd: () => number, xs: readonly T[]): T[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** Checks every grid of the page: a rectangle of clean texts, at least as wide as any row's spans. */
function checkGrids(page: Document): Grid[] {
  const grids: Grid[] = [];
  for (const located of locateGrids(page)) {
    const grid = buildGrid(located);
    const width = grid.paths.length;
    // Plain loops, one assertion each: a 1000-column grid would otherwise cost thousands of `expect`s.
    const badHeaders = grid.paths.flat().filter((seg) => seg === '' || shown(seg) !== seg);
    expect(badHeaders, 'header texts are clean and non-empty').toEqual([]);
    const badRows = grid.rows.filter((row) => {
      if (row.length !== width || row.every((t) => t === '')) return true;
      // No holes: a sparse array has the right length but undefined slots.
      for (let c = 0; c < width; c++) if (typeof row[c] !== 'string' || shown(row[c] as string) !== row[c]) return true;
      return false;
    });
    expect(badRows, `rows are ${width} clean texts, not all empty`).toEqual([]);
    for (const cells of located.rows) {
      const spanned = cells.reduce((sum, el) => sum + refColSpan(el), 0);
      expect(width).toBeGreaterThanOrEqual(spanned);
    }
    grids.push(grid);
  }
  return grids;
}

/** HTML's colspan: a non-negative integer, 0 or junk → 1, at most 1000. */
function refColSpan(el: Element): number {
  const raw = el.getAttribute(el.localName === 'td' || el.localName === 'th' ? 'colspan' : 'aria-colspan');
  const n = raw === null ? 1 : parseInt(raw, 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, 1000) : 1;
}

/** What every extraction must hold whatever the page: each field has provenance, and its value is its raw text read. */
function checkProvenance(ex: Extraction): void {
  expect(Object.keys(ex.cells).sort()).toEqual(Object.keys(ex.fields).sort());
  for (const [field, ref] of Object.entries(ex.cells)) {
    const value = ex.fields[field as FieldKey];
    if (value !== null && value !== undefined) expect(Number.isFinite(value) && value >= 0).toBe(true);
    if (ex.rowChoice !== 'sum') expect(value, `${field} from «${ref.raw}»`).toBe(parsed(field, ref.raw));
  }
}

// ---------------------------------------------------------------------------------------------
// 1. Chaos: random rows of random cells with random (overlapping, zero, huge, junk) spans.
// ---------------------------------------------------------------------------------------------

/** Placeholder for a number unique on the page, so a value can be traced back to its one cell. */
const UNIQUE = '\u0000#';
const WORDS = [
  'STT', 'Đơn vị', 'Tên đơn vị', 'Lĩnh vực', 'Tiếp nhận', 'Số hồ sơ nhận giải quyết', 'Tổng số', 'Trong đó', 'Trực tuyến',
  'Trực tiếp', 'BCCI', 'Từ kỳ trước', 'Đã giải quyết', 'Số hồ sơ đã giải quyết', 'Trước hạn', 'Đúng hạn', 'Quá hạn',
  'Đang giải quyết', 'Trong hạn', 'Tỷ lệ đúng hạn (%)', 'Ghi chú', CLERK_ROW, 'Xã Bình Giang', 'UBND xã Thanh Hà',
  'Tổng cộng', 'Cộng', 'Tổng', 'Xã, phường, thị trấn', 'Hộ tịch', 'I', '1.1', 'ĐÃ GIẢI QUYẾT', 'Tiếp nhận trực tuyến',
];
const ODD_TEXTS = ['', ' ', '-', '–', '—', 'x', 'N/A', 'Không có dữ liệu', '95,5%', '95.5%', '100 %', '0', '05', '(1)', '(2)', '1', '2', '3', '2=3+4', 'A'];
const VI_CHARS = 'aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạềếểễệĐƯƠ0123456789 ,.%()-\u00a0\n\t\u0301\u0323'.split('');
const chaosText = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 4, arbitrary: fc.constant(UNIQUE) },
  { weight: 2, arbitrary: fc.constantFrom(...ODD_TEXTS) },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom(...VI_CHARS), maxLength: 16 }) },
);
const chaosSpan = fc.oneof(
  { weight: 6, arbitrary: fc.constant<string | null>(null) },
  { weight: 3, arbitrary: fc.integer({ min: 1, max: 5 }).map(String) },
  { weight: 1, arbitrary: fc.constantFrom('0', '-1', 'abc', '2.5', ' 3', '', '1001', '65535', '99999999999') },
);
type Wrap = 'none' | 'a' | 'strong' | 'b' | 'span' | 'br' | 'a-strong';
const cellModel = {
  header: fc.boolean(),
  text: chaosText,
  colspan: chaosSpan,
  rowspan: chaosSpan,
  wrap: fc.constantFrom<Wrap>('none', 'none', 'a', 'strong', 'b', 'span', 'br', 'a-strong'),
};
const chaosCell = fc.record(cellModel);
type ChaosCell = typeof chaosCell extends fc.Arbitrary<infer T> ? T : never;
const chaosFlavour = fc.constantFrom('table', 'tbody-only', 'aria', 'split');
/** Anything at all. */
const wildTable = fc.record({
  flavour: chaosFlavour,
  headRows: fc.integer({ min: 0, max: 3 }),
  rows: fc.array(fc.array(chaosCell, { maxLength: 7 }), { minLength: 1, maxLength: 9 }),
});
/** A row of known headings over rows named like units, totals or fields of work, all with random spans: these get read. */
const headingCell = fc.record({
  header: fc.boolean(),
  text: fc.constantFrom('Đơn vị', 'STT', 'Tiếp nhận', 'Đã giải quyết', 'Đang giải quyết', 'Trực tuyến', 'Trực tiếp', 'Quá hạn', 'Tỷ lệ đúng hạn (%)', 'Ghi chú'),
  colspan: chaosSpan,
  rowspan: chaosSpan,
  wrap: fc.constantFrom<Wrap>('none', 'strong', 'br'),
});
const labelCell = chaosCell.chain((c) => fc.constantFrom(CLERK_ROW, 'Tổng cộng', 'Hộ tịch', 'UBND xã Thanh Hà', 'Cộng').map((text) => ({ ...c, text })));
const figureCell = fc.record({ ...cellModel, text: fc.oneof({ weight: 5, arbitrary: fc.constant(UNIQUE) }, chaosText) });
const guidedTable = fc.record({
  flavour: chaosFlavour,
  headRows: fc.integer({ min: 0, max: 1 }),
  rows: fc
    .tuple(fc.array(headingCell, { minLength: 2, maxLength: 7 }), fc.array(fc.tuple(labelCell, fc.array(figureCell, { maxLength: 6 })), { minLength: 1, maxLength: 6 }))
    .map(([head, body]) => [head, ...body.map(([label, figures]) => [label, ...figures])]),
});
const chaosTable = fc.oneof({ weight: 1, arbitrary: wildTable }, { weight: 2, arbitrary: guidedTable });

function wrapped(text: string, wrap: Wrap): string {
  const t = esc(text);
  switch (wrap) {
    case 'a':
      return `<a href="#">${t}</a>`;
    case 'strong':
      return `<strong>${t}</strong>`;
    case 'b':
      return `<b>${t}</b>`;
    case 'span':
      return `<span class="x">${t}</span>`;
    case 'br':
      return t.replace(' ', '<br>');
    case 'a-strong':
      return `<a href="#"><strong>${t}</strong></a>`;
    default:
      return t;
  }
}

/** The chaos page; unique numbers are drawn as the cells are written. */
function chaosHtml(table: { flavour: string; headRows: number; rows: ChaosCell[][] }, unique: Set<string>): string {
  let next = 1000;
  const text = (c: ChaosCell) => {
    if (c.text !== UNIQUE) return c.text;
    next += 37;
    const t = next % 2 === 0 ? next.toLocaleString('de-DE') : String(next); // "1.074" or "1037"
    unique.add(t);
    return t;
  };
  const aria = table.flavour === 'aria';
  const cell = (c: ChaosCell) => {
    const attrs = (aria ? [`role="${c.header ? 'columnheader' : 'cell'}"`] : [])
      .concat(c.colspan === null ? [] : [`${aria ? 'aria-colspan' : 'colspan'}="${c.colspan}"`])
      .concat(c.rowspan === null ? [] : [`${aria ? 'aria-rowspan' : 'rowspan'}="${c.rowspan}"`])
      .join(' ');
    const tag = aria ? 'div' : c.header ? 'th' : 'td';
    return `<${tag} ${attrs}>${wrapped(text(c), c.wrap)}</${tag}>`;
  };
  const rows = (rs: ChaosCell[][]) => rs.map((r) => (aria ? `<div role="row">${r.map(cell).join('')}</div>` : `<tr>${r.map(cell).join('')}</tr>`)).join('');
  const head = table.rows.slice(0, table.headRows);
  const body = table.rows.slice(table.headRows);
  switch (table.flavour) {
    case 'aria':
      return `<div role="grid" aria-label="Thống kê">${rows(table.rows)}</div>`;
    case 'split':
      return `<div class="k-grid"><div class="k-grid-header"><table><thead>${rows(head)}</thead></table></div>` +
        `<div class="k-grid-content"><table><tbody>${rows(body)}</tbody></table></div></div>`;
    case 'tbody-only':
      return `<table><tbody>${rows(table.rows)}</tbody></table>`;
    default:
      return `<table>${head.length ? `<thead>${rows(head)}</thead>` : ''}<tbody>${rows(body)}</tbody></table>`;
  }
}

/** A cell's header without the note a reading by the page's identities adds ("(đọc là …)", utils/extract/readings.ts). */
const columnPath = (header: readonly string[]) => (header.at(-1)?.startsWith('(đọc là') ? header.slice(0, -1) : [...header]);

/**
 * Issue 11: a one-level received total ("Tổng số tiếp nhận") does not say it includes the carried-over stock, so it
 * is the new dossiers unless the identities say it is everything to handle (utils/extract/readings.ts): with a
 * non-zero carried-over figure, received = channels + carried over (or, without every channel, = resolved + in
 * progress) makes it the total; with none (or 0), received = resolved + in progress makes it both.
 */
function plainReceived(expected: Fields, num: (f: FieldKey) => number | null): void {
  const v = num('receivedTotal');
  const sum = (fs: readonly FieldKey[]) => (fs.every((f) => num(f) !== null) ? fs.reduce((a, f) => a + (num(f) ?? 0), 0) : null);
  const resolved = num('resolvedTotal') ?? sum(['resolvedEarly', 'resolvedOnTime', 'resolvedLate']);
  const inProgress = num('inProgressTotal') ?? sum(['inProgressWithin', 'inProgressOverdue']);
  const others = (num('returnedWithdrawn') ?? 0) + (num('suspended') ?? 0);
  const whole = v !== null && resolved !== null && inProgress !== null && (v === resolved + inProgress || v === resolved + inProgress + others);
  const carried = num('carriedOver');
  const channels = sum(['receivedOnline', 'receivedDirect', 'receivedPostal']);
  const stock = carried !== null && carried > 0;
  const byChannels = channels !== null && v !== null && (v === channels + (carried ?? 0) || v === channels);
  if (stock && (byChannels ? v === (channels ?? 0) + (carried ?? 0) : whole)) return; // everything to handle
  expected.receivedNew = expected.receivedTotal ?? null;
  if (stock || !whole) delete expected.receivedTotal;
}

describe('random grids with random spans', () => {
  it('never make locate/buildGrid/extractPage throw; every grid is a rectangle; values trace to one body cell', () => {
    let extracted = 0;
    let traced = 0;
    fc.assert(
      fc.property(chaosTable, (table) => {
        const unique = new Set<string>();
        const html = chaosHtml(table, unique);
        const page = load(html);
        const grids = checkGrids(page);
        const allPaths = grids.flatMap((g) => g.paths.map((p) => JSON.stringify(p)));
        const cells = Array.from(page.querySelectorAll('td, th, [role=cell], [role=columnheader]'));
        const cellTexts = cells.map((el) => shown(cellTextOf(el)));
        for (const result of [extractPage(page, OPTS), extractPage(page, OPTS, { checked: true })]) {
          if (result.problem !== undefined) expect(result.problem).toMatch(/^Không đọc được bảng thống kê: /);
          for (const ex of result.extractions) {
            extracted++;
            checkProvenance(ex);
            for (const ref of Object.values(ex.cells)) {
              expect(allPaths, 'the header is one column’s path').toContain(JSON.stringify(columnPath(ref.header)));
              if (ex.rowChoice === 'sum') continue;
              if (unique.has(ref.raw)) {
                traced++;
                const at = cellTexts.flatMap((t, i) => (t === ref.raw ? [cells[i] as Element] : []));
                expect(at, `«${ref.raw}» in ${html}`).toHaveLength(1);
                const el = at[0] as Element;
                expect(inHeaderRows(el), `«${ref.raw}» is a body cell`).toBe(false);
              } else if (ref.raw !== '') {
                expect(cellTexts).toContain(ref.raw);
              }
            }
          }
        }
      }),
      runs(300),
    );
    // The generator is not wasted on pages nothing is read from.
    expect(extracted).toBeGreaterThan(20);
    expect(traced).toBeGreaterThan(30);
    if (process.env.GRID_FUZZ_STATS) console.log({ extracted, traced });
  }, SLOW);
});

const isHeading = (el: Element) => el.localName === 'th' || el.getAttribute('role') === 'columnheader';
/** In a `<thead>`, or in the leading rows made only of heading cells (`<th>`, role=columnheader). */
function inHeaderRows(cell: Element): boolean {
  if (cell.closest('thead')) return true;
  const row = cell.parentElement as Element;
  for (let r = row.parentElement?.firstElementChild ?? null; r; r = r.nextElementSibling) {
    const cells = Array.from(r.children);
    if (cells.length === 0 || !cells.every(isHeading)) return false;
    if (r === row) return true;
  }
  return false;
}

/** A cell's text with `<br>` as a space (what the clerk sees). */
function cellTextOf(el: Element): string {
  let out = '';
  el.childNodes.forEach((n) => {
    if (n.nodeType === 3) out += n.nodeValue ?? '';
    else if ((n as Element).localName === 'br') out += ' ';
    else out += cellTextOf(n as Element);
  });
  return out;
}

// ---------------------------------------------------------------------------------------------
// 2. Biểu 06 headers: well-formed trees (or flat rows) of known wordings, in any order and spelling.
// ---------------------------------------------------------------------------------------------

interface HeadNode {
  text: string;
  field?: FieldKey;
  /** Leading columns: row number, row name. */
  lead?: 'index' | 'label';
  children?: HeadNode[];
}

const leaf = (text: string, field: FieldKey): HeadNode => ({ text, field });
/** Trees A/B of portals.md: one node per field, so no two columns compete for a field. */
const TREE: HeadNode[] = [
  {
    text: 'Số hồ sơ nhận giải quyết',
    children: [
      leaf('Tổng số', 'receivedTotal'),
      { text: 'Trong đó', children: [leaf('Trực tuyến', 'receivedOnline'), leaf('Trực tiếp', 'receivedDirect'), leaf('Qua dịch vụ bưu chính công ích', 'receivedPostal')] },
      leaf('Từ kỳ trước', 'carriedOver'),
    ],
  },
  {
    text: 'Số hồ sơ đã giải quyết',
    children: [leaf('Tổng số', 'resolvedTotal'), leaf('Trước hạn', 'resolvedEarly'), leaf('Đúng hạn', 'resolvedOnTime'), leaf('Quá hạn', 'resolvedLate')],
  },
  {
    text: 'Số lượng hồ sơ đang giải quyết',
    children: [leaf('Tổng số', 'inProgressTotal'), leaf('Trong hạn', 'inProgressWithin'), leaf('Quá hạn', 'inProgressOverdue')],
  },
  leaf('Số hồ sơ tạm dừng', 'suspended'),
  leaf('Tỷ lệ giải quyết trước hạn, đúng hạn (%)', 'rateOnTime'),
];
/** Flat single-row wordings (flat-total-first.html and portals.md §6.2). */
const FLAT: HeadNode[] = [
  leaf('Tổng số tiếp nhận', 'receivedTotal'),
  leaf('Tiếp nhận trực tuyến', 'receivedOnline'),
  leaf('Tiếp nhận trực tiếp', 'receivedDirect'),
  leaf('Tiếp nhận qua BCCI', 'receivedPostal'),
  leaf('Kỳ trước chuyển sang', 'carriedOver'),
  leaf('Đã giải quyết', 'resolvedTotal'),
  leaf('Giải quyết trước hạn', 'resolvedEarly'),
  leaf('Giải quyết đúng hạn', 'resolvedOnTime'),
  leaf('Giải quyết quá hạn', 'resolvedLate'),
  leaf('Đang giải quyết', 'inProgressTotal'),
  leaf('Đang giải quyết trong hạn', 'inProgressWithin'),
  leaf('Đang giải quyết quá hạn', 'inProgressOverdue'),
  leaf('Tỷ lệ trước hạn, đúng hạn (%)', 'rateOnTime'),
];

const CLERK_SPELLINGS = [
  CLERK_ROW,
  'Xã Bình Giang',
  'xã Bình Giang - Thành phố Hải Phòng',
  'UBND XÃ BÌNH GIANG',
  'Ủy ban nhân dân xã Bình Giang',
  'X. Bình Giang',
  'Bình Giang',
  CLERK_ROW.normalize('NFD'),
  ' UBND\u00a0xã  Bình\nGiang ',
  'UBND xa Binh Giang',
];

type Spelling = 'as-is' | 'nfd' | 'spaces' | 'upper' | 'lower' | 'no-marks' | 'd-folded' | 'br';
const SPELLINGS: readonly Spelling[] = ['as-is', 'nfd', 'spaces', 'upper', 'lower', 'no-marks', 'd-folded', 'br'];

/** A header text as some portal might write it; returns HTML (the 'br' spelling breaks a line). */
function spell(text: string, how: Spelling, rnd: () => number): string {
  switch (how) {
    case 'nfd':
      return esc(text.normalize('NFD'));
    case 'spaces':
      return esc(` ${text.replace(/ /g, () => pickOf(rnd, [' ', '  ', '\n      ', '\u00a0', ' \t']))}  `);
    case 'upper':
      return esc(text.toUpperCase());
    case 'lower':
      return esc(text.toLowerCase());
    case 'no-marks':
      return esc(text.normalize('NFD').replace(/\p{Mn}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D'));
    case 'd-folded':
      return esc(text.replace(/đ/g, 'd').replace(/Đ/g, 'D'));
    case 'br':
      return esc(text).replace(/ (?=\S+$)/, '<br>');
    default:
      return esc(text);
  }
}
/** What the engine should show for a spelt header (NFC, one space, `<br>` a space). */
const shownHtml = (html: string) => shown(html.replace(/<br>/g, ' ').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'));

interface Column {
  /** Display path as the engine should report it. */
  path: string[];
  field: FieldKey | null;
  lead?: 'index' | 'label';
}

interface Case {
  seed: number;
  flavour: 'thead' | 'tbody-strong' | 'split' | 'aria';
  style: 'tree' | 'flat';
  mode: 'unit' | 'total';
  numberRow: boolean;
  /** A title row "(Từ ngày … đến ngày …)" drawn across the top of the grid. */
  title: boolean;
  /** Numbers and row names as links (drill-down to the dossier list). */
  links: boolean;
  /** A `display:none` copy of the grid with other figures (kept for "Xuất Excel") before the real one. */
  hiddenCopy: boolean;
}
const caseArb = fc.record({
  seed: fc.integer(),
  flavour: fc.constantFrom<Case['flavour']>('thead', 'tbody-strong', 'split', 'aria'),
  style: fc.constantFrom<Case['style']>('tree', 'flat'),
  mode: fc.constantFrom<Case['mode']>('unit', 'total'),
  numberRow: fc.boolean(),
  title: fc.boolean(),
  links: fc.boolean(),
  hiddenCopy: fc.boolean(),
});
const TITLE = '(Từ ngày 15/01/2026 đến ngày 14/02/2026)';
const PERIOD = { from: '2026-01-15', to: '2026-02-14' };

/** The chosen subset of header nodes (same for every order and spelling of one case). */
function chooseNodes(rnd: () => number, nodes: readonly HeadNode[]): HeadNode[] {
  const out: HeadNode[] = [];
  for (const n of nodes) {
    if (n.children) {
      const kids = chooseNodes(rnd, n.children);
      if (kids.length > 0) out.push({ ...n, children: kids });
    } else if (rnd() < 0.75) out.push(n);
  }
  return out;
}
function reorder(rnd: () => number, nodes: readonly HeadNode[]): HeadNode[] {
  return shuffled(rnd, nodes).map((n) => (n.children ? { ...n, children: reorder(rnd, n.children) } : n));
}
const depthOf = (nodes: readonly HeadNode[]): number => Math.max(0, ...nodes.map((n) => 1 + (n.children ? depthOf(n.children) : 0)));
const leavesOf = (n: HeadNode): number => (n.children ? n.children.reduce((s, c) => s + leavesOf(c), 0) : 1);

/** Body rows (label as shown, cell texts left to right: unique numbers, sometimes missing) and the row to read. */
interface Body {
  rows: { label: string; cells: string[] }[];
  chosen: number;
}

/**
 * Lays a header tree over rows (rowspan to the bottom for leaves, colspan over the leaves for groups),
 * spelling each header text its own way. A column's body values are keyed by its field, so they move with it.
 */
function buildCase(c: Case, order: 'canonical' | 'shuffled', spelling: 'as-is' | 'varied') {
  const rnd = prng(c.seed);
  const pool = c.style === 'tree' ? TREE : FLAT;
  const chosen = chooseNodes(rnd, pool);
  if (chosen.length === 0) chosen.push(pool[0] as HeadNode);
  const labelText = c.mode === 'unit' ? 'Tên đơn vị' : 'Lĩnh vực';
  // Body values per leaf field (drawn before any order or spelling so every variant shows the same numbers).
  const rowLabels =
    c.mode === 'unit'
      ? shuffled(rnd, [CLERK_ROW, 'UBND xã Thanh Hà', 'UBND phường Hồng Bàng', ...(rnd() < 0.5 ? ['Tổng cộng'] : [])])
      : shuffled(rnd, ['Hộ tịch', 'Chứng thực', 'Đất đai', 'Tổng cộng']);
  const chosenLabel = c.mode === 'unit' ? CLERK_ROW : 'Tổng cộng';
  let next = 1000 + Math.floor(rnd() * 1000);
  const valueOf = new Map<string, string>(); // `${row}|${field}` → text
  const fieldsIn = (nodes: readonly HeadNode[]): FieldKey[] => nodes.flatMap((n) => (n.children ? fieldsIn(n.children) : n.field ? [n.field] : []));
  for (const label of rowLabels) {
    for (const f of fieldsIn(chosen)) {
      const r = rnd();
      next += 1 + Math.floor(rnd() * 50);
      const text = r < 0.08 ? '-' : r < 0.12 ? '' : RATES.has(f) ? `${(next % 1000) / 10}%`.replace('.', pickOf(rnd, [',', '.'])) : next >= 10000 && rnd() < 0.5 ? next.toLocaleString('de-DE') : String(next);
      valueOf.set(`${label}|${f}`, text);
    }
  }

  const spellRnd = prng(c.seed ^ 0x5bd1e995);
  const orderRnd = prng(c.seed ^ 0x1b873593);
  const nodes = order === 'shuffled' ? reorder(orderRnd, chosen) : chosen;
  const lead: HeadNode[] = [{ text: 'STT', lead: 'index' }, { text: labelText, lead: 'label' }];
  const top = [...(order === 'shuffled' ? shuffled(orderRnd, lead) : lead), ...nodes];
  const depth = depthOf(top);
  const say = (text: string) => spell(text, spelling === 'as-is' ? 'as-is' : pickOf(spellRnd, SPELLINGS), spellRnd);

  // Header rows and the columns' display paths, left to right.
  const headRows: string[][] = Array.from({ length: depth }, () => []);
  const columns: Column[] = [];
  const lay = (ns: readonly HeadNode[], level: number, above: string[]) => {
    for (const n of ns) {
      const html = say(n.text);
      const path = [...above, shownHtml(html)];
      if (n.children) {
        headRows[level]?.push(headCell(c.flavour, html, leavesOf(n), 1));
        lay(n.children, level + 1, path);
      } else {
        headRows[level]?.push(headCell(c.flavour, html, 1, depth - level));
        columns.push({ path, field: n.field ?? null, ...(n.lead ? { lead: n.lead } : {}) });
      }
    }
  };
  lay(top, 0, []);

  // The clerk's row as portals name it (spec §2.5: "UBND", "xã", case, diacritics, a region suffix).
  const clerkAs = spelling === 'varied' ? pickOf(spellRnd, CLERK_SPELLINGS) : CLERK_ROW;
  const display = (label: string) => (label === CLERK_ROW ? clerkAs : label);
  const body: Body = { rows: [], chosen: rowLabels.indexOf(chosenLabel) };
  rowLabels.forEach((label, i) => {
    body.rows.push({
      label: shown(display(label)),
      cells: columns.map((col) => (col.field ? (valueOf.get(`${label}|${col.field}`) ?? '') : col.lead === 'index' ? String(i + 1) : display(label))),
    });
  });
  return { html: caseHtml(c, headRows, columns.length, body), columns, body, chosenLabel: shown(display(chosenLabel)) };
}

function headCell(flavour: Case['flavour'], html: string, colspan: number, rowspan: number): string {
  const spans = (prefix: string) => `${colspan > 1 ? ` ${prefix}colspan="${colspan}"` : ''}${rowspan > 1 ? ` ${prefix}rowspan="${rowspan}"` : ''}`;
  if (flavour === 'aria') return `<div role="columnheader"${spans('aria-')}>${html}</div>`;
  if (flavour === 'tbody-strong') return `<td${spans('')}><strong>${html}</strong></td>`;
  return `<th${spans('')}>${html}</th>`;
}

function caseHtml(c: Case, headRows: string[][], width: number, body: Body): string {
  const grid = caseGrid(c, headRows, width, body, (t) => t);
  if (!c.hiddenCopy) return grid;
  // The export copy: same header, every figure different, hidden by a stylesheet rule as portals do.
  const copy = caseGrid(c, headRows, width, body, (t) => (/^\d/.test(t) ? `9${t}` : t));
  return `<style>#tableToExcel { display: none; }</style><div id="tableToExcel">${copy}</div>${grid}`;
}

function caseGrid(c: Case, headRows: string[][], width: number, body: Body, figure: (t: string) => string): string {
  const numbers = c.numberRow && c.flavour !== 'aria' ? `<tr>${Array.from({ length: width }, (_, i) => `<td>(${i + 1})</td>`).join('')}</tr>` : '';
  const text = (t: string) => {
    const shownText = figure(t);
    if (t === 'Tổng cộng') return `<b>${esc(shownText)}</b>`;
    return c.links && shownText !== '' && shownText !== '-' ? `<a href="/HoSo/DanhSach?o=${width}">${esc(shownText)}</a>` : esc(shownText);
  };
  if (c.flavour === 'aria') {
    const title = c.title ? `<div role="row"><div role="columnheader" aria-colspan="${width}">${TITLE}</div></div>` : '';
    const head = headRows.map((r) => `<div role="row">${r.join('')}</div>`).join('');
    const rows = body.rows.map((r) => `<div role="row">${r.cells.map((t) => `<div role="cell">${text(t)}</div>`).join('')}</div>`).join('');
    return `<div role="table" aria-label="Thống kê giải quyết TTHC"><div role="rowgroup">${title}${head}</div><div role="rowgroup">${rows}</div></div>`;
  }
  const title = c.title ? `<tr>${c.flavour === 'tbody-strong' ? `<td colspan="${width}"><strong>${TITLE}</strong></td>` : `<th colspan="${width}">${TITLE}</th>`}</tr>` : '';
  const head = title + headRows.map((r) => `<tr>${r.join('')}</tr>`).join('');
  const rows = body.rows.map((r) => `<tr>${r.cells.map((t) => `<td>${text(t)}</td>`).join('')}</tr>`).join('');
  switch (c.flavour) {
    case 'tbody-strong':
      return `<table class="table-report"><tbody>${head}${numbers}${rows}</tbody></table>`;
    case 'split':
      return `<div class="k-grid"><div class="k-grid-header"><table><thead>${head}</thead></table></div><div class="k-grid-content"><table><tbody>${numbers}${rows}</tbody></table></div></div>`;
    default:
      return `<table class="table-report"><thead>${head}</thead><tbody>${numbers}${rows}</tbody></table>`;
  }
}

/** The one extraction of a case page, checked against the case's own columns and values. */
function extractCase(c: Case, order: 'canonical' | 'shuffled', spelling: 'as-is' | 'varied'): Fields {
  const built = buildCase(c, order, spelling);
  const page = load(built.html);
  checkGrids(page);
  const result = extractPage(page, OPTS);
  const where = `${order}/${spelling} ${built.html}`;
  expect(result.problem, where).toBeUndefined();
  expect(result.extractions, where).toHaveLength(1);
  const ex = result.extractions[0] as Extraction;
  checkProvenance(ex);
  const chosen = built.body.rows[built.body.chosen] as Body['rows'][number];
  expect(ex.rowChoice, where).toBe(c.mode);
  expect(ex.unit, where).toBe(built.chosenLabel);
  expect(ex.period, where).toEqual(c.title ? PERIOD : null);

  // The oracle: each known column's field holds the chosen row's text there, read as a number.
  const expected: Fields = {};
  built.columns.forEach((col, i) => {
    if (col.field) expected[col.field] = parsed(col.field, chosen.cells[i] ?? '');
  });
  // Issue 11: a late column beside a single "by the due date" column with a number makes that column the figure of
  // both (resolvedEarlyOrOnTime); splits without their total give the total (utils/extract/readings.ts). These carry a
  // bracketed note in their header.
  const num = (f: FieldKey) => (typeof expected[f] === 'number' ? (expected[f] as number) : null);
  if (built.columns.some((col) => col.field === 'receivedTotal' && col.path.length === 1)) plainReceived(expected, num);
  const by = (['resolvedEarly', 'resolvedOnTime'] as const).filter((f) => expected[f] !== undefined);
  const shown = by.length === 1 ? num(by[0] as FieldKey) : null;
  const late = num('resolvedLate');
  if (late !== null && shown !== null) {
    // Unless the resolved total says the shown split does not hold the other (then it is not known).
    const total = num('resolvedTotal');
    if (total === null || total === shown + late) {
      expected.resolvedEarlyOrOnTime = shown;
      delete expected[by[0] as FieldKey];
    }
  }
  const totals = [
    ['resolvedTotal', ['resolvedEarly', 'resolvedOnTime', 'resolvedLate']],
    ['resolvedTotal', ['resolvedEarlyOrOnTime', 'resolvedLate']],
    ['inProgressTotal', ['inProgressWithin', 'inProgressOverdue']],
  ] as const;
  for (const [total, parts] of totals) {
    const values = parts.map(num);
    if (expected[total] === undefined && values.every((v) => v !== null)) expected[total] = values.reduce((a, b) => (a ?? 0) + (b ?? 0), 0);
  }
  expect(ex.fields, where).toEqual(expected);

  // Every value traces to exactly one body cell, under that cell's column path, on the chosen row
  // (a value the splits imply traces to them: its header ends with the bracketed rule, its raw is the value).
  for (const [field, ref] of Object.entries(ex.cells)) {
    let header = columnPath(ref.header);
    if (field === 'resolvedEarlyOrOnTime') header = header.slice(0, -1); // the column's path, then why it holds both
    else if (header.at(-1)?.startsWith('(')) {
      expect(ref.raw).toBe(String(ex.fields[field as FieldKey]));
      continue;
    }
    const col = built.columns.findIndex((cl) => JSON.stringify(cl.path) === JSON.stringify(header));
    expect(col, `${field}: header ${JSON.stringify(header)} is a column path (${where})`).toBeGreaterThanOrEqual(0);
    // A received total read as the new dossiers (or as both) by the identities is still that column's cell; the figure
    // of early and on time together, the one split's column.
    const columnField = built.columns[col]?.field;
    if (field === 'resolvedEarlyOrOnTime') expect(['resolvedEarly', 'resolvedOnTime']).toContain(columnField);
    else expect(field === 'receivedNew' ? 'receivedTotal' : field).toBe(columnField);
    expect(ref.row).toBe(chosen.label);
    expect(ref.raw).toBe(chosen.cells[col]);
    if (ref.raw !== '' && ref.raw !== '-') {
      const holding = built.body.rows.flatMap((r) => r.cells.flatMap((t, i) => (t === ref.raw ? [i] : [])));
      expect(holding, `«${ref.raw}» is in one body cell`).toEqual([col]);
    }
  }
  return ex.fields;
}

describe('Biểu 06 headers', () => {
  it('map every known column, and every value traces to its one body cell under its column path', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        extractCase(c, 'canonical', 'as-is');
      }),
      runs(100),
    );
  }, SLOW);

  it('give the same fields whatever the column order (leaves shuffled under their groups, groups and flat columns shuffled)', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        expect(extractCase(c, 'shuffled', 'as-is')).toEqual(extractCase(c, 'canonical', 'as-is'));
      }),
      runs(100),
    );
  }, SLOW);

  it('give the same fields whatever the spelling of the header texts (NFD, spaces, NBSP, case, no diacritics, đ→d, <br>) and of the clerk’s row name', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const plain = extractCase(c, 'canonical', 'as-is');
        expect(extractCase(c, 'canonical', 'varied')).toEqual(plain);
        expect(extractCase(c, 'shuffled', 'varied')).toEqual(plain);
      }),
      runs(80),
    );
  }, SLOW);
});
