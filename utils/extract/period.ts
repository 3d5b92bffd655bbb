/**
 * Stage 7: the period the data covers, as ISO dates. Pure string arithmetic
 * on calendar dates: no Date objects, so no time zone can move a day.
 */
import type { Period } from '../domain/types';
import { calendarMonths, daysInMonth, isCutoffDay, isRealDay, nextDay, parseIsoDate, periodSpan, previousDay, samePeriod, shiftMonth, toIsoDate } from '../domain/period';
import { cleanText, foldDiacritics } from './normalize';
import { isHiddenInline, isSelfHidden } from './locate';

/** Day first with a four- or two-digit year ("15/10/26", a picker's short format), or ISO. */
const DATE = String.raw`(\d{1,2}[/.\-]\d{1,2}[/.\-](?:\d{4}|\d{2})(?!\d)|\d{4}-\d{2}-\d{2})`;
/** "đến ngày", "đến hết ngày", "-", "–", "→", "~", "Ngày kết thúc:". */
const UNTIL = String.raw`(?:den(?: het)?(?: ngay)?|ngay ket thuc|-|–|—|→|~)`;
/**
 * A range introduced by a period word, which may stand a little before it: "Từ ngày 15/01/2026 đến ngày 14/02/2026",
 * "Thời gian: 15/01/2026 - 14/02/2026", "Kỳ báo cáo: từ 15/1/2026 đến 14/2/2026", "Thống kê từ …", "(dữ liệu từ …)", "Số liệu từ ngày …
 * đến hết ngày …", "Thời điểm thống kê: từ …", "Ngày bắt đầu: … Ngày kết thúc: …".
 */
const RANGE = new RegExp(
  String.raw`(?:tu ngay|thoi gian|thoi diem|thoi ky|\bky\b|giai doan|thong ke|so lieu|du lieu|bao cao|ngay bat dau)[^.;!?\d]{0,40}?(?:\btu(?: ngay)?\s*:?\s*)?${DATE}[^\d]{0,30}?${UNTIL}\s*:?\s*${DATE}`,
);
/** "Từ 15/01/2026 đến 14/02/2026" with no other word: only at the start of a line or in brackets (a title's subtitle). */
const BARE_RANGE = new RegExp(String.raw`(?:^|\()\s*tu\s+${DATE}[^\d]{0,30}?${UNTIL}\s*:?\s*${DATE}`);
/** "Quý 3/2025 (01/07/2025 - 30/09/2025)": the days in brackets after a period's name. */
const BRACKETED_RANGE = new RegExp(String.raw`\(\s*${DATE}\s*(?:-|–|—|den)\s*${DATE}\s*\)`);
/** A date in words, "ngày 15 tháng 01 năm 2026", written as 15/01/2026 so the range rules read it. */
const WORDED_DATE = /\b(?:ngay\s+)?(\d{1,2})\s+thang\s+(\d{1,2})\s+nam\s+(\d{4})\b/g;
/** Not the day a report was signed ("ngày 15 tháng 02 năm 2026"). */
const NOT_SIGNED = String.raw`(?<!ngay\s+(?:\d{1,2}|…|\.{2,})\s*)`;
const MONTH_OF = String.raw`${NOT_SIGNED}\bthang\s+(\d{1,2})\s*(?:\/|nam)\s*(\d{4})\b`;
const QUARTER_OF = String.raw`\bquy\s+(iv|i{1,3}|[1-4])\s*(?:\/|nam)\s*(\d{4})\b`;
/**
 * What leads a report's own heading or period line: "Kỳ báo cáo:", "Báo cáo tổng hợp tình hình …", "Thống kê kết quả
 * (tình hình, hồ sơ, số liệu) …", "Kỳ:". A bare "Thống kê" is a menu item as often as a heading: not enough.
 */
