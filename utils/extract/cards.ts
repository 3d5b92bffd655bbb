/**
 * KPI cards ("Đã tiếp nhận" and its number in one box) read as a key/value
 * table. Structure only: a box is the smallest element holding exactly one
 * number-only element and a short label.
 */
import type { Grid } from './grid';
import { cleanText } from './normalize';
import { isNumberText } from './numbers';

const SKIPPED = new Set(['table', 'script', 'style', 'template', 'noscript', 'svg', 'select', 'option', 'button', 'input', 'textarea']);
const MAX_NUMBER = 20;
const MAX_BOX = 100;
const BOX_DEPTH = 3;
/** Stop after this many elements: a card page is small; a 20,000-row list is not a card page. */
const MAX_ELEMENTS = 5000;

function numberLeaves(root: Element): Element[] {
  const out: Element[] = [];
  let seen = 0;
  const walk = (el: Element) => {
    for (let c = el.firstElementChild; c && seen < MAX_ELEMENTS; c = c.nextElementSibling) {
      seen++;
      if (SKIPPED.has(c.localName) || c.getAttribute('role') === 'grid' || c.getAttribute('role') === 'table') continue;
      if (c.firstElementChild === null) {
        const text = c.textContent ?? '';
        if (text.length <= MAX_NUMBER && isNumberText(text)) out.push(c);
      } else walk(c);
    }
  };
  walk(root);
  return out;
}

/** The cards of a page as a grid "Chỉ tiêu | Số lượng", or null when fewer than two boxes. */
export function cardGrid(doc: Document): Grid | null {
  if (!doc.body) return null;
  const numbers = numberLeaves(doc.body);
  const rows: string[][] = [];
  for (const number of numbers) {
    let box = number.parentElement;
    for (let depth = 0; box && depth < BOX_DEPTH; depth++, box = box.parentElement) {
      const text = cleanText(box.textContent ?? '');
      if (text.length > MAX_BOX) break;
      const value = cleanText(number.textContent ?? '');
      const label = cleanText(text.replace(value, ' '));
      if (label !== '' && /\p{L}/u.test(label) && numbers.every((n) => n === number || !box?.contains(n))) {
        rows.push([label, value]);
        break;
      }
    }
  }
  return rows.length >= 2 ? { paths: [['Chỉ tiêu'], ['Số lượng']], rows, titles: [] } : null;
}
