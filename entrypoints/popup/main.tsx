// The first screen paints from the view the background stored; the database opens only after that paint.
import { stored } from './early-view';
import { render } from 'preact';
import { PopupApp } from '@/components/PopupApp';
import { todayIsoLocal } from '@/utils/domain/period';

const todayIso = todayIsoLocal(new Date());
const openDb = () => import('./live-db').then((m) => m.openDb());
const app = document.getElementById('app')!;

void stored.then(
  (view) => render(<PopupApp todayIso={todayIso} stored={view} openDb={openDb} />, app),
  () => render(<PopupApp todayIso={todayIso} openDb={openDb} />, app),
);
