/**
 * Asks the browser not to evict the extension's IndexedDB under storage pressure
 * (a month of captures must never disappear). Only window contexts have persist().
 */
export function requestPersistentStorage(): void {
  void navigator.storage?.persist?.().catch(() => undefined);
}
