/**
 * Table-level readings settled by the page's own identities (spec §2.8):
 * received = resolved + in progress, to handle = new + carried over,
 * resolved = its timing splits. Pure; each choice is written into the
 * provenance of the field it gives ("header" gets a note in brackets).
 */
import { RESOLVED_SPLITS } from '../domain/fields';
import type { CellRef, FieldKey, Fields } from '../domain/types';
import { foldKey } from './normalize';
import { fieldOf, headerKey, isBareTotal, isPlainReceived, type ColumnRole } from './synonyms';

type Cells = Partial<Record<FieldKey, CellRef>>;

export interface Chosen {
  roles: ColumnRole[];
  /** Provenance notes by column index. */
  notes: Map<number, string>;
}

const fmt = (n: number) => n.toLocaleString('vi-VN');

/** Sum of the figures, or null when one is not shown (a missing part never makes a smaller sum). */
function sumOf(valueOf: (f: FieldKey) => number | null, parts: readonly FieldKey[]): number | null {
  let sum = 0;
  for (const part of parts) {
    const v = valueOf(part);
    if (v === null) return null;
    sum += v;
  }
  return sum;
}

/** A flow's total as shown, else the sum of its splits when the page shows them all. */
function flowValue(valueOf: (f: FieldKey) => number | null, total: FieldKey, parts: readonly FieldKey[]): number | null {
  return valueOf(total) ?? sumOf(valueOf, parts);
}

/** The resolved total as shown, else the sum of a split of it the page shows whole. */
function resolvedValue(valueOf: (f: FieldKey) => number | null): number | null {
  return RESOLVED_SPLITS.reduce<number | null>((found, parts) => found ?? sumOf(valueOf, parts), valueOf('resolvedTotal'));
}

/** New dossiers by channel, when the page shows every channel. */
function channelSum(valueOf: (f: FieldKey) => number | null): number | null {
  return sumOf(valueOf, ['receivedOnline', 'receivedDirectOrPostal']) ?? sumOf(valueOf, ['receivedOnline', 'receivedDirect', 'receivedPostal']);
}

/** Resolved + in progress, with or without the returned/suspended dossiers some vendors count apart. */
function balances(value: number, valueOf: (f: FieldKey) => number | null): boolean {
  const resolved = resolvedValue(valueOf);
  const inProgress = flowValue(valueOf, 'inProgressTotal', ['inProgressWithin', 'inProgressOverdue']);
  if (resolved === null || inProgress === null) return false;
  const others = (valueOf('returnedWithdrawn') ?? 0) + (valueOf('suspended') ?? 0);
  return value === resolved + inProgress || value === resolved + inProgress + others;
}

const NEW = '(đọc là hồ sơ mới tiếp nhận trong kỳ';
/** "Tồn", "Số hồ sơ tồn": the stock, not saying at which end of the period. */
const BARE_STOCK = /^(?:tong )?(?:so )?(?:luong )?(?:ho so |hs )?ton(?: dong)?$/;

/**
 * Readings of columns whose words allow two. A lone "Tổng" next to resolved
 * and in-progress columns is the received total when it equals their sum.
 * A received figure whose words do not say it includes the carried-over
 * stock ("Tiếp nhận", "Hồ sơ tiếp nhận › Tổng", `isPlainReceived`) is the new
 * dossiers of the period, unless the identities say otherwise:
 * - a non-zero carried-over figure and received = resolved + in progress
 *   (+ returned/suspended): everything to handle;
 * - no carried-over figure (or 0) and received = resolved + in progress: the
 *   two readings coincide (nothing carried over), so the column gives both;
 * - another column already gives the new dossiers: it is their total.
 * `valueOf(i)` is the number the chosen row (or the sum of rows) shows in column i.
 */
