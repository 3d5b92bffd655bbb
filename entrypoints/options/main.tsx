import { render } from 'preact';
import { OptionsApp } from '@/components/OptionsApp';
import { ReportDb } from '@/utils/store/db';
import { requestPersistentStorage } from '@/utils/store/persist';

render(<OptionsApp db={new ReportDb()} />, document.getElementById('app')!);
requestPersistentStorage();
