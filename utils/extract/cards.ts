/**
 * KPI cards ("Đã tiếp nhận" and its number in one box) read as a key/value
 * table. Structure only: a box is the smallest element holding exactly one
 * number element and a short label; where the number's parent holds other
 * numbers too (a `<dl>`, a row of label/number pairs), the label is the
 * element just before the number. A number may carry its unit ("795 hồ sơ"),
 * and a line may hold both ("Trước hạn: 612").
 */
import type { Grid } from './grid';
import { cleanText, foldDiacritics } from './normalize';
import { countWithoutUnit, isNumberText } from './numbers';
import { isHiddenInline, isSelfHidden } from './locate';
import { OTHER_SPAN_WORDS } from './period';
import { isOtherUnit, unitMention } from './page-unit';
import { clerkKey, type UnitKey, type UnitOptions } from './rows';

const SKIPPED = new Set(['table', 'script', 'style', 'template', 'noscript', 'svg', 'select', 'option', 'button', 'input', 'textarea']);
const MAX_NUMBER = 20;
const MAX_BOX = 100;
const BOX_DEPTH = 3;
/** Stop after this many elements: a card page is small; a 20,000-row list is not a card page. */
const MAX_ELEMENTS = 5000;
/** The decimals of a number drawn in pieces (".37" after "98"). */
const FRACTION_PIECE = /^\s*[.,]\d/;
/** "Trước hạn: 612" in one element. */
const LABELLED = /^[^:：\d][^:：]{1,78}[:：]\s*(\d[\d.,\s]*?)\s*(?:ho so|hs)?$/;

interface NumberLeaf {
  el: Element;
  /** The number as the page shows it, without a unit word. */
  value: string;
}

/** The number a leaf shows (alone or with its unit word), or null. */
function numberOf(text: string): string | null {
  const bare = text.length <= MAX_NUMBER + 10 ? countWithoutUnit(text) : null;
  if (bare !== null) return isNumberText(bare) ? bare : null;
  return text.length <= MAX_NUMBER && isNumberText(text) ? cleanText(text) : null;
}

/**
 * Boxes not shown (a tooltip left from the last hover, an inactive tab) hold no card: a box's own style is read as it
 * is walked into (each below a box already found shown), a leaf's attributes only.
 */
function leaves(root: Element): { numbers: NumberLeaf[]; lines: string[][] } {
  const numbers: NumberLeaf[] = [];
  const lines: string[][] = [];
  let seen = 0;
  const walk = (el: Element) => {
    for (let c = el.firstElementChild; c && seen < MAX_ELEMENTS; c = c.nextElementSibling) {
      seen++;
      if (SKIPPED.has(c.localName) || c.getAttribute('role') === 'grid' || c.getAttribute('role') === 'table' || isHiddenInline(c)) continue;
      if (c.firstElementChild !== null) {
        const own = ownNumber(c);
        if (own !== null) numbers.push({ el: c, value: own });
        else if (!isSelfHidden(c)) walk(c);
        continue;
      }
      const text = c.textContent ?? '';
      // A number drawn in pieces ("98" then ".37" then "%", as antd's Statistic draws 98.37 %): the pieces together,
      // when their element holds nothing else; never the first piece alone.
      if (FRACTION_PIECE.test(c.nextElementSibling?.textContent ?? '')) {
        const whole = Array.from(el.children).every((piece) => piece.firstElementChild === null) ? numberOf(cleanText(el.textContent ?? '').replace(/\s+(?=[.,%])/g, '')) : null;
        if (whole !== null) {
          numbers.push({ el, value: whole });
          return;
        }
        continue;
      }
      const value = numberOf(text);
      if (value !== null) numbers.push({ el: c, value });
      else if (text.length <= MAX_BOX) {
        const clean = cleanText(text);
        const m = LABELLED.exec(foldDiacritics(clean));
        // The label as shown: the text before its last colon. Not in a group titled for another span ("Lũy kế năm 2025:").
        if (m?.[1] && !underOtherSpan(c)) lines.push([cleanText(clean.slice(0, clean.search(/[:：][^:：]*$/))), cleanText(m[1])]);
      }
    }
  };
  walk(root);
  return { numbers, lines };
}

