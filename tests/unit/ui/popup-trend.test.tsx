// The trend with little data says so, and its values and targets are also a table (screen readers, exact figures).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { buildTrend, monthsWithData } from '@/utils/chart/trend';
import { periodById } from '@/utils/domain/period';
import type { Capture } from '@/utils/domain/types';
import { DEFAULT_SETTINGS } from '@/utils/store/settings';
import { TrendChart } from '@/components/TrendChart';
import { seedExtraction } from '../store/sample';

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

const february: Capture = {
  ...seedExtraction(),
  url: 'https://motcua.haiphong.gov.vn/tk',
  title: 'TK',
  capturedAt: '2026-02-15T01:00:00.000Z',
  lastSeenAt: '2026-02-15T01:00:00.000Z',
  contentKey: 'feb',
  periodKey: '2026-01-15..2026-02-14',
};

describe('trend with little data', () => {
  it('one month of figures: says fewer than 3 months, and the table gives each month its value or "chưa có số liệu" and its target', () => {
    const trend = buildTrend([february], periodById('month:2026-02', 15)!, DEFAULT_SETTINGS);
    expect(monthsWithData(trend)).toBe(1);
    render(<TrendChart trend={trend} />, root);
    expect(root.textContent).toContain('Mới có số liệu 1 tháng: chưa đủ 3 tháng để thấy xu hướng.');
    const rows = [...root.querySelectorAll('table.trend-table tbody tr')];
    expect(rows).toHaveLength(trend.labels.length);
    const last = rows.at(-1)!;
    expect(last.querySelector('th')?.textContent).toBe('T02/2026');
    expect(last.textContent).toContain('100% (≥ 60%)');
    expect(rows[0]?.textContent).toContain('chưa có số liệu (≥ 60%)');
    expect(root.querySelector('table.trend-table caption')?.textContent).toBe('Bảng số liệu xu hướng');
  });

  it('three months or more: no such note', () => {
    const months = ['2025-12', '2026-01', '2026-02'].map((m, i): Capture => {
      const [y, mo] = m.split('-').map(Number) as [number, number];
      const from = new Date(Date.UTC(y, mo - 2, 15)).toISOString().slice(0, 10);
      const to = new Date(Date.UTC(y, mo - 1, 14)).toISOString().slice(0, 10);
      return { ...february, period: { from, to }, periodKey: `${from}..${to}`, contentKey: `m${i}` };
    });
    const trend = buildTrend(months, periodById('month:2026-02', 15)!, DEFAULT_SETTINGS);
    expect(monthsWithData(trend)).toBe(3);
    render(<TrendChart trend={trend} />, root);
    expect(root.textContent).not.toContain('chưa đủ 3 tháng');
  });
});
