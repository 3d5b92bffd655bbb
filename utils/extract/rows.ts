/**
 * Stage 5: which row holds the figures. The clerk's own unit row when rows
 * are units; otherwise the total row wherever it stands; otherwise the one
 * data row, or the sum of all data rows.
 */
import type { FieldKey, RowChoice } from '../domain/types';
import { fieldKind } from '../domain/fields';
import { cleanText, foldDiacritics, foldKey, keyOfFolded } from './normalize';
import { isNumberText } from './numbers';
import type { ColumnRole } from './synonyms';

export interface UnitOptions {
  /** "xã Bình Giang" */
  unitName: string;
  /** "thành phố Hải Phòng" */
  cityName: string;
  /** Unit code as shown by the portal ("H24.12.05"), when known. */
  unitCode?: string;
  /** Whether the page says its figures are the clerk's unit's (its unit selector, a heading, its letterhead). */
  pageOfClerk?: () => boolean;
}

export interface LabelledRow {
  cells: string[];
  label: string;
}

export interface RowPick {
  choice: RowChoice;
  /** Label for provenance: the row's own label, or "Σ n dòng" for a sum. */
  label: string;
  /** The row to read, or the rows to add up. */
  rows: LabelledRow[];
  /** With a total row: the data rows that should add up to it (empty when the table nests rows). */
  parts: LabelledRow[];
}

export type RowResult = { pick: RowPick } | { problem: string } | null;

/** Start of the problem when rows are other units and none is the clerk's. */
export const MISSING_UNIT_ROW = 'bảng chia theo đơn vị nhưng không có dòng của';

export const BY_LEVEL = 'bảng chia theo cấp hành chính';
/** The procedure catalogue is counted by level of government: its total is the city's, as the report wants. */
const isCatalogueField = (field: FieldKey): boolean => fieldKind(field) === 'catalogue';

/** Total-row labels, best first; a label repeated on several rows is a subtotal, not the total. */
const TOTALS = [/^tong cong\b/, /^tong so\b/, /^(?:tong|cong) \d+ [a-z]/, /^(?:tong |cong )?toan (?:xa|phuong|thi tran|dac khu|don vi)$/, /^tong (?:chung|toan)\b/, /^tong$/, /^cong$/];
/** "Toàn tỉnh", "Tổng cộng toàn tỉnh (102 xã, phường)": the whole province's row. */
const CITY_TOTAL = /^(?:(?:tong cong|tong so|tong|cong) )?toan (?:thanh pho|tinh)\b/;
/**
 * A row of a level above the commune ("Cấp thành phố", "Sở, ban, ngành") or of a body of it ("Sở Tư pháp", "Công an
 * tỉnh …"): the table is split by level of government, or lists the province's bodies.
 */
