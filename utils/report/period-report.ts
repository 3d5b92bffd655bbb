/**
 * Everything the popup shows for one reporting period, computed from the
 * stored captures and the settings in one pure step.
 */
import type { Capture, ReportPeriod, Settings } from '../types';
import type { Block } from './blocks';
import { pickFigures, type Figures } from './figures';
import { computeIndicators, type IndicatorSet } from './indicators';
import { SECTIONS } from './sections';
import { periodKeyOf } from '../store/content-key';

export interface SectionView {
  id: string;
  title: string;
  blocks: Block[];
  missing: string[];
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
}

export function buildPeriodReport(captures: readonly Capture[], period: ReportPeriod, settings: Settings): PeriodReport {
  const own = captures.filter((c) => c.periodKey === periodKeyOf({ period }));
  const figures = pickFigures(own, period);
  const indicators = computeIndicators(figures, settings);
  const context = { period, figures, indicators, settings };
  const sections = SECTIONS.map((s) => ({ id: s.id, title: s.title, ...s.build(context) }));
  const warnings = [...new Set(own.flatMap((c) => c.warnings))];
  return { period, figures, indicators, sections, warnings, captureCount: own.length };
}
