import { describe, expect, it } from 'vitest';
import { blocksToText } from '@/utils/report/blocks';
import { computeIndicators } from '@/utils/report/indicators';
import { buildPeriodReport } from '@/utils/report/period-report';
import { resolveFigures } from '@/utils/report/period-figures';
import { calendarPeriodOf, monthsOf, periodById } from '@/utils/domain/period';
import type { Capture, Fields, ReportPeriod } from '@/utils/domain/types';
import { capture, SEED_SETTINGS } from './helpers';

const period = (id: string, cutoffDay = 15): ReportPeriod => {
  const p = periodById(id, cutoffDay);
  if (!p) throw new Error(id);
  return p;
};
const Q1 = period('quarter:2026-1');
const FEB = period('month:2026-02');
const at = (p: { from: string; to: string }, fields: Fields, overrides: Partial<Capture> = {}): Capture =>
  capture(fields, { period: { from: p.from, to: p.to }, periodKey: `${p.from}..${p.to}`, ...overrides });
const resolve = (captures: Capture[], p: ReportPeriod, manual?: Record<string, Fields>) =>
  resolveFigures(captures, p, { cutoffDay: 15, ...(manual ? { manual } : {}) }).figures;

const MONTHS: Fields[] = [
  { receivedNew: 400, receivedOnline: 380, carriedOver: 12, resolvedEarly: 300, resolvedOnTime: 90, resolvedLate: 2, inProgressTotal: 20, inProgressOverdue: 1, paknReceived: 1, paknSatisfied: 1, paidOnline: 50, feeDossiers: 100, tthcCommune: 370 },
  { receivedNew: 100, receivedOnline: 50, carriedOver: 20, resolvedEarly: 80, resolvedOnTime: 30, resolvedLate: 0, inProgressTotal: 10, inProgressOverdue: 0, paknReceived: 0, paknSatisfied: 0, paidOnline: 10, feeDossiers: 10, tthcCommune: 375 },
  { receivedNew: 300, receivedOnline: 270, carriedOver: 10, resolvedEarly: 250, resolvedOnTime: 40, resolvedLate: 1, inProgressTotal: 19, inProgressOverdue: 3, paknReceived: 2, paknSatisfied: 1, paidOnline: 40, feeDossiers: 90, tthcCommune: 379 },
];
const monthCaptures = () => monthsOf(Q1).map((m, i) => at(m, MONTHS[i] ?? {}));