// A grid's group caption names its field first: "Cấp: Cấp thành phố – 7 mục".
const HIGHER_LEVEL = /^(?:cap )?cap (?:tinh|thanh pho|huyen|quan|thi xa|trung uong|bo)\b|^(?:cac )?so ban nganh\b|^(?:so|ban quan ly) (?:tu phap|noi vu|xay dung|tai chinh|y te|cong thuong|nong nghiep|giao duc|van hoa|khoa hoc|dan toc|ngoai vu|ke hoach|lao dong|tai nguyen|giao thong|thong tin|du lich|khu)\b|^(?:cong an|bao hiem xa hoi|cuc thue|kho bac nha nuoc) (?:tinh|thanh pho)\b/;
const CITY_TOTAL_RANK = 2;
/** A total's bracket counting the units it adds up: "(104 đơn vị cấp xã)", "(102 xã, phường)". */
const OVER_UNITS = /\(\s*\d+\s+(?:don vi|xa|phuong|dia phuong|co quan)/;
/** "Cộng Xã Vĩnh Kim", "Tổng cộng UBND xã …": a unit's total under its rows. */
const OWN_TOTAL = /^(?:tong cong|tong so|tong|cong)\s+((?:ubnd |uy ban nhan dan )?(?:xa|phuong|thi tran|dac khu)\s.+)$/;
/** "I", "II", "A": a section row whose figures repeat its sub-rows. */
const SECTION_INDEX = /^(?:[ivxlc]+|[a-z])\.?$/i;
/** "1.1": a sub-row of row "1". */
const SUB_INDEX = /^\d+\.\d/;
const HAS_LETTER = /\p{L}/u;
/** "… - Tỉnh Tây Ninh", "… - TP Hải Phòng": the province or city a label places the unit in (national lists). */
const REGION_SUFFIX = /\s[-–]\s*(?:thanh pho|tinh|tp)\b(.*)$/;
/**
 * What may stand before a unit's name in a row label or a title: a code ("H24.12.05 - ", "01."), "UBND", the
 * unit's one-stop desk or service centre ("Bộ phận Một cửa xã …", "Bộ phận tiếp nhận và trả kết quả …").
 */
const UNIT_LEAD = /^(?:(?:[a-z]{0,3}\d+[a-z]?\s+)+|(?:ubnd|uy ban nhan dan|bo phan (?:mot cua|tiep nhan (?:va )?tra ket qua)|bpmc|trung tam (?:phuc vu )?hanh chinh cong)\s+)+/;
const UNIT_TYPE = /^(xa|phuong|thi tran|dac khu|thanh pho|tinh|huyen|quan|thi xa)\s+/;
/**
 * A row of a service point or a branch located in a unit ("Điểm phục vụ hành chính công đặc khu Vân Đồn", "Chi nhánh
 * … xã Tiên Yên"): a unit's row of a wider body, counting what it received whoever handles it. Never the clerk's own
 * figures, nor added up as the clerk's.
 */
const SERVICE_POINT = /^(?:diem (?:phuc vu|tiep nhan)|chi nhanh)\b.*\b(?:xa|phuong|thi tran|dac khu)\s+[a-z0-9]/;
/** Abbreviated unit types as portals print them: "X. Bình Giang", "P. Hồng Bàng", "TT Cát Bà". */
const ABBREVIATIONS: Record<string, string> = { x: 'xa', p: 'phuong', tt: 'thi tran', tx: 'thi xa', tp: 'thanh pho', dk: 'dac khu', q: 'quan', h: 'huyen' };
const ABBREVIATED_TYPE = /^(x|p|tt|tx|tp|dk|q|h)\s+/;

const expandType = (key: string): string => key.replace(ABBREVIATED_TYPE, (_, short: string) => `${ABBREVIATIONS[short] ?? short} `);

export interface UnitKey {
  type: string | null;
  name: string;
  /** The words after the province or city the label names ("hai phong", "tay ninh truoc sap xep …"), if it names one. */
  region?: string;
  /** Marked as a unit that no longer is ("Xã Luận Thành (cũ)"): the former namesake, never the unit of today. */
  former?: true;
}

/** A unit's code after its name: "[50717009]", "- 26734" (administrative unit codes have five digits or more). */
const CODE_AFTER = /\s*\[[^\]]*\]|(?:\s[-–:]?\s*\d{5,})+$/g;

/**
 * "(cũ)" after a unit's name, or "cũ" ending it: the unit before the 2025 reorganisation (not "(Phường 12, 14 cũ)").
 * Read with its diacritics: "xã Tân Cư", "Phú Cừ" end in other words that fold alike.
 */