export function chooseReadings(
  paths: readonly string[][],
  roles: readonly ColumnRole[],
  valueOf: (column: number) => number | null,
): Chosen {
  const out: Chosen = { roles: [...roles], notes: new Map() };
  const columnOf = (f: FieldKey) => out.roles.findIndex((r) => r.kind === 'field' && r.fields.includes(f));
  const fieldValue = (f: FieldKey) => {
    const i = columnOf(f);
    return i < 0 ? null : valueOf(i);
  };
  paths.forEach((path, i) => {
    const role = out.roles[i];
    const v = valueOf(i);
    if (fieldOf(role) === 'carriedOver' && BARE_STOCK.test(foldKey(path.join(' '))) && columnOf('inProgressTotal') < 0 && v !== null) {
      // A bare "Tồn" may be the stock at either end of the period: with no in-progress column, received = resolved + it says the end.
      const received = fieldValue('receivedTotal') ?? fieldValue('receivedNew');
      const resolved = resolvedValue(fieldValue);
      if (received !== null && resolved !== null && received === resolved + v) {
        out.roles[i] = { kind: 'field', fields: ['inProgressTotal'] };
        out.notes.set(i, '(đọc là hồ sơ đang giải quyết cuối kỳ: số tiếp nhận bằng số đã giải quyết + số này)');
        return;
      }
    }
    if (role?.kind === 'unknown' && isBareTotal(path) && columnOf('receivedTotal') < 0 && v !== null && balances(v, fieldValue)) {
      out.roles[i] = { kind: 'field', fields: ['receivedTotal'] };
      out.notes.set(i, '(đọc là tổng số hồ sơ tiếp nhận: bằng số đã giải quyết + đang giải quyết)');
      return;
    }
    if (fieldOf(role) !== 'receivedTotal' || !isPlainReceived(path) || columnOf('receivedNew') >= 0) return;
    const carried = fieldValue('carriedOver');
    const whole = v !== null && balances(v, fieldValue);
    if (carried !== null && carried > 0) {
      // The channels split the new dossiers: received = channels + carried over says "everything to handle".
      const channels = channelSum(fieldValue);
      if (channels !== null && v !== null && (v === channels + carried || v === channels)) {
        const total = v === channels + carried;
        if (!total) out.roles[i] = { kind: 'field', fields: ['receivedNew'] };
        out.notes.set(
          i,
          total
            ? '(đọc là tổng số hồ sơ phải giải quyết: bằng số tiếp nhận theo các kênh + kỳ trước chuyển sang)'
            : `${NEW}: bằng tổng số tiếp nhận theo các kênh)`,
        );
        return;
      }
      if (whole) {
        out.notes.set(i, '(đọc là tổng số hồ sơ phải giải quyết: bằng số đã giải quyết + đang giải quyết, gồm cả hồ sơ kỳ trước)');
        return;
      }
      out.roles[i] = { kind: 'field', fields: ['receivedNew'] };
      const withCarried = v !== null && balances(v + carried, fieldValue);
      out.notes.set(i, `${NEW}: ${withCarried ? 'cộng kỳ trước thì bằng số đã giải quyết + đang giải quyết' : 'bảng có cột kỳ trước riêng'})`);
      return;
    }
    const noCarried = carried === 0 ? 'kỳ trước chuyển sang là 0' : 'trang không có số kỳ trước chuyển sang';
    if (whole) {
      out.roles[i] = { kind: 'field', fields: ['receivedNew', 'receivedTotal'] };
      out.notes.set(i, `${NEW}, cũng là tổng số hồ sơ phải giải quyết: ${noCarried} và số này bằng số đã giải quyết + đang giải quyết)`);
      return;
    }
    out.roles[i] = { kind: 'field', fields: ['receivedNew'] };
    const differs =
      resolvedValue(fieldValue) !== null &&
      flowValue(fieldValue, 'inProgressTotal', ['inProgressWithin', 'inProgressOverdue']) !== null;
    out.notes.set(i, `${NEW}: ${noCarried}${differs ? ', và số này khác số đã giải quyết + đang giải quyết' : ''})`);
  });
  return out;
}

const TIMING: readonly FieldKey[] = ['resolvedEarly', 'resolvedOnTime', 'resolvedEarlyOrOnTime', 'resolvedLate'];
const WORD: Partial<Record<FieldKey, string>> = {
  resolvedEarly: 'trước hạn',
  resolvedOnTime: 'đúng hạn',
  resolvedEarlyOrOnTime: 'trước hạn, đúng hạn',
  resolvedLate: 'quá hạn',
  inProgressWithin: 'trong hạn',
  inProgressOverdue: 'quá hạn',
};

const known = (fields: Fields, f: FieldKey): number | null => fields[f] ?? null;

