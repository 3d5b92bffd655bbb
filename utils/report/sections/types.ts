import type { ReportPeriod, Settings } from '../../types';
import type { Block } from '../blocks';
import type { Figures } from '../figures';
import type { IndicatorSet } from '../indicators';

/** Everything a section may draw on; built once per chosen period. */
export interface ReportContext {
  period: ReportPeriod;
  figures: Figures;
  indicators: IndicatorSet;
  settings: Settings;
}

export interface SectionResult {
  blocks: Block[];
  /** Vietnamese names of what printed as "chưa có số liệu", so the popup can warn before copying. */
  missing: string[];
}

/** One numbered section of the report; its heading is "{id}. {title}". */
export interface ReportSection {
  /** "3.2" – also names the popup's "Sao chép mục 3.2" button. */
  id: string;
  title: string;
  build(context: ReportContext): SectionResult;
}