describe('a longer period derived from its months', () => {
  it('lists the months of each kind of period', () => {
    expect(monthsOf(Q1).map((m) => m.label)).toEqual(['Tháng 01/2026', 'Tháng 02/2026', 'Tháng 03/2026']);
    expect(monthsOf(period('half:2026'))).toHaveLength(6);
    expect(monthsOf(period('nine:2026')).at(-1)?.id).toBe('month:2026-09');
    expect(monthsOf(period('year:2026')).map((m) => m.from)[0]).toBe('2025-12-15');
    expect(monthsOf(FEB)).toEqual([FEB]);
  });

  it('adds flows, takes carry-over from the first month and in-progress from the last', () => {
    const figures = resolve(monthCaptures(), Q1);
    expect(figures.values).toMatchObject({
      receivedNew: 800,
      receivedOnline: 700,
      resolvedEarly: 630,
      resolvedOnTime: 160,
      resolvedLate: 3,
      resolvedTotal: 793,
      paknReceived: 3,
      paidOnline: 100,
      feeDossiers: 200,
      carriedOver: 12,
      receivedTotal: 812,
      inProgressTotal: 19,
      inProgressOverdue: 3,
      tthcCommune: 379,
    });
    expect(figures.fromMonths).toEqual({ note: 'tổng hợp từ 3 tháng', months: ['Tháng 01/2026', 'Tháng 02/2026', 'Tháng 03/2026'] });
    expect(figures.sources.receivedNew).toEqual({
      kind: 'derived',
      from: ['receivedNew'],
      note: 'tổng hợp từ 3 tháng (Tháng 01/2026, Tháng 02/2026, Tháng 03/2026)',
    });
    expect(figures.sources.carriedOver).toMatchObject({ note: 'theo Tháng 01/2026 (tháng đầu của kỳ)' });
    expect(figures.sources.inProgressTotal).toMatchObject({ note: 'theo Tháng 03/2026 (tháng cuối của kỳ)' });
  });

  it('recomputes rates from the sums, never averaging monthly rates', () => {
    const indicators = computeIndicators(resolve(monthCaptures(), Q1), SEED_SETTINGS);
    // Monthly online rates 95%, 50%, 90% average 78,33%; the quarter is 700 / 800.
    expect(indicators.online.text).toBe('87,5%');
    expect(indicators.payment.text).toBe('50%');
    expect(indicators.paknSatisfied.text).toBe('66,67%');
  });

  it('adds months that split early and on time to a month giving them as one figure', () => {
    const [jan, feb, mar] = MONTHS;
    const febCombined: Fields = { ...feb, resolvedEarlyOrOnTime: 110 };
    delete febCombined.resolvedEarly;
    delete febCombined.resolvedOnTime;
    const captures = monthsOf(Q1).map((m, i) => at(m, [jan ?? {}, febCombined, mar ?? {}][i] ?? {}));
    const figures = resolve(captures, Q1);
    // 390 + 110 + 290: never the split months' early dossiers alone.
    expect(figures.values).toMatchObject({ resolvedEarlyOrOnTime: 790, resolvedTotal: 793 });
    expect(figures.values.resolvedEarly).toBeUndefined();
    expect(computeIndicators(figures, SEED_SETTINGS).onTime).toMatchObject({ numerator: 790, denominator: 793, text: '99,62%' });
  });

  it('makes a flow missing when any month lacks it, never smaller', () => {
    const captures = monthCaptures();
    const february = captures[1];
    if (!february) throw new Error('february');
    february.fields = { ...february.fields, receivedOnline: null, paidOnline: undefined };
    const figures = resolve(captures, Q1);
    expect(figures.values.receivedOnline).toBeUndefined();
    expect(figures.values.paidOnline).toBeUndefined();
    expect(figures.values.receivedNew).toBe(800);
    expect(computeIndicators(figures, SEED_SETTINGS).online.status).toBe('missing');
  });

  it('makes everything but the edge stocks missing when a whole month is missing', () => {
    const [january, , march] = monthCaptures();
    const figures = resolve([january, march].filter((c): c is Capture => c !== undefined), Q1);
    expect(figures.values.receivedNew).toBeUndefined();
    expect(figures.values.carriedOver).toBe(12);
    expect(figures.values.inProgressTotal).toBe(19);
  });

  it('lets an exact capture of the quarter win, field by field', () => {
    const figures = resolve([...monthCaptures(), at(Q1, { receivedNew: 810 })], Q1);
    expect(figures.values.receivedNew).toBe(810);
    expect(figures.sources.receivedNew).toMatchObject({ kind: 'capture' });
    expect(figures.values.receivedOnline).toBe(700);
  });

  it("uses the months' manual entries and the period's own", () => {
    const figures = resolve(monthCaptures(), Q1, { 'month:2026-02': { receivedOnline: 60 }, 'quarter:2026-1': { paknReceived: 9 } });
    expect(figures.values.receivedOnline).toBe(710);
    expect(figures.values.paknReceived).toBe(9);
    expect(figures.sources.paknReceived).toEqual({ kind: 'manual', note: 'nhập tay' });
  });

  it('is not marked as derived when no month has data', () => {
    expect(resolve([], Q1).fromMonths).toBeUndefined();
  });

  it('says so in the period report and gathers the months’ warnings', () => {
    const captures = monthCaptures();
    const first = captures[0];
    if (first) first.warnings = ['Tổng không khớp'];
    const report = buildPeriodReport(captures, Q1, SEED_SETTINGS);
    expect(report.notes).toContain('Số liệu Quý I/2026 tổng hợp từ 3 tháng: Tháng 01/2026, Tháng 02/2026, Tháng 03/2026.');
    expect(report.warnings).toEqual(['Tổng không khớp']);
    expect(report.captureCount).toBe(0);
    expect(report.sections.find((s) => s.id === '3.2')?.blocks[2]).toMatchObject({
      text: expect.stringContaining('đã tiếp nhận là 800 hồ sơ (trong đó, tiếp nhận trực tuyến 700 hồ sơ, đạt tỷ lệ 87,5%); kỳ trước chuyển sang 12 hồ sơ.'),
    });
  });
});