const HEADING_LEAD = String.raw`(?:(?:ky bao cao|bao cao|(?:thong ke|tong hop) (?:ket qua|tinh hinh|ho so|so lieu))[^.;:!?]{0,100}?:?|\bky(?: thong ke| so lieu)?\s*:)\s*`;
/** A report's own heading names its month: "Kỳ báo cáo: Tháng 02/2026", "Báo cáo tổng hợp tình hình … Tháng 2 Năm 2026". */
const MONTH = new RegExp(HEADING_LEAD + MONTH_OF);
/** "Kỳ báo cáo: Quý I/2026", "Thống kê … quý I năm 2026". */
const QUARTER = new RegExp(HEADING_LEAD + QUARTER_OF);
/** "Báo cáo … 6 tháng đầu năm 2026", "9 tháng năm 2026": the 6- and 9-month reporting periods. */
const MONTHS_OF_YEAR = new RegExp(String.raw`${HEADING_LEAD}(6|sau|9|chin) thang (?:dau )?nam\s+(\d{4})\b`);
/** In a table's own title lines (or a file's), a month or quarter may stand alone: "THÁNG 02/2026", "Quý I/2025". */
const TITLE_MONTH = new RegExp(MONTH_OF);
const TITLE_QUARTER = new RegExp(QUARTER_OF);
/** A single input holding the whole range: "15/01/2026 - 14/02/2026". */
const VALUE_RANGE = new RegExp(String.raw`^${DATE}\s*(?:-|–|—|→|~|den)\s*${DATE}$`);
const FROM_LABEL = /tu ngay|tungay|from ?date|fromdate|start ?date|ngay bat dau|batdau/;
const TO_LABEL = /den ngay|denngay|to ?date|todate|end ?date|ngay ket thuc|ketthuc/;
const LABEL_LOOKUP_DEPTH = 6;
/** A quarter as written (Roman or Arabic, folded) → its number. */
export const QUARTER_NUMBERS: Readonly<Record<string, number>> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

/** A month or quarter named by a whole short text; `year` null when the text leaves it to its context. */
export interface PeriodName {
  kind: 'month' | 'quarter';
  /** The month (1–12) or the quarter (1–4). */
  n: number;
  year: number | null;
}

/** "Tháng 2", "Th.2", "T2" (a month column among "T1 … T12"), "Tháng 02/2026"; "Kỳ 11/2026" with its year. */
const MONTH_NAME = /^(?:thang\s+|th\.?\s*|t\.?\s*)(\d{1,2})(?:\s*(?:\/|-|nam)?\s*(\d{4}))?$|^ky\s+(\d{1,2})\s*[/-]\s*(\d{4})$/;
/** "Quý IV", "Quý 4/2025", "Q4", "Q.IV năm 2025". */
const QUARTER_NAME = /^(?:quy\s+|q\.?\s*)(iv|i{1,3}|[1-4])(?:\s*(?:\/|-|nam)?\s*(\d{4}))?$/;

/** Folded "Tháng 2", "T2", "Tháng 02/2026", "Quý I năm 2026", "Q4" (a column header, a tab): the month or quarter it names. */
export function periodName(folded: string): PeriodName | null {
  const written = MONTH_NAME.exec(folded);
  const m = written && written[3] !== undefined ? [written[0], written[3], written[4]] : written;
  const q = m ? null : QUARTER_NAME.exec(folded);
  const found = m ?? q;
  const n = m ? Number(m[1]) : QUARTER_NUMBERS[q?.[1] ?? ''];
  if (!found || n === undefined || n < 1 || n > 12) return null;
  return { kind: m ? 'month' : 'quarter', n, year: found[2] ? Number(found[2]) : null };
}

/**
 * Whether a header names `period`: the reporting month or quarter of that name, or the calendar month (a portal may
 * count either). A header without its year takes the period's.
 */
export function namesPeriod(header: string, period: Period, cutoffDay: number): boolean {
  const named = periodName(header);
  if (!named) return false;
  const { kind, n } = named;
  const years = named.year !== null ? [named.year] : [...new Set([period.to, period.from].map((d) => Number(d.slice(0, 4))))];
  return years.some((y) => kind === 'month'
    ? samePeriod(monthPeriod(y, n, cutoffDay), period) || samePeriod(calendarMonths(y, n, n), period)
    : samePeriod(quarterPeriod(y, n, cutoffDay), period));
}

function iso(year: number, month: number, day: number): string | null {
  return year >= 1900 && year <= 2999 && isRealDay(year, month, day) ? toIsoDate({ y: year, m: month, d: day }) : null;
}

/**
 * "15/01/2026", "15-01-2026", "15.01.2026", "15/01/26" (this century) or ISO "2026-01-15" → "2026-01-15", with or
 * without a time of day after it; invalid dates (31/02) → null.
 */
