/**
 * The field registry: everything the project knows about a canonical field,
 * in one place. Every list of fields (counts, rates, page kinds, monthly
 * summing, manual entry, labels) is derived from it, so adding a field is one
 * entry here plus its tests (tests/unit/report/fields.test.ts).
 */

/** Every kind of statistics page; `index766` (the national index) has no fields of its own. */
export const PAGE_KINDS = ['results', 'online', 'digitization', 'payment', 'feedback', 'catalogue', 'index766'] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

/**
 * How a count adds up over the reporting months of a longer period (spec §3):
 * flows add up, the opening stock comes from the first month, closing stocks
 * from the last; `openingPlusFlow` is the first month's carried-over count plus
 * the summed new dossiers.
 */
export type SumRule = 'flow' | 'opening' | 'closing' | 'openingPlusFlow';

interface RateSpec {
  /** Vietnamese, for provenance notes and missing-data warnings (report content). */
  label: string;
  /** The kind of page that shows it. */
  kind: PageKind;
}

interface CountSpec extends RateSpec {
  sum: SumRule;
  /** The report prints or divides it, so the clerk may enter or correct it by hand. */
  manual: boolean;
}

// Positional helpers keep the registry compact: it ships in the 40 KB content script.
const rate = (label: string, kind: PageKind): RateSpec => ({ label, kind });
const count = (label: string, kind: PageKind, sum: SumRule, manual = false): CountSpec => ({ label, kind, sum, manual });

const RATES = {
  rateOnline: rate('Tỷ lệ tiếp nhận trực tuyến (trên trang)', 'online'),
  rateOnTime: rate('Tỷ lệ giải quyết trước hạn, đúng hạn (trên trang)', 'results'),
  rateDigitized: rate('Tỷ lệ số hóa hồ sơ (trên trang)', 'digitization'),
  rateEResult: rate('Tỷ lệ số hóa kết quả giải quyết (trên trang)', 'digitization'),
  rateReused: rate('Tỷ lệ tái sử dụng dữ liệu số hóa (trên trang)', 'digitization'),
  ratePayment: rate('Tỷ lệ thanh toán trực tuyến (trên trang)', 'payment'),
  ratePaknSatisfied: rate('Tỷ lệ hài lòng trong xử lý phản ánh, kiến nghị (trên trang)', 'feedback'),
  /** "Tỷ lệ hài lòng" on a results page: satisfaction with dossier handling, not PAKN. */
  rateHandlingSatisfaction: rate('Tỷ lệ hài lòng trong giải quyết TTHC (trên trang)', 'results'),
} satisfies Record<string, RateSpec>;

