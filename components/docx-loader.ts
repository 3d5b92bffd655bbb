/**
 * The .docx writer (the docx library, ~220 KB), loaded only when the clerk downloads. Handed to WholeReportActions by
 * the pages that can download, so that the popup's first screen, which the background also draws, does not bundle it.
 */
export type DocxWriter = typeof import('@/utils/report/docx');

export const loadDocxWriter = (): Promise<DocxWriter> => import('@/utils/report/docx');
