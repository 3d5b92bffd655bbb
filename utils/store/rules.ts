/**
 * Teach mode's rule store: the clerk's taught readings of tables, per portal
 * origin, in the `rules` table. A rule keeps only what differs from the
 * engine's own reading, so it never freezes what the synonym table already
 * reads right; the newest teaching of a header wins.
 */
import * as v from 'valibot';
import type { FieldKey, TaughtColumn, TaughtRule } from '../domain/types';
import type { TaughtEntry, TeachTableView } from '../domain/protocol';
import { headerKey } from '../extract/synonyms';
import { instantPlusDays } from '../domain/period';
import type { ReportDb } from './db';
import type { BadRule, RulesProblem } from './problems';
import { TaughtRulesSchema, issuePath } from './schemas';

export const RULES_FORMAT = 'bao-cao-cchc-cach-doc-bang';
export const RULES_SCHEMA_VERSION = 1;
/** A rules file of a whole province is a few KB. */
export const MAX_RULES_BYTES = 5 * 1024 * 1024;

const byAge = (a: TaughtRule, b: TaughtRule) => a.savedAt.localeCompare(b.savedAt) || (a.id ?? 0) - (b.id ?? 0);

function entriesOf(rules: TaughtRule[]): TaughtEntry[] {
  const lessons = new Map<string, FieldKey | null>();
  for (const rule of rules.sort(byAge)) for (const column of rule.columns) lessons.set(headerKey(column.header), column.field);
  return [...lessons];
}

/** The taught readings of one origin, by header key; the newest rule that names a header wins. */
export async function taughtEntries(db: ReportDb, origin: string): Promise<TaughtEntry[]> {
  return entriesOf(await db.rules.where('origin').equals(origin).toArray());
}

/**
 * The taught readings of every origin, for files ("Nhập tệp Excel từ cổng"): a file has no origin, and a portal's
 * "Xuất Excel" file carries the headers of its page. Where two portals were taught one header differently, the newer wins.
 */
export async function taughtEntriesForFiles(db: ReportDb): Promise<TaughtEntry[]> {
  return entriesOf(await db.rules.toArray());
}

/** Every rule, by origin then age (Options). */
export async function listRules(db: ReportDb): Promise<TaughtRule[]> {
  return (await db.rules.toArray()).sort((a, b) => a.origin.localeCompare(b.origin) || byAge(a, b));
}

export function deleteRule(db: ReportDb, id: number): Promise<void> {
  return db.rules.delete(id);
}

/**
 * "Lưu cách đọc": the clerk's choice for each column of `table` (same order). Columns chosen as the engine
 * reads them by itself are not stored; every header of the table is taken out of older rules of the origin
 * first (a rule left empty is deleted), so going back to the engine's reading undoes an old lesson.
 * Returns how many columns the new rule holds (0: nothing to store).
 */
export async function saveTaught(
  db: ReportDb,
  origin: string,
  table: TeachTableView,
  fields: readonly (FieldKey | null)[],
  nowIso: string,
): Promise<number> {
  const keys = new Set(table.columns.map((c) => headerKey(c.header)));
  const columns: TaughtColumn[] = table.columns.flatMap((c, i) => {
    const field = fields[i] ?? null;
    return field === c.engine ? [] : [{ header: c.header, field }];
  });
  await db.transaction('rw', db.rules, async () => {
    for (const rule of await db.rules.where('origin').equals(origin).toArray()) {
      const kept = rule.columns.filter((c) => !keys.has(headerKey(c.header)));
      if (kept.length === rule.columns.length || rule.id === undefined) continue;
      if (kept.length === 0) await db.rules.delete(rule.id);
      else await db.rules.update(rule.id, { columns: kept });
    }
    if (columns.length > 0) await db.rules.add({ origin, columns, savedAt: nowIso });
  });
  return columns.length;
}

/** A rule without its id, as files hold it. */
const portable = ({ origin, columns, savedAt }: TaughtRule): TaughtRule => ({ origin, columns, savedAt });
const sameRule = (a: TaughtRule, b: TaughtRule) => JSON.stringify(portable(a)) === JSON.stringify(portable(b));

/** Every rule without its id, for the backup and the rules file. */
export async function portableRules(db: ReportDb): Promise<TaughtRule[]> {
  return (await listRules(db)).map(portable);
}

/** "Xuất cách đọc bảng": the rules file's text. */
export async function rulesFileText(db: ReportDb, nowIso: string): Promise<{ text: string; count: number }> {
  const rules = await portableRules(db);
  const file = { format: RULES_FORMAT, schemaVersion: RULES_SCHEMA_VERSION, exportedAt: nowIso, rules };
  return { text: `${JSON.stringify(file, null, 1)}\n`, count: rules.length };
}

export type RulesResult = { ok: true; rules: TaughtRule[] } | { ok: false; problem: RulesProblem };

/** Checks rules from a file (a rules file or a backup): strict and bounded; nothing stamped later than `limitIso`. */
export function checkRules(list: unknown, limitIso: string): { ok: true; rules: TaughtRule[] } | { ok: false; problem: BadRule } {
  const parsed = v.safeParse(TaughtRulesSchema, list);
  if (!parsed.success) {
    const index = typeof parsed.issues[0]?.path?.[0]?.key === 'number' ? (parsed.issues[0].path[0].key as number) + 1 : 0;
    return { ok: false, problem: { code: 'rulesBadRule', index, path: issuePath(parsed.issues) } };
  }
  const late = parsed.output.findIndex((rule) => rule.savedAt > limitIso);
  if (late >= 0) return { ok: false, problem: { code: 'rulesBadRule', index: late + 1, path: 'savedAt' } };
  return { ok: true, rules: parsed.output };
}

/** "Nhập cách đọc bảng": a rules file's text → checked rules (all or nothing). */
export function parseRulesFile(text: string, nowIso: string): RulesResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problem: { code: 'backupNotJson' } };
  }
  const file = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
  if (file.format !== RULES_FORMAT || file.schemaVersion !== RULES_SCHEMA_VERSION) return { ok: false, problem: { code: 'rulesNotOurs' } };
  // A day of clock skew allowed, as for backups.
  return checkRules(file.rules, instantPlusDays(nowIso, 1));
}

/** Adds checked rules; one already here (same origin, columns and time) is skipped. Call inside a transaction over `rules`, or alone. */
export async function importRules(db: ReportDb, rules: readonly TaughtRule[]): Promise<{ added: number; duplicates: number }> {
  return db.transaction('rw', db.rules, async () => {
    let added = 0;
    let duplicates = 0;
    for (const rule of rules) {
      const here = await db.rules.where('origin').equals(rule.origin).toArray();
      if (here.some((r) => sameRule(r, rule))) {
        duplicates++;
        continue;
      }
      await db.rules.add(portable(rule));
      added++;
    }
    return { added, duplicates };
  });
}

/** Reads a chosen rules file: its size is checked before a byte is read. */
export async function readRulesFile(file: Blob, nowIso: string): Promise<RulesResult> {
  if (file.size > MAX_RULES_BYTES) return { ok: false, problem: { code: 'backupTooLarge', maxMb: MAX_RULES_BYTES / 1024 / 1024 } };
  return parseRulesFile(await file.text(), nowIso);
}
