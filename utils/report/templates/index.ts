/**
 * Report templates: what each may use, checking a clerk's edit, and
 * rendering a section's template or a narrative text for a period.
 */
import type { ReportPeriod, Settings, TemplateKey } from '../../domain/types';
import type { ReportContext } from '../sections/types';
import { COMMON_PLACEHOLDERS, commonView } from './common-view';
import { DATA_PLACEHOLDERS, type Resolved } from './data-view';
import { DEFAULT_TEMPLATES, TEMPLATE_DATA } from './defaults';
import { checkTemplate, renderTemplate, type View } from './render';

export { DEFAULT_TEMPLATES } from './defaults';
export { checkTemplate, textToBlocks } from './render';

/** Names of the templates as the Options page lists them. */
export const TEMPLATE_TITLES: Readonly<Record<TemplateKey, string>> = {
  title: 'Tên báo cáo',
  section22: 'Mục 2.2 (cắt giảm thời gian giải quyết)',
  section31b: 'Mục 3.1 b) (niêm yết, công khai TTHC)',
  section32: 'Mục 3.2 (kết quả giải quyết TTHC)',
  section4: 'Mục 4 (phản ánh, kiến nghị)',
  section5: 'Mục 5 (một cửa, một cửa liên thông)',
};

/** Placeholder → what it prints, for the template editor's help; also the names `checkTemplateFor` accepts. */
export function templatePlaceholders(key: TemplateKey): Record<string, string> {
  const data = TEMPLATE_DATA[key].map((name) => [name, DATA_PLACEHOLDERS[name].description] as const);
  return { ...COMMON_PLACEHOLDERS, ...Object.fromEntries(data) };
}

/** Problems of an edited template in Vietnamese (empty when it can be saved). */
export function checkTemplateFor(key: TemplateKey, source: string): string[] {
  return checkTemplate(source, Object.keys(templatePlaceholders(key)));
}

export interface RenderedSection {
  text: string;
  /** Data printed as "chưa có số liệu". */
  missing: string[];
  /** How some values were obtained (e.g. a stand-in count). */
  notes: string[];
  /** Set when the saved template is broken and the default was used instead. */
  problems: string[];
}

const unique = (items: readonly string[]): string[] => [...new Set(items)];

/** Renders the clerk's template for `key` (or the default: a broken saved template is reported, never printed). */
export function renderSectionTemplate(key: TemplateKey, context: ReportContext): RenderedSection {
  const saved = context.settings.templates?.[key];
  const savedProblems = saved === undefined ? [] : checkTemplateFor(key, saved);
  const source = saved === undefined || savedProblems.length > 0 ? DEFAULT_TEMPLATES[key] : saved;
  const problems = savedProblems.map((p) => `Mẫu “${TEMPLATE_TITLES[key]}” có lỗi nên đang dùng mẫu mặc định. ${p}`);

  const resolved = new Map<string, Resolved>(TEMPLATE_DATA[key].map((name) => [name, DATA_PLACEHOLDERS[name].resolve(context)]));
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

/**
 * A narrative text (the clerk's own, utils/report/narrative.ts) for a period:
 * only the common placeholders. A text that does not parse as a template is
 * printed as typed, with the problem reported.
 */
export function renderNarrativeText(
  source: string,
  period: ReportPeriod,
  settings: Pick<Settings, 'unitName' | 'cityName'>,
): { text: string; problems: string[] } {
  const problems = checkTemplate(source, Object.keys(COMMON_PLACEHOLDERS));
  if (problems.length > 0) return { text: source, problems };
  return { text: renderTemplate(source, commonView(period, settings)).text, problems };
}