export function parseDate(text: string): string | null {
  const t = text.trim();
  const instant = ISO_INSTANT.exec(t);
  if (instant) return vietnamDay(instant);
  const isoMatch = /^(\d{4})-(\d{2})-(\d{2})/.exec(t);
  if (isoMatch) return iso(Number(isoMatch[1]), Number(isoMatch[2]), Number(isoMatch[3]));
  // A picker's value may carry its time: "01/09/2026 00:00", "30/09/2026 23:59:59".
  const m = /^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4}|\d{2})(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?)?$/.exec(t);
  return m ? iso(fullYear(m[3] ?? ''), Number(m[2]), Number(m[1])) : null;
}

/** "2026-10-14T17:00:00.000Z": an instant as web apps send it (UTC, or with an offset). */
const ISO_INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;
/** Việt Nam keeps UTC+7 all year. */
const VIETNAM_MINUTES = 7 * 60;

/** The day in Việt Nam of such an instant: "2026-10-14T17:00:00.000Z" is 00:00 on 15/10/2026 there. */
function vietnamDay(m: RegExpExecArray): string | null {
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!isRealDay(y, mo, d)) return null;
  const zone = m[6] ?? 'Z';
  const offset = zone === 'Z' ? 0 : (zone.startsWith('-') ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(-2)));
  const minutes = Number(m[4]) * 60 + Number(m[5]) - offset + VIETNAM_MINUTES;
  if (minutes >= 24 * 60) return toIsoDate(nextDay({ y, m: mo, d }));
  if (minutes >= 0) return iso(y, mo, d);
  const before = d > 1 ? { y, m: mo } : shiftMonth(y, mo, -1);
  return toIsoDate({ ...before, d: d > 1 ? d - 1 : daysInMonth(before.y, before.m) });
}

const fullYear = (digits: string): number => (digits.length === 2 ? 2000 + Number(digits) : Number(digits));

/** A date written month first, as a date picker in an English locale shows it ("10/15/2026"). */
function monthFirstDate(text: string): string | null {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim());
  return m ? iso(Number(m[3]), Number(m[1]), Number(m[2])) : null;
}

/**
 * Days are read day first; a range that cannot be read so but can month first ("10/15/2026 - 11/14/2026", a
 * picker left in an English locale) is read month first. Both readings possible: day first, as Vietnamese pages write.
 */
function range(fromText: string, toText: string): Period | null {
  const from = parseDate(fromText);
  const to = parseDate(toText);
  if (from && to) return from <= to ? { from, to } : null;
  const [mFrom, mTo] = [monthFirstDate(fromText), monthFirstDate(toText)];
  return mFrom && mTo && mFrom <= mTo ? { from: mFrom, to: mTo } : null;
}

/** Reporting month M of year Y (utils/domain/period.ts); null for a year, month or cut-off day out of range. */
export function monthPeriod(year: number, month: number, cutoffDay: number): Period | null {
  return iso(year, month, 1) && isCutoffDay(cutoffDay) ? periodSpan({ kind: 'month', year, month }, cutoffDay) : null;
}

/** Quarter Q of year Y: from the start of its first month's period to the end of its last month's. */
export function quarterPeriod(year: number, quarter: number, cutoffDay: number): Period | null {
  const valid = iso(year, 1, 1) && Number.isInteger(quarter) && quarter >= 1 && quarter <= 4 && isCutoffDay(cutoffDay);
  return valid ? periodSpan({ kind: 'quarter', year, quarter }, cutoffDay) : null;
}

/** A period written in text: an explicit date range first, then "Kỳ báo cáo: Tháng MM/YYYY" or "Quý …/YYYY". */
export function periodFromText(text: string, cutoffDay: number): Period | null {
  return periodIn(withYears(foldDiacritics(cleanText(text))), MONTH, QUARTER, cutoffDay);
}

/** A range writing its year once ("15/10 – 14/11/2026", "15/12 đến 14/01/2026"): its first day's year written in. */
const YEAR_ONCE = /\b(\d{1,2})[/.](\d{1,2})(\s*(?:-|–|—|den(?: het)?(?: ngay)?)\s*)(\d{1,2})([/.])(\d{1,2})\5(\d{4})\b/g;

