import type { NarrativeKey, TemplateKey } from '../../domain/types';
import type { Block } from '../blocks';
import type { ReportContext } from '../context';
import type { DataPlaceholderName } from '../templates/data-view';
import type { ReportProblem } from '../templates/render';

export type { ReportContext } from '../context';

export interface SectionResult {
  blocks: Block[];
  /** Vietnamese names of what printed as "chưa có số liệu", so the popup can warn before copying. */
  missing: string[];
  /** How some values were obtained, worth telling the clerk (e.g. a stand-in count). */
  notes: string[];
  /** Template problems (a broken saved template is replaced by the default and reported here). */
  problems: ReportProblem[];
}

/** A section's editable wording: the clerk's edit is saved under `key` in the settings. */
export interface SectionTemplate {
  key: TemplateKey;
  /** How the Options page names it: "Mục 3.2 (kết quả giải quyết TTHC)". */
  optionsLabel: string;
  /** The default wording: the seed report's words with placeholders ("Khôi phục mặc định" puts it back). */
  source: string;
  /** The data placeholders it may use, besides the common ones (unit, city, period). */
  data: readonly DataPlaceholderName[];
}

/** One generated part of the report: the unit the popup, the editor, the whole report and the .docx share. */
export interface ReportSection {
  /** Stable key: "title", "2.2", "3.1b", "3.2", "4", "5". */
  id: string;
  /** As numbered in the report ("3.1 b)"); absent for the title. */
  number?: string;
  title: string;
  /** Its place in the whole report: right after the clerk's part `after` (sections with the same place keep registry order). */
  after: NarrativeKey | 'letterhead';
  template: SectionTemplate;
  build(context: ReportContext): SectionResult;
}
