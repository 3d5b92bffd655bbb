import type { Narrative, ReportPeriod, Settings } from '../domain/types';
import type { Figures } from './figures';
import type { IndicatorSet } from './indicators';

/** Everything a section or a data placeholder may draw on; built once per chosen period. */
export interface ReportContext {
  period: ReportPeriod;
  figures: Figures;
  indicators: IndicatorSet;
  settings: Settings;
  /** The clerk's text for the period (2.2 opens with part of it); absent → the defaults. */
  narrative?: Narrative;
  /** Set when `narrative` was carried from another period: that period's label ("Tháng 01/2026"), so its facts are flagged. */
  narrativeFrom?: string;
}
