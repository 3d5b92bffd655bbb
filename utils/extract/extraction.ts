/** One grid → one Extraction: map columns, choose the row, read values, check them. */
import type { Extraction, FieldKey, Period } from '../domain/types';
import { calendarMonths, formatDateVi, monthSpan, periodKeyOf, periodOfSpan, samePeriod } from '../domain/period';
import { looksLikeStatsHeader } from './detect';
import type { Grid } from './grid';
import { pageKinds } from './kinds';
import { isRunningTotalOf, periodFromText, titlePeriod } from './period';
import type { PickedPeriod } from './period-pickers';
import { catalogueLevels, keyedGrid, keyedTable, provinceCatalogue } from './keyed';
import { parseCount } from './numbers';
import { chooseReadings, completeSplits } from './readings';
import { MISSING_UNIT_ROW, chooseRow, clerkKey, sameUnit, unitKey, type LabelledRow, type UnitOptions } from './rows';
import { COMMUNE_TYPES } from './page-unit';
import { periodColumns } from './period-columns';
import { periodRows, periodTotalRows, rowOfPeriod } from './period-rows';
import { measureRows } from './measure-rows';
import { once } from './once';
import { CHANNEL_COUNTS, fieldOf, gridSubject, mapColumns, mapPath, type ColumnRole, type TaughtLookup } from './synonyms';
import { checkFields, checkRowSums, dropImpossibleRates } from './validate';
import { fieldColumns, markFractions, readRow, sumRows, type ReadValues } from './values';

export interface ExtractOptions extends UnitOptions {
  /** Day of month a reporting period starts (15). */
  cutoffDay: number;
  /** The clerk's taught readings for this page's origin (teach mode), consulted before the synonym table. */
  taught?: TaughtLookup;
}

/** Page-wide period sources, read once per page and only when a grid needs them. */
export interface PagePeriods {
  inputs: () => Period | null;
  /** Month/quarter/year pickers (period-pickers.ts), read as the reporting period of that name. */
  pickers: () => PickedPeriod | null;
  text: () => Period | null;
  /** Whether the page writes out both days of `period` ("… từ 15/01/2026 đến 14/02/2026"). */
  writesOut: (period: Period) => boolean;
  /** The period the lines just before this grid name (leadLines), for a page of several reports. */
  lead?: () => Period | null;
  /** The days the lines just above this table write out, when they write one span ("Kết quả thống kê: 15/10 – 14/11/2026"). */
  near?: () => Period | null;
  /** The days the page says its figures run to ("Tính đến 23 giờ 59 phút ngày 30/11/2025"), as ISO dates. */
  asOf?: () => readonly string[];
}

/** Usually one extraction; a year's months side by side give one per month. */
export type GridOutcome = { extractions: Extraction[] } | { problem: string } | null;

/** A month column's grid: its own title names its period, never the page's boxes or pickers (those span the year). */
const TITLE_ONLY: PagePeriods = { inputs: () => null, pickers: () => null, text: () => null, writesOut: () => false };

/** At most this many unreadable cells are listed one by one. */
const LISTED_CELLS = 3;

const showPeriod = (p: Period) => `${formatDateVi(p.from)} – ${formatDateVi(p.to)}`;

