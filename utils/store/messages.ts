import {
  COUNT_FIELDS,
  RATE_FIELDS,
  type Extraction,
  type FieldKey,
  type PageKind,
  type PageReport,
  type Settings,
} from '../domain/types';
import type { ReportDb } from './db';
import { saveExtraction, type SaveResult } from './captures';
import { getSettings } from './settings';

/** Messages the background answers. */
export type Request = { type: 'capture'; report: PageReport } | { type: 'getSettings' } | { type: 'syncPortalScripts' };

export type CaptureReply = { ok: true; results: SaveResult[] } | { ok: false; error: string };

export interface Deps {
  db: ReportDb;
  now: () => string;
  /** Registers the content script on the clerk's added origins (background only). */
  syncPortals?: () => Promise<unknown>;
}

const KINDS: readonly PageKind[] = ['results', 'online', 'digitization', 'payment', 'feedback', 'catalogue', 'index766'];
const FIELD_KEYS = new Set<string>([...COUNT_FIELDS, ...RATE_FIELDS]);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;
const isStringArray = (x: unknown): x is string[] => Array.isArray(x) && x.every((s) => typeof s === 'string');

/** Checks the shape of a capture coming from a content script before anything is stored. */
export function isExtraction(x: unknown): x is Extraction {
  if (!isObject(x)) return false;
  const { kinds, period, unit, rowChoice, fields, cells, unmapped, warnings, periodBasis } = x;
  if (periodBasis !== undefined && periodBasis !== 'calendar') return false;
  if (!Array.isArray(kinds) || kinds.length === 0 || !kinds.every((k) => KINDS.includes(k as PageKind))) return false;
  if (period !== null) {
    if (!isObject(period) || typeof period.from !== 'string' || typeof period.to !== 'string') return false;
    if (!ISO_DATE.test(period.from) || !ISO_DATE.test(period.to) || period.from > period.to) return false;
  }
  if (unit !== null && typeof unit !== 'string') return false;
  if (!['unit', 'total', 'sum', 'single'].includes(rowChoice as string)) return false;
  if (!isObject(fields) || !isObject(cells)) return false;
  for (const [key, value] of Object.entries(fields)) {
    if (!FIELD_KEYS.has(key)) return false;
    if (value !== null && (typeof value !== 'number' || !Number.isFinite(value) || value < 0)) return false;
  }
  for (const [key, cell] of Object.entries(cells)) {
    if (!FIELD_KEYS.has(key as FieldKey) || !isObject(cell)) return false;
    if (!isStringArray(cell.header) || typeof cell.row !== 'string' || typeof cell.raw !== 'string') return false;
  }
  return Array.isArray(unmapped) && unmapped.every(isStringArray) && isStringArray(warnings);
}

function isPageReport(x: unknown): x is PageReport {
  return (
    isObject(x) &&
    typeof x.url === 'string' &&
    typeof x.title === 'string' &&
    Array.isArray(x.extractions) &&
    x.extractions.every(isExtraction)
  );
}

export async function handleMessage(msg: unknown, deps: Deps): Promise<CaptureReply | Settings | { ok: true } | undefined> {
  if (!isObject(msg)) return undefined;
  if (msg.type === 'getSettings') return getSettings(deps.db);
  if (msg.type === 'syncPortalScripts' && deps.syncPortals) {
    await deps.syncPortals();
    return { ok: true };
  }
  if (msg.type !== 'capture') return undefined;
  if (!isPageReport(msg.report)) return { ok: false, error: 'Dữ liệu gửi từ trang không hợp lệ, không lưu.' };
  const { url, title, extractions } = msg.report;
  const now = deps.now();
  const results: SaveResult[] = [];
  for (const e of extractions) results.push(await saveExtraction(deps.db, e, { url, title }, now));
  return { ok: true, results };
}
