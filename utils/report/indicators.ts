/**
 * The six indicators of spec §4, in the seed report's order and wording,
 * checked against the targets with exact arithmetic.
 */
import { TARGET_KEYS, type FieldKey, type RateField, type Settings, type Targets } from '../domain/types';
import { sumOf, type FigureSource, type Figures } from './figures';
import { compareFractions, fractionOf, percentOf, toNumber, type Fraction } from './fraction';
import { formatPercent, MISSING_TEXT, NOT_ARISEN_TEXT } from './format';
import { RATE_MEASURES, type CountedRate } from '../domain/fields';

export type IndicatorKey = keyof Targets;

/** Seed order: the first three from the city's and ministries' systems, the last three from the city's. */
export const INDICATOR_KEYS: readonly IndicatorKey[] = TARGET_KEYS;

/**
 * A code the pages name in the chosen language ("Đạt", "Chưa đạt", "Thiếu số liệu", "Không phát sinh" in Vietnamese).
 * 'notArisen': zero denominator (e.g. no PAKN in the period); neither met nor missed.
 */
export type IndicatorStatus = 'met' | 'missed' | 'missing' | 'notArisen';

export interface Indicator {
  key: IndicatorKey;
  /** Seed wording, e.g. "Tỷ lệ nộp hồ sơ trực tuyến". */
  label: string;
  /** Counts behind the value; null when unknown or when the value came from a captured rate. */
  numerator: number | null;
  denominator: number | null;
  /** Exact percent (100 × numerator / denominator, or the captured rate); null when missing or not arisen. */
  value: Fraction | null;
  /** `value` as a double, for charts only. */
  percent: number | null;
  /** As printed: "92,63%", "không phát sinh", "chưa có số liệu" (digitisation may add "; số hóa kết quả giải quyết: …"). */
  text: string;
  /** Percent, from settings. */
  target: number;
  status: IndicatorStatus;
  /** Provenance of every field that went into the value. */
  sources: Partial<Record<FieldKey, FigureSource>>;
  /**
   * Set when the back office gave nothing for this indicator and national-index
   * data of a calendar period stood in: "theo số liệu tháng 01/2026 trên Cổng
   * Dịch vụ công quốc gia" (`text` then ends with it in brackets).
   */
  note?: string;
}

export type IndicatorSet = Record<IndicatorKey, Indicator>;

/**
 * numerator fields summed over a denominator field; `whole` is one count a page gives for the numerator's parts
 * together, used when the parts are not known; `rate` is used only when the counts are not both known.
 */
interface Measure {
  numerator: readonly FieldKey[];
  denominator: FieldKey;
  whole?: FieldKey;
  rate?: RateField;
}

interface Measured {
  numerator: number | null;
  denominator: number | null;
  value: Fraction | null;
  state: 'value' | 'not-arisen' | 'missing';
  text: string;
  used: FieldKey[];
}

function measure({ values }: Figures, m: Measure): Measured {
  const parts = sumOf(values, m.numerator);
  // The parts when known (each with its page cell); else the page's one figure for them.
  const whole = parts === null && m.whole !== undefined ? (values[m.whole] ?? null) : null;
  const numerator = parts ?? whole;
  const denominator = values[m.denominator] ?? null;
  const counts = [...(whole !== null && m.whole ? [m.whole] : m.numerator), m.denominator];
  if (denominator === 0) {
    return { numerator, denominator, value: null, state: 'not-arisen', text: NOT_ARISEN_TEXT, used: [m.denominator] };
  }
  const fromCounts = numerator !== null && denominator !== null ? percentOf(numerator, denominator) : null;
  if (fromCounts) return { numerator, denominator, value: fromCounts, state: 'value', text: formatPercent(fromCounts), used: counts };
  const rate = m.rate === undefined ? null : values[m.rate];
  const fromRate = rate == null ? null : fractionOf(rate);
  if (m.rate && fromRate) {
    return { numerator: null, denominator: null, value: fromRate, state: 'value', text: formatPercent(fromRate), used: [m.rate] };
  }
  return { numerator, denominator, value: null, state: 'missing', text: MISSING_TEXT, used: counts };
}

