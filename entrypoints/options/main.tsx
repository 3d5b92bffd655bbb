import { render } from 'preact';
import { OptionsApp } from '@/components/OptionsApp';
import { ReportDb } from '@/utils/store/db';

render(<OptionsApp db={new ReportDb()} />, document.getElementById('app')!);
