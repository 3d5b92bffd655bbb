import { useState } from 'preact/hooks';
import type { ReportDb } from '@/utils/store/db';
import { SettingsForm } from './SettingsForm';
import { BackupPanel } from './BackupPanel';
import { PortalOrigins } from './PortalOrigins';

export function OptionsApp({ db }: { db: ReportDb }) {
  // Re-mount the settings form after an import or a delete so it shows what is stored now.
  const [generation, setGeneration] = useState(0);
  return (
    <main>
      <h1>Cài đặt báo cáo cải cách TTHC</h1>
      <SettingsForm key={generation} db={db} />
      <PortalOrigins db={db} />
      <BackupPanel db={db} onDataChanged={() => setGeneration((g) => g + 1)} />
    </main>
  );
}