function withYears(folded: string): string {
  if (!folded.includes('/') && !folded.includes('.')) return folded;
  return folded.replace(YEAR_ONCE, (_all, d1: string, m1: string, until: string, d2: string, sep: string, m2: string, y: string) =>
    `${d1}${sep}${m1}${sep}${Number(m1) > Number(m2) ? Number(y) - 1 : y}${until}${d2}${sep}${m2}${sep}${y}`);
}

/**
 * A table's or a file's title lines, each on its own: a range ("Từ 15/01/2026 đến 14/02/2026" may stand alone there),
 * or a month or quarter standing alone ("THÁNG 02/2026", "Quý I/2025"), as a reporting period; null when none.
 */
export function titlePeriod(titles: readonly string[], cutoffDay: number): Period | null {
  for (const line of titles) {
    const folded = withYears(foldDiacritics(cleanText(line)));
    // A line listing months ("T08/2025 T09/2025 … T01/2026", a chart's axis) names no one period.
    if (namesSeveralMonths(folded)) continue;
    const days = TITLE_RANGE.exec(folded);
    const period = (days ? range(days[1] ?? '', days[2] ?? '') : null) ?? periodIn(folded, TITLE_MONTH, TITLE_QUARTER, cutoffDay);
    if (period) return period;
  }
  return null;
}

/** In a table's own title, "từ … đến …" anywhere is its span: "Số hồ sơ tiếp nhận lũy kế từ 01/01/2026 đến 14/11/2026". */
const TITLE_RANGE = new RegExp(String.raw`\btu(?: ngay)?\s+${DATE}[^\d]{0,30}?${UNTIL}\s*:?\s*${DATE}`);

/**
 * The one period the lines just before a table name (a report's own title line: "Tháng 9 Năm 2026 (Từ ngày 15/08/2026
 * đến ngày 14/09/2026)"); null when they name none or several (a row of column labels "Cả năm 2025 │ Tháng 12/2025").
 */
export function leadPeriod(lines: readonly string[], cutoffDay: number): Period | null {
  const found = lines.flatMap((line) => titlePeriod([line], cutoffDay) ?? []);
  return onlyOne(found);
}

/** "Tính đến 23 giờ 59 phút ngày 30/11/2025", "Số liệu tính đến ngày 14/11/2025": the day the figures run to. */
const AS_OF = new RegExp(String.raw`\btinh den\b[^.;()\d]{0,12}(?:\d{1,2}\s*(?:gio|h|:)\s*\d{0,2}\s*(?:phut)?[^.;()\d]{0,12})?${DATE}`, 'g');

/** The days a page says its figures run to, as ISO dates. */
export function asOfDates(text: string): string[] {
  return Array.from(foldDiacritics(cleanText(text)).matchAll(AS_OF), (m) => parseDate(m[1] ?? '')).filter((d): d is string => d !== null);
}

/** Words (folded) of another span than the period's: a running total, last year's, the period before. */
export const OTHER_SPAN_WORDS = String.raw`luy ke|tu dau nam|cung ky|(?:nam|thang|quy|ky) truoc`;
/** A line about another span than the period's. */
const OTHER_SPAN_LINE = new RegExp(String.raw`\b(?:${OTHER_SPAN_WORDS})\b`);

/**
 * Whether a page's text writes out the period's days ("15/09/2025 – 14/12/2025") other than as another span's ("Kỳ
 * trước liền kề (15/09/2025 – 14/12/2025)", "Lũy kế …"): a period the page itself says its figures are of.
 */
export function writesOutAsOwn(text: string, from: string, to: string): boolean {
  if (!text.includes(to)) return false;
  for (let at = text.indexOf(from); at >= 0; at = text.indexOf(from, at + 1)) {
    if (!OTHER_SPAN_LINE.test(foldDiacritics(text.slice(Math.max(0, at - 40), at)))) return true;
  }
  return false;
}
/** A heading that starts by naming another span: "Lũy kế từ đầu năm (15/12/2025 – 14/05/2026)", "Cùng kỳ năm 2025". */
const OTHER_SPAN_HEADING = new RegExp(String.raw`^(?:[\divx]+[.)]\s*)?(?:${OTHER_SPAN_WORDS})\b`);

/** Whether `span` is a running total ending with `period` (a year to date: same end, earlier start). */
export const isRunningTotalOf = (span: Period, period: Period): boolean => span.to === period.to && span.from < period.from;

