/**
 * The trust boundaries' schemas (valibot): what a content script may send, what a
 * backup file may hold, what settings may be. Unknown keys are dropped (field maps
 * excepted: an unknown field is refused), strings and lists bounded, counts whole,
 * finite and below the ceiling, days real, timestamps canonical, addresses http(s).
 * Background and Options only: the content scripts have a size budget.
 */
import * as v from 'valibot';
import { isHttpUrl } from '../domain/page-address';
import { NARRATIVE_KEYS, TEMPLATE_KEYS } from '../domain/types';
import { COUNT_FIELDS, FIELD_KEYS, MAX_COUNT, PAGE_KINDS, RATE_FIELDS } from '../domain/fields';
import { isCanonicalInstant } from './days';
import { isCutoffDay, isIsoDate, periodById } from '../domain/period';
import { parseOrigin } from '../domain/origins';

/** Far above anything a real page gives, far below harm (a 30 MB unit name, a million warnings). */
export const LIMITS = {
  /** A label: unit, row, title, one header level. */
  label: 1_000,
  /** A cell's text as shown (a page may print 300 digits; it is refused as a number, kept as text). */
  raw: 1_000,
  /** A warning sentence (it quotes a cell, its column and row). */
  warning: 4_000,
  url: 2_048,
  headerDepth: 10,
  warnings: 500,
  unmapped: 300,
  kinds: 7,
  /** A page's tables: a year's months side by side give one each (12), and a page may hold a few tables. */
  extractionsPerMessage: 40,
  /** A template or a narrative part the clerk wrote. */
  text: 100_000,
  origins: 100,
  targetYears: 100,
  /** Teach mode: rules kept (all origins), columns in one rule, sample numbers per column. */
  rules: 1_000,
  ruleColumns: 200,
  samples: 3,
} as const;

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const label = text(LIMITS.label);

const DaySchema = v.pipe(v.string(), v.check(isIsoDate, 'not a real calendar day'));
export const InstantSchema = v.pipe(v.string(), v.check(isCanonicalInstant, 'not a timestamp'));

export const HttpUrlSchema = v.pipe(v.string(), v.maxLength(LIMITS.url), v.check(isHttpUrl, 'not an http(s) address'));

const CountSchema = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_COUNT));
/** Rates as a page shows them: usually 0–100, but a wrong page may show more; validation flags that, storage bounds it. */
const RateSchema = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(MAX_COUNT));

const optionalAll = <S extends v.GenericSchema>(keys: readonly string[], schema: S) =>
  Object.fromEntries(keys.map((k) => [k, v.optional(schema)])) as Record<string, v.OptionalSchema<S, undefined>>;

export const FieldsSchema = v.strictObject({
  ...optionalAll(COUNT_FIELDS, v.nullable(CountSchema)),
  ...optionalAll(RATE_FIELDS, v.nullable(RateSchema)),
});

const HeaderSchema = v.pipe(v.array(label), v.maxLength(LIMITS.headerDepth));
/** A sheet cell's address, "F12" (Excel's last column is XFD, its last row 1,048,576). */
const CellAddressSchema = v.pipe(v.string(), v.regex(/^[A-Z]{1,3}[1-9]\d{0,6}$/));
const CellSchema = v.object({ header: HeaderSchema, row: label, raw: text(LIMITS.raw), address: v.optional(CellAddressSchema) });

/** An imported Excel export's file and sheet (a capture's source instead of a page address). */
export const FileSourceSchema = v.object({ name: v.pipe(label, v.minLength(1)), sheet: label });

const PeriodSchema = v.pipe(
  v.object({ from: DaySchema, to: DaySchema }),
  v.check((p) => p.from <= p.to, 'period ends before it starts'),
);

export const ExtractionEntries = {
  kinds: v.pipe(v.array(v.picklist(PAGE_KINDS)), v.minLength(1), v.maxLength(LIMITS.kinds)),
  period: v.nullable(PeriodSchema),
  unit: v.nullable(label),
  rowChoice: v.picklist(['unit', 'total', 'sum', 'single'] as const),
  fields: FieldsSchema,
  cells: v.strictObject(optionalAll([...COUNT_FIELDS, ...RATE_FIELDS], CellSchema)),
  unmapped: v.pipe(v.array(HeaderSchema), v.maxLength(LIMITS.unmapped)),
  warnings: v.pipe(v.array(text(LIMITS.warning)), v.maxLength(LIMITS.warnings)),
  periodBasis: v.optional(v.literal('calendar')),
};

export const ExtractionSchema = v.object(ExtractionEntries);

export const PageReportSchema = v.object({
  url: HttpUrlSchema,
  title: label,
  extractions: v.pipe(v.array(ExtractionSchema), v.maxLength(LIMITS.extractionsPerMessage)),
  problem: v.optional(text(LIMITS.warning)),
});

