import { beforeEach, describe, expect, it } from 'vitest';
import { ReportDb } from '@/utils/store/db';
import { saveExtraction } from '@/utils/store/captures';
import { loadPeriodKeys, loadPopupData, loadTrendCaptures } from '@/utils/store/popup-data';
import { captureWindowOf, trendWindowOf } from '@/utils/report/capture-window';
import { periodById } from '@/utils/domain/period';
import { seedExtraction } from './sample';

const FEB = periodById('month:2026-02')!;
const page = { url: 'https://motcua.haiphong.gov.vn/bieu-06', title: 'Biểu 06' };
let db: ReportDb;

beforeEach(async () => {
  db = new ReportDb(`popup-data-${Math.random()}`);
  await db.open();
});

async function store(from: string | null, to: string, at: string, extra = {}) {
  await saveExtraction(db, seedExtraction({ period: from ? { from, to } : null, ...extra }), page, at);
}

describe('capture windows', () => {
  it('the period: from the calendar month before its start (national January for Tháng 02) to its end', () => {
    expect(captureWindowOf(FEB)).toEqual({ lower: '2025-12-01', upper: '2026-02-14\uffff' });
  });
  it('the trend: back to the calendar month before its first month', () => {
    // Trend: Tháng 03/2025 (15/02/2025 – 14/03/2025) … Tháng 02/2026.
    expect(trendWindowOf(FEB, 15)).toEqual({ lower: '2025-01-01', upper: '2026-02-14\uffff' });
  });
});

describe('loadPopupData', () => {
  it('reads the captures the period can use, the undated ones, the newest page for the list; the trend reads further back', async () => {
    await store('2026-01-15', '2026-02-14', '2026-02-15T01:00:00.000Z'); // the period itself
    await store('2026-01-01', '2026-01-31', '2026-02-02T01:00:00.000Z', { periodBasis: 'calendar' }); // national, calendar January
    await store('2025-02-15', '2025-03-14', '2025-03-15T01:00:00.000Z'); // first trend month
    await store(null, '', '2026-02-10T01:00:00.000Z', { kinds: ['catalogue'], fields: { tthcTotal: 2278 } }); // catalogue, no period
    await store('2024-01-15', '2024-02-14', '2024-02-15T01:00:00.000Z'); // two years back: not needed
    await store('2026-02-15', '2026-03-14', '2026-03-15T01:00:00.000Z'); // after the period: not needed
    const data = await loadPopupData(db, (settings) => periodById('month:2026-02', settings.cutoffDay)!, 2);
    expect(data.period.id).toBe('month:2026-02');
    expect(data.captures.map((c) => c.periodKey)).toEqual(['2026-01-15..2026-02-14', '', '2026-01-01..2026-01-31']);
    expect((await loadTrendCaptures(db, FEB, 15)).map((c) => c.periodKey)).toEqual([
      '2026-01-15..2026-02-14',
      '',
      '2026-01-01..2026-01-31',
      '2025-02-15..2025-03-14',
    ]);
    expect(data.total).toBe(6);
    expect(data.recent.map((c) => c.capturedAt)).toEqual(['2026-03-15T01:00:00.000Z', '2026-02-15T01:00:00.000Z']);
    expect((await loadPeriodKeys(db)).has('2024-01-15..2024-02-14')).toBe(true);
  });
});