/**
 * Timing columns that add up to all the dossiers handled ("Tổng số hồ sơ tiếp nhận, xử lý") and not to the resolved
 * ones split every dossier, in progress too (the national index's Bộ chỉ số 766 counts so): removed, and said, so
 * they never stand as the resolved dossiers' timing.
 */
function splitsOfAllHandled(fields: Fields, cells: Cells): string[] {
  const resolved = known(fields, 'resolvedTotal');
  const handled = known(fields, 'receivedTotal');
  const shown = TIMING.filter((f) => known(fields, f) !== null);
  if (resolved === null || handled === null || handled === resolved || shown.length < 2) return [];
  const sum = shown.reduce((total, f) => total + (known(fields, f) ?? 0), 0);
  if (sum !== handled) return [];
  const names = shown.map((f) => `«${cells[f]?.header.at(-1) ?? WORD[f]}»`).join(', ');
  for (const f of shown) {
    delete fields[f];
    delete cells[f];
  }
  return [
    `${names} cộng lại bằng tổng số hồ sơ tiếp nhận, xử lý (${fmt(handled)}), không phải số đã giải quyết (${fmt(resolved)}): đó là tiến độ của mọi hồ sơ, cả hồ sơ đang giải quyết (cách tính của Bộ chỉ số 766), nên không lấy làm số đã giải quyết trước hạn, đúng hạn, quá hạn.`,
  ];
}

/**
 * Completes what a page's splits imply, in place, and returns warnings:
 * - a late column with only one "by the due date" column (on time, early, "Sớm") splits resolved in two, so the one
 *   shown holds the other as well: it is the figure of both (`resolvedEarlyOrOnTime`), said in its provenance, never
 *   that figure beside a made-up 0 — unless resolved ≠ the two (then the other is not known, and said). A column whose
 *   words hold both ("Trước hạn, đúng hạn") is that figure already;
 * - with no resolved (in-progress) total, the total is the sum of the
 *   splits, which partition it.
 */
export function completeSplits(fields: Fields, cells: Cells, row: string): string[] {
  const warnings: string[] = splitsOfAllHandled(fields, cells);
  const late = known(fields, 'resolvedLate');
  // Only a split with a number implies the other: a blank on-time cell says nothing about the early ones.
  const shown = (['resolvedEarly', 'resolvedOnTime'] as const).filter((f) => fields[f] !== undefined);
  const other = shown.length === 1 ? known(fields, shown[0] as FieldKey) : null;
  if (late !== null && other !== null && fields.resolvedEarlyOrOnTime === undefined) {
    const [present] = shown as [FieldKey];
    const missing: FieldKey = present === 'resolvedEarly' ? 'resolvedOnTime' : 'resolvedEarly';
    const cell = cells[present];
    const header = cell?.header ?? [];
    const leaf = header[header.length - 1] ?? WORD[present];
    const total = known(fields, 'resolvedTotal');
    if (total !== null && total !== other + late) {
      // The resolved total says the shown split does not hold the other one (its column is there, unread): unknown.
      warnings.push(`Không rõ số hồ sơ ${WORD[missing]}: số đã giải quyết (${fmt(total)}) khác «${leaf}» + quá hạn (${fmt(other)} + ${fmt(late)}).`);
    } else {
      fields.resolvedEarlyOrOnTime = other;
      cells.resolvedEarlyOrOnTime = { ...(cell ?? { row, raw: String(other) }), header: [...header, `(không có cột ${WORD[missing]} riêng: cột này gồm cả hồ sơ ${WORD[missing]})`] };
      delete fields[present];
      delete cells[present];
    }
  }
  for (const parts of RESOLVED_SPLITS) sumSplits(fields, cells, row, 'resolvedTotal', parts);
  sumSplits(fields, cells, row, 'inProgressTotal', ['inProgressWithin', 'inProgressOverdue']);
  return warnings;
}

function sumSplits(fields: Fields, cells: Cells, row: string, total: FieldKey, parts: readonly FieldKey[]): void {
  if (fields[total] !== undefined) return;
  let sum = 0;
  for (const part of parts) {
    const v = known(fields, part);
    if (v === null) return;
    sum += v;
  }
  const shown = parts.map((p) => cells[p]?.header.at(-1) ?? WORD[p]).map((t) => `«${t}»`);
  fields[total] = sum;
  cells[total] = { header: [`(tổng các cột chia theo hạn: ${shown.join(' + ')})`], row, raw: String(sum) };
}