/** Whether a line heading a table starts by naming another span than the period's. */
export const headsOtherSpan = (line: string): boolean => OTHER_SPAN_HEADING.test(foldDiacritics(cleanText(line)));

/**
 * The days the lines just above a table write out, as a range of days ("Kết quả thống kê: 00:00 15/10/2026 – 23:59
 * 14/11/2026", "(Từ ngày 15/03/2026 đến ngày 14/04/2026)"), when they give one; lines of another span are not read.
 */
export function nearPeriod(lines: readonly string[]): Period | null {
  const found = lines.flatMap((line) => {
    const folded = foldDiacritics(cleanText(line));
    if (OTHER_SPAN_LINE.test(folded)) return [];
    const days = TITLE_RANGE.exec(folded);
    return rangeIn(folded) ?? (days ? range(days[1] ?? '', days[2] ?? '') : null) ?? [];
  });
  return onlyOne(found);
}

/** "Từ tháng 01/2026 đến tháng 03/2026": from the first month's period to the last's. */
const MONTH_RANGE = /\btu thang\s+(\d{1,2})\s*(?:\/|nam)\s*(\d{4})\s*(?:den|-|–)\s*thang\s+(\d{1,2})\s*(?:\/|nam)\s*(\d{4})\b/;

/** "T01/2026", "Th.1/2026": a month abbreviated to fit a chart's axis or a narrow cell. */
const SHORT_MONTH = /\bth?\.?\s?(\d{1,2})\s*\/\s*(\d{4})\b/g;
const MONTHS_WRITTEN = new RegExp(MONTH_OF, 'g');

/** Whether a folded line names two months or more, not as a range of them ("từ tháng 08/2025 đến tháng 01/2026"). */
function namesSeveralMonths(folded: string): boolean {
  const t = folded.replace(SHORT_MONTH, 'thang $1/$2');
  if (MONTH_RANGE.test(t)) return false;
  const named = new Set(Array.from(t.matchAll(MONTHS_WRITTEN), (m) => `${m[1]}/${m[2]}`));
  return named.size > 1;
}

/** In folded text: a range of days or of months, else the month `month` finds, else the quarter `quarter` finds. */
function periodIn(folded: string, month: RegExp, quarter: RegExp, cutoffDay: number): Period | null {
  const t = folded.replace(SHORT_MONTH, 'thang $1/$2');
  const r = rangeIn(t);
  if (r) return r;
  const months = MONTH_RANGE.exec(t);
  if (months) {
    const first = monthPeriod(Number(months[2]), Number(months[1]), cutoffDay);
    const last = monthPeriod(Number(months[4]), Number(months[3]), cutoffDay);
    return first && last && first.from <= last.to ? { from: first.from, to: last.to } : null;
  }
  const m = month.exec(t);
  if (m) return monthPeriod(Number(m[2]), Number(m[1]), cutoffDay);
  const q = quarter.exec(t);
  const n = q ? QUARTER_NUMBERS[q[1] ?? ''] : undefined;
  if (q) return n ? quarterPeriod(Number(q[2]), n, cutoffDay) : null;
  const part = MONTHS_OF_YEAR.exec(t);
  const year = Number(part?.[2]);
  return part && iso(year, 1, 1) && isCutoffDay(cutoffDay) ? periodSpan({ kind: /^(6|sau)$/.test(part[1] ?? '') ? 'half' : 'nine', year }, cutoffDay) : null;
}

/** A time of day before or after a date ("00:00 15/10/2026 – 23:59 14/11/2026"): the range is of the days. */
const TIME_OF_DAY = /\b\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:gio|h))?\s*(?=\d{1,2}[/.\-]\d{1,2}[/.\-]\d)|(?<=\d{4})\s+\d{1,2}:\d{2}(?::\d{2})?\b/g;

/** An explicit date range in folded text; a range of dates in words counts. */
function rangeIn(folded: string): Period | null {
  const worded = folded.includes('thang') ? folded.replace(WORDED_DATE, '$1/$2/$3') : folded;
  const t = worded.includes(':') ? worded.replace(TIME_OF_DAY, '') : worded;
  const r = RANGE.exec(t) ?? BARE_RANGE.exec(t) ?? BRACKETED_RANGE.exec(t);
  return r ? range(r[1] ?? '', r[2] ?? '') : null;
}

