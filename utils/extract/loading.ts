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
