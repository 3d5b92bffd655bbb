// Property tests of the reporting periods (utils/domain/period.ts, Nghị định 09/2019/NĐ-CP).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  defaultPeriod,
  listPeriods,
  monthsOf,
  nextDay,
  parseIsoDate,
  parsePeriodId,
  periodById,
  periodId,
  periodOfSpan,
  periodsWithData,
  reportPeriod,
  toIsoDate,
} from '@/utils/domain/period';
import type { PeriodRef } from '@/utils/domain/types';
import { runs } from './settings';

const cutoff = fc.integer({ min: 1, max: 28 });
const year = fc.integer({ min: 2000, max: 2099 });
const month = fc.integer({ min: 1, max: 12 });
const dayAfter = (iso: string) => toIsoDate(nextDay(parseIsoDate(iso)));
const monthId = (y: number, m: number) => `month:${y}-${String(m).padStart(2, '0')}`;
/** Any real calendar day 2000–2099. */
const isoDay = fc.integer({ min: 0, max: 36524 }).map((n) => new Date(Date.UTC(2000, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));

describe('month periods', () => {
  it('every month runs from ≤ to and the next month starts the day after it ends', () => {
    fc.assert(
      fc.property(year, month, cutoff, (y, m, c) => {
        const here = periodById(monthId(y, m), c)!;
        const next = periodById(m === 12 ? monthId(y + 1, 1) : monthId(y, m + 1), c)!;
        expect(here.from <= here.to).toBe(true);
        expect(next.from).toBe(dayAfter(here.to));
        // Every date is a real calendar day.
        parseIsoDate(here.from);
        parseIsoDate(here.to);
      }),
      runs(1500),
    );
  });

  it('cut-off day c: a month (c > 1) ends on day c − 1 of its own month; c = 1 gives the calendar month', () => {
    fc.assert(
      fc.property(year, month, cutoff, (y, m, c) => {
        const p = periodById(monthId(y, m), c)!;
        const to = parseIsoDate(p.to);
        expect([to.y, to.m]).toEqual([y, m]);
        if (c > 1) {
          expect(to.d).toBe(c - 1);
          expect(parseIsoDate(p.from).d).toBe(c);
        } else {
          expect(p.from).toBe(`${y}-${String(m).padStart(2, '0')}-01`);
        }
      }),
      runs(1000),
    );
  });

  it('a cut-off outside 1..28 is refused', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: -50, max: 0 }), fc.integer({ min: 29, max: 400 }), fc.double({ noInteger: true })), (c) => {
        expect(() => periodById('month:2026-02', c)).toThrow(RangeError);
        expect(() => listPeriods('2026-02-14', c)).toThrow(RangeError);
      }),
      runs(300),
    );
  });
});

describe('longer periods are made of contiguous months', () => {
  it('quarter, six/nine months and year start with their first month and end with their last, with no gap', () => {
    fc.assert(
      fc.property(year, fc.constantFrom('quarter-1', 'quarter-2', 'quarter-3', 'quarter-4', 'half', 'nine', 'year'), cutoff, (y, kind, c) => {
        const id = kind.startsWith('quarter') ? `quarter:${y}-${kind.slice(-1)}` : `${kind}:${y}`;
        const p = periodById(id, c)!;
        const months = monthsOf(p, c);
        expect(months[0]!.from).toBe(p.from);
        expect(months[months.length - 1]!.to).toBe(p.to);
        for (let i = 1; i < months.length; i++) expect(months[i]!.from).toBe(dayAfter(months[i - 1]!.to));
      }),
      runs(700),
    );
  });
});

describe('listPeriods', () => {
  it('is sorted newest end first (shorter first on the same end), has unique ids, ends no later than the month in progress', () => {
    fc.assert(
      fc.property(isoDay, cutoff, (today, c) => {
        const list = listPeriods(today, c);
        expect(new Set(list.map((p) => p.id)).size).toBe(list.length);
        for (let i = 1; i < list.length; i++) {
          const [a, b] = [list[i - 1]!, list[i]!];
          expect(a.to > b.to || (a.to === b.to && a.from >= b.from)).toBe(true);
        }
        for (const p of list) expect(p.from <= p.to).toBe(true);
        const months = list.filter((p) => p.kind === 'month');
        expect(months).toHaveLength(24);
        // The month in progress contains today and is the newest month listed.
        expect(months[0]!.from <= today && today <= months[0]!.to).toBe(true);
        expect(list.every((p) => p.to <= months[0]!.to)).toBe(true);
      }),
      runs(300),
    );
  });

  it('the default period is a listed month that ended today or earlier, and the month after it has not', () => {
    fc.assert(
      fc.property(isoDay, cutoff, (today, c) => {
        const d = defaultPeriod(today, c);
        expect(d.kind).toBe('month');
        expect(d.to <= today).toBe(true);
        expect(listPeriods(today, c).some((p) => p.id === d.id)).toBe(true);
        const next = periodById(d.id.slice(-2) === '12' ? monthId(d.year + 1, 1) : monthId(d.year, Number(d.id.slice(-2)) + 1), c)!;
        expect(next.to > today).toBe(true);
      }),
      runs(500),
    );
  });
});

/** Any reporting period as a structured value. */
const ref: fc.Arbitrary<PeriodRef> = fc.oneof(
  fc.record({ kind: fc.constant('month' as const), year, month }),
  fc.record({ kind: fc.constant('quarter' as const), year, quarter: fc.integer({ min: 1, max: 4 }) }),
  fc.record({ kind: fc.constantFrom('half' as const, 'nine' as const, 'year' as const), year }),
);

describe('structured periods', () => {
  it('an id decodes to the value it encodes, and the span finds its period back', () => {
    fc.assert(
      fc.property(ref, cutoff, (r, c) => {
        expect(parsePeriodId(periodId(r))).toEqual(r);
        const period = reportPeriod(r, c);
        expect(periodOfSpan(period, c)?.id).toBe(period.id);
      }),
      runs(1000),
    );
  });

  it('old periods with data are listed whatever today is, newest first, once each', () => {
    fc.assert(
      fc.property(fc.array(ref, { maxLength: 6 }), isoDay, cutoff, (refs, today, c) => {
        const keys = refs.map((r) => {
          const { from, to } = reportPeriod(r, c);
          return `${from}..${to}`;
        });
        const listed = listPeriods(today, c, periodsWithData(keys, [], c));
        const ids = listed.map((p) => p.id);
        for (const r of refs) expect(ids).toContain(periodId(r));
        expect(new Set(ids).size).toBe(ids.length);
        const ends = listed.map((p) => p.to);
        expect(ends).toEqual([...ends].sort().reverse());
      }),
      runs(200),
    );
  });
});