/** What names a form control: its label(s), aria-label(ledby), placeholder, name, id, or the text just before it. */
export function controlName(input: HTMLInputElement | HTMLSelectElement): string {
  const doc = input.ownerDocument;
  const parts = [
    input.getAttribute('aria-label'),
    input.getAttribute('placeholder'),
    input.getAttribute('name'),
    input.id,
    input.getAttribute('title'),
    ...Array.from(input.labels ?? [], (l) => l.textContent),
    ...(input.getAttribute('aria-labelledby') ?? '').split(/\s+/).map((id) => (id ? doc.getElementById(id)?.textContent : '')),
  ];
  // Text just before the input, e.g. <label>Từ ngày</label><div><input></div>, looking a few levels up.
  let el: Element | null = input;
  for (let depth = 0; el && depth < LABEL_LOOKUP_DEPTH; depth++, el = el.parentElement) {
    const before = el.previousElementSibling;
    if (before) {
      parts.push(before.textContent);
      break;
    }
  }
  return foldDiacritics(parts.filter(Boolean).join(' | '));
}

/** The period typed in the page's search form: "Từ ngày"/"Đến ngày" inputs, a two-input range picker, or one range input. */
export function periodFromInputs(doc: Document): Period | null {
  const dated = Array.from(doc.getElementsByTagName('input')).filter(
    (i) => i.type !== 'hidden' && (parseDate(i.value) !== null || VALUE_RANGE.test(i.value.trim())),
  );
  let from: string | undefined;
  let to: string | undefined;
  for (const input of dated) {
    const name = controlName(input);
    if (from === undefined && FROM_LABEL.test(name)) from = input.value;
    else if (to === undefined && TO_LABEL.test(name)) to = input.value;
  }
  if (from !== undefined && to !== undefined) return range(from, to);
  // A range picker: two dated inputs side by side, unlabelled.
  const [a, b] = dated;
  if (a && b && a.parentElement?.parentElement === b.parentElement?.parentElement) return range(a.value, b.value);
  const single = a ? VALUE_RANGE.exec(a.value.trim()) : null;
  return single ? range(single[1] ?? '', single[2] ?? '') : null;
}

const MAX_CHIP = 40;
const MAX_SCANNED_CHIPS = 3000;
const MAX_LINKS = 300;

/** The one period among `found` (several different ones say nothing). */
function onlyOne(found: readonly Period[]): Period | null {
  const [first] = found;
  return first && found.every((p) => p.from === first.from && p.to === first.to) ? first : null;
}

/**
 * A range shown on its own in a chip, a badge or a button ("15/12/2025 - 14/06/2026"), as pickers show what was
 * chosen once their boxes close, outside any table; several different ones say nothing.
 */
export function periodFromChips(doc: Document): Period | null {
  const found: Period[] = [];
  const all = doc.body?.getElementsByTagName('*') ?? [];
  for (let i = 0; i < all.length && i < MAX_SCANNED_CHIPS; i++) {
    const el = all[i] as Element;
    if (el.childElementCount > 1 || SKIPPED_TEXT.has(el.localName)) continue;
    // "(01/07/2025 - 30/09/2025)" beside a title says the same.
    const text = (el.textContent ?? '').trim().replace(/^\((.*)\)$/, '$1');
    if (text.length > MAX_CHIP || text.length < 16) continue;
    const folded = foldDiacritics(cleanText(text));
    const m = VALUE_RANGE.exec(folded);
    const period = m ? range(m[1] ?? '', m[2] ?? '') : halfOpenRange(folded);
    // In a table's cell it is a row's or a column's period ("Lũy kế từ đầu năm (15/12/2025 – 14/09/2026)").
    if (period && !el.closest(TABLE_CELL)) found.push(period);
  }
  return onlyOne(found);
}

/** "2025-12-01 ≤ col < 2026-01-01": a time filter as BI tools show it (Superset), its end left out when "<". */
const HALF_OPEN = new RegExp(String.raw`^${DATE}\s*(?:≤|<=)\s*[a-z_]{0,20}\s*(<|≤|<=)\s*${DATE}$`);

function halfOpenRange(folded: string): Period | null {
  const m = HALF_OPEN.exec(folded);
  const end = m ? parseDate(m[3] ?? '') : null;
  if (!m || !end) return null;
  return range(m[1] ?? '', m[2] === '<' ? toIsoDate(previousDay(parseIsoDate(end))) : end);
}