function gridPeriod(grid: Grid, opts: ExtractOptions, page: PagePeriods, warnings: string[]): Period | null {
  const own = periodFromText(grid.titles.join(' '), opts.cutoffDay) ?? titlePeriod(grid.titles, opts.cutoffDay);
  const typed = page.inputs();
  if (own && typed && (own.from !== typed.from || own.to !== typed.to)) {
    warnings.push(`Kỳ ghi trên bảng (${showPeriod(own)}) khác kỳ đang chọn ở ô Từ ngày/Đến ngày (${showPeriod(typed)}): lấy theo bảng.`);
  }
  if (own) return own;
  if (typed) {
    // The line just above the table is drawn with its figures; the boxes may have been changed since ("Nhấn Thống kê
    // để cập nhật"): the line's days are the figures', and said.
    const near = page.near?.() ?? null;
    if (near && !samePeriod(near, typed) && !isRunningTotalOf(near, typed) && page.writesOut(near)) {
      warnings.push(`Kỳ ghi ngay trên bảng (${showPeriod(near)}) khác kỳ ở ô Từ ngày/Đến ngày (${showPeriod(typed)}): lấy theo dòng trên bảng – ô ngày có thể đã đổi mà chưa bấm thống kê lại.`);
      return near;
    }
    // The page writing another range than its boxes hold ("Kết quả thống kê: 15/10 – 14/11" under boxes changed to
    // 01/11 – 30/11 but not applied yet): the boxes are read, and the clerk is told to check.
    const written = page.text();
    // Days written out, not a month named; not a running total ending with the period ("Lũy kế năm 2026 (01/01 – …)").
    if (written && !samePeriod(written, typed) && !isRunningTotalOf(written, typed) && page.writesOut(written)) {
      warnings.push(`Trang còn ghi kỳ ${showPeriod(written)}, khác kỳ ở ô Từ ngày/Đến ngày (${showPeriod(typed)}): số liệu lấy theo ô; nếu vừa đổi ngày mà chưa bấm thống kê lại, hãy bấm rồi lấy lại.`);
    }
    return typed;
  }
  const picked = page.pickers();
  // Reports stacked on one page, each under a line naming its period ("Tháng 8 … (Từ ngày 15/07/2026 …)").
  const lead = page.lead?.() ?? null;
  if (lead) {
    if (picked && !samePeriod(lead, picked.period) && !isCalendarSpanOf(lead, picked.period, opts.cutoffDay)) {
      warnings.push(`Kỳ ghi ngay trên bảng (${showPeriod(lead)}) khác kỳ đang chọn ở ô chọn kỳ của trang (${picked.label}): lấy theo dòng trên bảng.`);
    }
    // A period named, not written out ("Quý IV/2025"): read as the reporting period of that name, and said.
    if (!page.writesOut(lead)) warnings.push(readAsReportingPeriod('dòng ngay trên bảng', lead));
    return lead;
  }
  if (picked) {
    // The page writing out the calendar days of the period it names ("Quý 3/2025 (01/07/2025 - 30/09/2025)") says
    // how it counts: those days, not the reporting period of that name.
    const written = page.text();
    if (written && isCalendarSpanOf(written, picked.period, opts.cutoffDay)) return written;
    // Or says its figures run to the calendar span's last day ("Tính đến … ngày 30/11/2025" beside "Tháng 11").
    const calendar = calendarSpanOf(picked.period, opts.cutoffDay);
    if (calendar && page.asOf?.().includes(calendar.to)) return calendar;
    // A lone year select beside days the page writes out ("6 tháng đầu" chosen by radio buttons, "từ ngày 15/12/2025
    // đến ngày 14/6/2026"): the days.
    if (written && picked.yearOnly) return written;
    // Unless the page itself writes out its days ("Tháng 02/2026: từ 15/01/2026 đến 14/02/2026").
    // Or its own choice does ("Tháng 03/2026 (15/02/2026 - 14/03/2026)").
    const labelled = picked.label.includes(formatDateVi(picked.period.from)) && picked.label.includes(formatDateVi(picked.period.to));
    if (!page.writesOut(picked.period) && !labelled) warnings.push(readAsReportingPeriod(`ô chọn kỳ của trang (${picked.label})`, picked.period));
    return picked.period;
  }
  return page.text();
}

/** The calendar months of the reporting period `reporting` ("01/07 – 30/09" for 15/06 – 14/09), if it is one. */
function calendarSpanOf(reporting: Period, cutoffDay: number): Period | null {
  const named = periodOfSpan(reporting, cutoffDay);
  if (!named) return null;
  const { first, last } = monthSpan(named);
  return calendarMonths(named.year, first, last);
}

/** Whether `written` is the calendar months of the reporting period `reporting`. */
function isCalendarSpanOf(written: Period, reporting: Period, cutoffDay: number): boolean {
  const calendar = calendarSpanOf(reporting, cutoffDay);
  return calendar !== null && samePeriod(written, calendar);
}

/**
 * A period named by the page (a month picked in its selects, a month column of its table) read as the reporting
 * period of that name: said, since the portal may count calendar months.
 */
function readAsReportingPeriod(source: string, period: Period | null): string {
  const shown = period ? ` ${showPeriod(period)}` : '';
  return `Kỳ lấy từ ${source} và hiểu là kỳ báo cáo${shown}; nếu cổng tính theo tháng dương lịch thì số liệu lệch kỳ: hãy kiểm tra trên cổng.`;
}

function listUnreadable(cells: string[]): string[] {
  const listed = cells.slice(0, LISTED_CELLS);
  const rest = cells.length - listed.length;
  return rest > 0 ? [...listed, `… và ${rest} ô khác không phải là số.`] : listed;
}

function headingList(paths: readonly string[][]): string {
  const leaves = [...new Set(paths.map((p) => p[p.length - 1]).filter((t): t is string => Boolean(t)))];
  const shown = leaves.slice(0, 4).map((t) => `«${t}»`);
  return shown.join(', ') + (leaves.length > shown.length ? ', …' : '');
}

/** The number column `index` shows on the row read, or added over the rows summed. */
function valueIn(rows: readonly LabelledRow[], index: number): number | null {
  let sum: number | null = null;
  for (const row of rows) {
    const { value } = parseCount(row.cells[index] ?? '');
    if (value !== null) sum = (sum ?? 0) + value;
  }
  return sum;
}

