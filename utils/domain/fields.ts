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
  /** The rate (on a page) that this count is a numerator or base of. */
  rate?: RateKeyName;
}

const RATES = {
  rateOnline: { label: 'Tỷ lệ tiếp nhận trực tuyến (trên trang)', kind: 'online' },
  rateOnTime: { label: 'Tỷ lệ giải quyết trước hạn, đúng hạn (trên trang)', kind: 'results' },
  rateDigitized: { label: 'Tỷ lệ số hóa hồ sơ (trên trang)', kind: 'digitization' },
  rateEResult: { label: 'Tỷ lệ số hóa kết quả giải quyết (trên trang)', kind: 'digitization' },
  rateReused: { label: 'Tỷ lệ tái sử dụng dữ liệu số hóa (trên trang)', kind: 'digitization' },
  ratePayment: { label: 'Tỷ lệ thanh toán trực tuyến (trên trang)', kind: 'payment' },
  ratePaknSatisfied: { label: 'Tỷ lệ hài lòng trong xử lý phản ánh, kiến nghị (trên trang)', kind: 'feedback' },
  /** "Tỷ lệ hài lòng" on a results page: satisfaction with dossier handling, not PAKN. */
  rateHandlingSatisfaction: { label: 'Tỷ lệ hài lòng trong giải quyết TTHC (trên trang)', kind: 'results' },
} as const satisfies Record<string, RateSpec>;

type RateKeyName = keyof typeof RATES;

// prettier-ignore
const COUNTS = {
  receivedTotal: { label: 'Tổng số hồ sơ nhận giải quyết (gồm kỳ trước chuyển sang)', kind: 'results', sum: 'openingPlusFlow', manual: false },
  receivedNew: { label: 'Số hồ sơ mới tiếp nhận trong kỳ', kind: 'results', sum: 'flow', manual: true, rate: 'rateOnline' },
  receivedOnline: { label: 'Số hồ sơ tiếp nhận trực tuyến', kind: 'online', sum: 'flow', manual: true, rate: 'rateOnline' },
  receivedDirect: { label: 'Số hồ sơ tiếp nhận trực tiếp', kind: 'online', sum: 'flow', manual: false },
  receivedPostal: { label: 'Số hồ sơ tiếp nhận qua bưu chính công ích', kind: 'online', sum: 'flow', manual: false },
  receivedDirectOrPostal: { label: 'Số hồ sơ tiếp nhận trực tiếp, qua bưu chính', kind: 'online', sum: 'flow', manual: false },
  carriedOver: { label: 'Số hồ sơ kỳ trước chuyển sang', kind: 'results', sum: 'opening', manual: true },
  resolvedTotal: { label: 'Số hồ sơ đã giải quyết', kind: 'results', sum: 'flow', manual: true, rate: 'rateOnTime' },
  resolvedEarly: { label: 'Số hồ sơ giải quyết trước hạn', kind: 'results', sum: 'flow', manual: true, rate: 'rateOnTime' },
  resolvedOnTime: { label: 'Số hồ sơ giải quyết đúng hạn', kind: 'results', sum: 'flow', manual: true, rate: 'rateOnTime' },
  resolvedLate: { label: 'Số hồ sơ giải quyết quá hạn', kind: 'results', sum: 'flow', manual: true },
  inProgressTotal: { label: 'Số hồ sơ đang giải quyết', kind: 'results', sum: 'closing', manual: true },
  inProgressWithin: { label: 'Số hồ sơ đang giải quyết trong hạn', kind: 'results', sum: 'closing', manual: false },
  inProgressOverdue: { label: 'Số hồ sơ đang giải quyết quá hạn', kind: 'results', sum: 'closing', manual: true },
  suspended: { label: 'Số hồ sơ tạm dừng, chờ bổ sung', kind: 'results', sum: 'closing', manual: false },
  returnedWithdrawn: { label: 'Số hồ sơ trả lại, xin rút', kind: 'results', sum: 'flow', manual: false },
  digitized: { label: 'Số hồ sơ có số hóa thành phần hồ sơ', kind: 'digitization', sum: 'flow', manual: true, rate: 'rateDigitized' },
  digitizedBase: { label: 'Số hồ sơ tiếp nhận (cơ sở tính tỷ lệ số hóa)', kind: 'digitization', sum: 'flow', manual: true, rate: 'rateDigitized' },
  eResult: { label: 'Số kết quả giải quyết đã số hóa', kind: 'digitization', sum: 'flow', manual: true, rate: 'rateEResult' },
  eResultBase: { label: 'Số hồ sơ đã giải quyết (cơ sở tính tỷ lệ số hóa kết quả)', kind: 'digitization', sum: 'flow', manual: true, rate: 'rateEResult' },
  reused: { label: 'Số hồ sơ có tái sử dụng dữ liệu số hóa', kind: 'digitization', sum: 'flow', manual: true, rate: 'rateReused' },
  reusedBase: { label: 'Số hồ sơ tiếp nhận (cơ sở tính tỷ lệ tái sử dụng)', kind: 'digitization', sum: 'flow', manual: true, rate: 'rateReused' },
  paidOnline: { label: 'Số hồ sơ thanh toán trực tuyến', kind: 'payment', sum: 'flow', manual: true, rate: 'ratePayment' },
  feeDossiers: { label: 'Số hồ sơ có nghĩa vụ tài chính', kind: 'payment', sum: 'flow', manual: true, rate: 'ratePayment' },
  paknReceived: { label: 'Số phản ánh, kiến nghị tiếp nhận', kind: 'feedback', sum: 'flow', manual: true, rate: 'ratePaknSatisfied' },
  paknSatisfied: { label: 'Số phản ánh, kiến nghị được đánh giá hài lòng', kind: 'feedback', sum: 'flow', manual: true, rate: 'ratePaknSatisfied' },
  tthcTotal: { label: 'Tổng số TTHC thuộc thẩm quyền của tỉnh/thành phố', kind: 'catalogue', sum: 'closing', manual: true },
  tthcProvincial: { label: 'Số TTHC cấp tỉnh', kind: 'catalogue', sum: 'closing', manual: true },
  tthcCommune: { label: 'Số TTHC cấp xã', kind: 'catalogue', sum: 'closing', manual: true },
  tthcPartial: { label: 'Số TTHC cấp xã một phần', kind: 'catalogue', sum: 'closing', manual: true },
  tthcFull: { label: 'Số TTHC cấp xã toàn trình', kind: 'catalogue', sum: 'closing', manual: true },
  reducedTime: { label: 'Số hồ sơ được cắt giảm thời gian giải quyết', kind: 'results', sum: 'flow', manual: true },
} as const satisfies Record<string, CountSpec>;

