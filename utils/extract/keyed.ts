/**
 * Tables whose ROWS name the figures: key/value tables ("Chỉ tiêu | Số
 * lượng"), KPI cards turned into such rows, and catalogue tables giving the
 * levels of government as rows ("Cấp tỉnh …", "Cấp xã …"). A row's label is
 * read as one more header segment under its column's header, so the one
 * synonym table maps it.
 */
import type { Period } from '../domain/types';
import { isRateField, measureOf, soleRateOf } from '../domain/fields';
import { calendarMonths, periodLabel, samePeriod } from '../domain/period';
import type { Grid } from './grid';
import { cleanText, foldDiacritics, foldKey } from './normalize';
import { monthPeriod, namesPeriod, periodFromText, periodName } from './period';
import { isNumberText } from './numbers';
import { clerkKey, sameUnit, unitKey, type UnitOptions } from './rows';
import { fieldOf, isFieldPart, mapPath, TARGET_WORDS, type ColumnRole } from './synonyms';

const CATALOGUE_LEVELS = new Set(['tthcProvincial', 'tthcCommune']);
const COMMUNE_LEVEL = /^cap xa\b/;

/**
 * A catalogue table by level of government: the levels' counts read as a key/value grid, and the row of the commune
 * level (-1 when none), whose online services are the ones the report counts (tthcFull, tthcPartial are the
 * commune's, never the total row's).
 */
export interface CatalogueLevels {
  levels: Grid | null;
  communeRow: number;
}
/** A key/value table is narrow and short: a list of dossiers (many columns or rows) is never read row-wise. */
const MAX_VALUE_COLUMNS = 3;
const MAX_ROWS = 60;
/** A row label that can name a figure holds one of these words (a cheap test before the synonym table). */
const FIGURE_WORD =
  /nhan|giai quyet|tra lai|tam dung|bo sung|tu choi|\brut\b|xu ly|han\b|ky truoc|trong ky|\bton\b|luy ke|truc tuyen|truc tiep|buu chinh|buu dien|bcci|qua mang|so hoa|tai su dung|thanh toan|\bphi\b|nghia vu tai chinh|phan anh|kien nghi|hai long|ket qua|hoan thanh|thuc hien|\bcap\b|thu tuc|tthc|dich vu cong/;

/** The label column of a keyed table: the first label column, else the first column that holds no numbers. */
export function labelColumn(grid: Grid, roles: readonly ColumnRole[]): number {
  const label = roles.findIndex((r) => r.kind === 'label');
  if (label >= 0) return label;
  return grid.paths.findIndex((_, c) => roles[c]?.kind !== 'index' && grid.rows.every((row) => !isNumberText(row[c] ?? '')));
}

/**
 * The header path a row's figure in a column reads as: the label under its parent row's label under the column's
 * header ("Số lượng › Số hồ sơ đang giải quyết › Trong hạn"), else under the column's header, else the label alone.
 * In a rate column ("Tỷ lệ") a row gives a rate when it names one, or when its count alone makes that rate ("Trực
 * tuyến 797 │ 98,15%"); beside "2.1 Giải quyết trước hạn 702" the "88,86%" is a share, not the on-time rate.
 */
function rowPath(path: readonly string[], rateColumn: boolean, label: string, parent: string | undefined): string[] | null {
  if (rateColumn && !RATE_HEADER.test(foldKey(label))) {
    // Beside a count, a share is that count's rate only when the count alone makes it, and not on a sub-row.
    const counted = fieldOf(mapPath([label]));
    if (parent !== undefined || !counted || !soleRateOf(counted)) return null;
  }
  if (parent !== undefined) {
    const nested = [...path, parent, label];
    if (fieldOf(mapPath(nested)) !== undefined) return nested;
  }
  const under = [...path, label];
  if (fieldOf(mapPath(under)) !== undefined) return under;
  return path.length > 0 && fieldOf(mapPath([label])) !== undefined ? [label] : null;
}

/**
 * A share shown where a count is named ("Số hóa hồ sơ │ 97,11%", a KPI card's headline): the rate of that count when
 * the count alone makes its rate, read as "Tỷ lệ › …"; otherwise the path as it is (the share is then flagged).
 */
function shareAsRate(path: string[], value: string): string[] {
  const field = value.trim().endsWith('%') ? fieldOf(mapPath(path)) : undefined;
  const rate = field && soleRateOf(field);
  if (!rate) return path;
  const asRate = ['Tỷ lệ', ...path];
  return fieldOf(mapPath(asRate)) === rate ? asRate : path;
}

const isTopicColumn = (role: ColumnRole | undefined): boolean => role?.kind === 'label' && role.topics === true;

