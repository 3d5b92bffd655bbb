import type { Capture, Extraction } from '../domain/types';
import type { ReportDb } from './db';
import { periodKeyOf } from '../domain/period';
import { contentKeyOf } from '../domain/content-key';
import { pageAddress } from '../domain/page-address';

export type SaveStatus = 'stored' | 'updated';

export interface SaveResult {
  status: SaveStatus;
  id: number;
}

export async function saveExtraction(
  db: ReportDb,
  e: Extraction,
  page: { url: string; title: string },
  nowIso: string,
): Promise<SaveResult> {
  const contentKey = contentKeyOf(page.url, e);
  return db.transaction('rw', db.captures, async () => {
    const same = await db.captures.where('contentKey').equals(contentKey).first();
    if (same?.id !== undefined) {
      await db.captures.update(same.id, { lastSeenAt: nowIso });
      return { status: 'updated' as const, id: same.id };
    }
    // Only the known keys, whatever else a sender put in; never the address's query string.
    const { kinds, period, unit, rowChoice, fields, cells, unmapped, warnings, periodBasis } = e;
    const capture: Capture = {
      kinds,
      period,
      unit,
      rowChoice,
      fields,
      cells,
      unmapped,
      warnings,
      ...(periodBasis ? { periodBasis } : {}),
      url: pageAddress(page.url),
      title: page.title,
      capturedAt: nowIso,
      lastSeenAt: nowIso,
      contentKey,
      periodKey: periodKeyOf(e),
    };
    const id = await db.captures.add(capture);
    return { status: 'stored' as const, id: id as number };
  });
}

export function deleteCapture(db: ReportDb, id: number): Promise<void> {
  return db.captures.delete(id);
}


/** Puts a deleted capture back as it was (same id), for "Hoàn tác". */
export async function restoreCapture(db: ReportDb, capture: Capture): Promise<void> {
  await db.captures.put(capture);
}
