/**
 * "Trang cần mở": which kinds of portal pages the chosen period still lacks, with the date range
 * to pick on them and a link to the clerk's own page of that kind learned from earlier captures.
 * Pure: the popup renders it, the background stores it with the popup's first screen.
 */
import { KIND_FIELDS } from '../domain/fields';
import { isHttpUrl } from '../domain/page-address';
import type { Capture, Fields, PageKind, ReportPeriod } from '../domain/types';

export interface ChecklistItem {
  kind: PageKind;
  /** The newest stored address of a page of this kind (http or https only), or null. */
  url: string | null;
}

export interface PageChecklist {
  /** The dates to pick on the portal (ISO). */
  from: string;
  to: string;
  /** False while the period's last day has not passed: its numbers will still grow. */
  ended: boolean;
  /** Kinds with not one field known for the period, in PAGE_KINDS order. */
  missing: ChecklistItem[];
}

/** The newest usable address per page kind; `captures` in any order. */
export function pageLinks(captures: readonly Capture[]): Partial<Record<PageKind, string>> {
  const newest: Partial<Record<PageKind, Capture>> = {};
  for (const c of captures) {
    if (c.damaged || !isHttpUrl(c.url)) continue;
    for (const kind of c.kinds) {
      const seen = newest[kind];
      if (!seen || seen.capturedAt < c.capturedAt) newest[kind] = c;
    }
  }
  return Object.fromEntries(Object.entries(newest).map(([kind, c]) => [kind, c.url]));
}

export function pageChecklist(
  values: Fields,
  period: Pick<ReportPeriod, 'from' | 'to'>,
  todayIso: string,
  links: Partial<Record<PageKind, string>>,
): PageChecklist {
  const missing = KIND_FIELDS.filter(([, keys]) => keys.every((key) => values[key] === undefined)).map(([kind]) => ({
    kind,
    url: links[kind] ?? null,
  }));
  return { from: period.from, to: period.to, ended: period.to < todayIso, missing };
}
