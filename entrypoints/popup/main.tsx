import { db } from './early-db';
import { render } from 'preact';
import { PopupApp } from '@/components/PopupApp';
import { requestPersistentStorage } from '@/utils/store/persist';
import { todayIsoLocal } from '@/utils/domain/period';

render(<PopupApp db={db} todayIso={todayIsoLocal(new Date())} />, document.getElementById('app')!);
requestPersistentStorage();
