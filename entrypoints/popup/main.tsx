import { render } from 'preact';
import { PopupApp } from '@/components/PopupApp';
import { ReportDb } from '@/utils/store/db';
import { requestPersistentStorage } from '@/utils/store/persist';
import { todayIsoLocal } from '@/utils/report/today';

render(<PopupApp db={new ReportDb()} todayIso={todayIsoLocal(new Date())} />, document.getElementById('app')!);
requestPersistentStorage();
