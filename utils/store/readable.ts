/**
 * The read-side guard of stored captures. Imports are checked strictly
 * (schemas.ts), but an older version let records in that break the popup
 * (an impossible date made every render throw). Read every time, so it is a
 * cheap hand check of what the lists and reports rely on, not the full schema:
 * a record failing it is read as a flagged, empty capture that can be deleted.
 */
import type { Capture } from '../domain/types';
import { isCanonicalInstant } from './days';
import { isIsoDate } from '../domain/period';
import { PAGE_KINDS } from '../domain/fields';

/** Shown with a damaged record (warnings are clerk-facing Vietnamese, like the extractor's). */
const DAMAGED_WARNING = 'Bản ghi này bị hỏng (dữ liệu không hợp lệ), không dùng cho báo cáo: hãy xóa bản ghi này.';

const EPOCH = '1970-01-01T00:00:00.000Z';

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isStrings = (x: unknown): x is string[] => Array.isArray(x) && x.every((s) => typeof s === 'string');
const isValue = (x: unknown): boolean => x === null || (typeof x === 'number' && Number.isFinite(x) && x >= 0);
const isCell = (x: unknown): boolean => isObject(x) && isStrings(x.header) && typeof x.row === 'string' && typeof x.raw === 'string';
const isPeriod = (p: unknown): boolean =>
  p === null || (isObject(p) && typeof p.from === 'string' && typeof p.to === 'string' && isIsoDate(p.from) && isIsoDate(p.to) && p.from <= p.to);

function isReadable(c: Record<string, unknown>): c is Record<string, unknown> & Capture {
  return (
    Array.isArray(c.kinds) &&
    c.kinds.length > 0 &&
    c.kinds.every((k) => PAGE_KINDS.includes(k as never)) &&
    isPeriod(c.period) &&
    (c.unit === null || typeof c.unit === 'string') &&
    isObject(c.fields) &&
    Object.values(c.fields).every(isValue) &&
    isObject(c.cells) &&
    Object.values(c.cells).every(isCell) &&
    Array.isArray(c.unmapped) &&
    c.unmapped.every(isStrings) &&
    isStrings(c.warnings) &&
    typeof c.url === 'string' &&
    (c.file === undefined || (isObject(c.file) && typeof c.file.name === 'string' && typeof c.file.sheet === 'string')) &&
    typeof c.title === 'string' &&
    typeof c.capturedAt === 'string' &&
    isCanonicalInstant(c.capturedAt) &&
    typeof c.lastSeenAt === 'string' &&
    isCanonicalInstant(c.lastSeenAt)
  );
}

/** The stored record itself when it is readable; otherwise a flagged capture with no figures, same id. */
export function readableCapture(stored: unknown): Capture {
  const c = isObject(stored) ? stored : {};
  if (isReadable(c)) return c;
  const instant = (x: unknown) => (typeof x === 'string' && isCanonicalInstant(x) ? x : EPOCH);
  const kinds = Array.isArray(c.kinds) ? c.kinds.filter((k) => PAGE_KINDS.includes(k as never)) : [];
  return {
    ...(typeof c.id === 'number' ? { id: c.id } : {}),
    kinds: kinds.length > 0 ? kinds : ['results'],
    period: null,
    unit: typeof c.unit === 'string' ? c.unit.slice(0, 200) : null,
    rowChoice: 'single',
    fields: {},
    cells: {},
    unmapped: [],
    warnings: [DAMAGED_WARNING],
    url: typeof c.url === 'string' && /^https?:\/\//.test(c.url) ? c.url : '',
    title: typeof c.title === 'string' ? c.title.slice(0, 200) : '',
    capturedAt: instant(c.capturedAt),
    lastSeenAt: instant(c.lastSeenAt),
    contentKey: typeof c.contentKey === 'string' ? c.contentKey : '',
    periodKey: typeof c.periodKey === 'string' ? c.periodKey : '',
    damaged: true,
  };
}
