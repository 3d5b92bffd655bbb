import { useState } from 'preact/hooks';
import type { Block } from '@/utils/report/blocks';
import { BlockView } from './BlockView';
import { useStrings, type Strings } from './strings';

interface Props {
  id: string;
  title: string;
  blocks: Block[];
  missing: string[];
  onCopy: () => Promise<void>;
  /** Preview shown unfolded. */
  open?: boolean;
}

/** "3.1b" → "3.1 b)". */
const sectionNumber = (id: string): string => id.replace(/(\d)([a-z])$/, '$1 $2)');

/** "3.1b" → "mục 3.1 b)"; the title part ("0") has no number. */
function sectionName(id: string, title: string, s: Strings): string {
  return id === '0' ? title.toLocaleLowerCase('vi') : s.sectionName(sectionNumber(id));
}

export function SectionCard({ id, title, blocks, missing, onCopy, open }: Props) {
  const s = useStrings();
  const [status, setStatus] = useState<string>('');
  // The preview is drawn only once unfolded: six sections of report text are a lot of DOM for a popup.
  const [unfolded, setUnfolded] = useState(Boolean(open));
  const name = sectionName(id, title, s);
  const copy = async () => {
    try {
      await onCopy();
      setStatus(s.sectionCopied(name));
    } catch (err) {
      setStatus(s.copyFailed(String(err)));
    }
  };
  return (
    <section class="section-card" aria-labelledby={`section-${id}`}>
      <details open={open} onToggle={(e) => setUnfolded(e.currentTarget.open)}>
        <summary>
          <h2 id={`section-${id}`}>{id === '0' ? title : s.sectionHeading(sectionNumber(id), title)}</h2>
        </summary>
        {unfolded && <BlockView blocks={blocks} />}
      </details>
      {missing.length > 0 && (
        <p class="missing">{s.sectionMissing(missing.join('; '))}</p>
      )}
      <div class="actions">
        <button type="button" onClick={copy}>
          {s.copySection(name)}
        </button>
        <span role="status">{status}</span>
      </div>
    </section>
  );
}
