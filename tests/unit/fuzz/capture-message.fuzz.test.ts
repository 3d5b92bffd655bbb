// Property tests of the store boundary (utils/store/messages.ts): whatever a page makes the content script send,
// the background never throws and never stores a value that is not a plain non-negative count (whole, ≤ 10^12) or rate.
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ReportDb } from '@/utils/store/db';
import { handleMessage } from '@/utils/store/messages';
import { COUNT_FIELDS, RATE_FIELDS } from '@/utils/domain/types';
import { seedExtraction } from '../store/sample';

const deps = (db: ReportDb) => ({ db, now: () => new Date().toISOString(), extensionOrigin: 'chrome-extension://abc/', describe: (p: { code: string }) => p.code });
const fromTab = { tab: { id: 1 }, url: 'https://motcua.haiphong.gov.vn/tk' };
import { runs } from './settings';

const FIELDS = [...COUNT_FIELDS, ...RATE_FIELDS] as string[];
const anyValue = fc.oneof(
  fc.nat(),
  fc.double(),
  fc.constantFrom(Number.NaN, Infinity, -Infinity, -1, -0.5, 1e308, null, undefined, '12', '1.234', true, {}, [], [3]),
  fc.string({ maxLength: 8 }),
);
const fieldName = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...FIELDS) }, fc.constantFrom('citizenName', 'cccd', '__proto__', 'constructor', 'toString'), fc.string({ maxLength: 10 }));
const mutatedExtraction = fc
  .record({
    fields: fc.dictionary(fieldName, anyValue, { maxKeys: 6 }),
    kinds: fc.oneof(fc.constant(['results']), fc.array(fc.constantFrom('results', 'online', 'payment', 'bogus', ''), { maxLength: 3 })),
    period: fc.oneof(
      fc.constant({ from: '2026-01-15', to: '2026-02-14' }),
      fc.constant(null),
      fc.record({ from: fc.string({ maxLength: 12 }), to: fc.string({ maxLength: 12 }) }),
      fc.constant({ from: '2026-02-14', to: '2026-01-15' }),
    ),
    unit: fc.oneof(fc.constant(null), fc.string({ maxLength: 20 }), fc.nat()),
    rowChoice: fc.constantFrom('unit', 'total', 'sum', 'single', 'guess', 5),
  })
  .map((m) => ({ ...seedExtraction(), ...m, cells: {} }));

describe('capture messages with arbitrary content', () => {
  let db: ReportDb;
  beforeAll(async () => {
    db = new ReportDb(`fuzz-msg-${Math.random()}`);
    await db.open();
  });

  it('never throw, and every stored field is a known key with a finite, non-negative number or null', async () => {
    let stored = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(mutatedExtraction, { minLength: 1, maxLength: 3 }), async (extractions) => {
        const before = await db.captures.count();
        const reply = await handleMessage({ type: 'capture', report: { url: 'https://motcua.haiphong.gov.vn/tk', title: 'Thống kê', extractions } }, fromTab, deps(db));
        expect(reply).toMatchObject({ ok: expect.any(Boolean) });
        if (reply && 'ok' in reply && !reply.ok) expect(await db.captures.count()).toBe(before);
        else stored++;
      }),
      runs(300),
    );
    expect(stored).toBeGreaterThan(0); // the generator does reach the storing path
    for (const capture of await db.captures.toArray()) {
      for (const [key, value] of Object.entries(capture.fields)) {
        expect(FIELDS).toContain(key);
        if (value !== null) {
          expect(typeof value).toBe('number');
          expect(Number.isFinite(value) && value >= 0 && value <= 1e12).toBe(true);
          if ((COUNT_FIELDS as readonly string[]).includes(key)) expect(Number.isInteger(value)).toBe(true);
        }
      }
      expect(capture.period === null || capture.period.from <= capture.period.to).toBe(true);
    }
  });

  it('malformed envelopes (not an object, no report, report of the wrong shape) never throw and store nothing', async () => {
    const before = await db.captures.count();
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.anything(), fc.record({ type: fc.constant('capture'), report: fc.anything() })), async (msg) => {
        await handleMessage(msg, fromTab, deps(db));
      }),
      runs(300),
    );
    expect(await db.captures.count()).toBe(before);
  });
});
