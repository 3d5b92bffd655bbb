import { useState } from 'preact/hooks';
import { periodRange } from '@/utils/capture/labels';
import type { Capture } from '@/utils/domain/types';
import { useStrings } from './strings';

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
  const s = useStrings();
  const [deleted, setDeleted] = useState<Capture | null>(null);
  const kindsOf = (c: Capture) => c.kinds.map((k) => s.kindLabels[k]).join(', ');
  const rangeOf = (c: Capture) => periodRange(c.period) ?? s.unknownPeriod;
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
      <h2 id="captures-title">{s.capturesTitle(total)}</h2>
      {deleted && (
        <p role="status" class="undo">
          {s.captureDeleted(kindsOf(deleted), rangeOf(deleted))}{' '}
          <button type="button" onClick={() => void undo()}>
            {s.undo}
          </button>
        </p>
      )}
      {total === 0 ? (
        <p>{s.noCaptures}</p>
      ) : (
        <ul>
          {captures.map((c) => {
            const what = kindsOf(c);
            const when = new Date(c.capturedAt).toLocaleString(s.locale);
            return (
              <li key={c.id}>
                <span>
                  <strong>{what}</strong>
                  {s.captureDetails(rangeOf(c), c.unit ?? '', when)}
                  {c.file ? (
                    <span>{s.sourceFileName(c.file.name, c.file.sheet)}</span>
                  ) : (
                    <a href={c.url} target="_blank" rel="noreferrer">
                      {s.sourcePageLink}
                    </a>
                  )}
                </span>
                <button type="button" aria-label={s.deleteCapture(what, when)} onClick={() => void remove(c)}>
                  {s.delete}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {total > captures.length && (
        <button type="button" class="more" onClick={onMore}>
          {s.moreCaptures(total - captures.length)}
        </button>
      )}
    </section>
  );
}
