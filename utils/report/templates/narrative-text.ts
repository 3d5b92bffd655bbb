import type { ReportPeriod, Settings } from '../../domain/types';
import { FACT_KEYS, FACT_PLACEHOLDERS, factView, type FactKey } from '../facts';
import { DEFAULT_NARRATIVE } from '../narrative';
import { COMMON_PLACEHOLDERS, commonView } from './common-view';
import { checkTemplate, renderTemplate, type ReportProblem } from './render';

/** What a narrative text may name: the common placeholders and the period's facts. */
export const NARRATIVE_PLACEHOLDERS: readonly string[] = [...Object.keys(COMMON_PLACEHOLDERS), ...Object.keys(FACT_PLACEHOLDERS)];

/**
 * A narrative text (the clerk's own, utils/report/narrative.ts) for a period:
 * the common placeholders and the period's facts (facts.ts; the default gaps
 * when not given). A text that does not parse as a template is printed as
 * typed, with the problem reported.
 */
export function renderNarrativeText(
  source: string,
  period: ReportPeriod,
  settings: Pick<Settings, 'unitName' | 'cityName'>,
  facts: Readonly<Record<FactKey, string>> = DEFAULT_NARRATIVE,
): { text: string; problems: ReportProblem[] } {
  const problems = checkTemplate(source, NARRATIVE_PLACEHOLDERS).map((problem) => ({ problem }));
  if (problems.length > 0) return { text: source, problems };
  const common = commonView(period, settings);
  // A fact may itself name the common placeholders ("… của UBND {{cap_thanh_pho}}"); one that does not parse prints as typed.
  const commonNames = Object.keys(COMMON_PLACEHOLDERS);
  const rendered = Object.fromEntries(
    FACT_KEYS.map((key) => [key, checkTemplate(facts[key], commonNames).length > 0 ? facts[key] : renderTemplate(facts[key], common).text]),
  ) as Record<FactKey, string>;
  return { text: renderTemplate(source, { ...common, ...factView(rendered) }).text, problems };
}
