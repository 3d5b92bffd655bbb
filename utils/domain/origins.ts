/** Portal origins the clerk adds for another province's back office (Options → "Cổng của tỉnh/thành phố khác"). */

/** The built-in portals: the content script's matches and the manifest's host permissions. */
export const PORTAL_MATCHES = ['*://*.haiphong.gov.vn/*', 'https://dichvucong.gov.vn/*'] as const;

/** Already covered by the manifest's own matches. */
const BUILT_IN = [/^https?:\/\/([a-z0-9-]+\.)*haiphong\.gov\.vn$/, /^https:\/\/dichvucong\.gov\.vn$/];

/** Why an address cannot be added (worded in the interface language by components/strings). */
export type OriginProblem =
  | { code: 'empty' }
  | { code: 'notAddress'; text: string }
  | { code: 'notHttp' }
  | { code: 'notFullDomain'; host: string }
  | { code: 'builtIn' };

export type OriginCheck = { ok: true; origin: string; pattern: string } | { ok: false; problem: OriginProblem };

/** "motcua.thanhhoa.gov.vn", "https://motcua.thanhhoa.gov.vn/thong-ke" → origin and match pattern. */
export function parseOrigin(input: string): OriginCheck {
  const text = input.trim();
  if (!text) return { ok: false, problem: { code: 'empty' } };
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
  } catch {
    return { ok: false, problem: { code: 'notAddress', text } };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, problem: { code: 'notHttp' } };
  if (!url.hostname.includes('.')) return { ok: false, problem: { code: 'notFullDomain', host: url.hostname } };
  const origin = `${url.protocol}//${url.hostname}`;
  if (BUILT_IN.some((re) => re.test(origin))) return { ok: false, problem: { code: 'builtIn' } };
  // Match patterns ignore ports, so the origin is kept without one.
  return { ok: true, origin, pattern: `${origin}/*` };
}

/** Content-script registration id for an added origin. */
export const scriptIdOf = (origin: string): string => `portal-${origin.replace(/[^a-z0-9]+/gi, '-')}`;
