/**
 * The popup's part that needs the database, loaded after the first screen is painted: it reads the
 * chosen period live, hands its first screen and whole report up to PopupApp, and renders what
 * follows the action bar (the other sections, the trend, the captures list).
 */
import { figuresTableClipboard } from '@/utils/report/appendix';
import { useEffect } from 'preact/hooks';
import type { ReportDb } from '@/utils/store/db';
import type { PopupData } from '@/utils/store/popup-data';
import type { Settings } from '@/utils/domain/types';
import type { WholeReport } from '@/utils/report/whole-report';
import type { PopupView } from '@/utils/view/popup-view';
import { docxFileName, docxTitle } from '@/utils/report/docx-name';
import { blocksToHtml, blocksToText } from '@/utils/report/clipboard';
import { usePopup, usePopupPeriod } from '@/utils/view/use-popup';
import { SectionCard } from './SectionCard';
import { TrendChart } from './TrendChart';
import { CaptureList } from './CaptureList';
import { copyRich } from './copy';
import { loadDocxWriter, type DocxWriter } from './docx-loader';

export interface LiveState {
  view: PopupView;
  whole: WholeReport | null;
  loadDocx: () => Promise<DocxWriter>;
  /** "Sao chép bảng số liệu": the period's figures and indicators as a table (loaded with this part, after the first paint). */
  copyTable: () => Promise<void>;
  title: string;
  fileName: string;
  settings: Settings;
  saveUnit: (unitName: string, cityName: string) => Promise<void>;
}

export interface LiveProps {
  db: ReportDb;
  todayIso: string;
  chosen: string | null;
  onState: (state: LiveState) => void;
}

export function PopupLive({ db, todayIso, chosen, onState }: LiveProps) {
  const { data, more } = usePopup(db, todayIso, chosen);
  return data ? <LivePeriod db={db} data={data} todayIso={todayIso} onState={onState} onMore={more} /> : null;
}

interface PeriodProps {
  db: ReportDb;
  data: PopupData;
  todayIso: string;
  onState: (state: LiveState) => void;
  onMore: () => void;
}

function LivePeriod({ db, data, todayIso, onState, onMore }: PeriodProps) {
  const { period, view, report, whole, trend, ...actions } = usePopupPeriod(db, data, todayIso);
  useEffect(() => {
    onState({ view, whole, loadDocx: loadDocxWriter, copyTable: () => copyRich(figuresTableClipboard(report)), title: docxTitle(period), fileName: docxFileName(period), settings: data.settings, saveUnit: actions.saveUnit });
  }, [view, whole]);
  return (
    <>
      {report.sections
        .filter((s) => s.id !== '3.2')
        .map((s) => (
          <SectionCard key={s.id} {...s} onCopy={() => copyRich({ html: blocksToHtml(s.blocks), text: blocksToText(s.blocks) })} />
        ))}
      {trend && <TrendChart trend={trend} />}
      <CaptureList captures={data.recent} total={data.total} onMore={onMore} onDelete={actions.deleteCapture} onRestore={actions.restoreCapture} />
    </>
  );
}