/** A column of what had to be done beside what was done ("Số hồ sơ phải thực hiện" | "Số hồ sơ đã thực hiện"). */
const BASE_HEADER = /\b(?:phai|can) (?:thuc hien|so hoa|giai quyet|thanh toan)\b/;
/** The flows a rate's base can be, as a column under the rate's heading names them ("Số hóa … › Tiếp nhận"). */
const BASE_WORDS = ['Tiếp nhận', 'Đã giải quyết'];

/** In a to-do column, a row naming a rate's numerator gives that rate's base (when the synonym table reads it so), or nothing. */
function basePath(found: string[], label: string, column: readonly string[]): string[] | null {
  const rate = soleRateOf(fieldOf(mapPath(found)) ?? '');
  const base = rate && measureOf(rate)?.base;
  if (!base) return null;
  const paths = BASE_WORDS.map((word) => [label, `${word} (${column.join(' › ')})`]);
  return paths.find((path) => fieldOf(mapPath(path)) === base) ?? null;
}

/** A row of another span than the period ("Lũy kế từ đầu năm – Tiếp nhận", "Cùng kỳ năm trước"). */
const OTHER_SPAN_ROW = /tu dau nam|cung ky|nam truoc|thang truoc|quy truoc/;

/** "1.1", "2.3": a sub-row's number. "- Tiếp nhận trực tuyến", "Trong đó: …": a sub-row's label. */
const SUB_ROW_INDEX = /^\d+\.\d/;
const SUB_ROW_LABEL = /^(?:[-+–•*]|trong do\b)/;

/** Each row's parent: the last row before it that is not itself a sub-row (by its number, else by its label). */
function parentLabels(rows: readonly string[][], labelCol: number, indexCol: number): (string | undefined)[] {
  let parent: string | undefined;
  return rows.map((row) => {
    const label = row[labelCol] ?? '';
    const index = indexCol < 0 ? '' : cleanText(row[indexCol] ?? '');
    const sub = index !== '' ? SUB_ROW_INDEX.test(index) : SUB_ROW_LABEL.test(foldDiacritics(cleanText(label)));
    if (sub) return parent;
    parent = label;
    return undefined;
  });
}

/**
 * The table read row-wise as a two-column grid (label, value) of the rows
 * that name a field: `null` unless at least two rows do. `only` limits the
 * fields (catalogue levels beside a mapped total column).
 */
export function keyedGrid(grid: Grid, roles: readonly ColumnRole[], only?: ReadonlySet<string>): Grid | null {
  if (grid.rows.length > MAX_ROWS) return null;
  const labelCol = labelColumn(grid, roles);
  if (labelCol < 0) return null;
  // Other topic columns ("Chỉ tiêu giao", the target) hold no figure of the period.
  const valueColumns = grid.paths.filter((_, c) => c !== labelCol && roles[c]?.kind !== 'index' && !isTopicColumn(roles[c]));
  if (valueColumns.length > MAX_VALUE_COLUMNS) return null;
  const values: string[] = [];
  const paths: string[][] = [];
  const seen = new Set<string>();
  const parents = parentLabels(grid.rows, labelCol, roles.findIndex((r) => r.kind === 'index'));
  grid.paths.forEach((path, c) => {
    if (c === labelCol || roles[c]?.kind === 'index' || roles[c]?.kind === 'personal' || isTopicColumn(roles[c])) return;
    const heading = foldKey(path.join(' '));
    const [rateColumn, baseColumn] = [RATE_HEADER.test(heading), BASE_HEADER.test(heading)];
    grid.rows.forEach((row, r) => {
      const label = row[labelCol] ?? '';
      const folded = foldDiacritics(label);
      const found = label && isNumberText(row[c] ?? '') && FIGURE_WORD.test(folded) && !OTHER_SPAN_ROW.test(folded) ? rowPath(path, rateColumn, label, parents[r]) : null;
      const read = found && (baseColumn ? basePath(found, label, path) : shareAsRate(found, row[c] ?? ''));
      const field = read && fieldOf(mapPath(read));
      // Each field once, but a field's parts ("toàn trình" and "một phần", "Trả lại" and "Xin rút") may add up (mapColumns decides).
      if (!read || !field || (seen.has(field) && !isFieldPart(read)) || (only && !only.has(field))) return;
      seen.add(field);
      paths.push(read);
      values.push(row[c] ?? '');
    });
  });
  if (paths.length < 2) return null;
  // One row holding every figure, each column headed by "column header › row label".
  return { paths, rows: [values], titles: grid.titles };
}

