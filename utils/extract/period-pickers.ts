/**
 * Stage 7, the page's period pickers when it has no "Từ ngày"/"Đến ngày": month, quarter and year selects (OpenCPS
 * and many ASP.NET/PHP back offices: "Tháng [2]" "Năm [2026]", "Quý [I]", "Từ tháng … đến tháng …", a "Kỳ" select of
 * Tháng/Quý/6 tháng/9 tháng/Năm), an `<input type="month">`, or a "Chọn tháng và năm" box holding "02/2026".
 * A select is told by what it offers (years, months 1–12, quarters I–IV, kinds of period), not by its id; its
 * name only tells "from" and "to" apart. What is chosen is read as the reporting period of that name (Nghị định
 * 09/2019: Tháng 02/2026 = 15/01/2026 – 14/02/2026 with cut-off day 15), as "Kỳ báo cáo: Tháng 02/2026" is; the
 * caller flags it, since a portal may mean the calendar month.
 */
import type { Period, PeriodRef } from '../domain/types';
import { isCutoffDay, periodLabel, periodSpan } from '../domain/period';
import { cleanText, foldDiacritics } from './normalize';
import { comboboxChoice } from './page-unit';
import { QUARTER_NUMBERS, controlName, titlePeriod } from './period';

export interface PickedPeriod {
  period: Period;
  /** "Tháng 02/2026", "Quý I/2026", "Tháng 01/2026 – Tháng 03/2026". */
  label: string;
  /**
   * Only a year select was read: the page may choose the rest with controls that are not selects (radio buttons of
   * "Tháng/Quý/6 tháng đầu", a custom list), so days the page writes out say more.
   */
  yearOnly?: true;
}

type Role = 'year' | 'month' | 'quarter' | 'kind';
type Kind = 'month' | 'quarter' | 'half' | 'nine' | 'year';

const YEAR = /^(?:nam\s*)?((?:19|20)\d{2})$/;
const MONTH = /^(?:thang\s*)?(\d{1,2})$/;
const QUARTER = /^(?:quy\s*)?(iv|i{1,3}|[1-4])$/;
const KINDS: [RegExp, Kind][] = [
  [/^6 thang|^sau thang/, 'half'],
  [/^9 thang|^chin thang/, 'nine'],
  [/^thang$|^theo thang$/, 'month'],
  [/^quy$|^theo quy$/, 'quarter'],
  [/^nam$|^theo nam$|^ca nam$/, 'year'],
];
const MONTH_NAMED = /\bthang\b|month/;
const FROM = /\btu\b|from|start|bat dau/;
const TO = /\bden\b|\bto\b|end|ket thuc/;
/** "02/2026", "2/2026", "02-2026" in a month box; "2026-02" in `<input type="month">`. */
const MONTH_VALUE = /^(\d{1,2})[/.\-](\d{4})$/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;

const fold = (s: string | null | undefined): string => foldDiacritics(cleanText(s ?? ''));
const optionTexts = (select: HTMLSelectElement): string[] => Array.from(select.options, (o) => fold(o.textContent)).filter(Boolean);

/** What a select offers, by the share of its options that read as years, months, quarters or kinds of period. */
function roleOf(select: HTMLSelectElement): Role | null {
  const texts = optionTexts(select);
  const share = (test: (t: string) => boolean) => texts.filter(test).length;
  const years = share((t) => YEAR.test(t));
  const months = share((t) => { const n = Number(MONTH.exec(t)?.[1]); return n >= 1 && n <= 12; });
  const quarters = share((t) => QUARTER.test(t));
  const kinds = share((t) => KINDS.some(([re]) => re.test(t)));
  // Placeholders ("-- Chọn --", "Tất cả") aside, nearly every option must be of one sort.
  const enough = (n: number) => n >= 2 && n >= texts.length - 2;
  if (enough(years)) return 'year';
  // A select of all twelve months, or of a few when its label says month ("Tháng: [8 9 10 11]", months with data).
  if ((months >= 12 || (months >= 2 && MONTH_NAMED.test(controlName(select)))) && enough(months)) return 'month';
  if (enough(quarters) && quarters <= 4) return 'quarter';
  if (enough(kinds)) return 'kind';
  return null;
}

const chosen = (select: HTMLSelectElement): string => fold(select.selectedOptions[0]?.textContent ?? '');

function chosenNumber(select: HTMLSelectElement, re: RegExp, read: (digits: string) => number = Number): number | null {
  const option = select.selectedOptions[0];
  for (const text of [fold(option?.textContent), fold(option?.value)]) {
    const m = re.exec(text);
    if (m?.[1]) return read(m[1]);
  }
  return null;
}

