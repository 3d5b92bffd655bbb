import { render } from 'preact';
import { SettingsForm } from '@/components/SettingsForm';
import { ReportDb } from '@/utils/store/db';

const db = new ReportDb();
render(
  <main>
    <h1>Cài đặt báo cáo cải cách TTHC</h1>
    <SettingsForm db={db} />
  </main>,
  document.getElementById('app')!,
);
