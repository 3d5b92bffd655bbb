/** Portal origins the clerk adds for another province's back office (Options → "Cổng của tỉnh/thành phố khác"). */

/** The built-in portals: the content script's matches and the manifest's host permissions. */
export const PORTAL_MATCHES = ['*://*.haiphong.gov.vn/*', 'https://dichvucong.gov.vn/*'] as const;

/** Already covered by the manifest's own matches. */
const BUILT_IN = [/^https?:\/\/([a-z0-9-]+\.)*haiphong\.gov\.vn$/, /^https:\/\/dichvucong\.gov\.vn$/];

export type OriginCheck = { ok: true; origin: string; pattern: string } | { ok: false; error: string };

/** "motcua.thanhhoa.gov.vn", "https://motcua.thanhhoa.gov.vn/thong-ke" → origin and match pattern. */
export function parseOrigin(input: string): OriginCheck {
  const text = input.trim();
  if (!text) return { ok: false, error: 'Hãy nhập địa chỉ cổng, ví dụ https://motcua.thanhhoa.gov.vn' };
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
  } catch {
    return { ok: false, error: `“${text}” không phải địa chỉ trang web.` };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, error: 'Chỉ nhận địa chỉ bắt đầu bằng http:// hoặc https://' };
  if (!url.hostname.includes('.')) return { ok: false, error: `“${url.hostname}” không phải tên miền đầy đủ.` };
  const origin = `${url.protocol}//${url.hostname}`;
  if (BUILT_IN.some((re) => re.test(origin))) return { ok: false, error: 'Cổng này tiện ích đã hỗ trợ sẵn, không cần thêm.' };
  // Match patterns ignore ports, so the origin is kept without one.
  return { ok: true, origin, pattern: `${origin}/*` };
}

/** Content-script registration id for an added origin. */
export const scriptIdOf = (origin: string): string => `portal-${origin.replace(/[^a-z0-9]+/gi, '-')}`;
