/**
 * The popup's first screen (unit, "Kỳ báo cáo", indicators, the action bar, "Trang cần mở", section 3.2) with the
 * live part below it. Drawn by the popup, and by the background to HTML (first-screen-html.ts) for the popup's
 * first paint before any of this code has loaded.
 */
import { nativeBrowser as browser } from '@/utils/store/native-browser';
import type { ComponentChildren } from 'preact';
import { periodRange } from '@/utils/capture/labels';
import { editorPath } from '@/utils/view/popup-view';
import type { LiveState } from './PopupLive';
import { PeriodSelect } from './PeriodSelect';
import { IndicatorTable } from './IndicatorTable';
import { IndicatorSources } from './IndicatorSources';
import { WarningList } from './WarningList';
import { SectionCard } from './SectionCard';
import { WholeReportActions, figuresTableAction } from './WholeReportActions';
import { PageChecklist } from './PageChecklist';
import { FirstRunForm } from './FirstRunForm';
import { copyRich } from './copy';
import { useStrings } from './strings';

export interface ScreenProps {
  view: LiveState['view'] | undefined;
  current: boolean;
  state: LiveState | null;
  chosen: string | null;
  onChoose: (periodId: string) => void;
  /** The live part, below the first screen. */
  children: ComponentChildren;
}

export function PopupScreen({ view, current, state, chosen, onChoose, children }: ScreenProps) {
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
  const copyTable = figuresTableAction(s, (current && state?.copyTable) || null);
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
      <WholeReportActions bar report={current ? state?.whole ?? null : null} loadDocx={state?.loadDocx ?? null} title={state?.title ?? ''} fileName={state?.fileName ?? ''} extra={[...(copy32 ? [copy32] : []), copyTable]} showNotes={view.captureCount > 0} />
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
