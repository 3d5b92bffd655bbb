import { useState } from 'preact/hooks';
import type { ReportDb } from '@/utils/store/db';
import { downloadFile } from './download';
import { deleteAllData, exportData, importData, parseBackup } from '@/utils/store/backup';
import { useStrings } from './strings';

interface Props {
  db: ReportDb;
  /** Called after data changed underneath the other forms (import, delete all). */
  onDataChanged: () => void;
}

export function BackupPanel({ db, onDataChanged }: Props) {
  const s = useStrings();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [confirming, setConfirming] = useState(false);

  const onExport = async () => {
    const now = new Date().toISOString();
    const data = await exportData(db, now);
    downloadFile(`bao-cao-cchc-${now.slice(0, 10)}.json`, JSON.stringify(data, null, 2), 'application/json');
    setMessage({ ok: true, text: s.exported(data.captures.length) });
  };

  const onImport = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const parsed = parseBackup(await file.text());
    if (!parsed.ok) {
      setMessage({ ok: false, text: s.importFailed(parsed.error) });
      return;
    }
    const done = await importData(db, parsed.data);
    setMessage({ ok: true, text: s.imported(done.added, done.duplicates, done.settingsRestored) });
    onDataChanged();
  };

  const onDeleteAll = async () => {
    await deleteAllData(db);
    setConfirming(false);
    setMessage({ ok: true, text: s.allDeleted });
    onDataChanged();
  };

  return (
    <fieldset>
      <legend>{s.backupLegend}</legend>
      <p class="hint">{s.backupHint}</p>
      <div class="row">
        <button type="button" onClick={() => void onExport()}>
          {s.exportData}
        </button>
        <label class="file">
          {s.importData}
          <input type="file" accept="application/json,.json" onChange={(e) => void onImport(e.currentTarget)} />
        </label>
        <button type="button" class="danger" onClick={() => setConfirming(true)}>
          {s.deleteAll}
        </button>
      </div>
      {confirming && (
        <div role="alertdialog" aria-label={s.confirmDelete} class="confirm">
          <p>{s.confirmDeleteText}</p>
          <button type="button" class="danger" onClick={() => void onDeleteAll()}>
            {s.deleteForGood}
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            {s.cancel}
          </button>
        </div>
      )}
      {message && (
        <p role={message.ok ? 'status' : 'alert'} class={message.ok ? 'ok' : 'error'}>
          {message.text}
        </p>
      )}
    </fieldset>
  );
}
