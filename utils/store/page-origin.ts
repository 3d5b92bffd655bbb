/** The origin of a content script's page (a sender with a tab and an http(s) address); null for anything else. */
export function pageOrigin(sender: { url?: string; tab?: { id?: number } }): string | null {
  if (sender.tab?.id === undefined || !sender.url) return null;
  try {
    const url = new URL(sender.url);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : null;
  } catch {
    return null;
  }
}
