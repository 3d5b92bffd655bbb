import { useState } from 'preact/hooks';
import { KIND_LABELS, periodRangeVi } from '@/utils/capture/labels';
import type { Capture } from '@/utils/types';

interface Props {
  /** The newest captures (a page of them). */
  captures: Capture[];
  /** How many are stored in all. */
  total: number;
  onMore: () => void;
  onDelete: (capture: Capture) => Promise<void>;
  onRestore: (capture: Capture) => Promise<void>;
}

/** Captured snapshots, newest first, each with its source page and a delete button. */
/** Newest first; a popup with years of daily captures lists a page of them, more on request. */
export function CaptureList({ captures, total, onMore, onDelete, onRestore }: Props) {
  const [deleted, setDeleted] = useState<Capture | null>(null);
  const remove = async (capture: Capture) => {
    await onDelete(capture);
    setDeleted(capture);
  };
  const undo = async () => {
    if (!deleted) return;
    await onRestore(deleted);
    setDeleted(null);
  };
  return (
    <section aria-labelledby="captures-title" class="captures">
      <h2 id="captures-title">Số liệu đã lấy ({total})</h2>
      {deleted && (
        <p role="status" class="undo">
          Đã xóa số liệu {deleted.kinds.map((k) => KIND_LABELS[k]).join(', ')} kỳ {periodRangeVi(deleted.period)}.{' '}
          <button type="button" onClick={() => void undo()}>
            Hoàn tác
          </button>
        </p>
      )}
      {total === 0 ? (
        <p>Chưa có số liệu nào. Mở trang thống kê trên hệ thống giải quyết TTHC, tiện ích sẽ tự lấy số liệu.</p>
      ) : (
        <ul>
          {captures.map((c) => {
            const what = c.kinds.map((k) => KIND_LABELS[k]).join(', ');
            const when = new Date(c.capturedAt).toLocaleString('vi-VN');
            return (
              <li key={c.id}>
                <span>
                  <strong>{what}</strong> – kỳ {periodRangeVi(c.period)}
                  {c.unit ? ` – ${c.unit}` : ''} – lấy lúc {when} –{' '}
                  <a href={c.url} target="_blank" rel="noreferrer">
                    trang nguồn
                  </a>
                </span>
                <button type="button" aria-label={`Xóa số liệu ${what} lấy lúc ${when}`} onClick={() => void remove(c)}>
                  Xóa
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {total > captures.length && (
        <button type="button" class="more" onClick={onMore}>
          Xem thêm ({total - captures.length} bản ghi cũ hơn)
        </button>
      )}
    </section>
  );
}
