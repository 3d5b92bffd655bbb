/**
 * The appendix of the report: the period's figures in the layout of the
 * portal's Biểu 06 (received, resolved, in progress) and the six indicators
 * against their targets, so the clerk no longer attaches the portal's table by
 * hand. Pure: the .docx puts it on a page of its own, "Sao chép bảng số liệu"
 * copies it as Word-ready HTML and plain text.
 */
import type { FieldKey, Fields, ReportPeriod } from '../domain/types';
import { formatDateVi } from '../domain/period';
import type { Block, HeadGroup } from './blocks';
import { blocksToHtml, blocksToText } from './clipboard';
import { formatCount, formatPercent } from './format';
import { INDICATOR_KEYS, type IndicatorSet, type IndicatorStatus } from './indicators';

/** What the appendix needs of a period's report (utils/report/period-report.ts, the popup's and editor's view model). */
export interface AppendixInput {
  period: Pick<ReportPeriod, 'label' | 'from' | 'to'>;
  figures: { values: Fields };
  indicators: IndicatorSet;
}

/** Printed in a cell no source gave a number for: missing is not zero. */
export const NO_FIGURE = '–';

const RECEIVED: readonly [string, FieldKey][] = [
  ['Tổng số', 'receivedTotal'],
  ['Trực tuyến', 'receivedOnline'],
  ['Trực tiếp', 'receivedDirect'],
  ['Bưu chính', 'receivedPostal'],
  ['Kỳ trước chuyển sang', 'carriedOver'],
];
const RESOLVED: readonly [string, FieldKey][] = [
  ['Tổng số', 'resolvedTotal'],
  ['Trước hạn', 'resolvedEarly'],
  ['Đúng hạn', 'resolvedOnTime'],
  ['Quá hạn', 'resolvedLate'],
];
const IN_PROGRESS: readonly [string, FieldKey][] = [
  ['Tổng số', 'inProgressTotal'],
  ['Trong hạn', 'inProgressWithin'],
  ['Quá hạn', 'inProgressOverdue'],
];

const STATUS_TEXT: Readonly<Record<IndicatorStatus, string>> = {
  met: 'Đạt',
  missed: 'Chưa đạt',
  missing: 'Thiếu số liệu',
  notArisen: 'Không phát sinh',
};

const cell = (values: Fields, key: FieldKey): string => {
  const n = values[key];
  return n == null ? NO_FIGURE : formatCount(n).replace(/^0(\d)$/, '$1');
};

/** "Trực tiếp" when the page gave direct and postal together: that sum, marked, in the direct column and none in the postal one. */
function receivedCells(values: Fields): string[] {
  const combined = values.receivedDirect == null && values.receivedPostal == null && values.receivedDirectOrPostal != null;
  return RECEIVED.map(([, key]) => {
    if (combined && key === 'receivedDirect') return `${cell(values, 'receivedDirectOrPostal')} (gồm bưu chính)`;
    return cell(values, key);
  });
}

/** "Đúng hạn" when the page gave early and on time as one figure: that figure, marked, and none for early. */
function resolvedCells(values: Fields): string[] {
  const combined = values.resolvedEarly == null && values.resolvedOnTime == null && values.resolvedEarlyOrOnTime != null;
  return RESOLVED.map(([, key]) => {
    if (combined && key === 'resolvedOnTime') return `${cell(values, 'resolvedEarlyOrOnTime')} (gồm trước hạn)`;
    return cell(values, key);
  });
}

/** The two tables of the appendix, with their headings; the first block starts a new page. */
export function figuresAppendix(input: AppendixInput): Block[] {
  const { values } = input.figures;
  const groups: HeadGroup[] = [
    { text: 'Số hồ sơ nhận giải quyết', span: RECEIVED.length },
    { text: 'Số hồ sơ đã giải quyết', span: RESOLVED.length },
    { text: 'Số hồ sơ đang giải quyết', span: IN_PROGRESS.length },
  ];
  const figures: Block = {
    kind: 'table',
    groups,
    head: [...RECEIVED, ...RESOLVED, ...IN_PROGRESS].map(([label]) => label),
    rows: [[...receivedCells(values), ...resolvedCells(values), ...IN_PROGRESS.map(([, k]) => cell(values, k))]],
  };
  const indicators: Block = {
    kind: 'table',
    head: ['Chỉ số', 'Kết quả', 'Chỉ tiêu giao', 'Đánh giá'],
    rows: INDICATOR_KEYS.map((key) => {
      const i = input.indicators[key];
      return [i.label, i.value ? formatPercent(i.value) : i.text, `Tối thiểu ${formatPercent(i.target)}`, STATUS_TEXT[i.status]];
    }),
  };
  const dates = `(từ ngày ${formatDateVi(input.period.from)} đến ngày ${formatDateVi(input.period.to)})`;
  return [
    { kind: 'heading', text: 'PHỤ LỤC', style: { align: 'center', pageBreakBefore: true } },
    { kind: 'para', text: `Số liệu giải quyết TTHC ${input.period.label.toLocaleLowerCase('vi')} ${dates}`, style: { align: 'center', italic: true } },
    { kind: 'heading', text: '1. Tình hình tiếp nhận và giải quyết hồ sơ TTHC (theo Biểu 06)' },
    figures,
    { kind: 'para', text: `Ghi chú: “${NO_FIGURE}” là chưa có số liệu.`, style: { align: 'left', italic: true, sizePt: 12 } },
    { kind: 'heading', text: '2. Các chỉ số theo chỉ tiêu thành phố giao' },
    indicators,
  ];
}

/** The appendix tables alone, as "Sao chép bảng số liệu" puts them on the clipboard (the page break and title left out). */
export function figuresTableClipboard(input: AppendixInput): { html: string; text: string } {
  const blocks = figuresAppendix(input).slice(2);
  return { html: blocksToHtml(blocks), text: blocksToText(blocks) };
}
