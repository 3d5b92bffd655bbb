import type { PageReport } from '../domain/types';
import type { CaptureReply } from '../domain/protocol';
import { KIND_LABELS, periodRangeVi } from './labels';

export type NoticeTone = 'ok' | 'info' | 'error';

export interface NoticeText {
  tone: NoticeTone;
  lines: string[];
}

/** What the clerk reads in the page after a capture attempt. */
export function noticeText(report: PageReport, reply: CaptureReply | undefined): NoticeText {
  if (report.extractions.length === 0) {
    // A page of another unit, or a unit table whose clerk's row is on another page, was read but not stored.
    const unread = !/^(?:Trang này là số liệu của|Không thấy dòng của)/.test(report.problem ?? '');
    return {
      tone: 'error',
      lines: [
        unread ? 'Không đọc được bảng thống kê trên trang này, chưa lưu số liệu nào.' : 'Trang này chưa lưu số liệu nào.',
        ...(report.problem ? [report.problem] : []),
      ],
    };
  }
  if (!reply || !reply.ok) {
    return { tone: 'error', lines: ['Chưa lưu được số liệu.', reply && !reply.ok ? reply.error : 'Tiện ích không phản hồi.'] };
  }
  const lines = report.extractions.map((e, i) => {
    const what = e.kinds.map((k) => KIND_LABELS[k]).join(', ');
    const verb = reply.results[i]?.status === 'updated' ? 'Số liệu đã có, cập nhật lần xem' : 'Đã lưu số liệu';
    const row = e.unit ? ` – ${e.unit}` : '';
    // "chưa rõ kỳ số liệu" names the period itself: no "kỳ" before it.
    return `${verb}: ${what}, ${e.period ? 'kỳ ' : ''}${periodRangeVi(e.period)}${row}.`;
  });
  const warnings = report.extractions.reduce((n, e) => n + e.warnings.length, 0);
  if (warnings > 0) lines.push(`Có ${warnings} cảnh báo số liệu – xem trong cửa sổ tiện ích.`);
  if (report.extractions.some((e) => e.period === null))
    lines.push('Chưa xác định được kỳ số liệu: hãy chọn "Từ ngày"/"Đến ngày" rồi bấm Thống kê.');
  return { tone: warnings > 0 ? 'info' : 'ok', lines };
}

/** Teach mode: the notice's button that opens "Dạy đọc bảng". */
export const TEACH_BUTTON = 'Chỉ cách đọc bảng này';

/** A statistics table was not fully understood: refused as unreadable, or read with columns left unmapped. */
export function offersTeaching(report: PageReport): boolean {
  return report.problem?.startsWith('Không đọc được') === true || report.extractions.some((e) => e.unmapped.length > 0);
}