/**
 * A number written first in its element, before a small note of its own ("98,21%<small>T11: 97,55%</small>", last
 * month's value under this month's): the number; null for any other element.
 */
function ownNumber(el: Element): string | null {
  const first = el.firstChild;
  if (first?.nodeType !== 3 || el.childElementCount > 2) return null;
  const value = numberOf(cleanText(first.textContent ?? ''));
  return value !== null && Array.from(el.children).every((c) => numberOf(c.textContent ?? '') === null) ? value : null;
}

const SHOW_TEXT = 4; // NodeFilter.SHOW_TEXT

/**
 * A box's label: its text before the number (a caption above or beside it), else its first text after it (a caption
 * below). What follows the number besides that is a note of the card ("Tăng 5% so với kỳ trước", "97,5% tổng số",
 * "1.034 hồ sơ trả kết quả sớm"), never part of the label: its words would change what the number is read as.
 */
function boxParts(box: Element, numberEl: Element): { label: string; notes: string[] } {
  const before: string[] = [];
  const after: string[] = [];
  let passed = false;
  const walker = box.ownerDocument.createTreeWalker(box, SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (numberEl.contains(node)) {
      passed = true;
      continue;
    }
    const text = cleanText(node.textContent ?? '');
    if (text !== '') (passed ? after : before).push(text);
  }
  // A line with figures of its own before the number ("165/168 hồ sơ" under the rate's name) is a note, not caption.
  const captions = before.length > 1 ? before.filter((text) => !/\d/.test(text)) : before;
  const label = cleanText(captions.join(' '));
  if (label !== '') return { label, notes: [...before.filter((text) => !captions.includes(text)), ...after] };
  // A line below with figures of its own ("Mới trong kỳ: 809 · Kỳ trước: 27") is a note, not the card's name.
  const below = after.findIndex((text) => /\p{L}/u.test(text) && !/\d/.test(text));
  return { label: after[below] ?? '', notes: after.filter((_, i) => i !== below) };
}

/** "1.034 hồ sơ trả kết quả sớm": a note that counts dossiers. */
const COUNTING_NOTE = /^(\d[\d.,\s]*?)\s*(?:ho so|hs)\b/;

/**
 * A card whose headline is a share ("72,4%") and whose note counts the dossiers ("1.034 hồ sơ trả kết quả sớm") gives
 * the count: the share is the page's own arithmetic, the count is the figure.
 */
function cardValue(value: string, notes: readonly string[]): string {
  if (!value.endsWith('%')) return value;
  for (const note of notes) {
    const count = COUNTING_NOTE.exec(foldDiacritics(note))?.[1];
    if (count && isNumberText(cleanText(count))) return cleanText(count);
  }
  return value;
}

/** "Trực tuyến: 797 | Trực tiếp: 13", "Trước hạn 731 · Đúng hạn 72", "Tỷ lệ 98,24% · trực tiếp 14": a card's figure in parts. */
const PART_SEPARATOR = /\s[|·•;]\s|\s{2,}|,\s(?=[^\d,]+[:：]?\s*\d)/;
const PART = /^([^:：\d]{2,40}?)[:：]?\s*(\d[\d.,]*%?)$/;

/**
 * The parts a card's note gives, as sub-rows ("- Trước hạn") read under the card's label by the key/value reading
 * (keyed.ts), so "Trong hạn" under "Đang giải quyết" is the in-progress split.
 */
function noteParts(notes: readonly string[]): string[][] {
  // The note's texts as one line: its figures are often in elements of their own ("Tỷ lệ <b>98,24%</b> · …"); else
  // each text on its own (a line of parts above a link "Xem danh sách ›").
  for (const note of [cleanText(notes.join(' ')), ...notes]) {
    const parts = note.replace(/^[|·•;]\s*/, '').split(PART_SEPARATOR).map((p) => PART.exec(cleanText(p)));
    if (parts.length < 2 || parts.some((m) => m === null)) continue;
    return parts.flatMap((m) => (m?.[1] && m[2] && isNumberText(m[2]) ? [[`- ${cleanText(m[1])}`, m[2]]] : []));
  }
  return [];
}

