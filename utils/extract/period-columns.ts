/**
 * Figures split by period under one heading: "Số hồ sơ mới tiếp nhận › Tháng 10 | Tháng 11 | Tháng 12 | Quý IV/2025",
 * "Quý IV/2025 › Đã giải quyết" beside "Quý III/2025 › Đã giải quyết". The sub-column naming the page's own period is
 * read as its heading without the period; the others are other periods' figures and never read. When none names the
 * page's period (or the page has none), none of them is read: a month is not taken for a quarter.
 */
import type { Period } from '../domain/types';
import { foldKey } from './normalize';
import { namesPeriod, periodName } from './period';

export interface PeriodColumns {
  /** The headings to map: the own period's columns without their period segment, the rest as they were. */
  paths: string[][];
  /** Columns of other periods than the page's. */
  others: Set<number>;
}

/** Where a column's heading names a period: the segment's depth (never its only segment). */
function periodDepth(path: readonly string[]): number {
  if (path.length < 2) return -1;
  return path.findIndex((segment) => periodName(foldKey(segment)) !== null);
}

export function periodColumns(paths: readonly (readonly string[])[], pagePeriod: () => Period | null, cutoffDay: number): PeriodColumns {
  const out: PeriodColumns = { paths: paths.map((p) => [...p]), others: new Set() };
  // Columns grouped by the headings above their period segment; a group is split by period when it names two or more.
  const groups = new Map<string, { column: number; depth: number }[]>();
  paths.forEach((path, column) => {
    const depth = periodDepth(path);
    if (depth < 0) return;
    const key = `${depth}|${path.slice(0, depth).map(foldKey).join(' > ')}`;
    groups.set(key, [...(groups.get(key) ?? []), { column, depth }]);
  });
  for (const members of groups.values()) {
    const named = new Set(members.map(({ column, depth }) => foldKey(paths[column]?.[depth] ?? '')));
    if (named.size < 2) continue;
    const period = pagePeriod();
    for (const { column, depth } of members) {
      const path = paths[column] ?? [];
      if (period && namesPeriod(foldKey(path[depth] ?? ''), period, cutoffDay)) out.paths[column] = path.filter((_, i) => i !== depth);
      else out.others.add(column);
    }
  }
  return out;
}