export type CountField = keyof typeof COUNTS;
export type RateField = keyof typeof RATES;
export type FieldKey = CountField | RateField;
export type Fields = Partial<Record<FieldKey, number | null>>;

const keysOf = <T extends object>(o: T) => Object.keys(o) as (keyof T)[];

/** Canonical counts, in registry order. `null` in Fields = the page showed the field but it was blank. */
export const COUNT_FIELDS: readonly CountField[] = keysOf(COUNTS);
/** Rates as shown on a page, in percent (95.5 means 95,5%). */
export const RATE_FIELDS: readonly RateField[] = keysOf(RATES);
export const FIELD_KEYS: readonly FieldKey[] = [...COUNT_FIELDS, ...RATE_FIELDS];

const COUNT_SPECS: Readonly<Record<CountField, CountSpec>> = COUNTS;
const RATE_SPECS: Readonly<Record<RateField, RateSpec>> = RATES;
const specOf = (key: FieldKey): RateSpec => (key in COUNT_SPECS ? COUNT_SPECS[key as CountField] : RATE_SPECS[key as RateField]);

export const isCountField = (key: string): key is CountField => Object.hasOwn(COUNT_SPECS, key);
export const isRateField = (key: string): key is RateField => Object.hasOwn(RATE_SPECS, key);
export const isFieldKey = (key: string): key is FieldKey => isCountField(key) || isRateField(key);

/** Vietnamese names of the fields, for provenance notes and missing-data warnings. */
export const FIELD_LABELS: Readonly<Record<FieldKey, string>> = Object.fromEntries(
  FIELD_KEYS.map((key) => [key, specOf(key).label]),
) as Record<FieldKey, string>;

/** The page kind each field belongs to. */
export const fieldKind = (key: FieldKey): PageKind => specOf(key).kind;

/** How a count sums over the months of a longer period. */
export const sumRuleOf = (key: CountField): SumRule => COUNT_SPECS[key].sum;

/** The rate a count is the numerator or base of, if any. */
export const rateOf = (key: CountField): RateField | undefined => COUNT_SPECS[key].rate;

/** The counts the report prints or divides; each can be entered or corrected by hand. */
export const MANUAL_FIELDS: readonly CountField[] = COUNT_FIELDS.filter((key) => COUNT_SPECS[key].manual);

/** Page kinds with their fields, in PAGE_KINDS order; kinds without fields of their own (index766) are left out. */
export const KIND_FIELDS: readonly (readonly [PageKind, readonly FieldKey[]])[] = PAGE_KINDS.map(
  (kind) => [kind, FIELD_KEYS.filter((key) => fieldKind(key) === kind)] as const,
).filter(([, keys]) => keys.length > 0);
