import { useState } from 'preact/hooks';
import type { ReportDb } from '@/utils/store/db';
import { downloadFile } from './download';
import { deleteAllData, exportData, importData, parseBackup } from '@/utils/store/backup';

interface Props {
  db: ReportDb;
  /** Called after data changed underneath the other forms (import, delete all). */
  onDataChanged: () => void;
}

export function BackupPanel({ db, onDataChanged }: Props) {
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [confirming, setConfirming] = useState(false);

  const onExport = async () => {
    const now = new Date().toISOString();
    const data = await exportData(db, now);
    downloadFile(`bao-cao-cchc-${now.slice(0, 10)}.json`, JSON.stringify(data, null, 2), 'application/json');
    setMessage({ ok: true, text: `Đã xuất ${data.captures.length} bản ghi số liệu và cài đặt.` });
  };

  const onImport = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const parsed = parseBackup(await file.text());
    if (!parsed.ok) {
      setMessage({ ok: false, text: `Không nhập được: ${parsed.error}` });
      return;
    }
    const s = await importData(db, parsed.data);
    const settings = s.settingsRestored ? ' Đã khôi phục cài đặt.' : '';
    setMessage({ ok: true, text: `Đã nhập ${s.added} bản ghi mới, bỏ qua ${s.duplicates} bản ghi đã có.${settings}` });
    onDataChanged();
  };

  const onDeleteAll = async () => {
    await deleteAllData(db);
    setConfirming(false);
    setMessage({ ok: true, text: 'Đã xóa toàn bộ số liệu và cài đặt.' });
    onDataChanged();
  };

  return (
    <fieldset>
      <legend>Sao lưu dữ liệu</legend>
      <p class="hint">Số liệu chỉ nằm trong trình duyệt này. Nên xuất tệp sao lưu định kỳ hoặc trước khi chuyển máy.</p>
      <div class="row">
        <button type="button" onClick={() => void onExport()}>
          Xuất dữ liệu
        </button>
        <label class="file">
          Nhập dữ liệu
          <input type="file" accept="application/json,.json" onChange={(e) => void onImport(e.currentTarget)} />
        </label>
        <button type="button" class="danger" onClick={() => setConfirming(true)}>
          Xóa toàn bộ dữ liệu
        </button>
      </div>
      {confirming && (
        <div role="alertdialog" aria-label="Xác nhận xóa" class="confirm">
          <p>Xóa hết số liệu đã lấy và cài đặt? Không thể hoàn tác (trừ khi đã xuất tệp sao lưu).</p>
          <button type="button" class="danger" onClick={() => void onDeleteAll()}>
            Xóa hẳn
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            Hủy
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
