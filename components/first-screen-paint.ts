/**
 * Puts the first screen the background drew (first-screen-html.tsx) into the popup before Preact has loaded.
 * DOMParser builds it inert (no script runs, nothing loads); the drawing comes from session storage, which only the
 * extension's own pages and background can write, and its renderer escaped all page data. Still, a drawing holding
 * anything our first screen never has (a script, a frame, an image, an inline handler) is not painted.
 */
import type { FirstScreen } from '@/utils/view/popup-view';

const NEVER_DRAWN = 'script, iframe, frame, object, embed, img, image, link, style, base, meta, form, template';

export function paintFirstScreen(target: HTMLElement, screen: FirstScreen): boolean {
  const body = new DOMParser().parseFromString(screen.html, 'text/html').body;
  const elements = [...body.querySelectorAll('*')];
  if (elements.length === 0 || body.querySelector(NEVER_DRAWN) || elements.some((e) => [...e.attributes].some((a) => /^on/i.test(a.name) || /^\s*javascript:/i.test(a.value)))) {
    return false;
  }
  target.replaceChildren(...body.childNodes);
  document.documentElement.lang = screen.language;
  return true;
}

/** Longer than any frame of a visible page. */
const NO_FRAME_MS = 200;

/**
 * Resolves after the next frame has been drawn (a task after it, as a Preact effect runs), or after NO_FRAME_MS: a
 * page drawn in the background gets no frames, and the popup's own code must not wait for one forever.
 */
export function afterFrame(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve));
    setTimeout(resolve, NO_FRAME_MS);
  });
}