function statusOf(measured: Measured, target: number): IndicatorStatus {
  if (measured.state === 'not-arisen') return 'notArisen';
  const goal = fractionOf(target);
  if (!measured.value || !goal) return 'missing';
  return compareFractions(measured.value, goal) >= 0 ? 'met' : 'missed';
}

/** A rate's counts as the field registry relates them; with `useRate`, the page's own rate stands in. */
function registered(rate: CountedRate, useRate = true): Measure {
  const { numerator, base, whole } = RATE_MEASURES[rate];
  return { numerator, denominator: base, ...(whole ? { whole } : {}), ...(useRate ? { rate } : {}) };
}

interface Definition {
  label: (cityName: string) => string;
  measure: Measure;
}

// The classic on-time rate has no rate fallback: a captured "Tỷ lệ trước hạn,
// đúng hạn" may be the national index's variant (on time among resolved + in
// progress), which spec §4 keeps apart.
const DEFINITIONS: Record<IndicatorKey, Definition> = {
  online: {
    label: () => 'Tỷ lệ nộp hồ sơ trực tuyến',
    measure: registered('rateOnline'),
  },
  onTime: {
    label: () => 'Tỷ lệ hồ sơ đã giải quyết trước hạn, đúng hạn',
    measure: registered('rateOnTime', false),
  },
  digitized: {
    label: () => 'Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính',
    measure: registered('rateDigitized'),
  },
  reused: {
    label: () => 'Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa',
    measure: registered('rateReused'),
  },
  // Never rateHandlingSatisfaction: that is satisfaction with dossier handling, another figure.
  paknSatisfied: {
    label: (cityName) => `Tỷ lệ hài lòng trong xử lý phản ánh, kiến nghị trên hệ thống của ${cityName}`,
    measure: registered('ratePaknSatisfied'),
  },
  payment: {
    label: () => 'Tỷ lệ hồ sơ thanh toán trực tuyến',
    measure: registered('ratePayment'),
  },
};

/** Digitised results ("Đã số hóa" / "Đã giải quyết"), added to the digitisation line when it differs. */
const E_RESULT: Measure = registered('rateEResult');

function sourcesOf(figures: Figures, keys: readonly FieldKey[]): Indicator['sources'] {
  const sources: Indicator['sources'] = {};
  for (const key of keys) {
    const source = figures.sources[key];
    if (source) sources[key] = source;
  }
  return sources;
}

/**
 * The back office's figures, or the national index's when the back office
 * gave nothing for this measure. The whole measure comes from one side, so a
 * back-office numerator is never divided by a national denominator.
 */
function chooseBasis(figures: Figures, m: Measure): { basis: Figures; measured: Measured; note?: string } {
  const measured = measure(figures, m);
  const calendar = figures.calendar;
  if (measured.state !== 'missing' || !calendar) return { basis: figures, measured };
  const national = measure(calendar.figures, m);
  if (national.state === 'missing') return { basis: figures, measured };
  return { basis: calendar.figures, measured: national, note: calendar.note };
}

function indicator(key: IndicatorKey, figures: Figures, settings: Pick<Settings, 'cityName' | 'targets'>): Indicator {
  const definition = DEFINITIONS[key];
  const { basis, measured, note } = chooseBasis(figures, definition.measure);
  let { text, used } = measured;
  if (key === 'digitized') {
    const eResult = measure(basis, E_RESULT);
    if (eResult.state === 'value' && eResult.text !== text) {
      text += `; số hóa kết quả giải quyết: ${eResult.text}`;
      used = [...used, ...eResult.used];
    }
  }
  if (note) text += ` (${note})`;
  const target = settings.targets[key];
  return {
    key,
    label: definition.label(settings.cityName),
    numerator: measured.numerator,
    denominator: measured.denominator,
    value: measured.value,
    percent: measured.value ? toNumber(measured.value) : null,
    text,
    target,
    status: statusOf(measured, target),
    sources: sourcesOf(basis, used),
    ...(note ? { note } : {}),
  };
}

export function computeIndicators(figures: Figures, settings: Pick<Settings, 'cityName' | 'targets'>): IndicatorSet {
  const entries = INDICATOR_KEYS.map((key) => [key, indicator(key, figures, settings)] as const);
  return Object.fromEntries(entries) as IndicatorSet;
}
