/** Sheet cell addresses as Excel writes them ("A1", "F12", "AA3"), rows and columns counted from 0. */

export interface CellPos {
  r: number;
  c: number;
}

export interface CellRange {
  s: CellPos;
  e: CellPos;
}

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function columnName(c: number): string {
  let name = '';
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

export const cellAddress = (r: number, c: number): string => `${columnName(c)}${r + 1}`;

const ADDRESS = /^([A-Z]{1,3})(\d{1,7})$/;

function decodeCell(text: string): CellPos | null {
  const m = ADDRESS.exec(text.replace(/\$/g, '').toUpperCase());
  if (!m) return null;
  let c = 0;
  for (const ch of m[1] ?? '') c = c * 26 + ch.charCodeAt(0) - 64;
  const r = Number(m[2]) - 1;
  return r >= 0 ? { r, c: c - 1 } : null;
}

/** "A1:M13" (or one cell "B2") → its corners; null when it is not a range. */
export function decodeRange(ref: string | undefined): CellRange | null {
  if (!ref) return null;
  const [from, to = from] = ref.split(':');
  const s = decodeCell(from ?? '');
  const e = decodeCell(to ?? '');
  return s && e && s.r <= e.r && s.c <= e.c ? { s, e } : null;
}
