/**
 * The table reader is not part of the always-loaded content script: on every portal page only the cheap
 * statistics test runs (spec §8: the content script stays small and costs ≤ 2 ms on other pages). When a page
 * looks like statistics, the background injects the reader (entrypoints/page-reader.ts) into that frame's
 * isolated world, where it leaves itself under this key for the content script to call.
 */
import type { extractPage, storedTitle } from '../extract';
import type { teachTable } from './teach-table';

export const PAGE_READER_KEY = '__baoCaoCchcPageReader';

export interface PageReader {
  extractPage: typeof extractPage;
  storedTitle: typeof storedTitle;
  /** Teach mode: the table offered to "Dạy đọc bảng" (utils/capture/teach-table.ts). */
  teachTable: typeof teachTable;
}

/** The reader if it was injected into this world already. */
export function injectedReader(): PageReader | undefined {
  return (globalThis as Record<string, unknown>)[PAGE_READER_KEY] as PageReader | undefined;
}
