import type { ReportPeriod, Settings } from '../../domain/types';
import { COMMON_PLACEHOLDERS, commonView } from './common-view';
import { checkTemplate, renderTemplate, type ReportProblem } from './render';

/**
 * A narrative text (the clerk's own, utils/report/narrative.ts) for a period:
 * only the common placeholders. A text that does not parse as a template is
 * printed as typed, with the problem reported.
 */
export function renderNarrativeText(
  source: string,
  period: ReportPeriod,
  settings: Pick<Settings, 'unitName' | 'cityName'>,
): { text: string; problems: ReportProblem[] } {
  const problems = checkTemplate(source, Object.keys(COMMON_PLACEHOLDERS)).map((problem) => ({ problem }));
  if (problems.length > 0) return { text: source, problems };
  return { text: renderTemplate(source, commonView(period, settings)).text, problems };
}