/** Writes each reading's note into the provenance of the field its column gives. */
function noteReadings(read: ReadValues, notes: Map<number, string>, columns: ReturnType<typeof fieldColumns>): void {
  for (const [index, note] of notes) {
    const column = columns.find((c) => c.index === index);
    for (const field of column?.fields ?? []) {
      const cell = read.cells[field];
      if (cell) cell.header = [...cell.header, note];
    }
  }
}

/** The catalogue's online-service counts of the commune level (the field registry's tthcFull, tthcPartial). */
const COMMUNE_ONLINE: readonly FieldKey[] = ['tthcFull', 'tthcPartial'];

/**
 * The rows to choose from, given the rows adding up one period each (periodTotalRows): the one of the page's period
 * alone; with several periods' and none of the page's, no row (its figures are there only by period); a lone running
 * total of another period is left out.
 */
function periodTotalsOut(grid: Grid, mapped: ColumnRole[], opts: ExtractOptions, page: PagePeriods): string[][] | { problem: string } {
  const totals = periodTotalRows(grid.rows, mapped, opts.cutoffDay);
  if (totals.length === 0) return grid.rows;
  const own = rowOfPeriod(totals, gridPeriod(grid, opts, page, []));
  if (own) return [own.cells];
  if (new Set(totals.map(periodKeyOf)).size > 1) {
    return { problem: `bảng cộng theo từng kỳ (${totals.slice(0, 3).map((t) => `«${t.label}»`).join(', ')}…) nhưng không có dòng cộng của kỳ trang đang xem` };
  }
  return grid.rows.filter((cells) => !totals.some((t) => t.cells === cells));
}

