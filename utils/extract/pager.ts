/**
 * Is a grid one page of a paginated table? Looked for around the grid, by
 * structure and words, never by a vendor's class: a navigation landmark or
 * element labelled for pages, numbered page buttons, or "Trang 1/5",
 * "Hiển thị 1–10 của 57", "Tổng số: 57 bản ghi".
 */
import { cleanText, foldDiacritics } from './normalize';

const PAGER_LABEL = /pagination|pager|phan trang|trang sau|trang tiep|next page|previous page/;
const PAGER_TEXT =
  /\btrang \d+\s*(?:\/|tren|cua)\s*\d+|\bhien thi \d+\s*(?:-|–|den)\s*\d+|\btong(?: so)?\s*:?\s*\d+\s*(?:ban ghi|dong|muc|ket qua)\b|(?:^|\s)(?:«|‹|<)?\s*1\s+2(?:\s+3)?(?:\s+(?:…|\.\.\.))?(?:\s+\d+)?\s*(?:»|›|>|sau|tiep)/;
const LEVELS = 3;
const MAX_TEXT = 300;

function looksLikePager(el: Element): boolean {
  const label = `${el.getAttribute('aria-label') ?? ''} ${el.getAttribute('title') ?? ''}`;
  if (label.trim() !== '' && PAGER_LABEL.test(foldDiacritics(label))) return true;
  // Page buttons are separate elements: their texts are joined with spaces ("‹ 1 2 3 ›").
  const raw = el.childElementCount > 0 ? Array.from(el.children, (c) => c.textContent ?? '').join(' ') : (el.textContent ?? '');
  return raw.length <= MAX_TEXT && PAGER_TEXT.test(foldDiacritics(cleanText(raw)));
}

/** Elements after the grid (and after its containers, up to a few levels) that read as pagination. */
export function hasPager(grid: Element): boolean {
  let at: Element | null = grid;
  for (let level = 0; at && level <= LEVELS; level++, at = at.parentElement) {
    for (let sib = at.nextElementSibling; sib; sib = sib.nextElementSibling) {
      if (looksLikePager(sib)) return true;
      for (const inner of Array.from(sib.querySelectorAll('[aria-label], [title], nav, ul'))) if (looksLikePager(inner)) return true;
    }
  }
  return false;
}
