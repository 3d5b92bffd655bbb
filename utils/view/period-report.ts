/** One period's report from what the pages read, the same for the popup and the report editor. */
import type { Capture, Fields, Narrative, ReportPeriod, SavedNarrative, Settings } from '../domain/types';
import { carriedFrom, narrativeForPeriod } from '../report/narrative';
import { buildPeriodReport, type PeriodReport } from '../report/period-report';
import { resolveFigures } from '../report/period-figures';

export interface ReportInputs {
  settings: Settings;
  captures: readonly Capture[];
  narratives: readonly SavedNarrative[];
  /** The clerk's entries by period id. */
  manual: Partial<Record<string, Fields>>;
}

export interface NarratedReport extends PeriodReport {
  /** The clerk's text for the period: their own, or carried forward from an earlier one. */
  narrative: Narrative;
}

/** The report with the clerk's entries and text for the period. */
export function reportForPeriod(inputs: ReportInputs, period: ReportPeriod): NarratedReport {
  const { settings, captures, narratives, manual } = inputs;
  const narrative = narrativeForPeriod(narratives, period, settings.cutoffDay);
  const narrativeFrom = carriedFrom(narratives, period, settings.cutoffDay)?.label;
  return { ...buildPeriodReport(captures, period, settings, { manual, narrative, ...(narrativeFrom ? { narrativeFrom } : {}) }), narrative };
}

/** What the captures alone give for the period, shown as hints next to the clerk's entries. */
export function capturedValues(inputs: Pick<ReportInputs, 'settings' | 'captures'>, period: ReportPeriod): Fields {
  return resolveFigures(inputs.captures, period, { cutoffDay: inputs.settings.cutoffDay }).figures.values;
}
