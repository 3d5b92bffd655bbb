/**
 * The popup's state: its reads of the database (the first screen in one
 * transaction, secondary reads after paint), the chosen period and its
 * report, the whole report and the trend. The components only render it.
 */
import { useMemo, useState } from 'preact/hooks';
import { pageLinks } from './page-checklist';
import { buildPopupView } from './popup-view-build';
import type { PopupView } from './popup-view';
import { buildTrend, type Trend } from '../chart/trend';
import type { Capture, ReportPeriod } from '../domain/types';
import { buildWholeReport, type WholeReport } from '../report/whole-report';
import type { PeriodReport } from '../report/period-report';
import { deleteCapture, restoreCapture } from '../store/captures';
import type { ReportDb } from '../store/db';
import { loadPeriodKeys, loadPopupData, loadTrendCaptures, type PopupData } from '../store/popup-data';
import { saveSettings } from '../store/settings';
import { chosenPeriod, type PeriodList } from './period-list';
import { useAfterPaint } from './use-after-paint';
import { useLiveQuery } from './use-live-query';
import { usePeriodList, usePeriodReport } from './use-period-report';

/** Captures listed at first; "Xem thêm" adds as many again. */
const LIST_PAGE = 20;

export interface PopupState {
  data: PopupData | undefined;
  /** Lists more of the captures. */
  more: () => void;
}

/** `chosen`: the period the clerk picked (null: the default one); `data` catches up with it a moment later. */
export function usePopup(db: ReportDb, todayIso: string, chosen: string | null): PopupState {
  const [listed, setListed] = useState(LIST_PAGE);
  const data = useLiveQuery(
    () => loadPopupData(db, (settings) => chosenPeriod(chosen, todayIso, settings.cutoffDay), listed),
    [db, chosen, listed, todayIso],
  );
  return { data, more: () => setListed(listed + LIST_PAGE) };
}

export interface PopupPeriodView extends PeriodList {
  period: ReportPeriod;
  /** The first screen of the chosen period, from the database (the stored one is the default period's). */
  view: PopupView;
  report: PeriodReport;
  /** Null until the first screen is painted. */
  whole: WholeReport | null;
  /** Undefined until its captures are read. */
  trend: Trend | undefined;
  deleteCapture: (capture: Capture) => Promise<void>;
  restoreCapture: (capture: Capture) => Promise<void>;
  /** First use: the unit and the city every report needs. */
  saveUnit: (unitName: string, cityName: string) => Promise<void>;
}

export function usePopupPeriod(db: ReportDb, data: PopupData, todayIso: string): PopupPeriodView {
  const { settings, period } = data;
  const cutoff = settings.cutoffDay;
  // Secondary reads start after the first screen is shown (live queries subscribe in effects).
  const periodKeys = useLiveQuery(() => loadPeriodKeys(db), [db], true);
  const list = usePeriodList(todayIso, cutoff, period, periodKeys, Object.keys(data.manual));
  const report = usePeriodReport(data, period);
  // Below the fold: the section previews and the whole report come right after the first screen.
  const whole = useAfterPaint(() => buildWholeReport(report.context), [report]);
  const trendCaptures = useLiveQuery(() => loadTrendCaptures(db, period, cutoff), [db, period.id, cutoff], true);
  const trend = useMemo(() => trendCaptures && buildTrend(trendCaptures, period, settings, data.manual), [trendCaptures, data]);
  const view = useMemo(
    () =>
      buildPopupView({
        stamp: '',
        todayIso,
        unitName: settings.unitName,
        language: settings.uiLanguage,
        list,
        report,
        links: pageLinks([...data.recent, ...data.captures]),
      }),
    [report, list, data, todayIso],
  );
  return {
    ...list,
    period,
    view,
    report,
    whole,
    trend,
    deleteCapture: (c) => (c.id === undefined ? Promise.resolve() : deleteCapture(db, c.id)),
    restoreCapture: (c) => restoreCapture(db, c),
    saveUnit: (unitName, cityName) => saveSettings(db, { ...settings, unitName, cityName }),
  };
}
