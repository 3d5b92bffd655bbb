/**
 * Stage 2: one located grid → a rectangle of cell texts. Expands
 * rowspan/colspan, finds the header rows (from markup or from content), gives
 * every column its header path, and drops rows that are not data:
 * column-number rows ("1 2 3 … 13", "(1) (2) …"), group labels
 * ("Xã, phường, thị trấn") and empty rows.
 */
import { isHeaderCell, isHiddenInline, type LocatedGrid } from './locate';
import { cleanText, foldDiacritics } from './normalize';
import { isMissing, isNumberText } from './numbers';

export interface Grid {
  /** Header path of every column, top-down (spans merged), display texts. */
  paths: string[][];
  /** Data rows: one text per column; '' for empty or span-covered cells. */
  rows: string[][];
  /** Caption and title rows above the header ("(Từ ngày … đến ngày …)"). */
  titles: string[];
  /** The heading just before the table, if any: with the titles, what the table is about (never its period). */
  heading?: string;
  /** Whether the page shows only one page of its rows (asked only when its rows are checked against its total). */
  onePage?: () => boolean;
}

interface Cell {
  text: string;
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  el: Element;
}

const MAX_COLSPAN = 1000;
const TABLE_CELLS = new Set(['td', 'th']);
const BLOCK_TAGS = new Set(['div', 'p', 'li', 'tr', 'td', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const SKIPPED_TAGS = new Set(['script', 'style', 'template', 'noscript', 'svg']);
/** "1", "(3)", "A", "(3)=(4)+(5)": a cell of a column-number row. */
const COLUMN_NUMBER = /^[([]?(\d{1,3}|[a-z])[)\]]?(?:\s*[=+\-−–*x×/]\s*[([]?\d{1,3}[)\]]?)*$/i;
/** Inputs whose value is a cell's text: typed figures, never a checkbox's or a hidden field's. */
const INPUT_TYPES = new Set(['text', 'number']);
/** A lone child of these kinds adds no word breaks and hides nothing. */
const INLINE_TAGS = new Set(['a', 'strong', 'b', 'span', 'i', 'em', 'u', 'font', 'label']);
const EMPHASIS_TAGS = new Set(['strong', 'b']);

/**
 * Text of a cell: `textContent`, except that `<br>` and blocks separate words,
 * hidden parts are left out and an abbreviation (`<abbr>`, or a short
 * capitalised heading with a `title`) reads as what it stands for. The usual
 * cell (text, or one `<a>`/`<strong>` around text) takes the fast path.
 */
function cellText(el: Element): string {
  const only = el.firstElementChild;
  // A form's figure typed into its cell (a report entry grid, "Kỳ báo cáo │ <input value="1.426">"): the value.
  if (only !== null && only.localName === 'input' && only === el.lastElementChild && INPUT_TYPES.has((only as HTMLInputElement).type)) {
    return cleanText((only as HTMLInputElement).value);
  }
  const plain = only === null || (only === el.lastElementChild && only.firstElementChild === null && INLINE_TAGS.has(only.localName));
  const text = cleanText(plain ? (el.textContent ?? '') : spacedText(el));
  return el.hasAttribute('title') && ABBREVIATION.test(text) ? expanded(el, text) : text;
}

/** "TN", "ĐGQ", "SL": a heading abbreviated to fit a narrow column. */
const ABBREVIATION = /^\p{Lu}[\p{Lu}.]{0,5}$/u;

/** An abbreviated heading whose tooltip (`title`) spells it out reads as the tooltip: the page's own words for it. */
function expanded(el: Element, text: string): string {
  const title = cleanText(el.getAttribute('title') ?? '');
  return title.includes(' ') && /\p{L}/u.test(title) ? title : text;
}

function spacedText(el: Element): string {
  let out = '';
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 3) out += n.nodeValue ?? '';
    else if (n.nodeType === 1) {
      const child = n as Element;
      const tag = child.localName;
      if (tag === 'br') out += ' ';
      // "<abbr title="Đã giải quyết">ĐGQ</abbr>": narrow columns abbreviate; the page itself says what they stand for.
      else if (tag === 'abbr' && child.getAttribute('title')?.trim()) out += ` ${child.getAttribute('title')} `;
      else if (!SKIPPED_TAGS.has(tag) && !isHiddenInline(child)) {
        out += BLOCK_TAGS.has(tag) ? ` ${spacedText(child)} ` : spacedText(child);
      }
    }
  }
  return out;
}

