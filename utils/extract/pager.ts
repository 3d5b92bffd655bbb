/**
 * Is a grid one page of a paginated table? Looked for around the grid, by
 * structure and words, never by a vendor's class: a navigation landmark or
 * element labelled for pages, numbered page buttons, or "Trang 1/5",
 * "Hiển thị 1–10 của 57", "Tổng số: 57 bản ghi".
 */
import { cleanText, foldDiacritics } from './normalize';

const PAGER_LABEL = /pagination|pager|phan trang|trang sau|trang tiep|next page|previous page/;
const PAGER_TEXT =
  /\btrang \d+\s*(?:\/|tren|cua)\s*\d+|\bhien thi \d+\s*(?:-|–|den)\s*\d+|\b\d+\s*(?:-|–)\s*\d+\s+of\s+\d[\d.,]*\s+(?:rows|items|entries)\b|\btong(?: so)?\s*:?\s*\d+\s*(?:ban ghi|dong|muc|ket qua)\b|(?:^|\s)(?:«|‹|<)?\s*1\s+2(?:\s+3)?(?:\s+(?:…|\.\.\.))?(?:\s+\d+)?\s*(?:»|›|>|sau|tiep)/;
const LEVELS = 3;
const MAX_TEXT = 300;

/** The pager's text (folded) when `el` reads as one, else null. */
function pagerText(el: Element): string | null {
  // Page buttons are separate elements: their texts are joined with spaces ("‹ 1 2 3 ›").
  const raw = el.childElementCount > 0 ? Array.from(el.children, (c) => c.textContent ?? '').join(' ') : (el.textContent ?? '');
  const text = raw.length <= MAX_TEXT ? foldDiacritics(cleanText(raw)) : '';
  const label = `${el.getAttribute('aria-label') ?? ''} ${el.getAttribute('title') ?? ''}`;
  if (label.trim() !== '' && PAGER_LABEL.test(foldDiacritics(label))) return text;
  return text !== '' && PAGER_TEXT.test(text) ? text : null;
}

/** The text of the pagination after the grid (and after its containers, up to a few levels), or null. */
function pagerAfter(grid: Element): string | null {
  let at: Element | null = grid;
  for (let level = 0; at && level <= LEVELS; level++, at = at.parentElement) {
    for (let sib = at.nextElementSibling; sib; sib = sib.nextElementSibling) {
      const own = pagerText(sib);
      if (own !== null) return own;
      for (const inner of Array.from(sib.querySelectorAll('[aria-label], [title], nav, ul'))) {
        const found = pagerText(inner);
        if (found !== null) return found;
      }
    }
  }
  return null;
}

export const hasPager = (grid: Element): boolean => pagerAfter(grid) !== null;

/** "1 - 20 của 47", "Hiển thị 1 đến 10 trong tổng số 57", "1 - 8 of 143 rows" (a grid left in English): rows shown out of how many. */
const SHOWN_OF = /\b(\d+)\s*(?:-|–|den)\s*(\d+)\s*(?:\/|tren|cua|of|trong(?: tong)?(?: so)?)\s*(\d[\d.,]*)/;
/** "Trang 1/3", "Trang 2 của 5": pages in all. */
const PAGE_OF = /\btrang \d+\s*(?:\/|tren|cua)\s*(\d+)/;
/** Page buttons "1 2 …": a second page. */
const SECOND_PAGE = /(?:^|\s)1\s+2(?:\s|$)/;

/**
 * Whether the grid shows only some of its rows (one page of several): its rows then never add up to its total row,
 * which counts every page.
 */
export function showsOnePage(grid: Element): boolean {
  const text = pagerAfter(grid);
  if (text === null) return false;
  const shown = SHOWN_OF.exec(text);
  if (shown) return Number(shown[2]) < Number((shown[3] ?? '').replace(/[.,]/g, ''));
  const pages = PAGE_OF.exec(text);
  if (pages) return Number(pages[1]) > 1;
  return SECOND_PAGE.test(text);
}
