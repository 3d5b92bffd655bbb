/**
 * Issue 11: a later capture of the same period that changes a number the
 * report uses is shown in "Cảnh báo số liệu" (old → new, when, which page),
 * never replaced silently. Pure: from the period's captures and its figures.
 */
import type { Capture } from '../domain/types';
import { FIELD_KEYS, FIELD_LABELS, isRateField, type FieldKey } from '../domain/fields';
import { formatLocalTimeVi } from '../domain/period';
import type { Figures } from './figures';
import { formatCount, formatPercent } from './format';

const when = (iso: string): string => formatLocalTimeVi(new Date(iso));

const page = (c: Capture) => (c.title ? `«${c.title}» ${c.url}` : c.url);
const shown = (key: FieldKey, n: number) => (isRateField(key) ? formatPercent(n) : formatCount(n));

/**
 * One warning per field whose value in the report came from a capture of this very period while an earlier
 * capture of that period showed another number: the latest such earlier number → the number used.
 */
export function changeWarnings(captures: readonly Capture[], figures: Figures): string[] {
  const { from, to } = figures.period;
  const ofPeriod = captures.filter((c) => !c.damaged && c.period?.from === from && c.period.to === to);
  const out: string[] = [];
  for (const key of FIELD_KEYS) {
    const source = figures.sources[key];
    if (source?.kind !== 'capture' || source.note !== undefined) continue;
    const used = ofPeriod.find((c) => c.id === source.captureId);
    const value = used?.fields[key];
    if (!used || value == null) continue;
    let before: Capture | undefined;
    for (const c of ofPeriod) {
      const old = c.fields[key];
      if (c === used || old == null || old === value || c.capturedAt >= used.capturedAt) continue;
      if (!before || c.capturedAt > before.capturedAt) before = c;
    }
    if (!before) continue;
    const old = before.fields[key] as number;
    const where = before.url === used.url ? '' : `, trang ${page(before)}`;
    out.push(
      `Số liệu đã thay đổi – ${FIELD_LABELS[key]}: ${shown(key, old)} → ${shown(key, value)} (đọc lúc ${when(used.capturedAt)}, trang ${page(used)}; số cũ đọc lúc ${when(before.capturedAt)}${where}).`,
    );
  }
  return out;
}
