/**
 * Whether the page says it is still fetching its figures: a visible busy region (aria-busy) or a short visible line
 * "Đang tải dữ liệu…", "Đang thống kê", "Loading…". Its cards and zero rows are then placeholders, not the period's
 * figures; the content script reads the page again when the figures arrive.
 */
import { cleanText, foldDiacritics } from './normalize';

const LOADING = /^(?:dang (?:tai|lay du lieu|thong ke|tong hop|truy van|xu ly du lieu)|loading|vui long cho|xin cho)\b/;
const MAX_TEXT = 40;
/** Elements looked at: a loading line is in the page's first few thousand elements, or the page is a big table. */
const MAX_ELEMENTS = 5000;

export function saysLoading(doc: Document, visible: (el: Element) => boolean): boolean {
  for (const el of Array.from(doc.querySelectorAll('[aria-busy="true"]'))) if (visible(el)) return true;
  const all = doc.body?.getElementsByTagName('*');
  for (let i = 0; all && i < all.length && i < MAX_ELEMENTS; i++) {
    const el = all[i] as Element;
    if (el.firstElementChild !== null || el.localName === 'script' || el.localName === 'style' || el.localName === 'option') continue;
    const text = el.textContent ?? '';
    if (text.length === 0 || text.length > MAX_TEXT) continue;
    if (LOADING.test(foldDiacritics(cleanText(text))) && visible(el)) return true;
  }
  return false;
}

/**
 * A table under a visible busy overlay (antd's Spin, a grid's loading panel: the busy element over the table's
 * container) shows the last result while the next loads: its figures may be of another search. Looked for around the
 * table only (its containers, and at most two levels below each: a busy element elsewhere on the page, a news
 * ticker's loader, says nothing of the table), never through the whole page: `root` is the table's element.
 */
export function underBusyOverlay(root: Element, visible: (el: Element) => boolean): boolean {
  const doc = root.ownerDocument;
  if (root.getAttribute('aria-busy') === 'true') return visible(root);
  for (let up = 0, around = root.parentElement; around && around !== doc.body && up < CONTAINER_DEPTH; up++, around = around.parentElement) {
    const busy = around.getAttribute('aria-busy') === 'true' ? around : busyNear(around);
    if (busy && visible(busy)) return true;
  }
  return false;
}

/** How far up a table's containers are looked at for a busy overlay. */
const CONTAINER_DEPTH = 6;

/** A busy element just inside a container (antd: its Spin's wrapper › the Spin), walked by hand: a selector would scan the table too. */
function busyNear(container: Element): Element | null {
  for (let child = container.firstElementChild; child; child = child.nextElementSibling) {
    if (child.getAttribute('aria-busy') === 'true') return child;
    if (child.localName === 'table') continue;
    for (let inner = child.firstElementChild; inner; inner = inner.nextElementSibling) {
      if (inner.getAttribute('aria-busy') === 'true') return inner;
    }
  }
  return null;
}
