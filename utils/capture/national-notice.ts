/** The in-page notice on the national index page. */
import type { CaptureReply } from '../domain/protocol';
import type { NationalBatch } from '../national/batch';
import { noticeText, type NoticeText } from './notice-text';

/** The shared capture notice, plus a line for each response that could not be used next to stored ones. */
export function nationalNotice(batch: NationalBatch, reply: CaptureReply | undefined): NoticeText {
  const text = noticeText(batch.report, reply);
  if (batch.report.extractions.length === 0 || batch.problems.length === 0) return text;
  return { tone: text.tone === 'ok' ? 'info' : text.tone, lines: [...text.lines, ...batch.problems] };
}
