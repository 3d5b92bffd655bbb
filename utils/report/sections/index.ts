/**
 * Every generated report section, in report order: the one registry that
 * the popup, the report editor, the whole report, the .docx and the Options
 * template editor read. Adding a section is its file here plus this list
 * (and its template key in utils/domain/types.ts, where the settings store it).
 */
import type { TemplateKey } from '../../domain/types';
import { section22 } from './section22';
import { section31b } from './section31b';
import { section32 } from './section32';
import { section4 } from './section4';
import { section5 } from './section5';
import { titleSection } from './title';
import type { ReportSection } from './types';

export type { ReportContext, ReportSection, SectionResult, SectionTemplate } from './types';

export const SECTIONS: readonly ReportSection[] = [titleSection, section22, section31b, section32, section4, section5];

/** The section that owns each saved template. */
export const SECTION_OF_TEMPLATE = Object.fromEntries(SECTIONS.map((s) => [s.template.key, s])) as Readonly<Record<TemplateKey, ReportSection>>;