/** Catalogue counts whose levels of government are rows: only those levels are read row-wise. */
export function catalogueLevels(grid: Grid, roles: readonly ColumnRole[]): CatalogueLevels | null {
  if (!roles.some((r) => fieldOf(r)?.startsWith('tthc'))) return null;
  // Beside the online-service columns, only the column of all procedures gives the levels' counts.
  const total = roles.findIndex((r) => fieldOf(r) === 'tthcTotal');
  const labelCol = labelColumn(grid, roles);
  const keep = total >= 0 && labelCol >= 0 ? [labelCol, total] : grid.paths.map((_, c) => c);
  const sub: Grid = { ...grid, paths: keep.map((c) => grid.paths[c] ?? []), rows: grid.rows.map((row) => keep.map((c) => row[c] ?? '')) };
  const communeRow = labelCol < 0 ? -1 : grid.rows.findIndex((row) => COMMUNE_LEVEL.test(foldKey(row[labelCol] ?? '')));
  return { levels: keyedGrid(sub, keep.map((c) => roles[c] ?? { kind: 'unknown' }), CATALOGUE_LEVELS), communeRow };
}

/** A value column adding up the others: "Tổng cộng", "Tổng số", "Cộng". */
const WHOLE_COLUMN = /^(?:tong cong|tong so|tong|cong)$/;
/** A value column's heading naming the period shown: "(kỳ này)", "Kỳ báo cáo". */
const THIS_PERIOD = /\bky (?:nay|bao cao)\b/;
/** A row of one level of government under its province: "– Cấp tỉnh", "Cấp xã (102 xã, phường)". */
const LEVEL_ROW = /^(?:cap )?cap (?:tinh|thanh pho|xa|huyen|quan|thi xa)\b/;

/**
 * The procedure catalogue of every province (the national portal's "Tình hình cung cấp dịch vụ công trực tuyến"): no
 * row is a commune's, and the catalogue the report wants is the clerk's province's. Its row and the rows of its levels
 * right under it ("▼ Tỉnh An Giang", "– Cấp tỉnh", "– Cấp xã"), as a table of that province alone; null when the table
 * gives other figures than the catalogue's or has no row of the province.
 */
export function provinceCatalogue(grid: Grid, roles: readonly ColumnRole[], cityName: string): Grid | null {
  const fields = roles.flatMap((r) => (r.kind === 'field' ? r.fields : []));
  const labelCol = labelColumn(grid, roles);
  const city = unitKey(cityName);
  if (fields.length === 0 || !fields.every((f) => f.startsWith('tthc')) || labelCol < 0 || city.name === '') return null;
  const at = grid.rows.findIndex((row) => sameUnit(unitKey(row[labelCol] ?? ''), city));
  if (at < 0) return null;
  let end = at + 1;
  while (end < grid.rows.length && LEVEL_ROW.test(foldKey(grid.rows[end]?.[labelCol] ?? ''))) end++;
  return { ...grid, rows: grid.rows.slice(at, end) };
}

/**
 * Value columns that are not this period's figure: earlier periods, running totals, plans and targets (the one list of
 * target words, TARGET_WORDS), comparisons and differences ("Chênh lệch", "%TH/KH"), notes; and not the unit's: scores
 * ("Điểm", "Điểm tối đa"), other units' averages ("Trung bình cấp xã toàn tỉnh").
 */
const NOT_CURRENT = new RegExp(
  String.raw`ky truoc|ky lien truoc|cung ky|nam truoc|thang truoc|quy truoc|luy ke|tu dau nam|\bca nam\b|so sanh|tang giam|\btang\b|\bgiam\b|chenh lech|\bth (?:kh|ct)\b|ghi chu|\bdiem\b|trung binh|binh quan|${TARGET_WORDS.source}`,
);
const TARGETS_TABLE = /\bgiao chi tieu\b|\bchi tieu (?:duoc )?giao\b/;
/** A column headed by a month, quarter or year ("Tháng 1", "T1", "Quý I", "Năm 2025"): one of several periods side by side. */
const isPeriodHeader = (header: string): boolean => /^(?:thang|quy|nam)\s+\S/.test(header) || periodName(header) !== null;
const RATE_HEADER = /ty le|ti le|%/;

/** `months`: a year's months side by side, one grid per month column (its title names the month, for its period). */
export type KeyedChoice = { grid: Grid } | { months: MonthGrid[] } | { problem: string } | null;

export interface MonthGrid {
  grid: Grid;
  /** The column's header as shown ("Tháng 2"). */
  column: string;
}

