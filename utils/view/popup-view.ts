/**
 * The popup's first screen as plain data: the unit, the "Kỳ báo cáo" list, the period's
 * indicators, section 3.2 (blocks and both clipboard flavours) and the pages still to open.
 * The background keeps the default period's view in extension storage so the popup paints it
 * before Dexie and the report machinery load; `inputs` say what it was computed from, so a view
 * whose inputs changed is never shown as current (isCurrent). Pure.
 */
import type { ReportPeriod, UiLanguage } from '../domain/types';
import type { Block } from '../report/blocks';
import type { Indicator, IndicatorKey } from '../report/indicators';
import type { PageChecklist } from './page-checklist';

/** Performance mark of the first screen with current data on screen (`npm run bench`). */
export const FIRST_SCREEN_MARK = 'popup-data-rendered';

/** Bumped whenever PopupView's shape changes: an older stored view is then ignored. */
export const POPUP_VIEW_FORMAT = 1;

/** An indicator as the first screen shows it: plain JSON (extension storage keeps no BigInt, so no exact fraction). */
export type IndicatorRow = Pick<Indicator, 'key' | 'label' | 'text' | 'target' | 'status' | 'sources'>;
export type IndicatorRows = Record<IndicatorKey, IndicatorRow>;

export interface PopupViewInputs {
  format: number;
  /** The store's write stamp when the view was computed (utils/store/popup-view-store.ts). */
  stamp: string;
  /** The day the default period was chosen by. */
  todayIso: string;
}

export interface PopupView {
  inputs: PopupViewInputs;
  unitName: string;
  language: UiLanguage;
  periodId: string;
  /** "15/01/2026 – 14/02/2026" parts, for the empty-period note. */
  period: Pick<ReportPeriod, 'from' | 'to' | 'label'>;
  /** "Kỳ báo cáo", newest first. */
  periods: Pick<ReportPeriod, 'id' | 'optionLabel'>[];
  /** Ids of the periods that hold data. */
  withData: string[];
  indicators: IndicatorRows;
  /** Indicators still without a figure: the toolbar badge. */
  missingCount: number;
  captureCount: number;
  notes: string[];
  warnings: string[];
  section32: { title: string; blocks: Block[]; missing: string[]; html: string; text: string } | null;
  checklist: PageChecklist;
}

/** A stored view is current when it has this format and was computed from today's day and the store's latest write. */
export function isCurrent(view: { inputs: PopupViewInputs }, stamp: string, todayIso: string): boolean {
  const i = view.inputs;
  return i.format === POPUP_VIEW_FORMAT && i.stamp === stamp && i.todayIso === todayIso;
}

/** Accepts only a stored value of this format (an older extension version may have left another shape). */
export function asPopupView(value: unknown): PopupView | undefined {
  const inputs = (value as { inputs?: PopupViewInputs } | undefined)?.inputs;
  return inputs?.format === POPUP_VIEW_FORMAT ? (value as PopupView) : undefined;
}

/** The first screen of a view as HTML, drawn by the background for the popup's first paint; current as its view is. */
export interface FirstScreen {
  inputs: PopupViewInputs;
  language: UiLanguage;
  html: string;
}

export function firstScreenOf(view: PopupView, html: string): FirstScreen {
  return { inputs: view.inputs, language: view.language, html };
}

/** Accepts only a stored first screen of this format. */
export function asFirstScreen(value: unknown): FirstScreen | undefined {
  const screen = value as Partial<FirstScreen> | undefined;
  return screen?.inputs?.format === POPUP_VIEW_FORMAT && typeof screen.html === 'string' ? (screen as FirstScreen) : undefined;
}

/** The report editor's address for a period (entrypoints/report reads `period`). */
export const editorPath = (periodId: string): `/report.html${string}` => `/report.html?period=${encodeURIComponent(periodId)}`;
