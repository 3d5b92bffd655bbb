/**
 * What is still unfilled in a report: the gaps ("…") the default texts leave
 * for a number, a date or a subject ("Kế hoạch số …/KH-UBND ngày … về …"),
 * an empty fact, and the period's facts carried from another period. Listed
 * before "Sao chép toàn bộ" and "Tải báo cáo (.docx)"; the clerk may still go
 * ahead. Pure.
 */

/** The ellipsis character stands for something to fill in; three dots ("...") are prose (an "and so on"). */
const GAP = '…';
const CLAUSE_END = /[;.:\n]/;
const MAX_EXCERPT = 90;

/** Whole words of `clause` within about 40 characters either side of `at`. */
function around(clause: string, at: number): string {
  const from = Math.max(0, at - 40);
  const to = Math.min(clause.length, at + 40);
  const start = from === 0 ? 0 : clause.indexOf(' ', from) + 1;
  const end = to === clause.length ? to : clause.lastIndexOf(' ', to);
  return clause.slice(start, end > start ? end : to).trim();
}

/** The clause around each gap of `text` ("Kế hoạch số …/KH-UBND ngày … về …"), once per clause. */
export function findGaps(text: string): string[] {
  const excerpts: string[] = [];
  let at = text.indexOf(GAP);
  while (at >= 0) {
    let start = at;
    while (start > 0 && !CLAUSE_END.test(text[start - 1] ?? '')) start--;
    let end = at;
    // A "…/KH-UBND" keeps its slash: only ; . : or a line end closes the clause.
    while (end < text.length && !CLAUSE_END.test(text[end] ?? '')) end++;
    const clause = text.slice(start, end).trim();
    const excerpt = clause.length > MAX_EXCERPT ? around(clause, text.slice(start, at).trimStart().length) : clause;
    if (!excerpts.includes(excerpt)) excerpts.push(excerpt);
    at = text.indexOf(GAP, end);
  }
  return excerpts;
}

/** One line of the list: the part of the report and what in it is unfilled. */
export const gapLine = (part: string, excerpt: string): string => `${part}: “${excerpt}”`;

export const emptyFactLine = (part: string): string => `${part}: chưa điền`;

export const carriedFactLine = (part: string, from: string): string => `${part}: đang dùng nội dung của ${from}, cần kiểm tra cho kỳ này`;
