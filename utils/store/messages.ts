import * as v from 'valibot';
import type { Extraction } from '../domain/types';
import type { ReportDb } from './db';
import { saveExtraction } from './captures';
import { getSettings } from './settings';
import { taughtEntries } from './rules';
import { pageOrigin } from './page-origin';
import { pageAddress } from '../domain/page-address';
import { ExtractionSchema, PageReportSchema, issuePath } from './schemas';
import type { CaptureProblem } from './problems';
import { detailOf } from './problems';
import type { Protocol, Reply, RequestType, SaveResult } from '../domain/protocol';

export interface Deps {
  db: ReportDb;
  now: () => string;
  /** The extension's own origin ("chrome-extension://…/"): only its pages may ask for a portal re-sync. */
  extensionOrigin: string;
  /** Registers the content script on the clerk's added origins (background only). */
  syncPortals?: () => Promise<unknown>;
  /** Injects the table reader (entrypoints/page-reader.ts) into a tab's frame (background only). */
  injectReader?: (tabId: number, frameId: number) => Promise<boolean>;
  /** The clerk-readable text of a problem, in the interface language (the background reads it only when it words one). */
  describe: (problem: CaptureProblem) => string | Promise<string>;
}

/** Who sent a message, as `runtime.onMessage` tells it (a content script has a tab and the frame's address). */
export interface Sender {
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

/** The shape check of one extraction as a content script sends it (the background applies the whole report's schema). */
export const isExtraction = (x: unknown): x is Extraction => v.is(ExtractionSchema, x);

const MessageSchema = v.variant('type', [
  v.object({ type: v.literal('capture'), report: v.unknown() }),
  v.object({ type: v.literal('getPageSettings'), reader: v.optional(v.literal(true)) }),
  v.object({ type: v.literal('syncPortalScripts') }),
  v.object({ type: v.literal('now') }),
]);

async function capture(report: unknown, sender: Sender, deps: Deps): Promise<Reply<'capture'>> {
  const refuse = async (problem: CaptureProblem) => ({ ok: false as const, error: await deps.describe(problem) });
  const parsed = v.safeParse(PageReportSchema, report);
  if (!parsed.success) return refuse({ code: 'captureInvalid', path: issuePath(parsed.issues) });
  // The address stored is the sender's own frame, never only what the message claims.
  const senderPage = sender.tab && sender.url ? pageAddress(sender.url) : '';
  if (!senderPage || senderPage !== pageAddress(parsed.output.url)) return refuse({ code: 'captureWrongPage' });
  const { title, extractions } = parsed.output;
  const now = deps.now();
  try {
    const results: SaveResult[] = [];
    for (const e of extractions) results.push(await saveExtraction(deps.db, e, { url: senderPage, title }, now));
    return { ok: true, results };
  } catch (err) {
    return refuse({ code: 'captureFailed', detail: detailOf(err) });
  }
}

/** Answers one request of the protocol; undefined for anything that is not one (or not allowed to this sender). */
export async function handleMessage(msg: unknown, sender: Sender, deps: Deps): Promise<Reply<RequestType> | undefined> {
  const parsed = v.safeParse(MessageSchema, msg);
  if (!parsed.success) return undefined;
  const request = parsed.output;
  switch (request.type) {
    case 'capture':
      return capture(request.report, sender, deps);
    case 'getPageSettings': {
      const tabId = sender.tab?.id;
      // The reader is injected while the settings are read: one round trip for the first read of a frame.
      const injected = request.reader && deps.injectReader && tabId !== undefined ? deps.injectReader(tabId, sender.frameId ?? 0) : undefined;
      const { unitName, cityName, cutoffDay } = await getSettings(deps.db);
      // Teach mode: the rules taught for the sender's own origin.
      const origin = pageOrigin(sender);
      const rules = origin === null ? [] : await taughtEntries(deps.db, origin);
      await injected;
      const reply: Reply<'getPageSettings'> = { unitName, cityName, cutoffDay, ...(rules.length > 0 ? { rules } : {}) };
      return reply;
    }
    case 'now': {
      const reply: Protocol['now']['reply'] = { now: deps.now() };
      return reply;
    }
    case 'syncPortalScripts': {
      if (!deps.syncPortals || !sender.url?.startsWith(deps.extensionOrigin)) return undefined;
      await deps.syncPortals();
      const reply: Protocol['syncPortalScripts']['reply'] = { ok: true };
      return reply;
    }
  }
}
