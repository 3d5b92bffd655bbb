/**
 * The popup. Its first screen (unit, "Kỳ báo cáo", indicators, the action bar, "Trang cần mở",
 * section 3.2) paints from the view the background stored; the database and the rest load after
 * that paint (PopupLive) and take over. A stored view whose inputs changed is shown as refreshing.
 */
import { nativeBrowser as browser } from '@/utils/store/native-browser';
import { useEffect, useState } from 'preact/hooks';
import type { ComponentChildren, ComponentType } from 'preact';
import type { ReportDb } from '@/utils/store/db';
import { periodRange } from '@/utils/capture/labels';
import { asPopupView, editorPath, isCurrent } from '@/utils/view/popup-view';
import type { LiveProps, LiveState } from './PopupLive';
import { PeriodSelect } from './PeriodSelect';
import { IndicatorTable } from './IndicatorTable';
import { IndicatorSources } from './IndicatorSources';
import { WarningList } from './WarningList';
import { SectionCard } from './SectionCard';
import { WholeReportActions } from './WholeReportActions';
import { PageChecklist } from './PageChecklist';
import { FirstRunForm } from './FirstRunForm';
import { copyRich } from './copy';
import { StringsProvider, useStrings } from './strings';

interface Props {
  todayIso: string;
  /** What extension storage held at opening (utils/store/popup-view-store.ts), if anything. */
  stored?: { view: unknown; stamp: string };
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
    if (view && current && performance.getEntriesByName('popup-data-rendered').length === 0) performance.mark('popup-data-rendered');
  }, [view, current]);
  // After the mark: loading the live part is the next task's work, not the first screen's.
  useEffect(() => {
    void Promise.all([import('./PopupLive'), openDb()]).then(([m, db]) => setLive({ Part: m.PopupLive, db }));
  }, []);
  return (
    <StringsProvider language={view?.language}>
      <Screen view={view} current={current} state={state} chosen={chosen} onChoose={setChosen}>
        {live && <live.Part db={live.db} todayIso={todayIso} chosen={chosen} onState={setState} />}
      </Screen>
    </StringsProvider>
  );
}

interface ScreenProps {
  view: LiveState['view'] | undefined;
  current: boolean;
  state: LiveState | null;
  chosen: string | null;
  onChoose: (periodId: string) => void;
  /** The live part, below the first screen. */
  children: ComponentChildren;
}

function Screen({ view, current, state, chosen, onChoose, children }: ScreenProps) {
  const s = useStrings();
  if (!view) {
    return (
      <main aria-busy="true">
        <p role="status">{s.loading}</p>
        {/* Mounted (it reads the database) but shown only under its first screen. */}
        <div hidden>{children}</div>
      </main>
    );
  }
  const periodId = chosen ?? view.periodId;
  const openEditor = () => void browser.tabs.create({ url: browser.runtime.getURL(editorPath(periodId)) });
  const s32 = view.section32;
  const copy32 = s32 && {
    label: s.copySection(s.sectionName('3.2')),
    done: s.sectionCopied(s.sectionName('3.2')),
    // Stale text is never copied: the button waits, disabled, for the current one.
    run: current ? () => copyRich({ html: s32.html, text: s32.text }) : null,
  };
  const copyTable = { label: s.copyFiguresTable, done: s.figuresTableCopied, run: (current && state?.copyTable) || null };
  return (
    <main data-ready={state ? '1' : undefined} aria-busy={!current}>
      <header>
        <h1>{s.appTitle}{view.unitName ? ` – ${view.unitName}` : ''}</h1>
        <nav class="links">
          <button type="button" class="link" onClick={openEditor}>
            {s.openEditor}
          </button>
          <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
            {s.openSettings}
          </button>
        </nav>
      </header>
      {state && !state.settings.unitName && <FirstRunForm settings={state.settings} onSave={state.saveUnit} />}
      <div class="period-row">
        <PeriodSelect periods={view.periods} value={periodId} withData={new Set(view.withData)} onChange={onChoose} />
        {!current && <span role="status" class="refreshing">{s.refreshing}</span>}
      </div>
      <IndicatorTable indicators={view.indicators} />
      <WholeReportActions bar report={current ? state?.whole ?? null : null} title={state?.title ?? ''} fileName={state?.fileName ?? ''} extra={[...(copy32 ? [copy32] : []), copyTable]} showNotes={view.captureCount > 0} />
      {view.captureCount === 0 && (
        <p class="empty" role="note">
          {s.emptyPeriod(periodRange(view.period) ?? s.unknownPeriod)}
        </p>
      )}
      <IndicatorSources indicators={view.indicators} />
      <PageChecklist checklist={view.checklist} />
      {view.notes.length > 0 && (
        <ul class="notes" aria-label={s.sourceNotes}>
          {view.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
      <WarningList warnings={view.warnings} />
      {s32 && <SectionCard id="3.2" number="3.2" title={s32.title} blocks={s32.blocks} missing={s32.missing} open />}
      {children}
    </main>
  );
}