const TABLE_CELL = 'td, th, [role="gridcell"], [role="cell"], [role="rowheader"], [role="columnheader"]';

/** The search kept in the page's export and print links ("Xuất Excel": "…/export?tuNgay=15/01/2026&denNgay=…"). */
export function periodFromLinks(doc: Document): Period | null {
  const found: Period[] = [];
  const exports: Period[] = [];
  for (const a of Array.from(doc.getElementsByTagName('a')).slice(0, MAX_LINKS)) {
    const href = a.getAttribute('href') ?? '';
    if (!href.includes('?') && !href.includes('#')) continue;
    let address: string;
    try {
      // Only the query is read: any base resolves a relative link.
      address = new URL(href, 'https://trang.invalid/').href;
    } catch {
      continue;
    }
    const period = periodFromAddress(address);
    if (period) found.push(period);
    // Beside links to other periods ("« Kỳ trước"), the export or print link keeps the search shown.
    const named = foldDiacritics(cleanText(`${a.textContent ?? ''} ${a.getAttribute('title') ?? ''}`));
    if (period && (EXPORT_LINK.test(`${named} ${foldDiacritics(href)}`) || PRINT_LINK.test(named))) exports.push(period);
  }
  return onlyOne(found) ?? onlyOne(exports);
}

const EXPORT_LINK = /\bxuat\b|excel|export|\bin (?:bao cao|an)\b|print|tai (?:ve|xuong)|download/;
const PRINT_LINK = /^in$/;

/** Address parameters named by one word. */
const FROM_KEY = /^(?:from|start|begin|tu)$/;
const TO_KEY = /^(?:to|end|den)$/;
/** "20260115" as some APIs and addresses write a day. */
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})$/;

/**
 * The period in the page's address, as many report pages keep their search form there: "?TuNgay=15/01/2026&DenNgay=
 * 14/02/2026", "#/thong-ke?fromDate=2026-01-15&toDate=2026-02-14". Parameters are told apart by their names.
 */
export function periodFromAddress(address: string): Period | null {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return null;
  }
  const hashQuery = url.hash.includes('?') ? url.hash.slice(url.hash.indexOf('?') + 1) : '';
  let from: string | undefined;
  let to: string | undefined;
  for (const params of [url.searchParams, new URLSearchParams(hashQuery)]) {
    for (const [name, raw] of params) {
      const compact = COMPACT_DATE.exec(raw.trim());
      const value = compact ? `${compact[1]}-${compact[2]}-${compact[3]}` : raw;
      if (parseDate(value) === null) continue;
      const key = foldDiacritics(name).replace(/[_\-\s]/g, '');
      if (from === undefined && (FROM_LABEL.test(key) || FROM_KEY.test(key))) from = value;
      else if (to === undefined && (TO_LABEL.test(key) || TO_KEY.test(key))) to = value;
    }
  }
  return from !== undefined && to !== undefined ? range(from, to) : null;
}

const SKIPPED_TEXT = new Set(['table', 'script', 'style', 'noscript', 'template', 'select', 'option']);
const PAGE_TEXT_LIMIT = 20000;

/** Visible text of the page outside tables (headings, captions above a grid), bounded. */
export function pageText(doc: Document): string {
  const out: string[] = [];
  let length = 0;
  // An inactive tab's panel, a tooltip left from the last hover: another period's text, not shown. Style is read only
  // for containers that carry a class or a style (the panel), not for every element.
  const hidden = (el: Element): boolean =>
    el.firstElementChild !== null && (el.hasAttribute('class') || el.hasAttribute('style')) ? isSelfHidden(el) : isHiddenInline(el);
  const walk = (el: Element) => {
    for (let n = el.firstChild; n && length < PAGE_TEXT_LIMIT; n = n.nextSibling) {
      if (n.nodeType === 3) {
        const text = n.nodeValue ?? '';
        out.push(text);
        length += text.length;
      } else if (n.nodeType === 1) {
        const child = n as Element;
        if (SKIPPED_TEXT.has(child.localName) || hidden(child)) continue;
        out.push(' ');
        walk(child);
      }
    }
  };
  if (doc.body) walk(doc.body);
  return out.join('');
}