// prettier-ignore
const COUNTS = {
  receivedTotal: count('Tổng số hồ sơ nhận giải quyết (gồm kỳ trước chuyển sang)', 'results', 'openingPlusFlow'),
  receivedNew: count('Số hồ sơ mới tiếp nhận trong kỳ', 'results', 'flow', true),
  receivedOnline: count('Số hồ sơ tiếp nhận trực tuyến', 'online', 'flow', true),
  receivedDirect: count('Số hồ sơ tiếp nhận trực tiếp', 'online', 'flow'),
  receivedPostal: count('Số hồ sơ tiếp nhận qua bưu chính công ích', 'online', 'flow'),
  receivedDirectOrPostal: count('Số hồ sơ tiếp nhận trực tiếp, qua bưu chính', 'online', 'flow'),
  carriedOver: count('Số hồ sơ kỳ trước chuyển sang', 'results', 'opening', true),
  resolvedTotal: count('Số hồ sơ đã giải quyết', 'results', 'flow', true),
  resolvedEarly: count('Số hồ sơ giải quyết trước hạn', 'results', 'flow', true),
  resolvedOnTime: count('Số hồ sơ giải quyết đúng hạn', 'results', 'flow', true),
  /** A page's one figure for both ("Trước hạn, đúng hạn"); the report derives it from the two when a page splits them. */
  resolvedEarlyOrOnTime: count('Số hồ sơ giải quyết trước hạn, đúng hạn (gộp chung)', 'results', 'flow'),
  resolvedLate: count('Số hồ sơ giải quyết quá hạn', 'results', 'flow', true),
  inProgressTotal: count('Số hồ sơ đang giải quyết', 'results', 'closing', true),
  inProgressWithin: count('Số hồ sơ đang giải quyết trong hạn', 'results', 'closing'),
  inProgressOverdue: count('Số hồ sơ đang giải quyết quá hạn', 'results', 'closing', true),
  suspended: count('Số hồ sơ tạm dừng, chờ bổ sung', 'results', 'closing'),
  returnedWithdrawn: count('Số hồ sơ trả lại, xin rút', 'results', 'flow'),
  digitized: count('Số hồ sơ có số hóa thành phần hồ sơ', 'digitization', 'flow', true),
  digitizedBase: count('Số hồ sơ tiếp nhận (cơ sở tính tỷ lệ số hóa)', 'digitization', 'flow', true),
  eResult: count('Số kết quả giải quyết đã số hóa', 'digitization', 'flow', true),
  eResultBase: count('Số hồ sơ đã giải quyết (cơ sở tính tỷ lệ số hóa kết quả)', 'digitization', 'flow', true),
  reused: count('Số hồ sơ có tái sử dụng dữ liệu số hóa', 'digitization', 'flow', true),
  reusedBase: count('Số hồ sơ tiếp nhận (cơ sở tính tỷ lệ tái sử dụng)', 'digitization', 'flow', true),
  paidOnline: count('Số hồ sơ thanh toán trực tuyến', 'payment', 'flow', true),
  feeDossiers: count('Số hồ sơ có nghĩa vụ tài chính', 'payment', 'flow', true),
  paknReceived: count('Số phản ánh, kiến nghị tiếp nhận', 'feedback', 'flow', true),
  paknSatisfied: count('Số phản ánh, kiến nghị được đánh giá hài lòng', 'feedback', 'flow', true),
  tthcTotal: count('Tổng số TTHC thuộc thẩm quyền của tỉnh/thành phố', 'catalogue', 'closing', true),
  tthcProvincial: count('Số TTHC cấp tỉnh', 'catalogue', 'closing', true),
  tthcCommune: count('Số TTHC cấp xã', 'catalogue', 'closing', true),
  tthcPartial: count('Số TTHC cấp xã một phần', 'catalogue', 'closing', true),
  tthcFull: count('Số TTHC cấp xã toàn trình', 'catalogue', 'closing', true),
  reducedTime: count('Số hồ sơ được cắt giảm thời gian giải quyết', 'results', 'flow', true),
} satisfies Record<string, CountSpec>;

export type CountField = keyof typeof COUNTS;
export type RateField = keyof typeof RATES;

/** What a rate divides: its numerator counts (added up) over its base count. */
export interface RateMeasure {
  numerator: readonly CountField[];
  base: CountField;
  /** The one count a page may give for the whole numerator instead of its parts; the report divides this. */
  whole?: CountField;
}

// Every rate but rateHandlingSatisfaction (no counts of its own). The report divides these; extraction reads a share
// beside a count as the count's rate only when the count is its rate's whole numerator.
const MEASURES = {
  rateOnline: { numerator: ['receivedOnline'], base: 'receivedNew' },
  rateOnTime: { numerator: ['resolvedEarly', 'resolvedOnTime'], base: 'resolvedTotal', whole: 'resolvedEarlyOrOnTime' },
  rateDigitized: { numerator: ['digitized'], base: 'digitizedBase' },
  rateEResult: { numerator: ['eResult'], base: 'eResultBase' },
  rateReused: { numerator: ['reused'], base: 'reusedBase' },
  ratePayment: { numerator: ['paidOnline'], base: 'feeDossiers' },
  ratePaknSatisfied: { numerator: ['paknSatisfied'], base: 'paknReceived' },
} satisfies Partial<Record<RateField, RateMeasure>>;

/** The ways a page splits the resolved dossiers by their due date: each adds up to `resolvedTotal`. */
export const RESOLVED_SPLITS: readonly (readonly CountField[])[] = [
  ['resolvedEarly', 'resolvedOnTime', 'resolvedLate'],
  ['resolvedEarlyOrOnTime', 'resolvedLate'],
];

