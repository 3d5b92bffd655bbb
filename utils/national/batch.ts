/**
 * The responses seen on one national page, turned into one capture report
 * and the lines of the in-page notice.
 */
import type { CaptureReply } from '../store/messages';
import type { Extraction, PageReport } from '../domain/types';
import { noticeText, type NoticeText } from '../capture/notice-text';
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

/** The shared capture notice, plus a line for each response that could not be used next to stored ones. */
export function nationalNotice(batch: NationalBatch, reply: CaptureReply | undefined): NoticeText {
  const text = noticeText(batch.report, reply);
  if (batch.report.extractions.length === 0 || batch.problems.length === 0) return text;
  return { tone: text.tone === 'ok' ? 'info' : text.tone, lines: [...text.lines, ...batch.problems] };
}
