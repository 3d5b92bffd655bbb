/** A section's template: its placeholders, checking a clerk's edit, rendering it, and the plain one-template section. */
import type { Block } from '../blocks';
import { COMMON_PLACEHOLDERS, commonView } from '../templates/common-view';
import { DATA_PLACEHOLDERS, type Resolved } from '../templates/data-view';
import { checkTemplate, renderTemplate, textToBlocks, type ReportProblem, type TemplateProblem, type View } from '../templates/render';
import type { ReportContext, ReportSection, SectionResult, SectionTemplate } from './types';

/** Placeholder → what it prints, for the template editor's help; also the names a check accepts. */
export function placeholdersOf(template: SectionTemplate): Record<string, string> {
  const data = template.data.map((name) => [name, DATA_PLACEHOLDERS[name].description] as const);
  return { ...COMMON_PLACEHOLDERS, ...Object.fromEntries(data) };
}

/** Problems of an edited template (empty when it can be saved). */
export function checkSectionTemplate(template: SectionTemplate, source: string): TemplateProblem[] {
  return checkTemplate(source, Object.keys(placeholdersOf(template)));
}

export interface RenderedSection {
  text: string;
  /** Data printed as "chưa có số liệu". */
  missing: string[];
  /** How some values were obtained (e.g. a stand-in count). */
  notes: string[];
  /** Set when the saved template is broken and the default was used instead. */
  problems: ReportProblem[];
}

const unique = (items: readonly string[]): string[] => [...new Set(items)];

/** Renders the clerk's template (or the default: a broken saved template is reported, never printed). */
export function renderSectionTemplate(template: SectionTemplate, context: ReportContext): RenderedSection {
  const saved = context.settings.templates?.[template.key];
  const savedProblems = saved === undefined ? [] : checkSectionTemplate(template, saved);
  const source = saved === undefined || savedProblems.length > 0 ? template.source : saved;
  const problems = savedProblems.map((problem) => ({ template: template.optionsLabel, problem }));

  const resolved = new Map<string, Resolved>(template.data.map((name) => [name, DATA_PLACEHOLDERS[name].resolve(context)]));
  const view: View = { ...commonView(context.period, context.settings) };
  for (const [name, { value }] of resolved) view[name] = value;
  const { text, used } = renderTemplate(source, view);
  const usedResolved = used.flatMap((name) => resolved.get(name) ?? []);
  return {
    text,
    missing: unique(usedResolved.flatMap((r) => r.missing ?? [])),
    notes: unique(usedResolved.flatMap((r) => r.note ?? [])),
    problems,
  };
}

/** A section whose body is its one template, optionally under its "{number}. {title}" heading. */
export function templateSection(spec: Omit<ReportSection, 'build'> & { heading: boolean }): ReportSection {
  const { heading, ...section } = spec;
  return {
    ...section,
    build(context: ReportContext): SectionResult {
      const { text, missing, notes, problems } = renderSectionTemplate(section.template, context);
      const head: Block[] = heading ? [{ kind: 'heading', text: `${section.number}. ${section.title}` }] : [];
      return { blocks: [...head, ...textToBlocks(text)], missing, notes, problems };
    },
  };
}
