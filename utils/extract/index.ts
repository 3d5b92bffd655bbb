/**
 * Page extraction: a `Document` in, plain `Extraction`s out. Pure (no
 * extension API); the stages live in their own files:
 * locate → grid → synonyms → rows → values (numbers) → period → kinds → validate.
 */
import type { Extraction, FieldKey, Period } from '../domain/types';
import { formatDateVi, periodKeyOf } from '../domain/period';
import { headingText, looksLikeStatsPage, looksLikeStatsTitle, pageTitleText } from './detect';
import { cardGrids } from './cards';
import { extractGrid, type ExtractOptions, type PagePeriods } from './extraction';
import { leadLines, visibilityChecker, type LocatedGrid } from './locate';
import { pageGrids, type PageGrid } from './page-grids';
import { saysLoading, underBusyOverlay } from './loading';
import { higherBodyChosen, namesClerk, otherProvince, otherUnit, unitsChosen, workPartChosen } from './page-unit';
import { foldDiacritics } from './normalize';
import { hasPager } from './pager';
import { once } from './once';
import { asOfDates, headsOtherSpan, pageText, periodFromAddress, periodFromChips, periodFromInputs, periodFromLinks, leadPeriod, nearPeriod, periodFromText, titlePeriod, writesOutAsOwn } from './period';
import { periodFromPickers, rollingSpanChosen } from './period-pickers';
import { BY_LEVEL, MISSING_UNIT_ROW, clerkKey, listsOtherUnits, sameUnit, unitKey } from './rows';
import { FIRST_PERSON, WIDER_SCOPE, tableScope } from './table-scope';
import { settleDisagreements } from './validate';

/** A page's unit selector left at "Tất cả" while it offers other communes (page-unit.ts). */
const ALL_UNITS_WARNING = 'Ô chọn đơn vị của trang đang để «Tất cả»: số liệu có thể gồm nhiều đơn vị – hãy chọn đơn vị của mình rồi thống kê lại.';

export { looksLikeStatsPage, storedTitle } from './detect';
export type { ExtractOptions } from './extraction';
export { parseCount, parseRate } from './numbers';

export interface PageExtraction {
  extractions: Extraction[];
  /** Vietnamese: why a table that looks like statistics could not be read (only when nothing was read). */
  problem?: string;
}


export interface PageCheck {
  /** The caller has just seen `looksLikeStatsPage(doc)` hold: it is not run again. */
  checked?: boolean;
}

const WHOLE_PROVINCE = /\btoan (?:tinh|thanh pho)\b/;

const widePageProblem = (opts: ExtractOptions): string =>
  `Trang này là số liệu của nhiều đơn vị hoặc của cả ${opts.cityName}, không có dòng riêng của «${opts.unitName}»: không lưu số liệu nào – hãy chọn đơn vị của mình rồi thống kê lại.`;

const officersProblem = (opts: ExtractOptions): string =>
  `Bảng này là số liệu theo cán bộ xử lý (phần của từng người; một hồ sơ có thể được tính cho nhiều người), không phải số liệu của «${opts.unitName}»: không lưu – hãy mở trang thống kê của cả đơn vị.`;

const otherUnitProblem = (other: string, opts: ExtractOptions): string =>
  `Trang này là số liệu của «${other}», không phải của «${opts.unitName}» (đơn vị đặt trong Cài đặt): không lưu số liệu nào của trang.`;

/**
 * Reports stacked on one page, each under a line naming its own period ("Tháng 8 … Kỳ liền trước", "Tháng 9 … Kỳ báo
 * cáo"): each table's period, when the lines before the tables name at least two different ones. A single report's
 * line says no more than the page does.
 */
function stackedReports(grids: readonly PageGrid[], cutoffDay: number): Map<LocatedGrid, Period> {
  const leads = new Map<LocatedGrid, Period>();
  for (const { located } of grids) {
    const period = located.root ? leadPeriod(leadLines(located.root), cutoffDay) : null;
    if (period) leads.set(located, period);
  }
  return new Set([...leads.values()].map((period) => periodKeyOf({ period }))).size > 1 ? leads : new Map();
}

/** A reading of the clerk's own row, or of the procedure catalogue, which is the province's by nature. */
const ownOrCatalogue = (e: Extraction): boolean => e.rowChoice === 'unit' || e.kinds.every((k) => k === 'catalogue');

/** `reading` with the figures of `other` it lacks (their cells and kinds too). */
function withFiguresOf(reading: Extraction, other: Extraction): Extraction {
  const fields = { ...reading.fields };
  const cells = { ...reading.cells };
  for (const [key, value] of Object.entries(other.fields) as [FieldKey, number | null][]) {
    if (fields[key] != null || value == null) continue;
    fields[key] = value;
    const cell = other.cells[key];
    if (cell) cells[key] = cell;
  }
  const kinds = [...reading.kinds, ...other.kinds.filter((k) => !reading.kinds.includes(k))];
  return { ...reading, kinds, fields, cells, warnings: [...reading.warnings, ...other.warnings] };
}

