// The popup's own code, loaded after the first paint (main.ts): draws the first screen live in place of the painted
// HTML, then opens the database.
import { render } from 'preact';
import { PopupApp } from '@/components/PopupApp';
import { readStoredView } from '@/utils/store/popup-view-store';
import { todayIsoLocal } from '@/utils/domain/period';

const openDb = () => import('./live-db').then((m) => m.openDb());

export async function start(): Promise<void> {
  const todayIso = todayIsoLocal(new Date());
  const stored = await readStoredView().catch(() => undefined);
  render(<PopupApp todayIso={todayIso} stored={stored} openDb={openDb} />, document.getElementById('app')!);
  // In the same task as the render: the browser never paints the two screens together.
  document.getElementById('first-screen')?.remove();
}
