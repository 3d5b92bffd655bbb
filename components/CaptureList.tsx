import { Component, type ComponentChildren } from 'preact';
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

/** Captured snapshots, newest first, each with its source page and a delete button. Newest first; a popup with years of daily captures lists a page of them, more on request. */
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
          {captures.map((c) => (
            <ItemBoundary key={c.id} fallback={s.captureUnreadable}>
              <CaptureItem capture={c} kindsOf={kindsOf} rangeOf={rangeOf} onDelete={() => void remove(c)} />
            </ItemBoundary>
          ))}
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

interface ItemProps {
  capture: Capture;
  kindsOf: (c: Capture) => string;
  rangeOf: (c: Capture) => string;
  onDelete: () => void;
}

function CaptureItem({ capture: c, kindsOf, rangeOf, onDelete }: ItemProps) {
  const s = useStrings();
  const what = kindsOf(c);
  const range = rangeOf(c);
  const when = new Date(c.capturedAt).toLocaleString(s.locale);
  return (
    <li>
      <span>
        <strong>{what}</strong>
        {s.captureDetails(range, c.unit ?? '', when)}
        {c.file ? (
          <span>{s.sourceFileName(c.file.name, c.file.sheet)}</span>
        ) : (
          <a href={c.url} target="_blank" rel="noreferrer">
            {s.sourcePageLink}
          </a>
        )}
      </span>
      <span>
        {c.damaged && <span class="damaged">{s.damagedCapture}</span>}
        <button type="button" aria-label={s.deleteCapture(what, when)} onClick={onDelete}>
          {s.delete}
        </button>
      </span>
    </li>
  );
}

/** One capture that cannot be drawn (a record no check foresaw) costs its own line, not the list. */
class ItemBoundary extends Component<{ fallback: string; children: ComponentChildren }, { failed: boolean }> {
  override state = { failed: false };
  static override getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? <li class="unreadable">{this.props.fallback}</li> : this.props.children;
  }
}
