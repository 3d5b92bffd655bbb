/** The "Kỳ báo cáo" list a page shows: the recent periods, the older ones that hold data, and the one chosen. */
import { defaultPeriod, listPeriods, periodById, periodsWithData } from '../domain/period';
import type { ReportPeriod } from '../domain/types';

export interface PeriodList {
  /** Newest first. */
  periods: ReportPeriod[];
  /** Ids of the periods that hold captures or the clerk's entries. */
  withData: Set<string>;
}

/** The period shown: the one chosen (by id, from the list or a link) or the default month for today. */
export function chosenPeriod(chosenId: string | null, todayIso: string, cutoffDay: number): ReportPeriod {
  return (chosenId && periodById(chosenId, cutoffDay)) || defaultPeriod(todayIso, cutoffDay);
}

/**
 * `periodKeys`: the stored captures' period keys ("from..to"); `manualIds`: the
 * periods the clerk entered figures for. The shown period is always listed,
 * so a link to an old period selects it.
 */
export function periodList(
  todayIso: string,
  cutoffDay: number,
  shown: ReportPeriod,
  periodKeys: Iterable<string>,
  manualIds: Iterable<string>,
): PeriodList {
  const withData = periodsWithData(periodKeys, manualIds, cutoffDay);
  return {
    periods: listPeriods(todayIso, cutoffDay, [...withData, shown]),
    withData: new Set(withData.map((p) => p.id)),
  };
}