/**
 * A stored capture as a backup holds it; ids and keys are not read (import renumbers and recomputes them).
 * Its source is a page address or, for an imported Excel export, a file (then the address is '').
 */
export const BackupCaptureSchema = v.pipe(
  v.object({
    ...ExtractionEntries,
    url: v.union([HttpUrlSchema, v.literal('')]),
    file: v.optional(FileSourceSchema),
    title: label,
    capturedAt: InstantSchema,
    lastSeenAt: InstantSchema,
  }),
  v.check((c) => (c.url === '') === (c.file !== undefined), 'a capture has one source: a page address or a file'),
  v.check((c) => c.capturedAt <= c.lastSeenAt, 'seen before it was captured'),
);

const PeriodIdSchema = v.pipe(v.string(), v.maxLength(20), v.check((id) => periodById(id)?.id === id, 'not a reporting period'));

export const ManualEntrySchema = v.object({ periodId: PeriodIdSchema, fields: FieldsSchema, savedAt: InstantSchema });

export const NarrativeSchema = v.object({
  periodId: PeriodIdSchema,
  texts: v.object(optionalAll(NARRATIVE_KEYS, text(LIMITS.text))),
  savedAt: InstantSchema,
});

const Percent = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(100));
const TargetsSchema = v.object({ online: Percent, onTime: Percent, digitized: Percent, reused: Percent, paknSatisfied: Percent, payment: Percent });

const isStoredOrigin = (o: string): boolean => {
  const check = parseOrigin(o);
  return check.ok && check.origin === o;
};

/** Settings as stored or restored; an empty unit is allowed (first run). */
export const SettingsSchema = v.object({
  unitName: label,
  cityName: label,
  targets: TargetsSchema,
  targetsByYear: v.optional(v.pipe(v.record(v.pipe(v.string(), v.regex(/^\d{4}$/)), TargetsSchema), v.maxEntries(LIMITS.targetYears))),
  cutoffDay: v.pipe(v.number(), v.check(isCutoffDay, 'not a cut-off day')),
  signer: v.optional(v.object({ role: label, title: label, name: label })),
  portalOrigins: v.optional(v.pipe(v.array(v.pipe(v.string(), v.maxLength(LIMITS.url), v.check(isStoredOrigin))), v.maxLength(LIMITS.origins))),
  templates: v.optional(v.object(optionalAll(TEMPLATE_KEYS, text(LIMITS.text)))),
  uiLanguage: v.optional(v.picklist(['vi', 'en'] as const)),
  parentBody: v.optional(label),
});

/** Where a value failed, as "captures.fields.receivedTotal" style dots (for the clerk's message; never the value). */
export function issuePath(issues: readonly v.BaseIssue<unknown>[]): string {
  const path = issues[0]?.path ?? [];
  return path
    .map((item) => String(item.key))
    .join('.')
    .slice(0, 200);
}

// --- Teach mode (issue 11): taught rules as stored, backed up and shared; the table a content script offers ---

const isOrigin = (o: string): boolean => {
  try {
    const url = new URL(o);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === o;
  } catch {
    return false;
  }
};
const OriginSchema = v.pipe(v.string(), v.maxLength(LIMITS.url), v.check(isOrigin, 'not an origin'));
const TaughtHeaderSchema = v.pipe(v.array(v.pipe(label, v.minLength(1))), v.minLength(1), v.maxLength(LIMITS.headerDepth));
const TaughtFieldSchema = v.nullable(v.picklist(FIELD_KEYS));

const TaughtColumnSchema = v.strictObject({ header: TaughtHeaderSchema, field: TaughtFieldSchema });

/** A rule as a backup or a shared rules file holds it (no id: import numbers it). */
export const TaughtRuleSchema = v.strictObject({
  origin: OriginSchema,
  columns: v.pipe(v.array(TaughtColumnSchema), v.minLength(1), v.maxLength(LIMITS.ruleColumns)),
  savedAt: InstantSchema,
});

export const TaughtRulesSchema = v.pipe(v.array(TaughtRuleSchema), v.maxLength(LIMITS.rules));

const SampleSchema = v.pipe(v.string(), v.maxLength(40), v.check((s) => !/\d{9}/.test(s.replace(/[\s.,]/g, '')), 'a long digit run'));

/** What a content script may offer for teaching: header paths, readings and a few numbers, nothing else. */
export const TeachTableSchema = v.strictObject({
  columns: v.pipe(
    v.array(
      v.strictObject({
        header: TaughtHeaderSchema,
        field: TaughtFieldSchema,
        engine: TaughtFieldSchema,
        samples: v.pipe(v.array(SampleSchema), v.maxLength(LIMITS.samples)),
      }),
    ),
    v.minLength(1),
    v.maxLength(LIMITS.ruleColumns),
  ),
});