/** Spans of a cell; most cells carry no attributes at all. */
function spans(el: Element): { colSpan: number; rowSpan: number } | null {
  if (!el.hasAttributes()) return null;
  const aria = !TABLE_CELLS.has(el.localName);
  const col = el.getAttribute(aria ? 'aria-colspan' : 'colspan');
  const row = el.getAttribute(aria ? 'aria-rowspan' : 'rowspan');
  if (col === null && row === null) return null;
  return { colSpan: spanValue(col), rowSpan: spanValue(row) };
}

function spanValue(raw: string | null): number {
  if (raw === null) return 1;
  const n = parseInt(raw, 10);
  return Number.isFinite(n) && n >= 0 ? n : 1;
}

/** One row as `Expander.lay` lays it. */
interface RowTexts {
  /** Texts of the cells starting on the row, at their first columns; holes elsewhere. */
  texts: string[];
  /** Cells starting on the row. */
  own: number;
  /** Some non-empty cell of the row spans several columns. */
  wide: boolean;
  /** Slots the row fills (its last filled column + 1). */
  width: number;
}

/**
 * Lays rows on a rectangle one row at a time, in order, keeping the rowspans
 * in flight. `sectionEnd` stops header rowspans at the end of a known header
 * section. A body row gets only its own texts; a header row can also get each
 * slot's covering cell (a spanning cell appears in every slot it covers).
 */
class Expander {
  private readonly carried: (Cell | undefined)[] = [];
  private readonly carriedLeft: number[] = [];
  /** Columns with `carriedLeft > 0`: none is the usual body row. */
  private inFlight = 0;

  constructor(
    private readonly total: number,
    private readonly sectionEnd: number | null,
  ) {}

  /** Columns still covered from rows above, from `c` on: each gives up one row. Returns the next free column. */
  private skip(c: number, line: Cell[] | undefined): number {
    if (this.inFlight === 0) return c;
    let left: number;
    while ((left = this.carriedLeft[c] ?? 0) > 0) {
      if (line) line[c] = this.carried[c] as Cell;
      this.carriedLeft[c] = left - 1;
      if (left === 1) this.inFlight--;
      c++;
    }
    return c;
  }

  lay(els: readonly Element[], r: number, out: RowTexts, line?: Cell[]): void {
    const texts: string[] = [];
    let c = 0;
    let width = 0;
    let wide = false;
    for (const el of els) {
      c = this.skip(c, line);
      const s = spans(el);
      const text = cellText(el);
      texts[c] = text;
      let colSpan = 1;
      let rowSpan = 1;
      if (s !== null) {
        const last = this.sectionEnd !== null && r < this.sectionEnd ? this.sectionEnd : this.total;
        colSpan = Math.min(Math.max(s.colSpan, 1), MAX_COLSPAN);
        rowSpan = s.rowSpan === 0 ? last - r : Math.max(1, Math.min(s.rowSpan, last - r)); // rowspan=0: to the end
        if (colSpan > 1 && text !== '') wide = true;
      }
      const cell: Cell | undefined = line && { text, row: r, col: c, rowSpan, colSpan, el };
      for (let k = 0; k < colSpan; k++, c++) {
        if (line) line[c] = cell as Cell;
        if (rowSpan > 1) {
          this.carried[c] = cell;
          if ((this.carriedLeft[c] ?? 0) === 0) this.inFlight++;
          this.carriedLeft[c] = rowSpan - 1;
        }
      }
      width = c;
    }
    for (; this.inFlight > 0 && c < this.carriedLeft.length; c++) {
      const next = this.skip(c, line);
      if (next > c) width = c = next;
    }
    out.texts = texts;
    out.own = els.length;
    out.wide = wide;
    out.width = width;
  }
}

