/**
 * Report templates by their settings key, for the Options template editor
 * and tests: each is owned by a section (utils/report/sections), which
 * holds its label, default wording and placeholders.
 */
import type { TemplateKey } from '../../domain/types';
import { SECTION_OF_TEMPLATE, SECTIONS } from '../sections';
import { checkSectionTemplate, placeholdersOf, renderSectionTemplate as renderTemplateOf, type RenderedSection } from '../sections/template';
import type { ReportContext } from '../context';
import type { TemplateProblem } from './render';

export { checkTemplate, textToBlocks } from './render';
export { renderNarrativeText } from './narrative-text';
export type { RenderedSection } from '../sections/template';
export type { ReportProblem, TemplateProblem } from './render';

const byKey = <T>(pick: (key: TemplateKey) => T) =>
  Object.fromEntries(SECTIONS.map((s) => [s.template.key, pick(s.template.key)])) as Readonly<Record<TemplateKey, T>>;

/** Names of the templates as the Options page lists them. */
export const TEMPLATE_TITLES = byKey((key) => SECTION_OF_TEMPLATE[key].template.optionsLabel);

/** The default wording of each template ("Khôi phục mặc định" in Options puts it back). */
export const DEFAULT_TEMPLATES = byKey((key) => SECTION_OF_TEMPLATE[key].template.source);

/** Placeholder → what it prints, for the template editor's help; also the names `checkTemplateFor` accepts. */
export function templatePlaceholders(key: TemplateKey): Record<string, string> {
  return placeholdersOf(SECTION_OF_TEMPLATE[key].template);
}

/** Problems of an edited template (empty when it can be saved). */
export function checkTemplateFor(key: TemplateKey, source: string): TemplateProblem[] {
  return checkSectionTemplate(SECTION_OF_TEMPLATE[key].template, source);
}

/** Renders the clerk's template for `key` (or the default: a broken saved template is reported, never printed). */
export function renderSectionTemplate(key: TemplateKey, context: ReportContext): RenderedSection {
  return renderTemplateOf(SECTION_OF_TEMPLATE[key].template, context);
}
