/**
 * The popup's first screen as HTML, drawn by the background whenever it stores the view: the popup paints it before
 * its own code has loaded (entrypoints/popup/main.ts), then draws the same components over it. The renderer escapes
 * every text and attribute, so page data stays text.
 */
import { renderToString } from 'preact-render-to-string';
import type { PopupView } from '@/utils/view/popup-view';
import { PopupScreen } from './PopupScreen';
import { StringsProvider } from './strings';

const ignore = (): void => undefined;

/** What PopupApp draws on opening with this view stored and current (no live part yet, the default period). */
export function firstScreenHtml(view: PopupView): string {
  return renderToString(
    <StringsProvider language={view.language}>
      <PopupScreen view={view} current state={null} chosen={null} onChoose={ignore}>
        {null}
      </PopupScreen>
    </StringsProvider>,
  );
}
