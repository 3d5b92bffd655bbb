import { useState } from 'preact/hooks';
import type { ReportDb } from '@/utils/store/db';
import { getSettings } from '@/utils/store/settings';
import { SettingsForm } from './SettingsForm';
import { BackupPanel } from './BackupPanel';
import { PortalOrigins } from './PortalOrigins';
import { useLiveQuery } from '@/utils/view/use-live-query';
import { StringsProvider, stringsFor } from './strings';

export function OptionsApp({ db }: { db: ReportDb }) {
  // Re-mount the settings form after an import or a delete so it shows what is stored now.
  const [generation, setGeneration] = useState(0);
  // The pages' language is a setting: the page switches as soon as it is saved.
  const language = useLiveQuery(async () => (await getSettings(db)).uiLanguage ?? 'vi', [db]);
  const s = stringsFor(language);
  if (!language) return <p>{s.loadingSettings}</p>;
  return (
    <StringsProvider language={language}>
      <main>
        <h1>{s.optionsTitle}</h1>
        <SettingsForm key={generation} db={db} />
        <PortalOrigins db={db} />
        <BackupPanel db={db} onDataChanged={() => setGeneration((g) => g + 1)} />
      </main>
    </StringsProvider>
  );
}
