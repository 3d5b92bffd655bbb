// Injected by the background (scripting.executeScript) into a portal frame whose content script found a
// statistics page: the whole extraction engine, kept out of the always-loaded content script.
import { extractPage, storedTitle } from '@/utils/extract';
import { PAGE_READER_KEY, type PageReader } from '@/utils/capture/page-reader';
import { teachTable } from '@/utils/capture/teach-table';

export default defineUnlistedScript(() => {
  const reader: PageReader = { extractPage, storedTitle, teachTable };
  (globalThis as Record<string, unknown>)[PAGE_READER_KEY] = reader;
});
