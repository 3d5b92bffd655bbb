/**
 * Teach mode's requests (issue 11), answered by the background. The table a
 * content script offers is kept under a random token (never in an address:
 * the teach page gets only the token); its origin and tab are the sender's
 * own, never what a message claims. Only extension pages may read a kept table
 * or save a rule.
 */
import * as v from 'valibot';
import { FIELD_KEYS } from '../domain/fields';
import type { Reply } from '../domain/protocol';
import { instantPlusDays } from '../domain/period';
import type { PendingTeach, ReportDb } from './db';
import { saveTaught } from './rules';
import { LIMITS, TeachTableSchema } from './schemas';
import type { Sender } from './messages';
import { pageOrigin } from './page-origin';

/** Offered tables kept in the database; offers older than a day are dropped when a new one comes. */
export function offersIn(db: ReportDb, now: () => string): TeachDeps['pending'] {
  return {
    put: async (token, value) => {
      const at = now();
      await db.teachOffers.where('offeredAt').below(instantPlusDays(at, -1)).delete();
      await db.teachOffers.put({ ...value, token, offeredAt: at });
    },
    get: async (token) => {
      const offer = await db.teachOffers.get(token);
      return offer && { origin: offer.origin, tabId: offer.tabId, table: offer.table };
    },
  };
}

export interface TeachDeps {
  db: ReportDb;
  now: () => string;
  extensionOrigin: string;
  /** Where offered tables wait for the teach page (`offersIn` the database, in the background). */
  pending: { put: (token: string, value: PendingTeach) => Promise<void>; get: (token: string) => Promise<PendingTeach | undefined> };
  newToken: () => string;
  /** Opens the teach page for a token. */
  openTeachPage: (token: string) => Promise<void>;
  /** Asks the tab's content script to read its page again; its notice lines, or undefined when it did not answer. */
  reread: (tabId: number) => Promise<string[] | undefined>;
}

const Token = v.pipe(v.string(), v.regex(/^[\w-]{8,64}$/));
const TeachMessageSchema = v.variant('type', [
  v.object({ type: v.literal('teachOpen'), table: TeachTableSchema }),
  v.object({ type: v.literal('teachGet'), token: Token }),
  v.object({
    type: v.literal('teachSave'),
    token: Token,
    fields: v.pipe(v.array(v.nullable(v.picklist(FIELD_KEYS))), v.maxLength(LIMITS.ruleColumns)),
  }),
]);

type TeachReply = Reply<'teachOpen'> | Reply<'teachGet'> | Reply<'teachSave'>;

/** Answers a teach-mode request; undefined for anything else (or a sender it is not meant for). */
export async function handleTeachMessage(msg: unknown, sender: Sender, deps: TeachDeps): Promise<TeachReply | undefined> {
  const parsed = v.safeParse(TeachMessageSchema, msg);
  if (!parsed.success) return undefined;
  const request = parsed.output;
  if (request.type === 'teachOpen') {
    const origin = pageOrigin(sender);
    const tabId = sender.tab?.id;
    if (origin === null || tabId === undefined || sender.url?.startsWith(deps.extensionOrigin)) return undefined;
    const token = deps.newToken();
    await deps.pending.put(token, { origin, tabId, table: request.table });
    await deps.openTeachPage(token);
    return { ok: true };
  }
  if (!sender.url?.startsWith(deps.extensionOrigin)) return undefined;
  const kept = await deps.pending.get(request.token);
  if (!kept) return { ok: false };
  if (request.type === 'teachGet') return { ok: true, origin: kept.origin, table: kept.table };
  if (request.fields.length !== kept.table.columns.length) return { ok: false };
  const saved = await saveTaught(deps.db, kept.origin, kept.table, request.fields, deps.now());
  const lines = await deps.reread(kept.tabId);
  return { ok: true, saved, reread: lines ?? null };
}
