import type { Strings } from './vi';

/**
 * Why a copy or a download failed, in the clerk's words. The browser's own error (an exception name and an English
 * message) goes to the console for whoever supports the clerk, never into the sentence.
 */
export function failureReason(err: unknown, s: Strings): string {
  console.error(err);
  const name = err instanceof Error || err instanceof DOMException ? err.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError') return s.clipboardRefused;
  if (name === 'QuotaExceededError') return s.storageFull;
  return s.unexpectedFailure;
}
