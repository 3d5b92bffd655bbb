import { browser } from 'wxt/browser';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { ReportDb } from '@/utils/store/db';
import { deleteCapture, restoreCapture } from '@/utils/store/captures';
import { loadReportData, type ReportData } from '@/utils/store/report-data';
import { periodKeyOf } from '@/utils/store/content-key';
import { defaultPeriod, listPeriods } from '@/utils/report/periods';
import { buildPeriodReport } from '@/utils/report/period-report';
import { narrativeForPeriod } from '@/utils/report/narrative';
import { buildWholeReport } from '@/utils/report/whole-report';
import { docxFileName } from '@/utils/report/docx-name';
import { blocksToHtml, blocksToText } from '@/utils/report/clipboard';
import { periodRangeVi } from '@/utils/capture/labels';
import { buildTrend } from '@/utils/chart/trend';
import { useLiveQuery } from './useLiveQuery';
import { useAfterPaint } from './useAfterPaint';
import { PeriodSelect } from './PeriodSelect';
import { IndicatorTable } from './IndicatorTable';
import { WarningList } from './WarningList';
import { SectionCard } from './SectionCard';
import { WholeReportActions } from './WholeReportActions';
import { TrendChart } from './TrendChart';
import { CaptureList } from './CaptureList';
import { copyRich } from './copy';
import { FirstRunForm } from './FirstRunForm';

export function PopupApp({ db, todayIso }: { db: ReportDb; todayIso: string }) {
  const data = useLiveQuery(() => loadReportData(db), [db]);
  if (!data) return <p>Đang tải…</p>;
  return <PeriodView db={db} data={data} todayIso={todayIso} />;
}

function PeriodView({ db, data, todayIso }: { db: ReportDb; data: ReportData; todayIso: string }) {
  const { settings, captures, narratives, manual } = data;
  const [chosen, setChosen] = useState<string | null>(null);
  const cutoff = settings.cutoffDay;
  const periods = useMemo(() => listPeriods(todayIso, cutoff), [todayIso, cutoff]);
  const period = periods.find((p) => p.id === (chosen ?? defaultPeriod(todayIso, cutoff).id)) ?? periods[0]!;
  const withData = useMemo(() => {
    const keys = new Set(captures.map((c) => c.periodKey));
    return new Set(periods.filter((p) => keys.has(periodKeyOf({ period: p }))).map((p) => p.id));
  }, [captures, periods]);
  const report = useMemo(
    () => buildPeriodReport(captures, period, settings, { manual, narrative: narrativeForPeriod(narratives, period, cutoff) }),
    [data, period],
  );
  const whole = useAfterPaint(() => buildWholeReport(report.context), [report]);
  const trend = useAfterPaint(() => buildTrend(captures, period, settings, manual), [data, period]);

  useEffect(() => {
    // For `npm run bench`: the first render with the clerk's data.
    if (performance.getEntriesByName('popup-data-rendered').length === 0) performance.mark('popup-data-rendered');
  }, []);

  const openEditor = () =>
    void browser.tabs.create({ url: browser.runtime.getURL(`/report.html?period=${encodeURIComponent(period.id)}`) });

  return (
    <main data-ready="1">
      <header>
        <h1>Báo cáo CCHC{settings.unitName ? ` – ${settings.unitName}` : ''}</h1>
        <nav class="links">
          <button type="button" class="link" onClick={openEditor}>
            Soạn báo cáo
          </button>
          <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
            Cài đặt
          </button>
        </nav>
      </header>
      {!settings.unitName && <FirstRunForm db={db} settings={settings} />}
      <PeriodSelect periods={periods} value={period.id} withData={withData} onChange={setChosen} />
      {report.captureCount === 0 && (
        <p class="empty" role="note">
          Chưa có số liệu cho kỳ này. Mở trang thống kê với kỳ {periodRangeVi(report.period)} trên hệ thống giải quyết TTHC.
        </p>
      )}
      <IndicatorTable indicators={report.indicators} />
      {report.notes.length > 0 && (
        <ul class="notes" aria-label="Ghi chú nguồn số liệu">
          {report.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
      <WarningList warnings={report.warnings} />
      {report.sections.map((s) => (
        <SectionCard
          key={s.id}
          {...s}
          open={s.id === '3.2'}
          onCopy={() => copyRich({ html: blocksToHtml(s.blocks), text: blocksToText(s.blocks) })}
        />
      ))}
      {whole && <WholeReportActions report={whole} title={`Báo cáo CCHC ${period.label}`} fileName={docxFileName(period)} />}
      {trend && <TrendChart trend={trend} />}
      <CaptureList
        captures={captures}
        onDelete={(c) => (c.id === undefined ? Promise.resolve() : deleteCapture(db, c.id))}
        onRestore={(c) => restoreCapture(db, c)}
      />
    </main>
  );
}
