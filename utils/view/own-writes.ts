/**
 * What this page itself saved, laid over what the database last gave it. The database answers a live query a moment
 * after a write; a clerk who switches period and back at once must still find the words just typed (the form for the
 * period is built anew from the data). A write from elsewhere that is newer than the page's own wins.
 */
import type { Fields, SavedNarrative } from '../domain/types';
import type { ReportData } from '../store/report-data';

export interface OwnWrites {
  narratives: Readonly<Record<string, SavedNarrative>>;
  manual: Readonly<Record<string, { fields: Fields; savedAt: string }>>;
}

export const NO_OWN_WRITES: OwnWrites = { narratives: {}, manual: {} };

const newerOrSame = (own: string, stored: string | undefined) => stored === undefined || own >= stored;

export function withOwnWrites(data: ReportData, own: OwnWrites): ReportData {
  const narratives = Object.values(own.narratives).filter((n) =>
    newerOrSame(n.savedAt, data.narratives.find((s) => s.periodId === n.periodId)?.savedAt),
  );
  const manual = Object.entries(own.manual).filter(([periodId, m]) => newerOrSame(m.savedAt, data.manualSavedAt[periodId]));
  if (narratives.length === 0 && manual.length === 0) return data;
  const mine = new Set(narratives.map((n) => n.periodId));
  const merged = { ...data.manual };
  for (const [periodId, m] of manual) {
    if (Object.keys(m.fields).length === 0) delete merged[periodId];
    else merged[periodId] = m.fields;
  }
  return { ...data, narratives: [...data.narratives.filter((n) => !mine.has(n.periodId)), ...narratives], manual: merged };
}
