/**
 * The in-page notice: a shadow root so the portal's CSS cannot restyle it and
 * ours cannot leak into the portal. Text only (textContent), never HTML.
 */
import type { NoticeTone } from './notice-text';

const COLORS: Record<NoticeTone, string> = { ok: '#14532d', info: '#1e3a8a', error: '#7f1d1d' };

const STYLE = `
:host { all: initial; }
.box { position: fixed; right: 16px; bottom: 16px; z-index: 2147483647; max-width: 420px;
  font: 14px/1.45 system-ui, "Segoe UI", Arial, sans-serif; color: #fff; border-radius: 8px;
  padding: 12px 40px 12px 14px; box-shadow: 0 4px 16px rgba(0,0,0,.3); }
.title { font-weight: 600; display: block; margin-bottom: 2px; }
button { position: absolute; top: 6px; right: 6px; border: 0; background: transparent; color: #fff;
  font-size: 18px; line-height: 1; padding: 6px; cursor: pointer; border-radius: 4px; }
button:focus-visible { outline: 2px solid #fff; }
.action { position: static; display: block; margin-top: 8px; font-size: 14px; background: #fff; color: #1e3a8a; padding: 4px 10px; }
.box { transition: opacity .6s; }
.box:hover { opacity: .2; }
.box.fading { opacity: 0; }
.box.offer:hover { opacity: 1; }
`;

/**
 * A notice that reports no problem goes away by itself after this long, so it never keeps the
 * portal's "Tổng cộng" row covered; one that reports a problem stays until closed (a pointer over
 * it makes it see-through meanwhile). Kept while the pointer or focus is on it.
 */
export const NOTICE_FADE_MS = 8000;
const FADE_OUT_MS = 600;

/**
 * `closed` keeps the text from the page's scripts (the national notice names the clerk's unit,
 * which a script could otherwise read and use to forge data); the portal notice stays open for
 * now because the browser tests read it through the shadow root.
 */
export function showNotice(
  doc: Document,
  tone: NoticeTone,
  lines: string[],
  mode: ShadowRootMode = 'open',
  /** A button under the text (teach mode: "Chỉ cách đọc bảng này"). */
  action?: { label: string; onClick: () => void },
): HTMLElement {
  doc.querySelector('[data-bao-cao-cchc-notice]')?.remove();
  const host = doc.createElement('div');
  host.setAttribute('data-bao-cao-cchc-notice', tone);
  const root = host.attachShadow({ mode });
  const style = doc.createElement('style');
  style.textContent = STYLE;
  const box = doc.createElement('div');
  box.className = 'box';
  box.style.background = COLORS[tone];
  box.setAttribute('role', tone === 'error' ? 'alert' : 'status');
  const title = doc.createElement('span');
  title.className = 'title';
  title.textContent = 'Báo cáo CCHC';
  box.append(title);
  for (const line of lines) {
    const p = doc.createElement('div');
    p.textContent = line;
    box.append(p);
  }
  if (action) {
    const button = doc.createElement('button');
    button.type = 'button';
    button.className = 'action';
    button.textContent = action.label;
    button.addEventListener('click', action.onClick);
    box.append(button);
    // An offer stays readable and in place until the clerk uses or closes it.
    box.classList.add('offer');
  }
  const close = doc.createElement('button');
  close.type = 'button';
  close.textContent = '×';
  close.setAttribute('aria-label', 'Đóng thông báo');
  close.addEventListener('click', () => host.remove());
  box.append(close);
  root.append(style, box);
  doc.documentElement.append(host);
  if (tone !== 'error' && !action) fadeLater(host, box);
  return host;
}

/** Fades the notice out after NOTICE_FADE_MS (later while the pointer or focus is on it), then removes it. */
function fadeLater(host: HTMLElement, box: HTMLElement): void {
  const view = host.ownerDocument.defaultView;
  if (!view) return;
  const fade = (): void => {
    if (box.matches(':hover, :focus-within')) {
      view.setTimeout(fade, 1000);
      return;
    }
    box.classList.add('fading');
    // Removing a host a newer notice already replaced does nothing.
    view.setTimeout(() => host.remove(), FADE_OUT_MS);
  };
  view.setTimeout(fade, NOTICE_FADE_MS);
}
