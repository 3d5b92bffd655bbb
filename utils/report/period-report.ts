/**
 * Everything the popup shows for one reporting period, computed from the
 * stored captures and the settings in one pure step.
 */
import type { Capture, Fields, Narrative, ReportPeriod, Settings } from '../domain/types';
import type { Block } from './blocks';
import type { ReportProblem } from './templates/render';
import type { Figures } from './figures';
import { computeIndicators, INDICATOR_KEYS, type IndicatorSet } from './indicators';
import { resolveFigures } from './period-figures';
import { SECTIONS, type ReportContext } from './sections';
import { targetsFor } from './targets';
import { changeWarnings } from './change-warnings';
import { periodKeyOf } from '../domain/period';

/** Printed where the unit's name goes until the clerk has entered it. */
const UNIT_GAP = '…';

export interface SectionView {
  id: string;
  /** As numbered in the report ("3.1 b)"); absent for the title. */
  number?: string;
  title: string;
  blocks: Block[];
  missing: string[];
  notes: string[];
  problems: ReportProblem[];
}

export interface PeriodReport {
  period: ReportPeriod;
  figures: Figures;
  indicators: IndicatorSet;
  sections: SectionView[];
  /** Data warnings of the captures used, without repeats. */
  warnings: string[];
  /** Captures whose period is exactly this one. */
  captureCount: number;
  /** Where the figures came from when it was not simply this period's captures ("tổng hợp từ 3 tháng", national index). */
  notes: string[];
  /** For buildWholeReport (whole-report.ts) when the clerk copies or downloads the whole report. */
  context: ReportContext;
}

export interface PeriodReportOptions {
  /** The clerk's entries by period id ("month:2026-02"); a longer period also uses its months'. */
  manual?: Partial<Record<string, Fields>>;
  /** The clerk's text for this period (narrative.ts, carryForwardNarrative); absent → defaults. */
  narrative?: Narrative;
  /** The label of the period `narrative` was carried from, when it is not this period's own (its facts are flagged). */
  narrativeFrom?: string;
}

export function buildPeriodReport(
  captures: readonly Capture[],
  period: ReportPeriod,
  settings: Settings,
  options: PeriodReportOptions = {},
): PeriodReport {
  const { figures, used } = resolveFigures(captures, period, { cutoffDay: settings.cutoffDay, manual: options.manual });
  const indicators = computeIndicators(figures, { ...settings, targets: targetsFor(settings, period.year) });
  // Before the clerk has named the unit, the text shows a visible gap rather than "trên địa bàn  đã".
  const reportSettings = { ...settings, unitName: settings.unitName.trim() || UNIT_GAP };
  const context: ReportContext = {
    period,
    figures,
    indicators,
    settings: reportSettings,
    ...(options.narrative ? { narrative: options.narrative } : {}),
    ...(options.narrativeFrom ? { narrativeFrom: options.narrativeFrom } : {}),
  };
  const sections = SECTIONS.map((s) => ({ id: s.id, ...(s.number ? { number: s.number } : {}), title: s.title, ...s.build(context) }));
  // A number that a later capture changed comes first: the clerk must see it before copying the report.
  const warnings = [...new Set([...changeWarnings(captures, figures), ...used.flatMap((c) => c.warnings)])];
  const captureCount = captures.filter((c) => c.periodKey === periodKeyOf({ period })).length;
  const notes = [
    ...(figures.fromMonths ? [`Số liệu ${period.label} ${figures.fromMonths.note}: ${figures.fromMonths.months.join(', ')}.`] : []),
    ...INDICATOR_KEYS.flatMap((key) => (indicators[key].note ? [`${indicators[key].label}: ${indicators[key].note}.`] : [])),
    ...new Set(sections.flatMap((s) => s.notes)),
  ];
  return { period, figures, indicators, sections, warnings, captureCount, notes, context };
}