/** The label column and `columns` of `grid` as a key/value grid, their roles as already mapped (taught readings included). */
function keyedColumns(grid: Grid, picked: readonly number[], roles: readonly ColumnRole[], titles: string[]): Grid | null {
  // The row numbers go along: they tell sub-rows ("3.1 Trong hạn") from the rows they belong to.
  const index = roles.findIndex((r) => r.kind === 'index');
  const columns = index >= 0 && !picked.includes(index) ? [index, ...picked] : picked;
  const sub: Grid = { paths: columns.map((c) => grid.paths[c] ?? []), rows: grid.rows.map((row) => columns.map((c) => row[c] ?? '')), titles };
  return keyedGrid(sub, columns.map((c) => roles[c] ?? { kind: 'unknown' }));
}

/**
 * A year's months side by side ("Tháng 1 | Tháng 2 | … | Lũy kế", one column per month of one year): one grid per
 * month column, its only title "Tháng MM/YYYY" so that its period is that month. A month written without its year
 * takes the page's period's year, else a year in the table's titles or the heading before it ("năm 2026"). Null when
 * a year is unknown, a month repeats, the page's own period does not hold every month, or fewer than two months
 * stand side by side.
 */
function monthGrids(grid: Grid, labelCol: number, valueCols: readonly number[], roles: readonly ColumnRole[], header: (c: number) => string, pagePeriod: () => Period | null, cutoffDay: number): MonthGrid[] | null {
  const headed = valueCols.flatMap((c) => {
    const named = periodName(header(c));
    return named?.kind === 'month' ? [{ c, month: named.n, written: named.year }] : [];
  });
  if (headed.length < 2) return null;
  const period = pagePeriod();
  let year: number | null = null;
  if (headed.some(({ written }) => written === null)) {
    const titled = /\bnam\s+(\d{4})\b/.exec(foldDiacritics([...grid.titles, grid.heading ?? ''].join(' ')));
    year = period ? Number(period.to.slice(0, 4)) : titled ? Number(titled[1]) : null;
    if (year === null) return null;
  }
  const months = headed.map(({ c, month, written }) => ({ c, month, year: written ?? (year as number) }));
  if (new Set(months.map(({ month, year: y }) => `${y}-${month}`)).size !== months.length) return null;
  // A page whose own period does not hold every month shown contradicts the table: not guessed.
  if (period && !months.every(({ month, year: y }) => [monthPeriod(y, month, cutoffDay), calendarMonths(y, month, month)].some((p) => p && within(p, period)))) return null;
  const out: MonthGrid[] = [];
  for (const { c, month, year: y } of months) {
    const keyed = keyedColumns(grid, [labelCol, c], roles, [periodLabel({ kind: 'month', year: y, month })]);
    if (keyed) out.push({ grid: keyed, column: (grid.paths[c] ?? []).join(' › ') });
  }
  return out.length >= 2 ? out : null;
}

const within = (inner: Period, outer: Period): boolean => inner.from >= outer.from && inner.to <= outer.to;

/**
 * A table whose rows name the figures and that has several value columns ("Kỳ này | Kỳ trước", "Tháng 1 | Tháng 2 |
 * Lũy kế", one column per unit): its column headers are not flows, and adding its rows up would mix the figures. The
 * clerk's unit column is read; else the one count column left once other units, other periods, running totals, plans
 * and comparisons are set aside (with a rate column beside it); failing that, the one column headed by the page's
 * own period ("Tháng 2" on a page showing Tháng 02/2026 beside "Tháng 1" and "Lũy kế"); refused when none or several
 * are left. Null when the table is not such a table (fewer than two rows name a figure, or one value column).
 */
