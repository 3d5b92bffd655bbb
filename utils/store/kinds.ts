import type { PageKind } from '../types';

/** Every page kind, for the checks at the store's edges. */
export const PAGE_KINDS: readonly PageKind[] = ['results', 'online', 'digitization', 'payment', 'feedback', 'catalogue', 'index766'];
