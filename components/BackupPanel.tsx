import { useState } from 'preact/hooks';
import type { ReportDb } from '@/utils/store/db';
import { downloadFile } from './download';
import { backupParts, backupSettingsDiffer, deleteAllData, importData, readBackupFile, type BackupData } from '@/utils/store/backup';
import { detailOf, type BackupProblem, type StoreProblem } from '@/utils/store/problems';
import { backgroundNow } from '@/utils/store/background-clock';
import { todayIsoLocal } from '@/utils/domain/period';
import { useStrings } from './strings';
import { useProblemMessage } from './strings/use-problem-text';
import { FormMessage } from './FormMessage';
import type { Outcome } from './file-actions';

interface Props {
  db: ReportDb;
  /** Called after data changed underneath the other forms (import, delete all). */
  onDataChanged: () => void;
}

export function BackupPanel({ db, onDataChanged }: Props) {
  const s = useStrings();
  const explain = useProblemMessage();
  const [message, setMessage] = useState<Outcome | null>(null);
  const [confirming, setConfirming] = useState(false);
  // A checked backup waiting for the clerk's answer: its settings, or the ones here?
  const [asking, setAsking] = useState<BackupData | null>(null);

  const failed = (problem: StoreProblem) => setMessage({ ok: false, ...explain(problem) });
  const fail = (problem: BackupProblem) => setMessage({ ok: false, ...explain(problem, s.importFailed) });

  // Every failure is shown: a backup is the clerk's only copy of months of data.
  const onExport = async () => {
    try {
      // Stamped by the background's clock, the one an import checks stamps against; named by the clerk's day.
      const clock = await backgroundNow();
      if (!clock.ok) return failed(clock.problem);
      const { parts, captures } = await backupParts(db, clock.now);
      downloadFile(`bao-cao-cchc-${todayIsoLocal(new Date())}.json`, new Blob(parts), 'application/json');
      setMessage({ ok: true, text: s.exported(captures) });
    } catch (err) {
      failed({ code: 'exportFailed', detail: detailOf(err) });
    }
  };

  const onImport = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    try {
      // Stamps are checked against the clocks that made them: the background's (captures) and this page's (texts and
      // hand entries); the later of the two, so a page whose clock runs ahead never refuses its own stamps.
      const pageNow = new Date().toISOString();
      const clock = await backgroundNow();
      if (!clock.ok) return failed(clock.problem);
      const now = clock.now > pageNow ? clock.now : pageNow;
      const parsed = await readBackupFile(file, now);
      if (!parsed.ok) return fail(parsed.problem);
      if (await backupSettingsDiffer(db, parsed.data)) {
        setMessage(null);
        return setAsking(parsed.data);
      }
      await finishImport(parsed.data, false);
    } catch (err) {
      fail({ code: 'importFailed', detail: detailOf(err) });
    }
  };

  const finishImport = async (data: BackupData, takeSettings: boolean) => {
    setAsking(null);
    try {
      const done = await importData(db, data, takeSettings);
      const kept = !done.settingsRestored && data.settings !== null ? ` ${s.settingsKept}` : '';
      setMessage({ ok: true, text: s.imported(done.added, done.duplicates, done.settingsRestored) + kept });
      onDataChanged();
    } catch (err) {
      fail({ code: 'importFailed', detail: detailOf(err) });
    }
  };

  const onDeleteAll = async () => {
    setConfirming(false);
    try {
      await deleteAllData(db);
      setMessage({ ok: true, text: s.allDeleted });
    } catch (err) {
      failed({ code: 'deleteFailed', detail: detailOf(err) });
    }
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
      {asking && (
        <div role="alertdialog" aria-label={s.backupSettingsTitle} class="confirm">
          <p>{s.backupSettingsQuestion}</p>
          <button type="button" onClick={() => void finishImport(asking, true)}>
            {s.backupTakeSettings}
          </button>
          <button type="button" class="secondary" onClick={() => void finishImport(asking, false)}>
            {s.backupKeepSettings}
          </button>
        </div>
      )}
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
      <FormMessage message={message && { ok: message.ok, lines: [message.text], detail: message.detail }} />
    </fieldset>
  );
}
