import type { Extraction, FileSource } from './types';
import { periodKeyOf } from './period';
import { pageAddress } from './page-address';

/** 53-bit string hash (cyrb53): short, stable keys for the unique index. */
function hash53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/**
 * Same page (origin + path, not the query string a portal adds per click), same
 * period, same row and the same numbers → same key, so a re-visit only updates `lastSeenAt`.
 * An imported file's sheet stands where the page would (same file name and sheet → same source).
 */
export function contentKeyOf(url: string, e: Extraction, file?: FileSource): string {
  const page = file ? ['file', file.name, file.sheet] : pageAddress(url) || url;
  const fields = Object.entries(e.fields).sort(([a], [b]) => (a < b ? -1 : 1));
  return hash53(JSON.stringify([page, periodKeyOf(e), e.unit, [...e.kinds].sort(), fields]));
}
