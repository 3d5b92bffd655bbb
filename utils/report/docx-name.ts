import type { ReportPeriod } from '../domain/types';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** "Bao-cao-CCHC-Thang-02-2026.docx": ASCII, so every browser and mail system keeps the name. */
export function docxFileName(period: ReportPeriod): string {
  const ascii = period.label
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `Bao-cao-CCHC-${ascii}.docx`;
}

/** The document's title (Word's properties): report content, so Vietnamese whatever the pages' language. */
export function docxTitle(period: ReportPeriod): string {
  return `Báo cáo CCHC ${period.label}`;
}