export function extractPage(doc: Document, opts: ExtractOptions, { checked = false }: PageCheck = {}): PageExtraction {
  if (!checked && !looksLikeStatsPage(doc)) return { extractions: [] };
  const text = once(() => pageText(doc));
  const page: PagePeriods = {
    // The search form's boxes, else the same search kept in the page's address, in its export links, or shown as a chip.
    inputs: once((): Period | null => periodFromInputs(doc) ?? periodFromAddress(doc.URL) ?? periodFromLinks(doc) ?? periodFromChips(doc)),
    pickers: once(() => periodFromPickers(doc, opts.cutoffDay)),
    text: once((): Period | null => periodFromText(text(), opts.cutoffDay)),
    writesOut: (period) => writesOutAsOwn(text(), formatDateVi(period.from), formatDateVi(period.to)),
    asOf: once(() => asOfDates(text())),
  };
  const grids = pageGrids(doc);
  const leads = stackedReports(grids, opts.cutoffDay);
  const clerk = clerkKey(opts);
  const clerkIsCity = sameUnit(clerk, unitKey(opts.cityName));
  const reading: ExtractOptions = { ...opts, pageOfClerk: once(() => namesClerk(doc, grids.flatMap((g) => g.grid.titles), opts)) };
  const extractions: Extraction[] = [];
  let problem: string | undefined;
  // A table of other units or of levels of government: the page shows others' figures, its cards too.
  let othersShown = false;
  // Tables a line before them names as the clerk's unit's ("3. Đơn vị: UBND xã …"), when others are another unit's.
  const ownTables = new Set<Extraction>();
  const visible = once(() => visibilityChecker(doc));
  for (const { located, grid } of grids) {
    if (located.root && underBusyOverlay(located.root, visible())) {
      problem ??= 'Trang đang tải số liệu mới, bảng còn đang hiện kết quả lần trước: chưa lưu – số liệu sẽ được lấy khi tải xong.';
      continue;
    }
    const lead = leads.get(located) ?? null;
    const near = once(() => (located.root ? nearPeriod(leadLines(located.root, { throughWrappers: true })) : null));
    // A table right under a heading of another span ("Lũy kế từ đầu năm (15/12/2025 – 14/05/2026)", "Cùng kỳ năm
    // 2025") is that span's: read for the days the heading writes out, else not read.
    const [heading] = located.root ? leadLines(located.root) : [];
    const ofOtherSpan = heading !== undefined && headsOtherSpan(heading);
    if (ofOtherSpan && !titlePeriod([heading], opts.cutoffDay)) continue;
    const outcome = extractGrid(ofOtherSpan ? { ...grid, titles: [...grid.titles, heading] } : grid, reading, { ...page, lead: () => lead, near });
    if (outcome === null) {
      // A table of units whose figures are not read still shows the page is of many units: its cards are theirs,
      // unless the page says it is the clerk's unit's (a ranking of neighbours on the unit's own page).
      othersShown ||= listsOtherUnits(grid.rows, opts) && !reading.pageOfClerk?.();
      continue;
    }
    if (!('problem' in outcome)) {
      const scope = tableScope(located, grid, clerk, clerkIsCity);
      // One table per unit, each under a line naming its unit: another unit's table is not read.
      if ('other' in scope) {
        othersShown = true;
        problem ??= otherUnitProblem(scope.other, opts);
        continue;
      }
      // Dossiers received at the commune for a higher level: not the commune's results, and no other table's figures.
      if ('higherLevel' in scope) continue;
      if ('officers' in scope) {
        problem ??= officersProblem(opts);
        continue;
      }
      // A table titled as the whole province's: only the clerk's own row in it is the clerk's. The clerk's row among
      // other units' rows: the page shows several units, its other figures are theirs together.
      if (scope.wide && outcome.extractions.some((e) => e.rowChoice !== 'unit')) othersShown = true;
      if (outcome.extractions.some((e) => e.rowChoice === 'unit') && listsOtherUnits(grid.rows, opts)) othersShown = true;
      if (scope.own) for (const e of outcome.extractions) ownTables.add(e);
      extractions.push(...outcome.extractions);
      continue;
    }
    othersShown ||= outcome.problem.startsWith(MISSING_UNIT_ROW) || outcome.problem.startsWith(BY_LEVEL);
    if (outcome.problem.startsWith(MISSING_UNIT_ROW) && located.root && hasPager(located.root)) {
      problem ??= `Không thấy dòng của «${opts.unitName}» trên trang này: hãy lọc theo đơn vị hoặc chuyển trang.`;
    } else problem ??= `Không đọc được bảng thống kê: ${outcome.problem}.`;
  }
  // Beside a table of other units or of levels, a figure not read from the clerk's own row is of that wider scope
  // (the procedure catalogue is the city's by nature).
  if (othersShown) {
    const kept = extractions.filter((e) => ownTables.has(e) || ownOrCatalogue(e));
    if (kept.length < extractions.length) problem ??= widePageProblem(opts);
    extractions.splice(0, extractions.length, ...kept);
  }
  // Still loading: its zero rows and cards are placeholders (read again when the figures arrive). Asked only when
  // some reading is all zeros or the cards would be read.
  const zeros = (e: Extraction) => Object.values(e.fields).every((v) => v === null || v === 0);
  const headings = headingText(doc);
  const cardsNext = extractions.length === 0 && !othersShown && looksLikeStatsTitle(headings);
  const loading = (cardsNext || extractions.some(zeros)) && saysLoading(doc, visible());
  if (loading) extractions.splice(0, extractions.length, ...extractions.filter((e) => !zeros(e)));
  // KPI cards: only on a page titled as statistics (a news page with small tables is not walked), and only when no
  // table was read (beside tables, cards tend to be the city's totals, a hotline's number, a chart's other figures).
  // Cards under a heading of the whole province ("Tình hình … toàn tỉnh tháng 03/2026") are the province's.
  if (cardsNext && !loading && !clerkIsCity && WHOLE_PROVINCE.test(foldDiacritics(headings))) problem ??= widePageProblem(opts);
  else if (cardsNext && !loading) {
    // The cards, then the rates whose notes give their numerator and base: one reading of the page's cards.
    const [read, ...more] = cardGrids(doc, opts).flatMap((cards) => {
      const outcome = extractGrid(cards, opts, page);
      return outcome && 'extractions' in outcome ? outcome.extractions : [];
    });
    if (read) extractions.push(more.reduce(withFiguresOf, read));
  }
  extractions.splice(0, extractions.length, ...settleDisagreements(extractions));
  // Whose figures? Asked only when there is something to store. A page titled in the first person ("Hồ sơ của tôi")
  // is the signed-in officer's own, its cards too.
  if (extractions.length > 0 && FIRST_PERSON.test(foldDiacritics(pageTitleText(doc)))) return { extractions: [], problem: officersProblem(opts) };
  const other = extractions.length > 0 ? otherUnit(doc, grids.flatMap((g) => g.grid.titles), opts) : null;
  if (other !== null) return { extractions: [], problem: otherUnitProblem(other, opts) };
  // A body above the commune chosen in the unit selector: its figures are that body's; its table's row of the clerk's
  // unit (the province's report listing every commune) is still the clerk's.
  const higher = extractions.length > 0 ? higherBodyChosen(doc, opts) : null;
  if (higher !== null) {
    const own = extractions.filter((e) => e.rowChoice === 'unit');
    if (own.length === 0) return { extractions: [], problem: otherUnitProblem(higher, opts) };
    extractions.splice(0, extractions.length, ...own);
  }
  const province = extractions.length > 0 ? otherProvince(doc, opts) : null;
  if (province !== null) {
    return { extractions: [], problem: `Trang này thuộc hệ thống của «${province}», không phải của «${opts.cityName}» (tỉnh/thành phố đặt trong Cài đặt): không lưu số liệu nào của trang.` };
  }
  // A span counted back from today chosen on the page ("7 ngày qua"): no reporting period's figures.
  const rolling = extractions.length > 0 ? rollingSpanChosen(doc) : null;
  if (rolling !== null) {
    return { extractions: [], problem: `Trang đang xem số liệu «${rolling}», không theo kỳ báo cáo: không lưu – hãy chọn khoảng ngày của kỳ (từ ngày … đến ngày …) rồi thống kê lại.` };
  }
  // Filtered to one procedure or field of work: that part's figures, not the unit's.
  const part = extractions.length > 0 ? workPartChosen(doc) : null;
  if (part !== null) {
    return { extractions: [], problem: `Trang đang lọc theo một phần công việc («${part}»): số liệu không phải của cả «${opts.unitName}» – hãy bỏ lọc thủ tục, lĩnh vực rồi thống kê lại.` };
  }
  // Figures not read from the clerk's own row while the unit selector is set to the whole province: the province's.
  // Left at "Tất cả": flagged, not guessed.
  const chosen = !clerkIsCity && extractions.some((e) => e.rowChoice !== 'unit') ? unitsChosen(doc, opts) : null;
  // Left at "Tất cả" while offering other communes: flagged, unless the page says its figures are the province's
  // ("Số liệu tổng hợp của 148 xã, phường trên địa bàn tỉnh"): then they are, and not the clerk's.
  if (chosen === 'whole' || (chosen === 'all' && WIDER_SCOPE.test(foldDiacritics(text())))) {
    const own = extractions.filter(ownOrCatalogue);
    return own.length > 0 ? { extractions: own } : { extractions: [], problem: widePageProblem(opts) };
  }
  if (chosen === 'all') for (const e of extractions) if (e.rowChoice !== 'unit') e.warnings.push(ALL_UNITS_WARNING);
  return extractions.length > 0 || problem === undefined ? { extractions } : { extractions, problem };
}
