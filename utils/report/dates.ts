/**
 * Calendar-day arithmetic on plain integers. ISO `YYYY-MM-DD` in and out;
 * no Date objects, so no time zone can move a day.
 */

export interface Day {
  y: number;
  m: number; // 1–12
  d: number; // 1–31
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(m) ? 30 : 31;
}

/** Throws RangeError unless `iso` is a real calendar day `YYYY-MM-DD`. */
export function parseIsoDate(iso: string): Day {
  const match = ISO_DATE.exec(iso);
  const [y, m, d] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [0, 0, 0];
  if (!match || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) {
    throw new RangeError(`Not an ISO calendar date: ${iso}`);
  }
  return { y, m, d };
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

export function toIsoDate({ y, m, d }: Day): string {
  return `${String(y).padStart(4, '0')}-${pad2(m)}-${pad2(d)}`;
}

/** `shiftMonth(2026, 1, -1)` → { y: 2025, m: 12 }. */
export function shiftMonth(y: number, m: number, delta: number): { y: number; m: number } {
  const index = y * 12 + (m - 1) + delta;
  return { y: Math.floor(index / 12), m: (index % 12) + 1 };
}

export function nextDay({ y, m, d }: Day): Day {
  if (d < daysInMonth(y, m)) return { y, m, d: d + 1 };
  return { ...shiftMonth(y, m, 1), d: 1 };
}

/** "2026-02-14" → "14/02/2026". */
export function formatDateVi(iso: string): string {
  const { y, m, d } = parseIsoDate(iso);
  return `${pad2(d)}/${pad2(m)}/${y}`;
}
