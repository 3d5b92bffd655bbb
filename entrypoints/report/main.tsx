import { render } from 'preact';
import { ReportEditor } from '@/components/ReportEditor';
import { ReportDb } from '@/utils/store/db';
import { todayIsoLocal } from '@/utils/domain/period';

const periodId = new URLSearchParams(location.search).get('period');
render(<ReportEditor db={new ReportDb()} todayIso={todayIsoLocal(new Date())} initialPeriodId={periodId} />, document.getElementById('app')!);
