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
 * container) shows the last result while the next loads: its figures may be of another search. Its `root` is the
 * table's element.
 */
const OVERLAY_DEPTH = 2;

export function underBusyOverlay(doc: Document, root: Element, visible: (el: Element) => boolean): boolean {
  for (const busy of Array.from(doc.querySelectorAll('[aria-busy="true"]'))) {
    // The busy element, or a container at most two levels above it (antd: Spin › wrapper › its nested-loading box).
    let around: Element | null = busy;
    for (let up = 0; around && up < OVERLAY_DEPTH && !around.contains(root); up++) around = around.parentElement;
    if (around?.contains(root) && around !== doc.body && around !== doc.documentElement && visible(busy)) return true;
  }
  return false;
}
