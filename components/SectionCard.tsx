import { useState } from 'preact/hooks';
import type { Block } from '@/utils/report/blocks';
import { BlockView } from './BlockView';
import { useStrings } from './strings';
import { failureReason } from './strings/failure';

interface Props {
  id: string;
  /** "3.1 b)"; absent for the title. */
  number?: string;
  title: string;
  blocks: Block[];
  missing: string[];
  /** Absent where another button copies it (the popup's action bar copies 3.2). */
  onCopy?: () => Promise<void>;
  /** Preview shown unfolded. */
  open?: boolean;
}

export function SectionCard({ id, number, title, blocks, missing, onCopy, open }: Props) {
  const s = useStrings();
  const [status, setStatus] = useState<string>('');
  // The preview is drawn only once unfolded: six sections of report text are a lot of DOM for a popup.
  const [unfolded, setUnfolded] = useState(Boolean(open));
  const name = number ? s.sectionName(number) : s.titleSectionName;
  const copy = async () => {
    try {
      await onCopy?.();
      setStatus(s.sectionCopied(name));
    } catch (err) {
      setStatus(s.copyFailed(failureReason(err, s)));
    }
  };
  return (
    <section class="section-card" aria-labelledby={`section-${id}`}>
      <details open={open} onToggle={(e) => setUnfolded(e.currentTarget.open)}>
        <summary>
          <h2 id={`section-${id}`}>{number ? s.sectionHeading(number, title) : s.titleSectionHeading}</h2>
        </summary>
        {unfolded && <BlockView blocks={blocks} />}
      </details>
      {missing.length > 0 && (
        <p class="missing">{s.sectionMissing(missing.join('; '))}</p>
      )}
      {onCopy && (
        <div class="actions">
          <button type="button" onClick={copy}>
            {s.copySection(name)}
          </button>
          <span role="status">{status}</span>
        </div>
      )}
    </section>
  );
}
