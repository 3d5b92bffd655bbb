import { browser } from 'wxt/browser';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { ReportDb } from '@/utils/store/db';
import { deleteCapture, listCaptures, restoreCapture } from '@/utils/store/captures';
import { getSettings } from '@/utils/store/settings';
import { listNarratives, manualByPeriod } from '@/utils/store/period-texts';
import { narrativeForPeriod } from '@/utils/report/narrative';
import { buildWholeReport } from '@/utils/report/whole-report';
import { docxFileName } from '@/utils/report/docx-name';
import { WholeReportActions } from './WholeReportActions';
import { periodKeyOf } from '@/utils/store/content-key';
import { defaultPeriod, listPeriods } from '@/utils/report/periods';
import { buildPeriodReport } from '@/utils/report/period-report';
import { blocksToHtml, blocksToText } from '@/utils/report/clipboard';
import { periodRangeVi } from '@/utils/capture/labels';
import { useLiveQuery } from './useLiveQuery';
import { PeriodSelect } from './PeriodSelect';
import { IndicatorTable } from './IndicatorTable';
import { WarningList } from './WarningList';
import { SectionCard } from './SectionCard';
import { CaptureList } from './CaptureList';
import { copyRich } from './copy';
import { TrendChart } from './TrendChart';
import { buildTrend } from '@/utils/chart/trend';

export function PopupApp({ db, todayIso }: { db: ReportDb; todayIso: string }) {
  const settings = useLiveQuery(() => getSettings(db), [db]);
  const captures = useLiveQuery(() => listCaptures(db), [db]);
  const narratives = useLiveQuery(() => listNarratives(db), [db]);
  const manual = useLiveQuery(() => manualByPeriod(db), [db]);
  const [chosen, setChosen] = useState<string | null>(null);

  const cutoff = settings?.cutoffDay ?? 15;
  const periods = useMemo(() => listPeriods(todayIso, cutoff), [todayIso, cutoff]);
  const periodId = chosen ?? defaultPeriod(todayIso, cutoff).id;
  const period = periods.find((p) => p.id === periodId) ?? periods[0]!;
  const withData = useMemo(() => {
    const keys = new Set((captures ?? []).map((c) => c.periodKey));
    return new Set(periods.filter((p) => keys.has(periodKeyOf({ period: p }))).map((p) => p.id));
  }, [captures, periods]);
  const report = useMemo(() => {
    if (!settings || !captures || !narratives || !manual) return null;
    const narrative = narrativeForPeriod(narratives, period, settings.cutoffDay);
    return buildPeriodReport(captures, period, settings, { manual, narrative });
  }, [captures, narratives, manual, period, settings]);
  const whole = useMemo(() => (report ? buildWholeReport(report.context) : null), [report]);

  const trend = useMemo(
    () => (settings && captures ? buildTrend(captures, period, settings) : null),
    [captures, period, settings],
  );

  const ready = Boolean(settings && captures && report && trend && whole);
  useEffect(() => {
    // For `npm run bench`: the first render with the clerk's data.
    if (ready && performance.getEntriesByName('popup-data-rendered').length === 0) performance.mark('popup-data-rendered');
  }, [ready]);

  if (!settings || !captures || !report || !trend || !whole) return <p>Đang tải…</p>;

  return (
    <main data-ready="1">
      <header>
        <h1>Báo cáo CCHC{settings.unitName ? ` – ${settings.unitName}` : ''}</h1>
        <nav class="links">
          <button
            type="button"
            class="link"
            onClick={() => void browser.tabs.create({ url: browser.runtime.getURL(`/report.html?period=${encodeURIComponent(period.id)}`) })}
          >
            Soạn báo cáo
          </button>
          <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
            Cài đặt
          </button>
        </nav>
      </header>
      {!settings.unitName && (
        <p class="first-run" role="note">
          Lần đầu dùng: hãy bấm “Cài đặt” để nhập <strong>Đơn vị báo cáo</strong> (ví dụ “xã Bình Giang”) và{' '}
          <strong>Tỉnh/thành phố</strong>.
        </p>
      )}
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
        <SectionCard key={s.id} {...s} open={s.id === '3.2'} onCopy={() => copyRich({ html: blocksToHtml(s.blocks), text: blocksToText(s.blocks) })} />
      ))}
      <WholeReportActions report={whole} title={`Báo cáo CCHC ${period.label}`} fileName={docxFileName(period)} />
      <TrendChart trend={trend} />
      <CaptureList
        captures={captures}
        onDelete={(c) => (c.id === undefined ? Promise.resolve() : deleteCapture(db, c.id))}
        onRestore={(c) => restoreCapture(db, c)}
      />
    </main>
  );
}
