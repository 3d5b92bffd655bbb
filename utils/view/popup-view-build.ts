/**
 * Computes the popup's first screen (utils/view/popup-view.ts) from the period's report. Apart from the popup
 * view's shape so that the popup's first paint, which only reads a stored view, never loads the report machinery.
 */
import type { PageKind, UiLanguage } from '../domain/types';
import { blocksToHtml, blocksToText } from '../report/clipboard';
import type { PeriodReport } from '../report/period-report';
import type { PeriodList } from './period-list';
import { pageChecklist } from './page-checklist';
import { POPUP_VIEW_FORMAT, type IndicatorRows, type PopupView } from './popup-view';

export interface PopupViewSource {
  stamp: string;
  todayIso: string;
  unitName: string;
  language: UiLanguage | undefined;
  list: PeriodList;
  report: PeriodReport;
  links: Partial<Record<PageKind, string>>;
}

export function buildPopupView({ stamp, todayIso, unitName, language, list, report, links }: PopupViewSource): PopupView {
  const { period, indicators } = report;
  const s32 = report.sections.find((s) => s.id === '3.2');
  return {
    inputs: { format: POPUP_VIEW_FORMAT, stamp, todayIso },
    unitName,
    language: language ?? 'vi',
    periodId: period.id,
    period: { from: period.from, to: period.to, label: period.label },
    periods: list.periods.map(({ id, optionLabel }) => ({ id, optionLabel })),
    withData: [...list.withData],
    indicators: Object.fromEntries(
      Object.values(indicators).map(({ key, label, text, target, status, sources }) => [key, { key, label, text, target, status, sources }]),
    ) as IndicatorRows,
    missingCount: Object.values(indicators).filter((i) => i.status === 'missing').length,
    captureCount: report.captureCount,
    notes: report.notes,
    warnings: report.warnings,
    section32: s32 ? { title: s32.title, blocks: s32.blocks, missing: s32.missing, html: blocksToHtml(s32.blocks), text: blocksToText(s32.blocks) } : null,
    checklist: pageChecklist(report.figures.values, period, todayIso, links),
  };
}

