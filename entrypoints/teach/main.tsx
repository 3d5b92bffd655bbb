import { render } from 'preact';
import { TeachApp } from '@/components/TeachApp';
import { ReportDb } from '@/utils/store/db';

// Only a token is in the address: the table itself is kept by the background.
render(<TeachApp db={new ReportDb()} token={location.hash.slice(1)} />, document.getElementById('app')!);