/** Rows laid with their cells, on demand: the header needs only the first few of thousands. */
class Lines {
  private readonly lines: Cell[][] = [];
  private readonly expander: Expander;
  private readonly laid: RowTexts = { texts: [], own: 0, wide: false, width: 0 };

  constructor(
    private readonly rows: readonly (readonly Element[])[],
    sectionEnd: number | null,
  ) {
    this.expander = new Expander(rows.length, sectionEnd);
  }

  get count(): number {
    return this.rows.length;
  }

  at(r: number): Cell[] {
    while (this.lines.length <= r && this.lines.length < this.rows.length) {
      const i = this.lines.length;
      const line: Cell[] = [];
      this.expander.lay(this.rows[i] ?? [], i, this.laid, line);
      this.lines.push(line);
    }
    return this.lines[r] ?? [];
  }
}

/** The cells that start on row `r`, each once, left to right. */
function ownCells(line: Cell[], r: number): Cell[] {
  const out: Cell[] = [];
  for (const cell of line) if (cell && cell.row === r && out[out.length - 1] !== cell) out.push(cell);
  return out;
}

const textsOf = (cells: readonly Cell[]) => cells.map((c) => c.text);

/** The non-empty texts of a row (holes and '' skipped) are "1 2 3 …" or "(1) (2) …". */
function isColumnNumberRow(texts: readonly (string | undefined)[]): boolean {
  let previous = -1;
  let numbered = 0;
  let filled = 0;
  for (const text of texts) {
    if (!text) continue;
    filled++;
    const m = COLUMN_NUMBER.exec(text);
    if (!m) return false;
    const n = Number(m[1]);
    if (Number.isNaN(n)) continue; // a letter column ("A", "B")
    if (previous >= 0 && n !== previous + 1) return false;
    previous = n;
    numbered++;
  }
  return filled >= 3 && numbered >= 2;
}

/** A row holding one or two texts, none a number, drawn across the row: a title or group label. */
function isLabelRow(own: Cell[], filled: Cell[]): boolean {
  return isLabelTexts(textsOf(filled), own.length, filled.some((c) => c.colSpan > 1));
}

/** `isLabelRow` from a row's non-empty texts, its count of own cells, and whether a non-empty one spans columns. */
function isLabelTexts(filled: readonly string[], own: number, wide: boolean): boolean {
  if (filled.length === 0 || filled.length > 2 || filled.some(isNumberText)) return false;
  return own <= 2 || wide;
}

/** One text drawn across (most of) the grid above the header: a report title or period line. */
function isTitleRow(own: Cell[], filled: Cell[], width: number): boolean {
  const only = filled[0];
  return filled.length === 1 && only !== undefined && !isNumberText(only.text) && (own.length === 1 || only.colSpan * 2 > width);
}

/**
 * The form's preamble above its header, laid in the table's own cells by an Excel or print view: the issuing body and
 * the form's number ("ỦY BAN NHÂN DÂN XÃ …" | "Biểu số II.06a/VPCP/KSTT"), "Đơn vị báo cáo: …", "Đơn vị tính: …", the
 * letterhead's second line ("Bộ phận Một cửa" | "Độc lập - Tự do - Hạnh phúc"), the place and date ("Cẩm Mỹ, ngày …").
 */
const PREAMBLE = /^(?:[-–]\s*)?(?:uy ban nhan dan|ubnd\b|cong hoa xa hoi|doc lap|bieu (?:so|mau)|mau (?:so|bieu)|don vi (?:bao cao|nhan bao cao|tinh)|noi nhan|kinh gui|so:|bo phan (?:mot cua|tiep nhan)|ban hanh kem theo|[a-z][a-z ]{0,40}, ngay\b)/;
export const isPreambleText = (text: string): boolean => PREAMBLE.test(foldDiacritics(text));
const isPreambleRow = (filled: readonly Cell[]): boolean => filled.every((c) => isPreambleText(c.text));