const FORMER = /\(\s*cũ\s*\)|\scũ(?=\s*(?:$|[-–\[]))/iu;

/** A badge after a new unit's name counting the units merged into it: "Phường Tam Thắng 4 ĐVHC cũ". */
const MERGED_COUNT = /\s+\d{1,2}\s+(?:đvhc|đơn vị(?: hành chính)?|xã|phường)\s+cũ\s*$/iu;

/** "UBND xã Bình Giang - Thành phố Hải Phòng" → { type: "xa", name: "binh giang", region: "hai phong" }. */
export function unitKey(text: string): UnitKey {
  const clean = cleanText(text).replace(MERGED_COUNT, '');
  const former = FORMER.test(clean);
  const folded = foldDiacritics(clean).replace(CODE_AFTER, '');
  const suffix = REGION_SUFFIX.exec(folded);
  const own = suffix ? folded.slice(0, suffix.index) : folded;
  // The bracketed "(cũ)" goes with the notes foldKey drops; a bare "cũ" ending the name is dropped here.
  const key = expandType(foldKey(own).replace(UNIT_LEAD, '').replace(former ? / cu$/ : /(?!)/, ''));
  const region = suffix ? foldKey(suffix[1] ?? '') : '';
  const m = UNIT_TYPE.exec(key);
  const unit: UnitKey = m ? { type: m[1] ?? null, name: key.slice(m[0].length) } : { type: null, name: key };
  if (region) unit.region = region;
  if (former) unit.former = true;
  return unit;
}

/**
 * The clerk's unit in its province: a namesake in another province ("Xã Tân Lập - Tỉnh Quảng Trị" for xã Tân Lập of
 * Tây Ninh, common since the 2025 mergers) is another unit.
 */
export function clerkKey(opts: UnitOptions): UnitKey {
  const city = unitKey(opts.cityName).name;
  return city ? { ...unitKey(opts.unitName), region: city } : unitKey(opts.unitName);
}

/** Regions agree when either is unknown, or one's words start the other's (the label may go on: "… Trước sắp xếp: …"). */
const sameRegion = (a: string | undefined, b: string | undefined): boolean =>
  a === undefined || b === undefined || `${a} `.startsWith(`${b} `) || `${b} `.startsWith(`${a} `);

/**
 * A cheap necessary condition for `sameUnit(unitKey(label), clerk)`, on the
 * label folded by `foldDiacritics(cleanText(label))`: every word of a unit
 * key's name is a run of letters and digits of that folded text, so a label
 * whose folded text lacks the clerk's longest name word cannot be the clerk's
 * row. Saves building a unit key for each of thousands of rows.
 */
export function clerkPrefilter(clerk: UnitKey): (folded: string) => boolean {
  if (clerk.name === '') return () => false; // sameUnit never holds
  const word = clerk.name.split(' ').reduce((a, b) => (b.length > a.length ? b : a), '');
  return (folded) => folded.includes(word);
}

export function sameUnit(a: UnitKey, b: UnitKey): boolean {
  return a.name !== '' && a.name === b.name && (a.type === null || b.type === null || a.type === b.type) && sameRegion(a.region, b.region) && a.former === b.former;
}

function columnsOf(roles: readonly ColumnRole[], kind: ColumnRole['kind']): number[] {
  return roles.flatMap((r, i) => (r.kind === kind ? [i] : []));
}

/**
 * With no recognised label column, the first column of unknown heading ("Cấp giải quyết", "Category") holding text in
 * every row: the rows' names, read only where they name a unit, a level of government or a total (never a person).
 */
function nameColumn(rows: readonly string[][], roles: readonly ColumnRole[]): number | undefined {
  const c = roles.findIndex((r, i) => r.kind === 'unknown' && rows.every((cells) => HAS_LETTER.test(cells[i] ?? '') && !isNumberText(cells[i] ?? '')));
  return c >= 0 ? c : undefined;
}

const namesUnitOrLevel = (key: string): boolean =>
  HIGHER_LEVEL.test(key) || isUnitKey(key) || CITY_TOTAL.test(key) || TOTALS.some((re) => re.test(key));

/** A row label's key naming a unit, or a service point located in one. */
const isUnitKey = (key: string): boolean => UNIT_TYPE.test(expandType(key.replace(UNIT_LEAD, ''))) || SERVICE_POINT.test(key);

export function chooseRow(rows: readonly string[][], roles: readonly ColumnRole[], opts: UnitOptions): RowResult {
  const labelCols = columnsOf(roles, 'label');
  const nameCol = labelCols.length === 0 && rows.length > 0 ? nameColumn(rows, roles) : undefined;
  const indexCol = columnsOf(roles, 'index')[0];
  const codeCol = columnsOf(roles, 'code')[0];
  const clerk = clerkKey(opts);
  const clerkIsCity = sameUnit(clerk, unitKey(opts.cityName));
  const mayBeClerk = clerkPrefilter(clerk);

  // Allow-list: a row's name comes only from a recognised label column, or is a total word
  // wherever it stands ("Tổng cộng" spanning STT and a name column). Never from any other
  // column: on a dossier list that would be a citizen's name.
  const labelOf = (cells: string[]): string => {
    for (const c of labelCols) if (cells[c]) return cells[c] ?? '';
    const name = nameCol === undefined ? '' : (cells[nameCol] ?? '');
    if (name && namesUnitOrLevel(foldKey(name))) return name;
    for (const text of cells) {
      if (!text || !HAS_LETTER.test(text)) continue;
      const key = foldKey(text);
      if (CITY_TOTAL.test(key) || TOTALS.some((re) => re.test(key))) return text;
    }
    return '';
  };

  const totals: { rank: number; row: LabelledRow }[] = [];
  const data: LabelledRow[] = [];
  const dataKeys: string[] = [];
  const sections: LabelledRow[] = [];
  const sectionKeys: string[] = [];
  let nested = false;
  let unitRow: LabelledRow | undefined;
  let unitAt = -1;
  // "Cộng Xã Vĩnh Kim" below the rows of the clerk's unit (the old communes merged into it): the unit's own total.
  let unitTotal: LabelledRow | undefined;
  // A total of the whole province among the rows: the table is the province's.
  let cityWide = false;
  for (const [at, cells] of rows.entries()) {
    const row = { cells, label: labelOf(cells) };
    // Fold each label once: the matching key and the unit test both start from it.
    const clean = cleanText(row.label);
    const folded = foldDiacritics(clean);
    const key = clean === row.label ? keyOfFolded(folded) : foldKey(row.label);
    const code = codeCol === undefined ? '' : (cells[codeCol] ?? '');
    const isClerk =
      (opts.unitCode !== undefined && opts.unitCode !== '' && code === opts.unitCode) ||
      (mayBeClerk(folded) && sameUnit(unitKey(row.label), clerk));
    if (isClerk) {
      if (!unitRow) [unitRow, unitAt] = [row, at];
      continue;
    }
    const own = OWN_TOTAL.exec(key);
    if (own && mayBeClerk(folded) && sameUnit(unitKey(own[1] ?? ''), clerk)) {
      unitTotal ??= row;
      continue;
    }
    // "Tổng cộng (104 đơn vị cấp xã)": a total over many units is the province's, whatever its words.
    const overUnits = TOTALS.some((re) => re.test(key)) && OVER_UNITS.test(folded);
    const rank = CITY_TOTAL.test(key) || overUnits ? (clerkIsCity ? CITY_TOTAL_RANK : -2) : TOTALS.findIndex((re) => re.test(key));
    if (rank === -2) {
      cityWide = true;
      continue; // a city-wide row seen from a commune: neither its total nor its data
    }
    if (rank >= 0) {
      totals.push({ rank, row });
      continue;
    }
    const index = indexCol === undefined ? '' : (cells[indexCol] ?? '');
    if (SECTION_INDEX.test(index)) {
      sections.push(row);
      sectionKeys.push(key);
    } else if (SUB_INDEX.test(index)) nested = true;
    else {
      data.push(row);
      dataKeys.push(key);
    }
  }
  if (unitTotal) return pick('unit', unitTotal, []);
  if (unitRow) {
    const points = ownPoints(unitRow, data);
    if (points.length > 0) {
      // The clerk's row is its service centre's, one of the commune's reception points: their total row, else their sum.
      const total = grandTotal(totals);
      if (total) return pick('total', total, [unitRow, ...points]);
      return { pick: { choice: 'sum', label: `Σ ${points.length + 1} điểm tiếp nhận`, rows: [unitRow, ...points], parts: [] } };
    }
    const nameCols = [...labelCols, ...(nameCol === undefined ? [] : [nameCol])];
    return unitGroup(rows, unitAt, roles, nameCols) ?? subtotalBelow(rows, unitAt, roles, nameCols) ?? pick('unit', unitRow, []);
  }

  // Sections by level of government on a page of the clerk's unit ("I. Cấp thành phố (tiếp nhận tại phường)", "II. Cấp
  // xã"): the commune's level is its own competence, what its report counts; the total adds the other level's.
  // Nothing saying whose page it is: the levels may be the province's, as below.
  const catalogueTable = roles.some((r) => r.kind === 'field' && r.fields.some(isCatalogueField));
  const byLevel = !clerkIsCity && !catalogueTable;
  const levels = byLevel ? (levelsOf(sections, sectionKeys) ?? levelsOf(data, dataKeys)) : undefined;
  if (levels) {
    if (opts.pageOfClerk?.()) return pick('total', levels.commune, []);
    return { problem: `${BY_LEVEL} («${cleanText(levels.higher.label)}», …), không phải số liệu riêng của «${opts.unitName}»` };
  }

  const leaves = data.length > 0 ? data : sections;
  const leafKeys = data.length > 0 ? dataKeys : sectionKeys;
  const topicsOnly = labelCols.length > 0 && labelCols.every((c) => roles[c]?.kind === 'label' && roles[c].topics);
  const units = topicsOnly ? 0 : leafKeys.filter(isUnitKey).length;
  // Split by level of government, seen from a commune: neither the total nor any row is the commune's own.
  const higher = clerkIsCity ? undefined : leaves.find((_, i) => HIGHER_LEVEL.test(leafKeys[i] ?? ''));
  if (higher && !catalogueTable) {
    return { problem: `${BY_LEVEL} («${cleanText(higher.label)}», …), không phải số liệu riêng của «${opts.unitName}»` };
  }
  const total = grandTotal(totals);
  // Rows of other units never stand in for the clerk's: neither their total nor their sum; nor do the rows of a table
  // whose total is the whole province's.
  if ((units > 0 && !(clerkIsCity && total)) || cityWide) {
    return { problem: `${MISSING_UNIT_ROW} «${opts.unitName}»` };
  }
  if (total) return pick('total', total, nested ? [] : leaves);
  if (leaves.length === 1 && leaves[0]) return pick('single', leaves[0], []);
  if (leaves.length > 1 && isTree(leaves, roles)) {
    return { problem: `bảng nhiều cấp (kỳ, đơn vị, lĩnh vực lồng nhau) không có dòng tổng cũng không có dòng của «${opts.unitName}»` };
  }
  // Bodies above the commune ("Sở Nông nghiệp và Môi trường" …, the catalogue's exception above) are never added up.
  if (higher) return { problem: `${BY_LEVEL} («${cleanText(higher.label)}», …), không có dòng tổng` };
  // Nor are the catalogue's rows (a procedure may be counted under two fields of work or levels): only its total.
  if (leaves.length > 1 && catalogueTable) return null;
  if (leaves.length > 1) return { pick: { choice: 'sum', label: `Σ ${leaves.length} dòng`, rows: leaves, parts: [] } };
  return null;
}

/** "Cấp xã", "Cấp xã, phường, đặc khu": the commune level of government. */
const COMMUNE_LEVEL = /^(?:cap )?cap xa\b/;

/** Rows split by level of government: a higher level's row and the commune level's, when both are there. */
function levelsOf(rows: readonly LabelledRow[], keys: readonly string[]): { higher: LabelledRow; commune: LabelledRow } | undefined {
  const higher = rows[keys.findIndex((key) => HIGHER_LEVEL.test(key))];
  const commune = rows[keys.findIndex((key) => COMMUNE_LEVEL.test(key))];
  return higher && commune ? { higher, commune } : undefined;
}

/** A commune's service centre or one-stop desk named as the row ("Trung tâm Phục vụ hành chính công xã Lạc Dương"). */
const CENTRE = /^(?:trung tam (?:phuc vu )?hanh chinh cong|bo phan (?:mot cua|tiep nhan (?:va )?tra ket qua)|bpmc)\b/;
/** A reception point of the commune's own, naming no unit: "Điểm tiếp nhận số 1 (thôn Đạ Nghịt)". */
const OWN_POINT = /^(?:diem (?:phuc vu|tiep nhan)|quay tiep nhan|bo phan tiep nhan)\b/;

/**
 * When the clerk's row names its service centre and other rows are the commune's own reception points, those points:
 * the centre is then one point of several, not the commune. Else none.
 */
function ownPoints(unitRow: LabelledRow, data: readonly LabelledRow[]): LabelledRow[] {
  if (!CENTRE.test(foldKey(unitRow.label))) return [];
  // Such a row's name may stand where no name column is known (its heading "Điểm tiếp nhận"): its first words.
  return data.filter((row) => {
    const name = row.label || (row.cells.find((text) => HAS_LETTER.test(text)) ?? '');
    const key = foldKey(name);
    return OWN_POINT.test(key) && !isUnitKey(key);
  });
}

/**
 * Rows whose names stand in different columns (a categorised view: the period in the first, its units in the second,
 * their fields of work in the third): levels of a tree, each row adding up the ones under it. Never added up.
 */
function isTree(rows: readonly LabelledRow[], roles: readonly ColumnRole[]): boolean {
  // How far in a row's name stands: the empty cells before it (a row number or a spanning total stands at the start).
  const starts = new Set<number>();
  for (const { cells } of rows) {
    const at = cells.findIndex((text) => text !== '');
    if (at >= 0 && roles[at]?.kind !== 'field' && HAS_LETTER.test(cells[at] ?? '')) starts.add(at);
    if (starts.size > 1) return true;
  }
  return false;
}

/** A group's own total in a pivot: "Subtotal", "Tổng", "Cộng". */
const GROUP_TOTAL = /^(?:tong cong|tong so|tong|cong|subtotal|sub total|total)\b/;

/**
 * The clerk's row as the first of a group whose name spans several rows (a pivot's "Xã Diễn Châu" over "Trực tuyến │
 * Trực tiếp │ Subtotal"): the rows after it with no name of their own and a part's name in another text column are its
 * parts. Their total row is the clerk's figures; with none, the parts are not guessed into one. Null when the clerk's
 * row stands alone.
 */
function unitGroup(rows: readonly string[][], at: number, roles: readonly ColumnRole[], nameCols: readonly number[]): RowResult {
  const first = rows[at];
  const textCols = roles.flatMap((r, i) => (r.kind === 'unknown' && !nameCols.includes(i) ? [i] : []));
  const partName = (cells: readonly string[]) => textCols.map((c) => cells[c] ?? '').find((t) => HAS_LETTER.test(t) && !isNumberText(t));
  if (!first || nameCols.length === 0 || partName(first) === undefined) return null;
  const group = [first];
  for (const cells of rows.slice(at + 1)) {
    if (nameCols.some((c) => (cells[c] ?? '') !== '') || partName(cells) === undefined) break;
    group.push(cells);
  }
  if (group.length < 2) return null;
  const label = nameIn(first, nameCols);
  const total = group.find((cells) => GROUP_TOTAL.test(foldKey(partName(cells) ?? '')));
  if (total) return pick('unit', { cells: total, label }, []);
  return { problem: `dòng của «${cleanText(label)}» chia thành ${group.length} dòng con mà không có dòng cộng` };
}

/**
 * The clerk's row as an expanded group's heading with no figures of its own (a Power BI matrix: "xã Yên Lập" over its
 * fields of work, then "Tổng"): its figures are on the first total row below it, before the next unit's row.
 */
function subtotalBelow(rows: readonly string[][], at: number, roles: readonly ColumnRole[], nameCols: readonly number[]): RowResult {
  const first = rows[at];
  const fieldCols = columnsOf(roles, 'field');
  if (!first || fieldCols.length === 0 || fieldCols.some((c) => (first[c] ?? '') !== '')) return null;
  for (const cells of rows.slice(at + 1)) {
    const key = foldKey(nameIn(cells, nameCols));
    if (isUnitKey(key)) return null;
    if (GROUP_TOTAL.test(key)) return pick('unit', { cells, label: nameIn(first, nameCols) }, []);
  }
  return null;
}

/** A row's name: the first of its name columns that holds one. */
const nameIn = (cells: readonly string[], nameCols: readonly number[]): string => nameCols.map((c) => cells[c] ?? '').find((t) => t !== '') ?? '';

/** The best-ranked total label that occurs once (several "Cộng" rows are group subtotals). */
function grandTotal(totals: { rank: number; row: LabelledRow }[]): LabelledRow | undefined {
  const ranks = [...new Set(totals.map((t) => t.rank))].sort((a, b) => a - b);
  for (const rank of ranks) {
    const rows = totals.filter((t) => t.rank === rank);
    if (rows.length === 1) return rows[0]?.row;
  }
  return undefined;
}

function pick(choice: RowChoice, row: LabelledRow, parts: LabelledRow[]): { pick: RowPick } {
  return { pick: { choice, label: row.label, rows: [row], parts } };
}

/**
 * Whether a table's rows name another unit than the clerk's (a table of communes holding the clerk's row): the page
 * is a view of several units, and its other figures (a year's box, a chart of the group) are the group's.
 */
export function listsOtherUnits(rows: readonly (readonly string[])[], opts: UnitOptions): boolean {
  const clerk = clerkKey(opts);
  return rows.some((cells) => {
    const name = cells.find((text) => HAS_LETTER.test(text)) ?? '';
    const key = foldKey(name);
    return isUnitKey(key) && !SERVICE_POINT.test(key) && !sameUnit(unitKey(name), clerk);
  });
}
