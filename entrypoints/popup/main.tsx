// The first screen paints from the view the background stored; the database opens only after that paint.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupApp } from '@/components/PopupApp';
import { readStoredView } from '@/utils/store/popup-view-store';
import { todayIsoLocal } from '@/utils/domain/period';

const todayIso = todayIsoLocal(new Date());
const openDb = () => import('./live-db').then((m) => m.openDb());
const app = document.getElementById('app')!;

// Tells the background a popup opened: it recomputes a stored view from another day.
browser.runtime.connect({ name: 'popup' });
void readStoredView().then(
  (stored) => render(<PopupApp todayIso={todayIso} stored={stored} openDb={openDb} />, app),
  () => render(<PopupApp todayIso={todayIso} openDb={openDb} />, app),
);
