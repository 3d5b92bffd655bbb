// The popup's first paint (issue 13): the background draws the stored view as HTML, the popup paints it before its
// own code loads, then draws the same screen live in its place. The two must be the same markup (the swap is
// invisible), page data must stay text, and a drawing holding anything our screen never has is not painted.
import { describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { mountEach } from './mount';
import { ReportDb } from '@/utils/store/db';
import { saveExtraction } from '@/utils/store/captures';
import { DEFAULT_SETTINGS, saveSettings } from '@/utils/store/settings';
import { readDataStamp, readDrawnScreen, readStoredView } from '@/utils/store/popup-view-store';
import { readMirror, writeMirror } from '@/utils/store/first-screen-mirror';
import { readCurrentFirstScreen } from '@/utils/view/first-screen-read';
import { refreshPopupView } from '@/utils/view/popup-view-refresh';
import { asFirstScreen, firstScreenOf, isCurrent, type PopupView } from '@/utils/view/popup-view';
import { firstScreenHtml } from '@/components/first-screen-html';
import { afterFrame, paintFirstScreen } from '@/components/first-screen-paint';
import { PopupApp } from '@/components/PopupApp';
import { seedExtraction } from '../store/sample';

const TODAY = '2026-02-20';
let db: ReportDb;
let root: HTMLElement;
const until = (check: () => void) => vi.waitFor(check, { timeout: 5000, interval: 20 });
const settle = () => new Promise((r) => setTimeout(r, 50));
const never = () => new Promise<ReportDb>(() => undefined);

mountEach('first-screen', (d, r) => {
  db = d;
  root = r;
}, {
  before: () => {
    fakeBrowser.reset();
    localStorage.clear();
  },
});

async function storedView(): Promise<PopupView> {
  await saveSettings(db, { ...DEFAULT_SETTINGS, unitName: 'xã Bình Giang' });
  await saveExtraction(db, seedExtraction(), { url: 'https://motcua.haiphong.gov.vn/tk', title: 'TK' }, '2026-02-15T01:00:00.000Z');
  await settle();
  return (await refreshPopupView(db, TODAY, firstScreenHtml)).view;
}

/** Markup with inline styles in the browser's own spelling and no `selected` attribute (compared on its own). */
function markup(root: HTMLElement): string {
  const copy = root.cloneNode(true) as HTMLElement;
  for (const e of copy.querySelectorAll<HTMLElement>('[style]')) e.setAttribute('style', e.style.cssText);
  for (const e of copy.querySelectorAll('[selected]')) e.removeAttribute('selected');
  return copy.innerHTML;
}

function painted(view: PopupView): HTMLElement {
  const target = document.createElement('div');
  expect(paintFirstScreen(target, firstScreenOf(view, firstScreenHtml(view)))).toBe(true);
  return target;
}

describe('the first screen drawn by the background', () => {
  it('is stored beside the view, current with it, and paints as the same markup the popup then draws live', async () => {
    const view = await storedView();
    const [screen, stamp] = await Promise.all([readDrawnScreen(), readDataStamp()]);
    const drawn = asFirstScreen(screen);
    expect(drawn && isCurrent(drawn, stamp, TODAY)).toBe(true);
    expect(drawn?.language).toBe('vi');

    const target = document.createElement('div');
    expect(paintFirstScreen(target, drawn!)).toBe(true);
    expect(target.querySelector('h1')?.textContent).toBe('Báo cáo CCHC – xã Bình Giang');
    expect(target.querySelector('option[selected]')?.textContent).toContain('Tháng 02/2026');
    expect(target.textContent).toContain('795 hồ sơ');
    expect([...target.querySelectorAll('button')].map((b) => b.textContent)).toContain('Sao chép mục 3.2');

    render(<PopupApp todayIso={TODAY} stored={await readStoredView()} openDb={never} />, root);
    await until(() => expect(root.querySelector('h1')).not.toBeNull());
    // The drawing marks the chosen period with the `selected` attribute, the live select by its value.
    expect(target.querySelector('option[selected]')?.getAttribute('value')).toBe(root.querySelector('select')?.value);
    expect(markup(target)).toBe(markup(root));
  });

  it('a later write leaves the drawing stale, as its view', async () => {
    await storedView();
    await saveSettings(db, { ...DEFAULT_SETTINGS, unitName: 'xã Khác' });
    await settle();
    const [screen, stamp] = await Promise.all([readDrawnScreen(), readDataStamp()]);
    expect(isCurrent(asFirstScreen(screen)!, stamp, TODAY)).toBe(false);
  });

  it('keeps page data as text', async () => {
    const view = await storedView();
    const hostile = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    const row = view.indicators.online;
    const target = painted({ ...view, unitName: hostile, warnings: [hostile], indicators: { ...view.indicators, online: { ...row, label: hostile } } });
    expect(target.querySelector('img, script')).toBeNull();
    expect(target.querySelector('h1')?.textContent).toBe(`Báo cáo CCHC – ${hostile}`);
    expect(target.textContent).toContain(hostile);
  });

  it('is not painted when it holds what the screen never has', async () => {
    const view = await storedView();
    for (const html of ['<main><img src="https://example.org/x.png"></main>', '<main><button onclick="alert(1)">x</button></main>', '<main><a href="javascript:alert(1)">x</a></main>', '<main><script>1</script></main>', '']) {
      const target = document.createElement('div');
      target.textContent = 'before';
      expect(paintFirstScreen(target, firstScreenOf(view, html))).toBe(false);
      expect(target.textContent).toBe('before');
    }
  });

  it('in English when the clerk chose English', async () => {
    const view = await storedView();
    const target = painted({ ...view, language: 'en' });
    expect([...target.querySelectorAll('button')].map((b) => b.textContent)).toContain('Copy section 3.2');
  });

  it('the popup\'s own code waits for the frame that shows the drawing, but never forever (a page in the background gets none)', async () => {
    vi.useFakeTimers();
    const frames = vi.spyOn(window, 'requestAnimationFrame').mockImplementation(() => 0);
    let done = false;
    void afterFrame().then(() => (done = true));
    await vi.advanceTimersByTimeAsync(150);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(100);
    expect(done).toBe(true);
    frames.mockRestore();
    vi.useRealTimers();
  });
});

describe('the copy of the first screen in localStorage (read at once, no storage round trip)', () => {
  const marked = (screen: unknown, text: string) => ({ ...(screen as object), html: `<main><h1>${text}</h1></main>` });

  it('is painted when current, before the session drawing is read', async () => {
    await storedView();
    const drawn = await readDrawnScreen();
    // Same inputs, another drawing: which of the two comes back tells where it was read from.
    expect(writeMirror(marked(drawn, 'bản sao'))).toBe(true);
    expect((await readCurrentFirstScreen(TODAY))?.html).toBe('<main><h1>bản sao</h1></main>');
  });

  it('made from older data or on another day it is never painted: the current session drawing is, and replaces it', async () => {
    await storedView();
    const older = marked(await readDrawnScreen(), 'cũ');
    await saveSettings(db, { ...DEFAULT_SETTINGS, unitName: 'xã Khác' });
    await settle();
    const { view } = await refreshPopupView(db, TODAY, firstScreenHtml);
    writeMirror(older);
    const screen = await readCurrentFirstScreen(TODAY);
    expect(screen?.html).toContain('xã Khác');
    expect(readMirror()).toEqual(screen);
    expect(screen?.inputs).toEqual(view.inputs);

    writeMirror(marked(screen, 'hôm qua'));
    expect(await readCurrentFirstScreen('2026-02-21')).toBeUndefined();
  });

  it('nothing current anywhere: nothing is painted (the popup draws from the database, marked as refreshing)', async () => {
    await storedView();
    const drawn = await readDrawnScreen();
    writeMirror(drawn);
    await saveSettings(db, { ...DEFAULT_SETTINGS, unitName: 'xã Khác' });
    await settle();
    expect(await readCurrentFirstScreen(TODAY)).toBeUndefined();
    expect(readMirror()).toEqual(drawn);
  });

  it('a broken or foreign copy is read as none', async () => {
    await storedView();
    localStorage.setItem('popupFirstScreenMirror', '{not json');
    expect(readMirror()).toBeUndefined();
    expect((await readCurrentFirstScreen(TODAY))?.html).toContain('xã Bình Giang');
    localStorage.setItem('popupFirstScreenMirror', JSON.stringify({ html: '<main>x</main>', inputs: { format: -1 } }));
    expect((await readCurrentFirstScreen(TODAY))?.html).toContain('xã Bình Giang');
    // Storage switched off or full: read as none, written as not written.
    const refusing = { getItem: () => { throw new Error('SecurityError'); }, setItem: () => { throw new Error('QuotaExceededError'); } } as unknown as Storage;
    expect(readMirror(refusing)).toBeUndefined();
    expect(writeMirror({}, refusing)).toBe(false);
  });
});