interface Picks {
  year?: number;
  month?: number;
  fromMonth?: number;
  toMonth?: number;
  quarter?: number;
  kind?: Kind;
  /** A month select left at a placeholder ("-- Chọn tháng --"): which period is shown is not known. */
  monthUnset?: true;
  /** A month select set to the whole year ("Tất cả", "Cả năm"). */
  wholeYear?: true;
}

/** A month select's choice for the whole year: "Tất cả", "Cả năm", value 0. */
const WHOLE_YEAR = /^(?:tat ca|ca nam|0)$/;

function fromSelects(doc: Document): Picks {
  const picks: Picks = {};
  for (const select of Array.from(doc.getElementsByTagName('select'))) {
    if (select.hidden || select.disabled || select.multiple) continue;
    const role = roleOf(select);
    if (role === 'year') picks.year ??= chosenNumber(select, YEAR) ?? undefined;
    else if (role === 'quarter') picks.quarter ??= chosenNumber(select, QUARTER, (q) => QUARTER_NUMBERS[q] ?? NaN) ?? undefined;
    else if (role === 'kind') picks.kind ??= KINDS.find(([re]) => re.test(chosen(select)))?.[1];
    else if (role === 'month') {
      const month = chosenNumber(select, MONTH);
      if (month === null || month < 1 || month > 12) {
        const option = select.selectedOptions[0];
        if (WHOLE_YEAR.test(fold(option?.textContent)) || WHOLE_YEAR.test(fold(option?.value))) picks.wholeYear = true;
        else picks.monthUnset = true;
        continue;
      }
      const name = controlName(select);
      if (TO.test(name) && !FROM.test(name)) picks.toMonth ??= month;
      else if (FROM.test(name)) picks.fromMonth ??= month;
      else picks.month ??= month;
    }
  }
  customPicks(doc, picks);
  return picks;
}

const MAX_BOXES = 30;
/** A control named for a quarter, a month or a year by its label, name or id ("Quý", "cboThang", "nam"). */
const QUARTER_NAMED = /\bquy\b|quarter|quy$/;
const YEAR_NAMED = /\bnam\b|year|nam$/;

/**
 * Custom lists (`role="combobox"`) and year boxes, read like selects from what they show ("Quý 4", "Tháng 11",
 * "Theo quý", "2025"); a bare number only where the control's name says what it is. A list showing its placeholder
 * ("Chọn tháng") chooses nothing.
 */
function customPicks(doc: Document, picks: Picks): void {
  // A year box (a year picker's input holding "2025") counts beside the lists.
  const years = Array.from(doc.getElementsByTagName('input'))
    .slice(0, MAX_BOXES * 4)
    .filter((input) => input.type !== 'hidden' && input.getAttribute('role') !== 'combobox' && YEAR.test(fold(input.value)));
  for (const box of [...Array.from(doc.querySelectorAll('[role="combobox"]')).slice(0, MAX_BOXES), ...years]) {
    const text = fold(comboboxChoice(box));
    const name = box.localName === 'input' || box.localName === 'select' ? controlName(box as HTMLInputElement) : fold(box.getAttribute('aria-label'));
    const kind = KINDS.find(([re]) => re.test(text))?.[1];
    const quarter = /^quy\s/.test(text) || QUARTER_NAMED.test(name) ? QUARTER.exec(text)?.[1] : undefined;
    const month = /^thang\s/.test(text) || (MONTH_NAMED.test(name) && !QUARTER_NAMED.test(name)) ? MONTH.exec(text)?.[1] : undefined;
    const year = /^nam\s/.test(text) || YEAR_NAMED.test(name) ? YEAR.exec(text)?.[1] : undefined;
    if (kind) picks.kind ??= kind;
    else if (quarter) picks.quarter ??= QUARTER_NUMBERS[quarter];
    else if (month && Number(month) >= 1 && Number(month) <= 12) picks.month ??= Number(month);
    else if (year) picks.year ??= Number(year);
  }
}

/** A month typed or picked in one box: `<input type="month">` or a text box named for the month holding "MM/YYYY". */
function fromMonthBox(doc: Document): PeriodRef | null {
  for (const input of Array.from(doc.getElementsByTagName('input'))) {
    if (input.type === 'hidden') continue;
    const value = input.value.trim();
    const iso = ISO_MONTH.exec(value);
    const dmy = MONTH_VALUE.exec(value);
    const [year, month] = iso && input.type === 'month' ? [Number(iso[1]), Number(iso[2])] : dmy && /\bthang\b|month/.test(controlName(input)) ? [Number(dmy[2]), Number(dmy[1])] : [0, 0];
    if (year >= 1900 && month >= 1 && month <= 12) return { kind: 'month', year, month };
  }
  return null;
}