/** A group's title that says its figures are of another span than the page's: year to date, the same period last year. */
const OTHER_SPAN = new RegExp(String.raw`\b(?:${OTHER_SPAN_WORDS})\b|hom nay|hom qua|trong ngay|tuan (?:nay|truoc)|cac nam|tu truoc den nay|toan (?:tinh|thanh pho|quoc)`);
const GROUP_DEPTH = 3;

const holdsFigure = (el: Element): boolean =>
  (el.firstElementChild === null && numberOf(el.textContent ?? '') !== null) || Array.from(el.children).some(holdsFigure);

/** Whether a card sits in a group titled for another span ("Lũy kế năm 2026 (01/01/2026 – 14/02/2026)"). */
function underOtherSpan(box: Element): boolean {
  let inner: Element = box;
  for (let group = box.parentElement, depth = 0; group && depth < GROUP_DEPTH; inner = group, group = group.parentElement, depth++) {
    const title = group.firstElementChild;
    // A title, not a first card of the row ("Lũy kế đã giải quyết 1.187" beside "Đã giải quyết 806").
    if (!title || title === inner || title.contains(inner) || holdsFigure(title)) continue;
    const text = title.textContent ?? '';
    if (text.length <= MAX_BOX && OTHER_SPAN.test(foldDiacritics(cleanText(text)))) return true;
  }
  return false;
}

/** The short text just before the number, when it is a label (letters, no number of its own) and no other number follows. */
function labelBefore(el: Element): string | null {
  const after = el.nextElementSibling;
  if (after && numberOf(after.textContent ?? '') !== null) return null; // "label 795 12": which is which is not known
  const before = el.previousElementSibling;
  const text = cleanText(before?.textContent ?? '').replace(/[:：]$/, '');
  return text !== '' && text.length <= MAX_BOX && /\p{L}/u.test(text) && numberOf(text) === null && !/\d/.test(text) ? text : null;
}

/** Longest text of an element read as naming a unit's group of cards ("xã Hoằng Tiến"). */
const MAX_GROUP_NAME = 80;

/**
 * Where the clerk's cards are, when the page's cards are of several units (a mobile list of communes, each a box of
 * cards under its name): the largest box around the clerk's name that names no other unit, when it holds cards.
 * Otherwise the whole page (a name in a news item or the signed-in user's box is no group of cards).
 */
function clerkCards(body: Element, clerk: UnitKey): Element {
  const named: { el: Element; other: boolean }[] = [];
  const all = body.getElementsByTagName('*');
  for (let i = 0; i < all.length && i < MAX_ELEMENTS; i++) {
    const el = all[i] as Element;
    // A name with its icon or badge beside it ("<i>▥</i> xã Hoằng Sơn") is still a short text.
    if (el.childElementCount > 2 || SKIPPED.has(el.localName)) continue;
    const text = el.textContent ?? '';
    const mention = text.length <= MAX_GROUP_NAME ? unitMention(text, clerk) : null;
    if (mention !== null) named.push({ el, other: isOtherUnit(mention, clerk) });
  }
  const others = named.filter((n) => n.other).map((n) => n.el);
  const own = named.find((n) => !n.other)?.el;
  if (others.length === 0 || !own) return body;
  let group: Element = own;
  for (let up = group.parentElement; up && up !== body && !others.some((o) => up?.contains(o)); up = up.parentElement) group = up;
  return countFigures(group) >= 2 ? group : body;
}

