// Property tests of the backup boundary (utils/store/backup.ts): whatever a file holds, parsing never throws,
// and whatever it accepts imports without error and reads back valid. The hostile files of issue 15 are the seeds.
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as v from 'valibot';
import { ReportDb } from '@/utils/store/db';
import { importData, parseBackup } from '@/utils/store/backup';
import { BackupCaptureSchema, SettingsSchema } from '@/utils/store/schemas';
import { COUNT_FIELDS, RATE_FIELDS } from '@/utils/domain/fields';
import { backupWith, goodCapture, HOSTILE_BACKUP_CASES, NOW } from '../store/hostile-backups';
import { runs } from './settings';

const FIELDS = [...COUNT_FIELDS, ...RATE_FIELDS] as string[];
const anyValue = fc.oneof(
  fc.nat(),
  fc.double(),
  fc.constantFrom(Number.NaN, -1, 0.5, 1e308, 1e21, 2 ** 53, null, '12', true, {}, [], [[[]]]),
  fc.string({ maxLength: 8 }),
);
const day = fc.oneof(
  fc.constantFrom('2026-01-15', '2026-02-14', '2026-02-30', '2026-13-01', '0000-00-00', '2026-2-1', ''),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
);
const instant = fc.oneof(
  fc.constantFrom('2026-02-15T01:00:00.000Z', '9999-12-31T00:00:00.000Z', '2026-02-30T00:00:00.000Z', 'x', '2026-02-15'),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
);
const url = fc.constantFrom('https://motcua.haiphong.gov.vn/tk', 'http://10.0.0.1/bc?x=1', 'javascript:alert(1)', 'data:text/html,x', 'file:///etc/passwd', '', 'tk');

const mutatedCapture = fc
  .record(
    {
      id: fc.oneof(fc.nat(), fc.constantFrom(2 ** 53, -1, 0.5, 'x')),
      fields: fc.dictionary(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...FIELDS) }, fc.constantFrom('hoTen', '__proto__', 'constructor')), anyValue, { maxKeys: 5 }),
      period: fc.oneof(fc.constant(null), fc.record({ from: day, to: day })),
      unit: fc.oneof(fc.constant(null), fc.string({ maxLength: 20 }), fc.nat()),
      url,
      capturedAt: instant,
      lastSeenAt: instant,
      periodKey: fc.string({ maxLength: 30 }),
      extra: fc.anything({ maxDepth: 3 }),
    },
    { requiredKeys: [] },
  )
  .map((m) => ({ ...goodCapture(), ...m }));

const mutatedSettings = fc.oneof(
  fc.constant(null),
  fc.anything({ maxDepth: 2 }),
  fc.record({
    unitName: fc.oneof(fc.string({ maxLength: 10 }), fc.nat()),
    cityName: fc.string({ maxLength: 10 }),
    cutoffDay: fc.oneof(fc.integer({ min: -2, max: 40 }), fc.double()),
    targets: fc.record({ online: anyValue, onTime: anyValue, digitized: anyValue, reused: anyValue, paknSatisfied: anyValue, payment: anyValue }),
    portalOrigins: fc.oneof(fc.constant(5), fc.array(fc.constantFrom('https://motcua.thanhhoa.gov.vn', 'javascript:x', 'https://a.b/c'), { maxLength: 2 })),
    uiLanguage: fc.constantFrom('vi', 'en', 'fr', undefined),
  }),
);

const file = fc.oneof(
  fc.constantFrom(...HOSTILE_BACKUP_CASES.map((c) => c.file)),
  fc.record({ settings: mutatedSettings, captures: fc.array(mutatedCapture, { maxLength: 4 }) }).map(backupWith),
  fc.anything({ maxDepth: 3 }).map((x) => JSON.stringify(x) ?? ''),
  fc.string({ maxLength: 40 }),
);

describe('backup files with arbitrary content', () => {
  let db: ReportDb;
  beforeAll(async () => {
    db = new ReportDb(`fuzz-backup-${Math.random()}`);
    await db.open();
  });

  it('refuse every hostile seed of issue 15', () => {
    for (const { file: text } of HOSTILE_BACKUP_CASES) expect(parseBackup(text, NOW).ok).toBe(false);
  });

  it('never throw; what is accepted imports, with new ids and recomputed keys, and reads back valid', async () => {
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(file, async (text) => {
        const parsed = parseBackup(text, NOW);
        if (!parsed.ok) {
          expect(parsed.problem.code).toMatch(/^backup/);
          return;
        }
        accepted++;
        for (const c of parsed.data.captures) {
          expect(c).not.toHaveProperty('id');
          expect(c.capturedAt <= '2026-03-21T00:00:00.000Z').toBe(true);
          expect(c.url).toMatch(/^https?:\/\//);
        }
        if (parsed.data.settings) expect(v.is(SettingsSchema, parsed.data.settings)).toBe(true);
        await importData(db, parsed.data);
      }),
      runs(300),
    );
    expect(accepted).toBeGreaterThan(0); // the generator does reach the importing path
    for (const c of await db.captures.toArray()) {
      expect(c.damaged).toBeUndefined();
      expect(v.is(BackupCaptureSchema, c)).toBe(true);
      expect(Number.isSafeInteger(c.id) && (c.id as number) < 1e6).toBe(true);
    }
  });
});