function isEmphasised(cell: Cell): boolean {
  const first = cell.el.firstElementChild;
  return first !== null && EMPHASIS_TAGS.has(first.localName) && cleanText(first.textContent ?? '') === cell.text;
}

function isHeaderRow(own: Cell[], filled: Cell[]): boolean {
  if (own.every((c) => isHeaderCell(c.el))) return true;
  if (filled.some((c) => isNumberText(c.text) || isMissing(c.text))) return false;
  return filled.every(isEmphasised) || filled.length >= 2;
}

interface HeaderSplit {
  levels: number[];
  end: number;
}

/**
 * Header rows from content: leading rows with no numbers (or all `<th>`,
 * or all `<strong>`), plus any row a header cell spans into. Title rows
 * before the header are set aside; a column-number row ends the header.
 */
function detectHeader(slots: Lines, start: number, width: number, titles: string[]): HeaderSplit {
  const levels: number[] = [];
  let spannedUntil = 0;
  let r = start;
  for (; r < slots.count; r++) {
    const own = ownCells(slots.at(r), r);
    const filled = own.filter((c) => c.text !== '');
    if (filled.length === 0) continue;
    if (isColumnNumberRow(textsOf(filled))) return { levels, end: r + 1 };
    if (r >= spannedUntil) {
      if (levels.length === 0 && (isTitleRow(own, filled, width) || isPreambleRow(filled))) {
        titles.push(...textsOf(filled));
        continue;
      }
      if (levels.length > 0 && isLabelRow(own, filled)) break; // a group label: data begins
      if (!isHeaderRow(own, filled)) break;
    }
    levels.push(r);
    for (const c of own) spannedUntil = Math.max(spannedUntil, r + c.rowSpan);
  }
  return { levels, end: r };
}

/** Header rows given by markup: titles and column numbers inside them are set aside. */
function knownHeader(slots: Lines, count: number, width: number, titles: string[]): HeaderSplit {
  const levels: number[] = [];
  for (let r = 0; r < count; r++) {
    const own = ownCells(slots.at(r), r);
    const filled = own.filter((c) => c.text !== '');
    if (filled.length === 0 || isColumnNumberRow(textsOf(filled))) continue;
    if (levels.length === 0 && isTitleRow(own, filled, width)) titles.push(filled[0]?.text ?? '');
    else levels.push(r);
  }
  // A <thead> holding only a title: the real header is in the body.
  return levels.length > 0 ? { levels, end: count } : detectHeader(slots, count, width, titles);
}

function headerPath(slots: Lines, levels: number[], col: number): string[] {
  const path: string[] = [];
  let previous: Cell | undefined;
  for (const r of levels) {
    const cell = slots.at(r)[col];
    if (cell && cell !== previous && cell.text !== '' && cell.text !== path[path.length - 1]) path.push(cell.text);
    previous = cell;
  }
  return path;
}

export function buildGrid(located: LocatedGrid): Grid {
  // Every row's own texts in one pass (this also gives the width); cell objects
  // with spans are laid again, on demand, only for the header.
  const total = located.rows.length;
  const flat = new Expander(total, located.headerRows);
  const rowTexts: string[][] = new Array<string[]>(total);
  const rowOwn: number[] = new Array<number>(total);
  const rowWide: boolean[] = new Array<boolean>(total);
  const laid: RowTexts = { texts: [], own: 0, wide: false, width: 0 };
  let width = 0;
  for (let r = 0; r < total; r++) {
    flat.lay(located.rows[r] ?? [], r, laid);
    width = Math.max(width, laid.width);
    rowTexts[r] = laid.texts;
    rowOwn[r] = laid.own;
    rowWide[r] = laid.wide;
  }

  const slots = new Lines(located.rows, located.headerRows);
  const titles = located.caption ? [located.caption] : [];
  const { levels, end } =
    located.headerRows !== null
      ? knownHeader(slots, located.headerRows, width, titles)
      : detectHeader(slots, 0, width, titles);

  const paths: string[][] = [];
  for (let c = 0; c < width; c++) paths.push(headerPath(slots, levels, c));

  const rows: string[][] = [];
  const filled: string[] = [];
  for (let r = end; r < total; r++) {
    const only = located.rows[r]?.length === 1 && rowWide[r] ? located.rows[r]?.[0] : undefined;
    const texts = (only && cardValues(only, paths)) || (rowTexts[r] ?? []);
    filled.length = 0;
    for (const text of texts) {
      if (text && filled.push(text) > 2) break; // a label row holds at most two
    }
    if (filled.length === 0) continue;
    if (filled.length <= 2 && isLabelTexts(filled, rowOwn[r] ?? 0, rowWide[r] ?? false)) continue;
    if (isColumnNumberRow(texts)) continue;
    for (let c = 0; c < width; c++) if (texts[c] === undefined) texts[c] = '';
    rows.push(texts);
  }
  dropColumnTitles(paths, rows);
  return { paths, rows, titles, ...(located.heading && { heading: located.heading }) };
}

