import { browser } from 'wxt/browser';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { ReportDb } from '@/utils/store/db';
import { deleteCapture, restoreCapture } from '@/utils/store/captures';
import { loadPeriodKeys, loadPopupData, loadTrendCaptures, type PopupData } from '@/utils/store/popup-data';
import { defaultPeriod, listPeriods, periodById, periodsWithData } from '@/utils/domain/period';
import { buildPeriodReport } from '@/utils/report/period-report';
import { narrativeForPeriod } from '@/utils/report/narrative';
import { buildWholeReport } from '@/utils/report/whole-report';
import { docxFileName, docxTitle } from '@/utils/report/docx-name';
import { blocksToHtml, blocksToText } from '@/utils/report/clipboard';
import { periodRange } from '@/utils/capture/labels';
import { buildTrend } from '@/utils/chart/trend';
import type { Settings } from '@/utils/domain/types';
import { useLiveQuery } from './useLiveQuery';
import { useAfterPaint } from './useAfterPaint';
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

/** Captures listed at first; "Xem thêm" adds as many again. */
const LIST_PAGE = 20;

export function PopupApp({ db, todayIso }: { db: ReportDb; todayIso: string }) {
  const s = useStrings();
  const [chosen, setChosen] = useState<string | null>(null);
  const [listed, setListed] = useState(LIST_PAGE);
  const choose = (settings: Settings) => {
    const cutoff = settings.cutoffDay;
    return (chosen && periodById(chosen, cutoff)) || defaultPeriod(todayIso, cutoff);
  };
  const data = useLiveQuery(() => loadPopupData(db, choose, listed), [db, chosen, listed, todayIso]);
  if (!data) return <p>{s.loading}</p>;
  return (
    <StringsProvider language={data.settings.uiLanguage}>
      <PeriodView
        db={db}
        data={data}
        chosen={chosen ?? data.period.id}
        todayIso={todayIso}
        onChoose={setChosen}
        onMore={() => setListed(listed + LIST_PAGE)}
      />
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
  const { settings, period } = data;
  const cutoff = settings.cutoffDay;
  // Secondary reads start after the first screen is shown (live queries subscribe in effects).
  const periodKeys = useLiveQuery(() => loadPeriodKeys(db), [db], true);
  const dataPeriods = useMemo(() => periodsWithData(periodKeys ?? [], Object.keys(data.manual), cutoff), [periodKeys, data.manual, cutoff]);
  const periods = useMemo(() => listPeriods(todayIso, cutoff, dataPeriods), [todayIso, cutoff, dataPeriods]);
  const withData = useMemo(() => new Set(dataPeriods.map((p) => p.id)), [dataPeriods]);
  const report = useMemo(
    () =>
      buildPeriodReport(data.captures, period, settings, {
        manual: data.manual,
        narrative: narrativeForPeriod(data.narratives, period, cutoff),
      }),
    [data],
  );
  // Below the fold: the section previews and the whole report come right after the first screen.
  const whole = useAfterPaint(() => buildWholeReport(report.context), [report]);
  const trendCaptures = useLiveQuery(() => loadTrendCaptures(db, period, cutoff), [db, period.id, cutoff], true);
  const trend = useMemo(
    () => trendCaptures && buildTrend(trendCaptures, period, settings, data.manual),
    [trendCaptures, data],
  );

  useEffect(() => {
    // For `npm run bench`: the first render with the clerk's data.
    if (performance.getEntriesByName('popup-data-rendered').length === 0) performance.mark('popup-data-rendered');
  }, []);

  const openEditor = () =>
    void browser.tabs.create({ url: browser.runtime.getURL(`/report.html?period=${encodeURIComponent(period.id)}`) });

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
      {!settings.unitName && <FirstRunForm db={db} settings={settings} />}
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
        onDelete={(c) => (c.id === undefined ? Promise.resolve() : deleteCapture(db, c.id))}
        onRestore={(c) => restoreCapture(db, c)}
      />
    </main>
  );
}