export function keyedTable(grid: Grid, roles: readonly ColumnRole[], opts: UnitOptions & { cutoffDay: number }, pagePeriod: () => Period | null): KeyedChoice {
  // A column headed by a rate of its own ("Tỷ lệ hài lòng (%)"): its rows are what the figures are split by (ways of
  // rating, channels, units), not figures.
  if (grid.rows.length > MAX_ROWS || roles.some((r) => r.kind === 'field' && r.fields.some(isRateField))) return null;
  const labelCol = labelColumn(grid, roles);
  if (labelCol < 0) return null;
  const rowFields = new Set(
    grid.rows.flatMap((row) => {
      const label = row[labelCol] ?? '';
      const field = label && FIGURE_WORD.test(foldDiacritics(label)) ? fieldOf(mapPath([label])) : undefined;
      return field ? [field] : [];
    }),
  );
  if (rowFields.size < 2) return null;
  // A table assigning targets ("Bảng giao chỉ tiêu … năm 2026"): a plan, its results columns last year's or empty.
  if (TARGETS_TABLE.test(foldDiacritics([...grid.titles, grid.heading ?? ''].join(' ')))) return { problem: 'bảng giao chỉ tiêu (kế hoạch phấn đấu), không phải số liệu thực hiện của kỳ' };
  const valueCols = grid.paths.flatMap((_, c) =>
    c !== labelCol && roles[c]?.kind !== 'index' && roles[c]?.kind !== 'personal' && grid.rows.some((row) => isNumberText(row[c] ?? '')) ? [c] : [],
  );
  // "Thực hiện năm 2025" on a page of 2026: a column writing only other years than the page's is of another period.
  const otherPeriod = (c: number) => {
    const period = pagePeriod();
    if (period === null) return false;
    const years = new Set([period.from.slice(0, 4), period.to.slice(0, 4)]);
    const written = (grid.paths[c] ?? []).join(' ').match(/(?<!\d)(?:19|20)\d\d(?!\d)/g) ?? [];
    return written.length > 0 && !written.some((y) => years.has(y));
  };
  if (valueCols.length > 0 && valueCols.every(otherPeriod)) {
    return { problem: `cột số liệu ${valueCols.map((c) => `«${(grid.paths[c] ?? []).join(' › ')}»`).join(', ')} là của kỳ khác với kỳ của trang` };
  }
  if (valueCols.length <= 1) return null;
  const header = (c: number) => foldKey((grid.paths[c] ?? []).join(' '));
  const leaf = (c: number) => grid.paths[c]?.at(-1) ?? '';
  const clerk = clerkKey(opts);
  const own = valueCols.filter((c) => sameUnit(unitKey(leaf(c)), clerk));
  let chosen = own.length > 0 ? own : valueCols.filter((c) => !NOT_CURRENT.test(header(c)) && !isPeriodHeader(header(c)) && unitKey(leaf(c)).type === null && !otherPeriod(c));
  let counts = chosen.filter((c) => !RATE_HEADER.test(header(c)) && !BASE_HEADER.test(header(c)));
  if (counts.length !== 1 && own.length === 0) {
    const period = pagePeriod();
    // "Tháng 10/2026 › Kết quả" beside "Tháng 10/2026 › Điểm" and "Kỳ trước (Tháng 9/2026)": the period's result.
    // "Kỳ đang xem 15/09/2025 – 14/12/2025" beside "Kỳ liền trước 15/06/2025 – 14/09/2025": the one writing out its days.
    // "Cộng Quý III" beside its months: the quarter's total column.
    const names = (segment: string) => {
      if (namesPeriod(foldKey(segment).replace(/^(?:tong cong|tong|cong)\s+/, ''), period as Period, opts.cutoffDay)) return true;
      const written = /\d/.test(segment) ? periodFromText(segment, opts.cutoffDay) : null;
      return written !== null && samePeriod(written, period as Period);
    };
    const named = period ? valueCols.filter((c) => (grid.paths[c] ?? []).some(names) && !NOT_CURRENT.test(header(c))) : [];
    if (named.length === 1) chosen = counts = named;
  }
  if (counts.length !== 1 && own.length === 0) {
    // Fields of work (or procedures) as columns beside their "Tổng cộng": the total column is the unit's figure.
    const totals = valueCols.filter((c) => WHOLE_COLUMN.test(foldKey(leaf(c))) && (grid.paths[c]?.length ?? 0) === 1);
    if (totals.length === 1 && valueCols.length > 2) chosen = counts = totals;
  }
  if (counts.length !== 1 && own.length === 0) {
    // "Thực hiện › Tháng 03/2026 (kỳ này)" beside "(kỳ trước)", "Kế hoạch", "Kỳ này so với kỳ trước": this period's.
    const full = (c: number) => foldDiacritics(cleanText((grid.paths[c] ?? []).join(' ')));
    const current = valueCols.filter((c) => THIS_PERIOD.test(full(c)) && !NOT_CURRENT.test(full(c).replace(THIS_PERIOD, ' ')));
    if (current.length === 1) chosen = counts = current;
  }
  if (counts.length !== 1 && own.length === 0) {
    const months = monthGrids(grid, labelCol, valueCols, roles, header, pagePeriod, opts.cutoffDay);
    if (months) return { months };
  }
  if (counts.length !== 1) {
    const shown = valueCols.map((c) => `«${(grid.paths[c] ?? []).join(' › ')}»`).join(', ');
    return { problem: `mỗi chỉ tiêu có ${valueCols.length} cột số liệu (${shown}) mà chưa rõ cột nào là số liệu của kỳ và của đơn vị` };
  }
  const keyed = keyedColumns(grid, [labelCol, ...chosen], roles, grid.titles);
  return keyed ? { grid: keyed } : null;
}
