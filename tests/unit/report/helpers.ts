import type { Capture, Fields, Settings } from '@/utils/domain/types';
import { pickFigures, type Figures } from '@/utils/report/figures';
import { computeIndicators } from '@/utils/report/indicators';
import { periodById } from '@/utils/domain/period';
import type { ReportContext } from '@/utils/report/sections';

export const FEB_2026 = { from: '2026-01-15', to: '2026-02-14' };

export const SEED_SETTINGS: Settings = {
  unitName: 'xã Bình Giang',
  cityName: 'thành phố Hải Phòng',
  targets: { online: 60, onTime: 60, digitized: 100, reused: 50, paknSatisfied: 95, payment: 60 },
  cutoffDay: 15,
};

/** The seed report's numbers (Tháng 02/2026): every rate 100%. */
export const SEED_FIELDS: Fields = {
  receivedNew: 795,
  receivedOnline: 795,
  resolvedTotal: 790,
  resolvedEarly: 612,
  resolvedOnTime: 178,
  inProgressTotal: 5,
  rateDigitized: 100,
  rateReused: 100,
  ratePaknSatisfied: 100,
  ratePayment: 100,
};

let nextId = 1;

export function capture(fields: Fields, overrides: Partial<Capture> = {}): Capture {
  return {
    id: nextId++,
    kinds: ['results'],
    period: FEB_2026,
    unit: 'Tổng cộng',
    rowChoice: 'total',
    fields,
    cells: {},
    unmapped: [],
    warnings: [],
    url: 'https://motcua.haiphong.gov.vn/thong-ke',
    title: 'Thống kê',
    capturedAt: '2026-02-14T08:00:00.000Z',
    lastSeenAt: '2026-02-14T08:00:00.000Z',
    contentKey: 'k',
    periodKey: `${FEB_2026.from}..${FEB_2026.to}`,
    ...overrides,
  };
}

export function figuresOf(values: Fields): Figures {
  return pickFigures([capture(values)], FEB_2026);
}

export function contextOf(values: Fields, settings: Settings = SEED_SETTINGS): ReportContext {
  const figures = figuresOf(values);
  const period = periodById('month:2026-02');
  if (!period) throw new Error('month:2026-02 must be a period id');
  return { period, figures, indicators: computeIndicators(figures, settings), settings };
}

/** Every number the seed report prints (Tháng 02/2026), for the whole-report golden tests. */
export const SEED_REPORT_FIELDS: Fields = {
  ...SEED_FIELDS,
  paknReceived: 2,
  tthcTotal: 2278,
  tthcProvincial: 1909,
  tthcCommune: 379,
  tthcPartial: 219,
  tthcFull: 160,
};

export const SEED_SIGNER = { role: 'TM. ỦY BAN NHÂN DÂN', title: 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH', name: 'Vũ Thị Hòa' };
