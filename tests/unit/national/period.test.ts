import { describe, expect, it } from 'vitest';
import { periodOfRequest } from '@/utils/national/period';

describe('periodOfRequest (calendar periods of the national index)', () => {
  it('reads month, quarter and year payloads as whole calendar periods', () => {
    expect(periodOfRequest({ timeType: 'month', year: 2026, month: 1 })).toEqual({ from: '2026-01-01', to: '2026-01-31' });
    expect(periodOfRequest({ timeType: 'month', year: 2026, month: 2 })).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(periodOfRequest({ timeType: 'month', year: 2028, month: 2 })).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(periodOfRequest({ timeType: 'quarter', year: 2026, quarter: 1 })).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(periodOfRequest({ timeType: 'quarter', year: 2026, quarter: 4 })).toEqual({ from: '2026-10-01', to: '2026-12-31' });
    expect(periodOfRequest({ timeType: 'year', year: '2025' })).toEqual({ from: '2025-01-01', to: '2025-12-31' });
  });

  it('reads the satisfaction endpoint’s fromDate/toDate as given', () => {
    expect(periodOfRequest({ fromDate: '2026-07-01', toDate: '2026-09-30' })).toEqual({ from: '2026-07-01', to: '2026-09-30' });
  });

  it('gives null for anything it cannot read exactly', () => {
    expect(periodOfRequest({ timeType: 'month', year: 2026 })).toBeNull();
    expect(periodOfRequest({ timeType: 'month', year: 2026, month: 13 })).toBeNull();
    expect(periodOfRequest({ timeType: 'quarter', year: 2026, quarter: 0 })).toBeNull();
    expect(periodOfRequest({ timeType: 'week', year: 2026 })).toBeNull();
    expect(periodOfRequest({ timeType: 'year', year: 26.5 })).toBeNull();
    expect(periodOfRequest({ fromDate: '2026-02-30', toDate: '2026-03-01' })).toBeNull();
    expect(periodOfRequest({ fromDate: '2026-01-31T17:00:00.000Z', toDate: '2026-02-28' })).toBeNull();
    expect(periodOfRequest({ fromDate: '2026-03-01', toDate: '2026-02-01' })).toBeNull();
    expect(periodOfRequest({})).toBeNull();
  });
});