/** Figures shown in `el` (leaves holding a number), counted up to two. */
function countFigures(el: Element): number {
  let found = 0;
  const all = el.getElementsByTagName('*');
  for (let i = 0; i < all.length && i < MAX_ELEMENTS && found < 2; i++) {
    const leaf = all[i] as Element;
    if (leaf.firstElementChild === null && numberOf(leaf.textContent ?? '') !== null) found++;
  }
  return found;
}

/** "1.019/1.126 hồ sơ", "61/74 hồ sơ có phí": a rate's numerator and base in its card's note. */
const FRACTION_NOTE = /^(\d[\d.,\s]*?)\s*\/\s*(\d(?:[\d.,\s]*\d)?)(?!\d)/;

/** A rate's card as an indicator row "Tỷ lệ … │ Tử số │ Mẫu số │ Kết quả" (measure-rows.ts), when its note gives both. */
function fractionRow(label: string, value: string, notes: readonly string[]): string[] | null {
  if (!value.endsWith('%')) return null;
  for (const note of notes) {
    const m = FRACTION_NOTE.exec(cleanText(note));
    if (m?.[1] && m[2] && isNumberText(cleanText(m[1])) && isNumberText(cleanText(m[2]))) {
      return [/^t[yi] le\b/.test(foldDiacritics(label)) ? label : `Tỷ lệ ${label}`, cleanText(m[1]), cleanText(m[2]), value];
    }
  }
  return null;
}

/**
 * The cards of a page as a grid "Chỉ tiêu | Số lượng" (none when fewer than two boxes), and the rates whose notes give
 * their numerator and base as an indicator grid "Chỉ tiêu │ Tử số │ Mẫu số │ Kết quả".
 */
export function cardGrids(doc: Document, opts: UnitOptions): Grid[] {
  if (!doc.body) return [];
  const root = clerkCards(doc.body, clerkKey(opts));
  const { numbers, lines } = leaves(root);
  const rows: string[][] = [...lines];
  const fractions: string[][] = [];
  // The list item of the last card read that was not a part: a card in a list nested in that item is its part.
  let parentItem: Element | null = null;
  for (const { el, value } of numbers) {
    let box = el.parentElement;
    let found = false;
    for (let depth = 0; box && depth < BOX_DEPTH; depth++, box = box.parentElement) {
      const text = cleanText(box.textContent ?? '');
      if (text.length > MAX_BOX) break;
      const { label, notes } = boxParts(box, el);
      if (label !== '' && /\p{L}/u.test(label) && numbers.every((n) => n.el === el || !box?.contains(n.el))) {
        found = true;
        if (underOtherSpan(box)) break;
        // "Đang giải quyết 61" with a list of "Trong hạn 58", "Quá hạn 3" in its item: sub-rows read under it.
        const item = box.closest('li');
        const part = parentItem !== null && item !== null && item !== parentItem && parentItem.contains(item);
        if (!part) parentItem = item;
        // The figure and its caption in a line of their own ("<b>1.098</b> hồ sơ đã giải quyết"), the card's note in the
        // line below ("Trước hạn 1.041 · Đúng hạn 52"): the note is read from the card around the line.
        const outer = box.parentElement;
        const card = outer && cleanText(outer.textContent ?? '').length <= MAX_BOX && numbers.every((n) => n.el === el || !outer.contains(n.el)) ? boxParts(outer, el) : null;
        const cardNotes = card?.label === label ? card.notes : notes;
        rows.push([part ? `- ${label}` : label, cardValue(value, cardNotes)], ...noteParts(cardNotes));
        const fraction = part ? null : fractionRow(label, value, cardNotes);
        if (fraction) fractions.push(fraction);
        break;
      }
    }
    const before = found ? null : labelBefore(el);
    if (before !== null && !underOtherSpan(el)) rows.push([before, value]);
  }
  const grids: Grid[] = rows.length >= 2 ? [{ paths: [['Chỉ tiêu'], ['Số lượng']], rows, titles: [] }] : [];
  if (fractions.length > 0) grids.push({ paths: [['Chỉ tiêu'], ['Tử số'], ['Mẫu số'], ['Kết quả']], rows: fractions, titles: [] });
  return grids;
}
