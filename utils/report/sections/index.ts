/** Every generated report section, in report order. Add new sections here. */
import { section22 } from './section22';
import { section31b } from './section31b';
import { section32 } from './section32';
import { section4 } from './section4';
import { section5 } from './section5';
import { titleSection } from './title';
import type { ReportSection } from './types';

export type { ReportContext, ReportSection, SectionResult } from './types';

export const SECTIONS: readonly ReportSection[] = [titleSection, section22, section31b, section32, section4, section5];
