/**
 * The popup. Its first screen paints from the view the background stored (before this code loads, from the HTML the
 * background drew of it: entrypoints/first-paint.ts); the database and the rest load after that paint (PopupLive) and
 * take over. A stored view whose inputs changed is shown as refreshing.
 */
import { useEffect, useState } from 'preact/hooks';
import type { ComponentType } from 'preact';
import type { ReportDb } from '@/utils/store/db';
import type { StoredView } from '@/utils/store/popup-view-store';
import { FIRST_SCREEN_MARK, asPopupView, isCurrent } from '@/utils/view/popup-view';
import type { LiveProps, LiveState } from './PopupLive';
import { PopupScreen } from './PopupScreen';
import { StringsProvider } from './strings';

interface Props {
  todayIso: string;
  /** What extension storage held at opening (utils/store/popup-view-store.ts), if anything. */
  stored?: StoredView;
  /** The database, opened once the first screen is painted. */
  openDb: () => Promise<ReportDb>;
}

interface Live {
  Part: ComponentType<LiveProps>;
  db: ReportDb;
}

export function PopupApp({ todayIso, stored, openDb }: Props) {
  const [live, setLive] = useState<Live | null>(null);
  const [state, setState] = useState<LiveState | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const storedView = asPopupView(stored?.view);
  const view = state?.view ?? storedView;
  const shown = state ? state.view : storedView && stored && isCurrent(storedView, stored.stamp, todayIso) ? storedView : undefined;
  // Current: computed from today's data, for the period the clerk chose.
  const current = Boolean(shown && (chosen === null || chosen === shown.periodId));
  useEffect(() => {
    // For `npm run bench`: the first render with the clerk's current data, stored or live.
    if (view && current && performance.getEntriesByName(FIRST_SCREEN_MARK).length === 0) performance.mark(FIRST_SCREEN_MARK);
  }, [view, current]);
  // After the mark: loading the live part is the next task's work, not the first screen's.
  useEffect(() => {
    void Promise.all([import('./PopupLive'), openDb()]).then(([m, db]) => setLive({ Part: m.PopupLive, db }));
  }, []);
  return (
    <StringsProvider language={view?.language}>
      <PopupScreen view={view} current={current} state={state} chosen={chosen} onChoose={setChosen}>
        {live && <live.Part db={live.db} todayIso={todayIso} chosen={chosen} onState={setState} />}
      </PopupScreen>
    </StringsProvider>
  );
}
