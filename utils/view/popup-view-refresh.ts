/** Computes the default period's first screen from the database and keeps it in extension storage (the background calls it). */
import { defaultPeriod } from '../domain/period';
import type { ReportDb } from '../store/db';
import { loadPeriodKeys, loadPopupData } from '../store/popup-data';
import { readDataStamp, writeStoredView } from '../store/popup-view-store';
import { periodList } from './period-list';
import { reportForPeriod } from './period-report';
import { buildPopupView } from './popup-view-build';
import { firstScreenOf, type FirstScreen, type PopupView } from './popup-view';
import { pageLinks } from './page-checklist';

/** Enough of the newest captures to learn an address for every page kind the clerk has opened. */
const LINK_SAMPLE = 200;

export async function computePopupView(db: ReportDb, todayIso: string): Promise<PopupView> {
  // The stamp first: a write landing during the reads leaves the view marked older than the data.
  const stamp = await readDataStamp();
  const data = await loadPopupData(db, (settings) => defaultPeriod(todayIso, settings.cutoffDay), LINK_SAMPLE);
  const keys = await loadPeriodKeys(db);
  const { settings, period } = data;
  return buildPopupView({
    stamp,
    todayIso,
    unitName: settings.unitName,
    language: settings.uiLanguage,
    list: periodList(todayIso, settings.cutoffDay, period, keys, Object.keys(data.manual)),
    report: reportForPeriod(data, period),
    links: pageLinks([...data.recent, ...data.captures]),
  });
}

/** `draw`: the view as the popup's first screen in HTML (the components layer draws; this layer cannot). */
export async function refreshPopupView(db: ReportDb, todayIso: string, draw: (view: PopupView) => string): Promise<{ view: PopupView; screen: FirstScreen }> {
  const view = await computePopupView(db, todayIso);
  const screen = firstScreenOf(view, draw(view));
  await writeStoredView(view, screen);
  return { view, screen };
}
