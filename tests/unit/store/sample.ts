import type { Extraction } from '@/utils/domain/types';

/** The seed report's results-table totals, as the extractor would hand them over. */
export function seedExtraction(overrides: Partial<Extraction> = {}): Extraction {
  return {
    kinds: ['results'],
    period: { from: '2026-01-15', to: '2026-02-14' },
    unit: 'Tổng cộng',
    rowChoice: 'total',
    fields: {
      receivedTotal: 795,
      receivedOnline: 795,
      receivedDirectOrPostal: 0,
      carriedOver: 0,
      resolvedTotal: 790,
      resolvedEarly: 612,
      resolvedOnTime: 178,
      resolvedLate: 0,
      inProgressTotal: 5,
      inProgressWithin: 5,
      inProgressOverdue: 0,
    },
    cells: {
      receivedTotal: { header: ['Số hồ sơ nhận giải quyết', 'Tổng số'], row: 'Tổng cộng', raw: '795' },
    },
    unmapped: [],
    warnings: [],
    ...overrides,
  };
}
