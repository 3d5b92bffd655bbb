/**
 * Tables whose rows are periods, not units: "Diễn biến 3 kỳ gần nhất" (Tháng 12/2025 | Tháng 01/2026 | Tháng 02/2026),
 * a row per quarter, a row per date range, a row per day, a row per week (a chart's data by week). Their rows never add up to the page's figures: the row of
 * the page's own period is read, or none.
 */
import type { Period } from '../domain/types';
import { periodKeyOf, samePeriod } from '../domain/period';
import { parseDate, titlePeriod } from './period';
import { foldDiacritics, foldKey } from './normalize';
import type { ColumnRole } from './synonyms';

export interface PeriodRow {
  cells: string[];
  /** Null for a span the row does not give whole: a week ("Tuần 2", "08/10–14/10" without its year). */
  period: Period | null;
  /** The cell that names it ("Tháng 02/2026"). */
  label: string;
}

/** A row naming one day: the date alone, or after a weekday ("T2", "Thứ Hai", "CN"). */
const DAY = /^(?:(?:t\d|cn|thu \S+|chu nhat)[,\s]+)?(\d{1,2}[/.\-]\d{1,2}[/.\-]\d{4})$/i;

/** A week, or a span of days without its year: "Tuần 2", "08/10–14/10", "01/10 - 07/10". */
const WEEK = /^(?:tuan\s*\d{1,2}\b.*|\d{1,2}[/.]\d{1,2}\s*(?:-|–|—|den)\s*\d{1,2}[/.]\d{1,2})$/;

/** A row adding up the periods shown, or averaging them. */
const OF_PERIODS = /^(?:luy ke|tong|cong|binh quan|trung binh)\b/;

/** Rows looked at before deciding a table is not one of periods (a 20,000-row table is not parsed whole for it). */
const PROBE_ROWS = 4;

/** A column headed as months ("Tháng", "Kỳ báo cáo"), whose cells may then be written "05/2026". */
const MONTH_HEADER = /^(?:thang|ky(?: bao cao)?)$/;
const BARE_MONTH = /^\d{1,2}\/\d{4}$/;
const MONTH_NUMBER = /^\d{1,2}$/;

function periodCell(cells: readonly string[], columns: readonly number[], cutoffDay: number, monthColumns: ReadonlySet<number>): { period: Period | null; label: string } | null {
  for (const c of columns) {
    const raw = cells[c] ?? '';
    // A month's number alone ("1" … "12" under "Tháng", a chart's data by month): a period whose year the row does not
    // give, never one row of figures to add up.
    if (monthColumns.has(c) && MONTH_NUMBER.test(raw.trim()) && Number(raw) >= 1 && Number(raw) <= 12) return { period: null, label: `Tháng ${raw.trim()}` };
    const text = monthColumns.has(c) && BARE_MONTH.test(raw.trim()) ? `Tháng ${raw.trim()}` : raw;
    // A period's name is short; a long text (a unit's name with its period, a note) is not one.
    if (text.length < 4 || text.length > 60) continue;
    // A day on its own ("02/02/2026", "T2 02/02/2026") is a period of that one day.
    const day = DAY.exec(foldDiacritics(text));
    const date = day ? parseDate(day[1] ?? '') : null;
    const period = titlePeriod([text], cutoffDay) ?? (date ? { from: date, to: date } : null);
    if (period) return { period, label: text };
    if (WEEK.test(foldDiacritics(text).trim())) return { period: null, label: text };
  }
  return null;
}

/**
 * Every row with a period of its own, when the table's rows are periods (at least two different ones, every row
 * naming one, in a column that is not a figure's); null otherwise.
 */
export function periodRows(rows: readonly string[][], roles: readonly ColumnRole[], cutoffDay: number, paths: readonly (readonly string[])[] = []): PeriodRow[] | null {
  if (rows.length < 2) return null;
  const columns = roles.flatMap((r, i) => (r.kind === 'label' || r.kind === 'unknown' ? [i] : []));
  if (columns.length === 0) return null;
  const months = new Set(columns.filter((c) => MONTH_HEADER.test(foldKey(paths[c]?.[paths[c].length - 1] ?? ''))));
  // Every row probed names a period, but for a total of them ("Lũy kế năm 2026", "Tổng cộng").
  const probe = rows.slice(0, PROBE_ROWS).flatMap((cells) => {
    const named = periodCell(cells, columns, cutoffDay, months);
    return named ? [named] : columns.some((c) => OF_PERIODS.test(foldKey(cells[c] ?? ''))) ? [] : [null];
  });
  if (probe.some((p) => p === null) || new Set(probe.map((p) => (p?.period ? periodKeyOf({ period: p.period }) : p?.label))).size < 2) return null;
  const found: PeriodRow[] = [];
  for (const cells of rows) {
    const named = periodCell(cells, columns, cutoffDay, months);
    // A row without its period ("Tổng cộng" of the periods shown) is not any one period's figures.
    if (named) found.push({ cells, ...named });
  }
  return found;
}

/** The row of `period`, if the table has one. */
export function rowOfPeriod(rows: readonly PeriodRow[], period: Period | null): PeriodRow | undefined {
  return period ? rows.find((r) => r.period !== null && samePeriod(r.period, period)) : undefined;
}

/**
 * Rows adding up one period each among rows of another kind (fields of work, units): "Cộng tháng 07/2026", "Cộng Quý
 * III/2026", "Lũy kế từ đầu năm (15/12/2025 – 14/09/2026)". A report grouping its rows by month gives each month's and
 * the quarter's; only the one of the page's period is the page's.
 */
export function periodTotalRows(rows: readonly string[][], roles: readonly ColumnRole[], cutoffDay: number): PeriodRow[] {
  const columns = roles.flatMap((r, i) => (r.kind === 'field' ? [] : [i]));
  return rows.flatMap((cells) => {
    for (const c of columns) {
      const text = cells[c] ?? '';
      // A period's name holds a number ("Quý III/2026" its year): most labels have none and are not folded.
      if (text.length < 4 || text.length > 80 || !/\d/.test(text) || !OF_PERIODS.test(foldKey(text))) continue;
      const period = titlePeriod([text], cutoffDay);
      if (period) return [{ cells, period, label: text }];
    }
    return [];
  });
}