export function extractGrid(grid: Grid, opts: ExtractOptions, page: PagePeriods): GridOutcome {
  const split = periodColumns(grid.paths, () => gridPeriod(grid, opts, page, []), opts.cutoffDay);
  const mapped = mapColumns(split.paths, opts.taught, gridSubject(grid), split.others);
  const measures = measureRows(grid, mapped);
  if (measures) return extractGrid(measures.grid, { ...opts, taught: (key) => measures.taught(key) ?? opts.taught?.(key) }, page);
  // The page's period, for a table whose months stand side by side (its warnings are said when the grid is read).
  // Asked for by several of the keyed table's columns: worked out once.
  const keyedChoice = keyedTable(grid, mapped, opts, once(() => gridPeriod(grid, opts, page, [])));
  if (keyedChoice && 'months' in keyedChoice) {
    const extractions = keyedChoice.months.flatMap(({ grid: month, column }) => {
      const outcome = extractGrid(month, opts, TITLE_ONLY);
      if (!outcome || !('extractions' in outcome)) return [];
      for (const e of outcome.extractions) e.warnings.push(readAsReportingPeriod(`cột «${column}» của bảng`, e.period));
      return outcome.extractions;
    });
    return extractions.length > 0 ? { extractions } : null;
  }
  if (keyedChoice) return 'problem' in keyedChoice ? keyedChoice : extractGrid(keyedChoice.grid, opts, page);
  if (fieldColumns(mapped, grid.paths).length === 0) {
    const keyed = keyedGrid(grid, mapped);
    if (keyed) return extractGrid(keyed, opts, page);
    return looksLikeStatsHeader(grid.paths)
      ? { problem: `không nhận ra cột số liệu nào trong tiêu đề (${headingList(grid.paths)})` }
      : null;
  }
  const byPeriod = periodRows(grid.rows, mapped, opts.cutoffDay, grid.paths);
  if (byPeriod) {
    const row = rowOfPeriod(byPeriod, gridPeriod(grid, opts, page, []));
    if (!row) return { problem: `bảng chia theo kỳ (${byPeriod.slice(0, 3).map((r) => `«${r.label}»`).join(', ')}…) nhưng không có dòng của kỳ trang đang xem` };
    return extractGrid({ ...grid, rows: [row.cells] }, opts, page);
  }
  const rows = periodTotalsOut(grid, mapped, opts, page);
  if (!Array.isArray(rows)) return rows;
  const chosen = chooseRow(rows, mapped, opts);
  if (chosen !== null && 'problem' in chosen && chosen.problem.startsWith(MISSING_UNIT_ROW)) {
    const province = provinceCatalogue(grid, mapped, opts.cityName);
    if (province) return extractGrid(province, { ...opts, unitName: opts.cityName }, page);
  }
  if (chosen === null || 'problem' in chosen) return chosen;
  const { pick } = chosen;
  const first = pick.rows[0];
  if (!first) return null;
  // One page of many rows, with no total row, adds up to no figure of the period.
  if (pick.choice === 'sum' && grid.onePage?.()) {
    return { problem: 'bảng không có dòng tổng và đang hiện một trang trong nhiều trang: cộng các dòng đang hiện không ra số của cả kỳ' };
  }
  // Rows naming different figures ("Số hóa thành phần hồ sơ" over "Số hóa kết quả giải quyết") are no parts of one:
  // never added up. Channels of the received ("Trực tuyến", "Trực tiếp") are.
  if (pick.choice === 'sum') {
    const named = new Set(pick.rows.flatMap((row) => fieldOf(mapPath([row.label])) ?? []));
    if (named.size > 1 && [...named].some((field) => !CHANNEL_COUNTS.has(field))) {
      return { problem: `các dòng là những chỉ tiêu khác nhau (${pick.rows.slice(0, 2).map((r) => `«${r.label}»`).join(', ')}…), không cộng lại được, và cột của chúng chưa rõ là chỉ tiêu nào` };
    }
  }

  const rowsRead = pick.choice === 'sum' ? pick.rows : [first];
  const { roles, notes } = chooseReadings(grid.paths, mapped, (i) => valueIn(rowsRead, i));
  const columns = fieldColumns(roles, grid.paths);
  const warnings = markFractions(columns, grid.rows);
  const read = pick.choice === 'sum' ? sumRows(pick.rows, columns, pick.label) : readRow(first, columns);
  // Every figure blank ("-", empty): nothing to store, and nothing that could stand over an earlier capture's numbers
  // (a page often shows its empty table before the figures arrive).
  if (Object.values(read.fields).every((v) => v === null)) return null;
  noteReadings(read, notes, columns);
  if (pick.choice === 'sum') {
    const rates = columns.filter((c) => c.rate).map((c) => `«${c.path.join(' › ')}»`);
    warnings.push(`Bảng không có dòng tổng: đã tự cộng ${pick.rows.length} dòng số liệu.`);
    if (rates.length > 0) warnings.push(`Tỷ lệ không cộng được nên không lấy: ${rates.join(', ')}.`);
  }
  // Splits first: timing that splits every dossier handled (the 766 index's) is set aside before the identities are checked.
  const splits = completeSplits(read.fields, read.cells, pick.label);
  warnings.push(...listUnreadable(read.unreadable), ...dropImpossibleRates(read), ...checkFields(read.fields), ...splits);
  // One page of many rows never adds up to the total of them all.
  if (pick.parts.length > 0 && !grid.onePage?.()) {
    warnings.push(...checkRowSums(read, sumRows(pick.parts, columns, ''), columns, pick.label));
  }
  const period = gridPeriod(grid, opts, page, warnings);
  const catalogue = catalogueLevels(grid, mapped);
  // The commune level's online services are the report's: a commune's own row gives its own; a total row, or the row of
  // the clerk's province in a table of provinces, gives them from its "Cấp xã" row.
  const ofCity = sameUnit(clerkKey(opts), unitKey(opts.cityName));
  const communeCells = catalogue && catalogue.communeRow >= 0 && (pick.choice !== 'unit' || ofCity) ? grid.rows[catalogue.communeRow] : undefined;
  if (communeCells) {
    const commune = readRow({ cells: communeCells, label: communeCells.find((t) => t !== '') ?? '' }, columns);
    for (const field of COMMUNE_ONLINE) {
      if (commune.fields[field] === undefined) continue;
      read.fields[field] = commune.fields[field];
      const cell = commune.cells[field];
      if (cell) read.cells[field] = cell;
    }
  }
  // A commune's own row of a catalogue by unit ("UBND xã Cam Lộ │ Tổng số TTHC 352"): its total is the commune level's.
  if (pick.choice === 'unit' && read.fields.tthcTotal !== undefined && read.fields.tthcCommune === undefined && COMMUNE_TYPES.has(unitKey(pick.label).type ?? '')) {
    read.fields.tthcCommune = read.fields.tthcTotal;
    if (read.cells.tthcTotal) read.cells.tthcCommune = read.cells.tthcTotal;
    delete read.fields.tthcTotal;
    delete read.cells.tthcTotal;
  }
  const levels = catalogue?.levels;
  const byLevel = levels && extractGrid(levels, opts, page);
  const levelRead = byLevel && 'extractions' in byLevel ? byLevel.extractions[0] : undefined;
  if (levelRead) {
    for (const [field, value] of Object.entries(levelRead.fields) as [FieldKey, number | null][]) {
      if (read.fields[field] !== undefined) continue;
      read.fields[field] = value;
      const cell = levelRead.cells[field];
      if (cell) read.cells[field] = cell;
    }
  }

  return {
    extractions: [{
      kinds: pageKinds(Object.keys(read.fields) as FieldKey[]),
      period,
      unit: pick.label || null,
      rowChoice: pick.choice,
      fields: read.fields,
      cells: read.cells,
      unmapped: grid.paths.filter((path, i) => path.length > 0 && roles[i]?.kind === 'unknown'),
      warnings,
    }],
  };
}
