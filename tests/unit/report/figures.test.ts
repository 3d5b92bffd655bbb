import { describe, expect, it } from 'vitest';
import { pickFigures, sumOf } from '@/utils/report/figures';
import { capture, FEB_2026 } from './helpers';

describe('pickFigures: choosing captures', () => {
  it('uses only captures whose period equals the report period exactly', () => {
    const calendarMonth = capture({ receivedOnline: 900 }, { period: { from: '2026-02-01', to: '2026-02-28' } });
    const overlapping = capture({ receivedOnline: 800 }, { period: { from: '2026-01-15', to: '2026-02-13' } });
    const unknown = capture({ receivedOnline: 700 }, { period: null });
    const exact = capture({ receivedOnline: 795 });
    const figures = pickFigures([calendarMonth, overlapping, unknown, exact], FEB_2026);
    expect(figures.values.receivedOnline).toBe(795);
    expect(figures.sources.receivedOnline).toMatchObject({ kind: 'capture', captureId: exact.id });
  });

  it('takes each field from the latest capture that has it, whatever the list order', () => {
    const newer = capture({ receivedOnline: 795 }, { capturedAt: '2026-02-14T09:00:00.000Z', url: 'https://a/new' });
    const older = capture({ receivedOnline: 780, paidOnline: 40 }, { capturedAt: '2026-02-13T09:00:00.000Z' });
    const figures = pickFigures([newer, older], FEB_2026);
    expect(figures.values).toMatchObject({ receivedOnline: 795, paidOnline: 40 });
    expect(figures.sources.receivedOnline).toMatchObject({ url: 'https://a/new', capturedAt: '2026-02-14T09:00:00.000Z' });
    expect(figures.sources.paidOnline).toMatchObject({ captureId: older.id });
  });

  it('does not let a later blank cell hide an earlier number', () => {
    const older = capture({ resolvedTotal: 790 }, { capturedAt: '2026-02-13T09:00:00.000Z' });
    const newer = capture({ resolvedTotal: null }, { capturedAt: '2026-02-14T09:00:00.000Z' });
    expect(pickFigures([older, newer], FEB_2026).values.resolvedTotal).toBe(790);
  });

  it('records the cell the value was read from', () => {
    const cell = { header: ['Số hồ sơ đã giải quyết', 'Tổng số'], row: 'Tổng cộng', raw: '790' };
    const figures = pickFigures([capture({ resolvedTotal: 790 }, { cells: { resolvedTotal: cell } })], FEB_2026);
    expect(figures.sources.resolvedTotal).toMatchObject({ kind: 'capture', cell, title: 'Thống kê' });
  });

  it('lets a manual entry override captures, labelled "nhập tay"', () => {
    const figures = pickFigures([capture({ paknReceived: 3 })], FEB_2026, { paknReceived: 2 });
    expect(figures.values.paknReceived).toBe(2);
    expect(figures.sources.paknReceived).toEqual({ kind: 'manual', note: 'nhập tay' });
  });
});

describe('pickFigures: derived totals', () => {
  it('adds the three channels into receivedNew', () => {
    const figures = pickFigures([capture({ receivedOnline: 700, receivedDirect: 90, receivedPostal: 5 })], FEB_2026);
    expect(figures.values.receivedNew).toBe(795);
    expect(figures.sources.receivedNew).toMatchObject({
      kind: 'derived',
      from: ['receivedOnline', 'receivedDirect', 'receivedPostal'],
    });
    const source = figures.sources.receivedNew;
    expect(source?.kind === 'derived' && source.note).toMatch(/^tính từ Số hồ sơ tiếp nhận trực tuyến \+ /);
  });

  it('uses the combined direct-or-postal column', () => {
    const figures = pickFigures([capture({ receivedOnline: 795, receivedDirectOrPostal: 0 })], FEB_2026);
    expect(figures.values.receivedNew).toBe(795);
  });

  it('falls back to total minus carry-over', () => {
    const figures = pickFigures([capture({ receivedTotal: 807, carriedOver: 12, receivedOnline: 700 })], FEB_2026);
    expect(figures.values.receivedNew).toBe(795);
    expect(figures.sources.receivedNew).toMatchObject({ kind: 'derived', from: ['receivedTotal', 'carriedOver'] });
  });

  it('derives resolved and in-progress totals from their splits', () => {
    const values = pickFigures(
      [capture({ resolvedEarly: 612, resolvedOnTime: 178, resolvedLate: 3, inProgressWithin: 4, inProgressOverdue: 1 })],
      FEB_2026,
    ).values;
    expect(values.resolvedTotal).toBe(793);
    expect(values.inProgressTotal).toBe(5);
  });

  it('keeps a captured total rather than deriving it', () => {
    const figures = pickFigures([capture({ receivedNew: 800, receivedOnline: 700, receivedDirect: 90, receivedPostal: 5 })], FEB_2026);
    expect(figures.values.receivedNew).toBe(800);
    expect(figures.sources.receivedNew?.kind).toBe('capture');
  });

  it('leaves a total missing, never smaller, when a part is missing', () => {
    const values = pickFigures(
      [capture({ receivedOnline: 700, receivedDirect: 90, receivedPostal: null, resolvedEarly: 612, resolvedOnTime: 178 })],
      FEB_2026,
    ).values;
    expect(values.receivedNew).toBeUndefined();
    expect(values.resolvedTotal).toBeUndefined();
    expect(values.inProgressTotal).toBeUndefined();
  });
});

describe('sumOf', () => {
  it('is null when any part is missing', () => {
    expect(sumOf({ resolvedEarly: 1, resolvedOnTime: 2 }, ['resolvedEarly', 'resolvedOnTime'])).toBe(3);
    expect(sumOf({ resolvedEarly: 1, resolvedOnTime: null }, ['resolvedEarly', 'resolvedOnTime'])).toBeNull();
    expect(sumOf({ resolvedEarly: 1 }, ['resolvedEarly', 'resolvedOnTime'])).toBeNull();
  });
});
