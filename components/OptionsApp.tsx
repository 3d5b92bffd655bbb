import { useState } from 'preact/hooks';
import type { ReportDb } from '@/utils/store/db';
import { SettingsForm } from './SettingsForm';
import { BackupPanel } from './BackupPanel';
import { PortalOrigins } from './PortalOrigins';
import { TaughtRules } from './TaughtRules';
import { ExcelImport } from './ExcelImport';
import { useUiLanguage } from '@/utils/view/use-ui-language';
import { StringsProvider, stringsFor } from './strings';

export function OptionsApp({ db }: { db: ReportDb }) {
  // Re-mount the settings form after an import or a delete so it shows what is stored now.
  const [generation, setGeneration] = useState(0);
  const language = useUiLanguage(db);
  const s = stringsFor(language);
  if (!language) return <p>{s.loadingSettings}</p>;
  return (
    <StringsProvider language={language}>
      <main>
        <h1>{s.optionsTitle}</h1>
        <SettingsForm key={generation} db={db} />
        <PortalOrigins db={db} />
        <TaughtRules key={generation} db={db} />
        {/* Issue 12: the portal's Excel exports. */}
        <ExcelImport db={db} />
        <BackupPanel db={db} onDataChanged={() => setGeneration((g) => g + 1)} />
      </main>
    </StringsProvider>
  );
}
