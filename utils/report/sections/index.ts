/** Every generated report section, in report order. Add new sections here. */
import { section32 } from './section32';
import type { ReportSection } from './types';

export type { ReportContext, ReportSection, SectionResult } from './types';

export const SECTIONS: readonly ReportSection[] = [section32];
