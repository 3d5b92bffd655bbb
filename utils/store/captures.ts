import type { Capture, Extraction, FileSource } from '../domain/types';
import type { ReportDb } from './db';
import type { SaveResult } from '../domain/protocol';
import { periodKeyOf } from '../domain/period';
import { contentKeyOf } from '../domain/content-key';
import { pageAddress } from '../domain/page-address';


/**
 * A page whose numbers keep changing (a live counter, a hostile script) is read again on every
 * change: within this window the newer reading replaces the older one instead of piling up.
 * Readings further apart are kept apart, so the history of a period is not lost.
 */
const REPLACE_WINDOW_MS = 10 * 60 * 1000;

const sameKinds = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && [...a].sort().join() === [...b].sort().join();

const sameFile = (a: FileSource | undefined, b: FileSource | undefined): boolean =>
  a === b || (a !== undefined && b !== undefined && a.name === b.name && a.sheet === b.sheet);

/** The newest capture of the same page (or file sheet), period, unit and kinds taken after `since`, if any. */
function recentSibling(db: ReportDb, capture: Capture, since: string): Promise<Capture | undefined> {
  return db.captures
    .where('periodKey')
    .equals(capture.periodKey)
    .filter(
      (c) =>
        c.url === capture.url &&
        sameFile(c.file, capture.file) &&
        c.unit === capture.unit &&
        sameKinds(c.kinds, capture.kinds) &&
        c.capturedAt >= since,
    )
    .last();
}

/**
 * Stores one extraction read off a page or, with `page.file` (then `page.url` is not used), imported from a
 * sheet of an Excel export.
 */
export async function saveExtraction(
  db: ReportDb,
  e: Extraction,
  page: { url: string; title: string; file?: FileSource },
  nowIso: string,
): Promise<SaveResult> {
  const file = page.file ? { name: page.file.name, sheet: page.file.sheet } : undefined;
  const url = file ? '' : pageAddress(page.url);
  const contentKey = contentKeyOf(file ? '' : page.url, e, file);
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
      url,
      ...(file ? { file } : {}),
      title: page.title,
      capturedAt: nowIso,
      lastSeenAt: nowIso,
      contentKey,
      periodKey: periodKeyOf(e),
    };
    const since = new Date(Date.parse(nowIso) - REPLACE_WINDOW_MS).toISOString();
    const sibling = await recentSibling(db, capture, since);
    if (sibling?.id !== undefined) {
      await db.captures.put({ ...capture, id: sibling.id });
      return { status: 'replaced' as const, id: sibling.id };
    }
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