/** How deep a card row's list of title–value pairs may sit inside its one cell. */
const CARD_DEPTH = 4;

/**
 * A row drawn as a card (Bootstrap Table's card view, a row expanded on a narrow screen): one cell across the table
 * holding one title–value pair per column, each titled as its column. Its values, one per column; null for any
 * other row.
 */
function cardValues(cell: Element, paths: readonly string[][]): string[] | null {
  let box: Element | null = cell;
  for (let depth = 0; box && box.childElementCount !== paths.length && depth < CARD_DEPTH; depth++) {
    box = box.childElementCount === 1 ? box.firstElementChild : null;
  }
  if (!box || box.childElementCount !== paths.length || paths.length < 2) return null;
  const values: string[] = [];
  for (const [c, item] of Array.from(box.children).entries()) {
    const text = cellText(item);
    const rest = (paths[c] ?? []).reduceRight<string | null>((found, title) => found ?? (title.length > 1 ? withoutLead(text, title) : null), null);
    if (rest === null) return null;
    values.push(rest);
  }
  return values;
}

/** Spaces and soft hyphens: not compared when a cell repeats its column's title. */
const IGNORED = /[\s\u00ad]/;

/** `text` without `lead` before it, spaces and soft hyphens aside; null when it does not start with it. */
function withoutLead(text: string, lead: string): string | null {
  let i = 0;
  for (const ch of lead) {
    if (IGNORED.test(ch)) continue;
    while (i < text.length && IGNORED.test(text.charAt(i))) i++;
    if (text.charAt(i) !== ch) return null;
    i++;
  }
  return text.slice(i).trim();
}

/**
 * A grid drawn as stacked cards on a narrow screen (PrimeNG "stack", responsive tables) puts its column's title in
 * every cell ("Tử số2 314"): where every filled cell of a column starts with one of that column's titles (its own, or
 * its group's: "Tiếp nhận trong kỳ318" under "Tiếp nhận trong kỳ › Tổng"), that title goes.
 */
function dropColumnTitles(paths: readonly string[][], rows: string[][]): void {
  if (rows.length < 2) return;
  paths.forEach((path, c) => {
    for (let level = path.length - 1; level >= 0; level--) {
      const kept = withoutTitle(rows, c, path[level] ?? '');
      if (!kept) continue;
      rows.forEach((row, r) => (row[c] = kept[r] ?? ''));
      return;
    }
  });
}

/** Column `c`'s cells without `lead` before them, when every filled one starts with it and some text is left. */
function withoutTitle(rows: readonly string[][], c: number, lead: string): string[] | null {
  if (lead.replace(/[\s\u00ad]+/g, '').length < 2) return null;
  const kept: string[] = [];
  for (const row of rows) {
    const text = row[c] ?? '';
    const rest = text === '' ? '' : withoutLead(text, lead);
    if (rest === null) return null;
    kept.push(rest);
  }
  return kept.every((t) => t === '') ? null : kept;
}
