// The popup's first paint, as a classic script first in popup.html's head: it runs before any module and paints the
// first screen the background drew as HTML (components/first-screen-html.tsx; read by utils/view/first-screen-read.ts),
// without loading Preact, the components or the texts. Only a drawing of today's current data is painted; the popup's own code (popup/main.ts)
// waits for this, then draws the same screen live in its place. (Vite warns that it cannot bundle this script tag:
// WXT builds it as its own entrypoint.)
import { readCurrentFirstScreen } from '@/utils/view/first-screen-read';
import { FIRST_SCREEN_MARK } from '@/utils/view/popup-view';
import { todayIsoLocal } from '@/utils/domain/period';
import { afterFrame, paintFirstScreen } from '@/components/first-screen-paint';
import { FIRST_PAINT_KEY } from '@/components/first-paint-signal';

/** The page's element for it: parsed by the time extension storage answers, else once the page is parsed. */
async function firstScreenElement(): Promise<HTMLElement | null> {
  const found = document.getElementById('first-screen');
  if (found || document.readyState !== 'loading') return found;
  await new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }));
  return document.getElementById('first-screen');
}

async function paint(): Promise<void> {
  const screen = await readCurrentFirstScreen(todayIsoLocal(new Date()));
  const target = await firstScreenElement();
  if (!target || !screen) return;
  if (!paintFirstScreen(target, screen)) return;
  // After the frame that shows it, as a Preact effect would run: the first screen with current data is up.
  await afterFrame();
  performance.mark(FIRST_SCREEN_MARK);
}

export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[FIRST_PAINT_KEY] = paint().catch(() => undefined);
});