/** The rates that have counts of their own. */
export type CountedRate = keyof typeof MEASURES;
export const RATE_MEASURES: Readonly<Record<CountedRate, RateMeasure>> = MEASURES;
export type FieldKey = CountField | RateField;
export type Fields = Partial<Record<FieldKey, number | null>>;

/**
 * No commune handles a trillion dossiers: a count above this is a page error (or an attack),
 * refused wherever counts enter (page cells, the national JSON, messages, backups), never stored.
 */
export const MAX_COUNT = 1e12;

const keysOf = <T extends object>(o: T) => Object.keys(o) as (keyof T)[];

/** Canonical counts, in registry order. `null` in Fields = the page showed the field but it was blank. */
export const COUNT_FIELDS: readonly CountField[] = keysOf(COUNTS);
/** Rates as shown on a page, in percent (95.5 means 95,5%). */
export const RATE_FIELDS: readonly RateField[] = keysOf(RATES);
export const FIELD_KEYS: readonly FieldKey[] = [...COUNT_FIELDS, ...RATE_FIELDS];

const COUNT_SPECS: Readonly<Record<CountField, CountSpec>> = COUNTS;
const RATE_SPECS: Readonly<Record<RateField, RateSpec>> = RATES;
export const isCountField = (key: string): key is CountField => Object.hasOwn(COUNT_SPECS, key);
export const isRateField = (key: string): key is RateField => Object.hasOwn(RATE_SPECS, key);
/** For trust boundaries: whether a key from outside names a field. */
export const isFieldKey = (key: string): key is FieldKey => isCountField(key) || isRateField(key);

const specOf = (key: FieldKey): RateSpec => (isCountField(key) ? COUNT_SPECS[key] : RATE_SPECS[key]);

/** Vietnamese names of the fields, for provenance notes and missing-data warnings. */
export const FIELD_LABELS: Readonly<Record<FieldKey, string>> = Object.fromEntries(
  FIELD_KEYS.map((key) => [key, specOf(key).label]),
) as Record<FieldKey, string>;

/** The page kind each field belongs to. */
export const fieldKind = (key: FieldKey): PageKind => specOf(key).kind;

/** How a count sums over the months of a longer period. */
export const sumRuleOf = (key: CountField): SumRule => COUNT_SPECS[key].sum;

/** A rate's numerator and base, if it has counts. */
export const measureOf = (rate: RateField): RateMeasure | undefined => (Object.hasOwn(MEASURES, rate) ? RATE_MEASURES[rate as CountedRate] : undefined);

const COUNTED_RATES = keysOf(MEASURES);

/** The rate a count is the numerator or base of, if any. */
export const rateOf = (key: CountField): RateField | undefined =>
  COUNTED_RATES.find((rate) => RATE_MEASURES[rate].base === key || RATE_MEASURES[rate].numerator.includes(key));

/**
 * The rate a count alone makes ("Trực tuyến 797 │ 98,15%", "Trước hạn, đúng hạn 1.093 │ 99,54%"); not "Trước hạn":
 * on time is early plus on time.
 */
export const soleRateOf = (key: string): RateField | undefined =>
  COUNTED_RATES.find((rate) => {
    const { numerator, whole } = RATE_MEASURES[rate];
    return whole === key || (numerator.length === 1 && numerator[0] === key);
  });

/** The counts the report prints or divides; each can be entered or corrected by hand. */
export const MANUAL_FIELDS: readonly CountField[] = COUNT_FIELDS.filter((key) => COUNT_SPECS[key].manual);

/** Page kinds with their fields, in PAGE_KINDS order; kinds without fields of their own (index766) are left out. */
export const KIND_FIELDS: readonly (readonly [PageKind, readonly FieldKey[]])[] = PAGE_KINDS.map(
  (kind) => [kind, FIELD_KEYS.filter((key) => fieldKind(key) === kind)] as const,
).filter(([, keys]) => keys.length > 0);
