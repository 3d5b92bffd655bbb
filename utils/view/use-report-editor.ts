/** The report editor's state: everything it reads, the chosen period, its report and the clerk's saves. */
import { useCallback, useMemo, useState } from 'preact/hooks';
import { periodKeyOf } from '../domain/period';
import type { Fields, Narrative, ReportPeriod, SavedNarrative } from '../domain/types';
import { buildWholeReport, type WholeReport } from '../report/whole-report';
import type { ReportDb } from '../store/db';
import { saveManualFields, saveNarrative } from '../store/period-texts';
import { loadReportData, type ReportData } from '../store/report-data';
import { chosenPeriod, type PeriodList } from './period-list';
import { capturedValues, type NarratedReport } from './period-report';
import { useLiveQuery } from './use-live-query';
import { NO_OWN_WRITES, withOwnWrites, type OwnWrites } from './own-writes';
import { usePeriodList, usePeriodReport } from './use-period-report';

const now = () => new Date().toISOString();

export interface EditorState {
  /** The stored data with this page's own saves laid over it (utils/view/own-writes.ts). */
  data: ReportData | undefined;
  chosen: string | null;
  choose: (periodId: string) => void;
  saveManual: (periodId: string, fields: Fields) => Promise<void>;
  saveNarrative: (periodId: string, texts: Partial<Narrative>) => Promise<void>;
}

export function useReportEditor(db: ReportDb, initialPeriodId: string | null): EditorState {
  const stored = useLiveQuery(() => loadReportData(db), [db]);
  const [own, setOwn] = useState<OwnWrites>(NO_OWN_WRITES);
  const data = useMemo(() => stored && withOwnWrites(stored, own), [stored, own]);
  const [chosen, choose] = useState<string | null>(initialPeriodId);
  // Noted before the write, so a form built for the period right after (a switch and back) starts from it.
  const saveManual = useCallback((periodId: string, fields: Fields) => {
    const savedAt = now();
    setOwn((o) => ({ ...o, manual: { ...o.manual, [periodId]: { fields, savedAt } } }));
    return saveManualFields(db, periodId, fields, savedAt);
  }, [db]);
  const saveTexts = useCallback((periodId: string, texts: Partial<Narrative>) => {
    const savedAt = now();
    setOwn((o) => ({ ...o, narratives: { ...o.narratives, [periodId]: { periodId, texts, savedAt } } }));
    return saveNarrative(db, periodId, texts, savedAt);
  }, [db]);
  return { data, chosen, choose, saveManual, saveNarrative: saveTexts };
}

export interface EditorPeriodView extends PeriodList {
  period: ReportPeriod;
  report: NarratedReport;
  whole: WholeReport;
  /** The clerk's own text saved for this period (absent: the report's narrative is carried forward). */
  savedNarrative: SavedNarrative | undefined;
  /** The label of the period the text is carried from (none saved for this one). */
  carriedFrom: string | undefined;
  /** The clerk's entries, and what the captures alone give (hints). */
  manual: Fields;
  captured: Fields;
  saveManual: (fields: Fields) => Promise<void>;
  saveNarrative: (texts: Partial<Narrative>) => Promise<void>;
}

export function useEditorPeriod(editor: Pick<EditorState, 'saveManual' | 'saveNarrative'>, data: ReportData, chosen: string | null, todayIso: string): EditorPeriodView {
  const { settings, captures, narratives, manual } = data;
  const cutoff = settings.cutoffDay;
  const period = chosenPeriod(chosen, todayIso, cutoff);
  const periodKeys = useMemo(() => new Set(captures.map(periodKeyOf)), [captures]);
  const list = usePeriodList(todayIso, cutoff, period, periodKeys, Object.keys(manual));
  const report = usePeriodReport(data, period);
  const whole = useMemo(() => buildWholeReport(report.context), [report]);
  const captured = useMemo(() => capturedValues(data, period), [data, period.id]);
  return {
    ...list,
    period,
    report,
    whole,
    savedNarrative: narratives.find((n) => n.periodId === period.id),
    carriedFrom: report.context.narrativeFrom,
    manual: manual[period.id] ?? {},
    captured,
    saveManual: (fields) => editor.saveManual(period.id, fields),
    saveNarrative: (texts) => editor.saveNarrative(period.id, texts),
  };
}
