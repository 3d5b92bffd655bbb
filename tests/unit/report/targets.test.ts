import { describe, expect, it } from 'vitest';
import { targetsFor } from '@/utils/report/targets';
import { buildPeriodReport } from '@/utils/report/period-report';
import { periodById } from '@/utils/domain/period';
import { DEFAULT_SETTINGS, DEFAULT_TARGETS } from '@/utils/store/settings';
import { buildTrend } from '@/utils/chart/trend';
import type { Capture } from '@/utils/domain/types';

const settings = {
  ...DEFAULT_SETTINGS,
  unitName: 'xã Bình Giang',
  targetsByYear: { '2026': { ...DEFAULT_TARGETS, online: 75 } },
};

const capture = (from: string, to: string, online: number, total: number): Capture => ({
  kinds: ['results'],
  period: { from, to },
  unit: 'Tổng cộng',
  rowChoice: 'total',
  fields: { receivedOnline: online, receivedDirectOrPostal: total - online },
  cells: {},
  unmapped: [],
  warnings: [],
  url: 'https://motcua.haiphong.gov.vn/bieu-06',
  title: 'Biểu 06',
  capturedAt: `${to}T09:00:00.000Z`,
  lastSeenAt: `${to}T09:00:00.000Z`,
  contentKey: `${from}-${to}`,
  periodKey: `${from}..${to}`,
});

describe('targets per year', () => {
  it('a year with its own targets uses them; other years use the default set', () => {
    expect(targetsFor(settings, 2026).online).toBe(75);
    expect(targetsFor(settings, 2025)).toEqual(DEFAULT_TARGETS);
  });

  it('the indicator, its status and the 3.2 line follow the year of the period', () => {
    const captures = [capture('2025-11-15', '2025-12-14', 70, 100), capture('2026-01-15', '2026-02-14', 70, 100)];
    const dec = buildPeriodReport(captures, periodById('month:2025-12')!, settings);
    const feb = buildPeriodReport(captures, periodById('month:2026-02')!, settings);
    expect([dec.indicators.online.target, dec.indicators.online.status]).toEqual([60, 'met']);
    expect([feb.indicators.online.target, feb.indicators.online.status]).toEqual([75, 'missed']);
    const line = feb.sections.find((s) => s.id === '3.2')!.blocks.find((b) => 'text' in b && b.text.startsWith('Tỷ lệ nộp hồ sơ trực tuyến'));
    expect(line && 'text' in line ? line.text : '').toBe('Tỷ lệ nộp hồ sơ trực tuyến: 70% (chỉ tiêu thành phố giao tối thiểu đạt 75%).');
  });

  it('the trend\'s target line steps at the new year', () => {
    const trend = buildTrend([], periodById('month:2026-02')!, settings);
    const online = trend.series.find((s) => s.key === 'online')!;
    expect(online.targets.slice(-3)).toEqual([60, 75, 75]);
  });
});
