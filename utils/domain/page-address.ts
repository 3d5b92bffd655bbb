/**
 * The address stored with a capture: origin and path only. A portal's query
 * string can carry the search form's filter (an applicant's name or ID number);
 * a long digit run in the path (≥ 9: an ID, tax or phone number) is redacted.
 */
export function pageAddress(href: string): string {
  try {
    const url = new URL(href);
    return url.origin + url.pathname.replace(/\d{9,}/g, '…');
  } catch {
    return '';
  }
}

/** An http or https address (a stored page may be linked to; other schemes never). */
export function isHttpUrl(s: string): boolean {
  try {
    const { protocol } = new URL(s);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}