describe('national-index (calendar) data', () => {
  const national = (p: { from: string; to: string }, fields: Fields) =>
    at(p, fields, { periodBasis: 'calendar', kinds: ['index766'], url: 'https://dichvucong.gov.vn/p/home/dvc-danh-gia.html' });
  const JANUARY = { from: '2026-01-01', to: '2026-01-31' };

  it.each([
    ['month:2026-02', 15, '2026-01-01', '2026-01-31', 'tháng 01/2026'],
    ['month:2026-01', 15, '2025-12-01', '2025-12-31', 'tháng 12/2025'],
    ['month:2026-02', 1, '2026-02-01', '2026-02-28', 'tháng 02/2026'],
    ['quarter:2026-1', 15, '2026-01-01', '2026-03-31', 'quý I/2026'],
    ['year:2026', 15, '2026-01-01', '2026-12-31', 'năm 2026'],
  ])('%s (cut-off %i) uses %s..%s', (id, cutoff, from, to, label) => {
    expect(calendarPeriodOf(period(id, cutoff))).toEqual({ from, to, label });
  });

  it('has no calendar counterpart for six or nine months', () => {
    expect(calendarPeriodOf(period('half:2026'))).toBeNull();
    expect(calendarPeriodOf(period('nine:2026'))).toBeNull();
  });

  it('stands in for an indicator the back office did not give, and the text says so', () => {
    const captures = [at(FEB, { receivedNew: 795, receivedOnline: 795 }), national(JANUARY, { digitized: 90, digitizedBase: 100, receivedNew: 1, receivedOnline: 0 })];
    const report = buildPeriodReport(captures, FEB, SEED_SETTINGS);
    const digitized = report.indicators.digitized;
    expect(digitized.text).toBe('90% (theo số liệu tháng 01/2026 trên Cổng Dịch vụ công quốc gia)');
    expect(digitized.status).toBe('missed');
    expect(digitized.note).toBe('theo số liệu tháng 01/2026 trên Cổng Dịch vụ công quốc gia');
    expect(digitized.sources.digitized).toMatchObject({ kind: 'capture', url: 'https://dichvucong.gov.vn/p/home/dvc-danh-gia.html', note: digitized.note });
    // The back office's exact data wins.
    expect(report.indicators.online).toMatchObject({ text: '100%', sources: { receivedNew: { url: 'https://motcua.haiphong.gov.vn/thong-ke' } } });
    expect(report.indicators.online.note).toBeUndefined();
    // Calendar data never reaches the counts sentence.
    expect(report.figures.values.digitized).toBeUndefined();
    expect(blocks32(report)).toContain('- Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính: 90% (theo số liệu tháng 01/2026 trên Cổng Dịch vụ công quốc gia) (chỉ tiêu giao tối thiểu đạt 100%)');
    expect(report.notes).toContain('Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính: theo số liệu tháng 01/2026 trên Cổng Dịch vụ công quốc gia.');
  });

  it('never divides a back-office numerator by a national base', () => {
    const captures = [at(FEB, { paidOnline: 40 }), national(JANUARY, { paidOnline: 70, feeDossiers: 100 })];
    const payment = buildPeriodReport(captures, FEB, SEED_SETTINGS).indicators.payment;
    expect(payment.text).toBe('70% (theo số liệu tháng 01/2026 trên Cổng Dịch vụ công quốc gia)');
    expect(payment.numerator).toBe(70);
  });

  it('ignores calendar data of other months and never takes it as exact back-office data', () => {
    const february = { from: '2026-02-01', to: '2026-02-28' };
    const feb1 = period('month:2026-02', 1);
    const report = buildPeriodReport([national(february, { paidOnline: 7, feeDossiers: 10 })], FEB, SEED_SETTINGS);
    expect(report.indicators.payment.status).toBe('missing');
    const calendarMonthly = resolveFigures([national(february, { paidOnline: 7, feeDossiers: 10 })], feb1, { cutoffDay: 1 }).figures;
    expect(calendarMonthly.values.paidOnline).toBeUndefined();
    expect(computeIndicators(calendarMonthly, SEED_SETTINGS).payment.text).toBe('70% (theo số liệu tháng 02/2026 trên Cổng Dịch vụ công quốc gia)');
  });
});

describe('TTHC catalogue counts', () => {
  const catalogue = (capturedAt: string, tthcCommune: number) =>
    capture({ tthcTotal: 2278, tthcCommune }, { period: null, periodKey: '', kinds: ['catalogue'], capturedAt, lastSeenAt: capturedAt });

  it('uses the catalogue as it stood at the period end, or the first one after', () => {
    const before = catalogue('2026-02-10T03:00:00.000Z', 377);
    const onEnd = catalogue('2026-02-14T03:00:00.000Z', 379);
    const after = catalogue('2026-02-16T03:00:00.000Z', 381);
    expect(resolve([after, onEnd, before], FEB).values.tthcCommune).toBe(379);
    expect(resolve([after], FEB).values.tthcCommune).toBe(381);
    expect(resolve([onEnd], FEB).sources.tthcCommune).toMatchObject({ kind: 'capture', note: 'danh mục TTHC lấy ngày 14/02/2026' });
  });

  it('lets an exact-period capture win', () => {
    const exact = at(FEB, { tthcCommune: 380 });
    expect(resolve([exact, catalogue('2026-02-14T03:00:00.000Z', 379)], FEB).values.tthcCommune).toBe(380);
  });
});

function blocks32(report: ReturnType<typeof buildPeriodReport>): string {
  return blocksToText(report.sections.find((s) => s.id === '3.2')?.blocks ?? []);
}
