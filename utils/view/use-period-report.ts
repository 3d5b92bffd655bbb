/** Hooks the popup and the report editor share: the period list and the chosen period's report. */
import { useMemo } from 'preact/hooks';
import type { ReportPeriod } from '../domain/types';
import { periodList, type PeriodList } from './period-list';
import { reportForPeriod, type NarratedReport, type ReportInputs } from './period-report';

/** Recomputed when the stored data (a new live-query result) or the period changes. */
export function usePeriodReport(inputs: ReportInputs, period: ReportPeriod): NarratedReport {
  return useMemo(() => reportForPeriod(inputs, period), [inputs, period.id]);
}

export function usePeriodList(
  todayIso: string,
  cutoffDay: number,
  shown: ReportPeriod,
  periodKeys: Iterable<string> | undefined,
  manualIds: readonly string[],
): PeriodList {
  return useMemo(
    () => periodList(todayIso, cutoffDay, shown, periodKeys ?? [], manualIds),
    [todayIso, cutoffDay, shown.id, periodKeys, manualIds.join(' ')],
  );
}
