import { browser } from 'wxt/browser';
import { useEffect } from 'preact/hooks';
import type { ReportDb } from '@/utils/store/db';
import type { PopupData } from '@/utils/store/popup-data';
import { docxFileName, docxTitle } from '@/utils/report/docx-name';
import { blocksToHtml, blocksToText } from '@/utils/report/clipboard';
import { periodRange } from '@/utils/capture/labels';
import { editorPath, usePopup, usePopupPeriod } from '@/utils/view/use-popup';
import { PeriodSelect } from './PeriodSelect';
import { IndicatorTable } from './IndicatorTable';
import { WarningList } from './WarningList';
import { SectionCard } from './SectionCard';
import { WholeReportActions } from './WholeReportActions';
import { TrendChart } from './TrendChart';
import { CaptureList } from './CaptureList';
import { FirstRunForm } from './FirstRunForm';
import { copyRich } from './copy';
import { StringsProvider, useStrings } from './strings';

export function PopupApp({ db, todayIso }: { db: ReportDb; todayIso: string }) {
  const s = useStrings();
  const { data, chosen, choose, more } = usePopup(db, todayIso);
  if (!data) return <p>{s.loading}</p>;
  return (
    <StringsProvider language={data.settings.uiLanguage}>
      <PeriodView db={db} data={data} chosen={chosen ?? data.period.id} todayIso={todayIso} onChoose={choose} onMore={more} />
    </StringsProvider>
  );
}

interface ViewProps {
  db: ReportDb;
  data: PopupData;
  /** The period the clerk picked; `data` catches up with it a moment later. */
  chosen: string;
  todayIso: string;
  onChoose: (periodId: string) => void;
  onMore: () => void;
}

function PeriodView({ db, data, chosen, todayIso, onChoose, onMore }: ViewProps) {
  const s = useStrings();
  const { settings } = data;
  const { period, periods, withData, report, whole, trend, ...actions } = usePopupPeriod(db, data, todayIso);

  useEffect(() => {
    // For `npm run bench`: the first render with the clerk's data.
    if (performance.getEntriesByName('popup-data-rendered').length === 0) performance.mark('popup-data-rendered');
  }, []);

  const openEditor = () => void browser.tabs.create({ url: browser.runtime.getURL(editorPath(period)) });

  return (
    <main data-ready="1" aria-busy={chosen !== period.id}>
      <header>
        <h1>{s.appTitle}{settings.unitName ? ` – ${settings.unitName}` : ''}</h1>
        <nav class="links">
          <button type="button" class="link" onClick={openEditor}>
            {s.openEditor}
          </button>
          <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
            {s.openSettings}
          </button>
        </nav>
      </header>
      {!settings.unitName && <FirstRunForm settings={settings} onSave={actions.saveUnit} />}
      <PeriodSelect periods={periods} value={chosen} withData={withData} onChange={onChoose} />
      {report.captureCount === 0 && (
        <p class="empty" role="note">
          {s.emptyPeriod(periodRange(report.period) ?? s.unknownPeriod)}
        </p>
      )}
      <IndicatorTable indicators={report.indicators} />
      {report.notes.length > 0 && (
        <ul class="notes" aria-label={s.sourceNotes}>
          {report.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
      <WarningList warnings={report.warnings} />
      {whole && report.sections.map((s) => (
        <SectionCard
          key={s.id}
          {...s}
          open={s.id === '3.2'}
          onCopy={() => copyRich({ html: blocksToHtml(s.blocks), text: blocksToText(s.blocks) })}
        />
      ))}
      {whole && <WholeReportActions report={whole} title={docxTitle(period)} fileName={docxFileName(period)} />}
      {trend && <TrendChart trend={trend} />}
      <CaptureList
        captures={data.recent}
        total={data.total}
        onMore={onMore}
        onDelete={actions.deleteCapture}
        onRestore={actions.restoreCapture}
      />
    </main>
  );
}
