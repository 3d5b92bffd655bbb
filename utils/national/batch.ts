/**
 * The responses seen on one national page, turned into one capture report
 * and the reasons some could not be used (the notice: utils/capture/national-notice.ts).
 */
import type { Extraction, PageReport } from '../domain/types';
import type { NationalMessage } from './message';
import { parseNationalMessage } from './parse';

export interface NationalBatch {
  report: PageReport;
  /** Responses that could not be used, one Vietnamese line each (no duplicates). */
  problems: string[];
}

export function buildNationalBatch(
  messages: readonly NationalMessage[],
  unitName: string,
  page: { url: string; title: string },
): NationalBatch {
  const extractions: Extraction[] = [];
  const seen = new Set<string>();
  const problems = new Set<string>();
  for (const msg of messages) {
    const outcome = parseNationalMessage(msg, unitName);
    if (outcome.status === 'refused') problems.add(outcome.problem);
    if (outcome.status !== 'extracted') continue;
    const key = JSON.stringify(outcome.extraction);
    if (!seen.has(key)) extractions.push(outcome.extraction); // the page may load the same data twice
    seen.add(key);
  }
  const list = [...problems];
  const report: PageReport = { url: page.url, title: page.title, extractions };
  if (extractions.length === 0 && list.length > 0) report.problem = list.join(' ');
  return { report, problems: list };
}
