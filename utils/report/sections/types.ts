import type { Narrative, ReportPeriod, Settings } from '../../domain/types';
import type { Block } from '../blocks';
import type { Figures } from '../figures';
import type { IndicatorSet } from '../indicators';

/** Everything a section may draw on; built once per chosen period. */
export interface ReportContext {
  period: ReportPeriod;
  figures: Figures;
  indicators: IndicatorSet;
  settings: Settings;
  /** The clerk's text for the period (2.2 opens with part of it); absent → the defaults. */
  narrative?: Narrative;
}

export interface SectionResult {
  blocks: Block[];
  /** Vietnamese names of what printed as "chưa có số liệu", so the popup can warn before copying. */
  missing: string[];
  /** How some values were obtained, worth telling the clerk (e.g. a stand-in count). */
  notes: string[];
  /** Template problems (a broken saved template is replaced by the default and reported here). */
  problems: string[];
}

/** One numbered section of the report; its heading is "{id}. {title}". */
export interface ReportSection {
  /** "3.2" – also names the popup's "Sao chép mục 3.2" button. */
  id: string;
  title: string;
  build(context: ReportContext): SectionResult;
}