function refOf(p: Picks): PeriodRef | PeriodRef[] | null {
  const year = p.year;
  if (year === undefined || p.monthUnset) return null;
  const kind = p.kind;
  if (kind === 'half' || kind === 'nine' || kind === 'year') return { kind, year };
  if (kind !== 'quarter' && p.fromMonth !== undefined && p.toMonth !== undefined && p.fromMonth <= p.toMonth) {
    return [{ kind: 'month', year, month: p.fromMonth }, { kind: 'month', year, month: p.toMonth }];
  }
  if (kind !== 'quarter' && p.month !== undefined) return { kind: 'month', year, month: p.month };
  if (kind !== 'month' && p.quarter !== undefined) return { kind: 'quarter', year, quarter: p.quarter };
  // Only a year is offered (no month or quarter picker left at a value): the year.
  return kind === undefined && p.month === undefined && p.quarter === undefined && p.fromMonth === undefined && p.toMonth === undefined ? { kind: 'year', year } : null;
}

/** "Tháng 02/2026", "Quý I/2026", "6 tháng đầu năm 2026": a whole period by its name (not a range of days). */
const PERIOD_NAME = /^(?:thang|quy|nam|[69] thang)\b/;

/**
 * A select whose options each name a whole period with its year ("Tháng 01/2026", "Quý I/2026", "6 tháng đầu năm
 * 2026"): its choice is the period, whatever a year select beside it says. Else a picker's box showing one by name
 * (el-date-picker's month type: "Tháng 02/2026").
 */
function fromNamedPeriods(doc: Document, cutoffDay: number): PickedPeriod | 'unset' | null {
  for (const select of Array.from(doc.getElementsByTagName('select'))) {
    if (select.hidden || select.disabled || select.multiple) continue;
    const texts = Array.from(select.options, (o) => cleanText(o.textContent ?? '')).filter(Boolean);
    const named = texts.filter((t) => titlePeriod([t], cutoffDay) !== null).length;
    if (named < 2 || named < texts.length - 2) continue;
    const label = cleanText(select.selectedOptions[0]?.textContent ?? '');
    const period = titlePeriod([label], cutoffDay);
    // Left at a placeholder ("-- Chọn kỳ --"): which period is shown is not known.
    return period ? { period, label } : 'unset';
  }
  for (const input of Array.from(doc.getElementsByTagName('input'))) {
    const label = cleanText(input.value);
    const period = input.type !== 'hidden' && PERIOD_NAME.test(fold(label)) ? titlePeriod([label], cutoffDay) : null;
    if (period) return { period, label };
  }
  return null;
}

/** The period the page's pickers are set to, or null when it has none (or they do not name one whole period). */
export function periodFromPickers(doc: Document, cutoffDay: number): PickedPeriod | null {
  if (!isCutoffDay(cutoffDay)) return null;
  const named = fromNamedPeriods(doc, cutoffDay);
  if (named) return named === 'unset' ? null : named;
  const picks = fromSelects(doc);
  const ref = fromMonthBox(doc) ?? refOf(picks);
  if (ref === null) return null;
  if (Array.isArray(ref)) {
    const [first, last] = ref as [PeriodRef, PeriodRef];
    if (first.kind === 'month' && last.kind === 'month' && first.month === last.month) return picked(first, cutoffDay);
    return { period: { from: periodSpan(first, cutoffDay).from, to: periodSpan(last, cutoffDay).to }, label: `${periodLabel(first)} – ${periodLabel(last)}` };
  }
  const pick = picked(ref, cutoffDay);
  return ref.kind === 'year' && picks.kind === undefined && !picks.wholeYear ? { ...pick, yearOnly: true } : pick;
}

const picked = (ref: PeriodRef, cutoffDay: number): PickedPeriod => ({ period: periodSpan(ref, cutoffDay), label: periodLabel(ref) });

/**
 * A span counted back from today chosen in the page's own switch ("Hôm nay", "7 ngày qua", "30 ngày qua", "Từ đầu
 * năm", "Last 30 days"): a checked radio or a pressed or selected option. Its figures run to this moment, no report's
 * period; the span as shown, else null.
 */
const ROLLING = /^(?:hom nay|hom qua|\d+ ngay (?:qua|gan (?:day|nhat)|truoc)|tuan (?:nay|qua)|thang nay|tu dau (?:nam|thang)|nam nay|last \d+ days|today)$/;
const CHOSEN = 'input[type="radio"]:checked, [aria-checked="true"], [aria-pressed="true"], [aria-selected="true"]';

export function rollingSpanChosen(doc: Document): string | null {
  for (const el of Array.from(doc.querySelectorAll(CHOSEN)).slice(0, MAX_BOXES)) {
    // A radio's text is its label's; a pressed button's or a selected tab's its own.
    const text = cleanText((el.localName === 'input' ? (el as HTMLInputElement).labels?.[0] ?? el.parentElement : el)?.textContent ?? '');
    if (text.length <= 30 && ROLLING.test(fold(text))) return text;
  }
  return null;
}
