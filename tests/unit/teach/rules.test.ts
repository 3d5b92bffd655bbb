import { beforeEach, describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { ReportDb } from '@/utils/store/db';
import type { TeachTableView } from '@/utils/domain/protocol';
import { headerKey } from '@/utils/extract/synonyms';
import { deleteRule, importRules, listRules, parseRulesFile, rulesFileText, saveTaught, taughtEntries } from '@/utils/store/rules';
import { backupParts, importData, parseBackup } from '@/utils/store/backup';
import { TaughtRuleSchema, TeachTableSchema } from '@/utils/store/schemas';

let db: ReportDb;
const ORIGIN = 'http://motcua.haiphong.gov.vn';
const NOW = '2026-02-20T03:00:00.000Z';

const table: TeachTableView = {
  columns: [
    { header: ['Hồ sơ tiếp nhận', 'Tổng số'], field: 'receivedTotal', engine: 'receivedTotal', samples: ['795'] },
    { header: ['Hồ sơ hoàn thành', 'Tổng'], field: null, engine: null, samples: ['790'] },
    { header: ['Còn đang thụ lý'], field: null, engine: null, samples: ['5'] },
  ],
};
const key = (...path: string[]) => headerKey(path);

beforeEach(async () => {
  db = new ReportDb(`rules-${Math.random()}`);
  await db.open();
});

describe('rule store', () => {
  it('keeps only what differs from the engine, keyed by the normalised header path', async () => {
    const saved = await saveTaught(db, ORIGIN, table, ['receivedTotal', 'resolvedTotal', 'inProgressTotal'], NOW);
    expect(saved).toBe(2);
    const [rule] = await listRules(db);
    expect(rule).toMatchObject({ origin: ORIGIN, savedAt: NOW, columns: [{ header: ['Hồ sơ hoàn thành', 'Tổng'], field: 'resolvedTotal' }, { header: ['Còn đang thụ lý'], field: 'inProgressTotal' }] });
    expect(new Map(await taughtEntries(db, ORIGIN))).toEqual(
      new Map([
        [key('Hồ sơ hoàn thành', 'Tổng'), 'resolvedTotal'],
        [key('Còn đang thụ lý'), 'inProgressTotal'],
      ]),
    );
    // Another origin gets nothing; the key is the extraction's own normalisation (spelling variants meet).
    expect(await taughtEntries(db, 'https://motcua.thanhhoa.gov.vn')).toEqual([]);
    expect(key('HỒ SƠ HOÀN THÀNH ', ' tổng')).toBe(key('Hồ sơ hoàn thành', 'Tổng'));
  });

  it('a later teaching of a header wins; going back to the engine reading undoes the old lesson', async () => {
    await saveTaught(db, ORIGIN, table, ['receivedTotal', 'resolvedTotal', 'inProgressTotal'], NOW);
    await saveTaught(db, ORIGIN, table, ['receivedTotal', 'resolvedTotal', null], '2026-02-20T04:00:00.000Z');
    expect(new Map(await taughtEntries(db, ORIGIN))).toEqual(new Map([[key('Hồ sơ hoàn thành', 'Tổng'), 'resolvedTotal']]));
    expect(await db.rules.count()).toBe(1); // the older rule, emptied, is gone
    const taughtNull = await saveTaught(db, ORIGIN, table, [null, 'resolvedTotal', null], '2026-02-20T05:00:00.000Z');
    expect(taughtNull).toBe(2);
    expect(new Map(await taughtEntries(db, ORIGIN)).get(key('Hồ sơ tiếp nhận', 'Tổng số'))).toBeNull();
    const [rule] = await listRules(db);
    await deleteRule(db, rule!.id!);
    expect(await taughtEntries(db, ORIGIN)).toEqual([]);
  });

  it('exports and imports on their own; an identical rule is not added twice', async () => {
    await saveTaught(db, ORIGIN, table, ['receivedTotal', 'resolvedTotal', 'inProgressTotal'], NOW);
    const { text, count } = await rulesFileText(db, NOW);
    expect(count).toBe(1);
    const other = new ReportDb(`rules-other-${Math.random()}`);
    const parsed = parseRulesFile(text, NOW);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problem));
    expect(await importRules(other, parsed.rules)).toEqual({ added: 1, duplicates: 0 });
    expect(await importRules(other, parsed.rules)).toEqual({ added: 0, duplicates: 1 });
    expect(await taughtEntries(other, ORIGIN)).toEqual(await taughtEntries(db, ORIGIN));
  });

  it('refuses a rules file that is not ours, not JSON, or holds a bad rule (all or nothing)', () => {
    const file = (rules: unknown, format = 'bao-cao-cchc-cach-doc-bang') => JSON.stringify({ format, schemaVersion: 1, exportedAt: NOW, rules });
    const good = { origin: ORIGIN, columns: [{ header: ['Còn đang thụ lý'], field: 'inProgressTotal' }], savedAt: NOW };
    expect(parseRulesFile('{', NOW)).toEqual({ ok: false, problem: { code: 'backupNotJson' } });
    expect(parseRulesFile(file([good], 'bao-cao-cchc-backup'), NOW)).toEqual({ ok: false, problem: { code: 'rulesNotOurs' } });
    const bad = [
      { ...good, origin: 'javascript:alert(1)' },
      { ...good, origin: 'http://motcua.haiphong.gov.vn/path' },
      { ...good, columns: [{ header: ['x'], field: 'notAField' }] },
      { ...good, columns: [{ header: [], field: null }] },
      { ...good, columns: [] },
      { ...good, columns: [{ header: ['x'], field: null, extra: 1 }] },
      { ...good, savedAt: '2099-01-01T00:00:00.000Z' },
      { ...good, columns: Array.from({ length: 201 }, () => ({ header: ['x'], field: null })) },
    ];
    for (const rule of bad) {
      const result = parseRulesFile(file([good, rule]), NOW);
      expect(result.ok, JSON.stringify(rule).slice(0, 80)).toBe(false);
      if (!result.ok) expect(result.problem).toMatchObject({ code: 'rulesBadRule', index: 2 });
    }
  });

  it('schemas: a rule is strict and bounded; an offered table carries no long digit runs', () => {
    expect(v.is(TaughtRuleSchema, { origin: ORIGIN, columns: [{ header: ['a'], field: null }], savedAt: NOW })).toBe(true);
    expect(v.is(TaughtRuleSchema, { origin: ORIGIN, columns: [{ header: ['a'], field: null }], savedAt: NOW, id: 3 })).toBe(false);
    expect(v.is(TeachTableSchema, table)).toBe(true);
    const phone = { columns: [{ ...table.columns[0], samples: ['0912 345 678'] }] };
    expect(v.is(TeachTableSchema, phone)).toBe(false);
    expect(v.is(TeachTableSchema, { columns: [{ ...table.columns[0], row: 'Nguyễn Văn A' }] })).toBe(false);
  });

  it('the full backup carries the rules and restores them', async () => {
    await saveTaught(db, ORIGIN, table, ['receivedTotal', 'resolvedTotal', 'inProgressTotal'], NOW);
    const text = (await backupParts(db, NOW)).parts.join('');
    const parsed = parseBackup(text, NOW);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problem));
    expect(parsed.data.rules).toHaveLength(1);
    const other = new ReportDb(`rules-backup-${Math.random()}`);
    await importData(other, parsed.data);
    expect(await taughtEntries(other, ORIGIN)).toEqual(await taughtEntries(db, ORIGIN));
    // A backup made before teach mode (no "rules") still imports; a bad rule refuses the whole file.
    const old = JSON.parse(text) as Record<string, unknown>;
    delete old.rules;
    expect(parseBackup(JSON.stringify(old), NOW).ok).toBe(true);
    const bad = parseBackup(JSON.stringify({ ...old, rules: [{ origin: ORIGIN, columns: [], savedAt: NOW }] }), NOW);
    expect(bad).toMatchObject({ ok: false, problem: { code: 'rulesBadRule', index: 1 } });
  });
});
