import { useState } from 'preact/hooks';
import type { Block } from '@/utils/report/blocks';
import { BlockView } from './BlockView';

interface Props {
  id: string;
  title: string;
  blocks: Block[];
  missing: string[];
  onCopy: () => Promise<void>;
  /** Preview shown unfolded. */
  open?: boolean;
}

/** "3.1b" → "mục 3.1 b)"; the title part ("0") has no number. */
function sectionName(id: string, title: string): string {
  return id === '0' ? title.toLocaleLowerCase('vi') : `mục ${id.replace(/(\d)([a-z])$/, '$1 $2)')}`;
}

export function SectionCard({ id, title, blocks, missing, onCopy, open }: Props) {
  const [status, setStatus] = useState<string>('');
  // The preview is drawn only once unfolded: six sections of report text are a lot of DOM for a popup.
  const [unfolded, setUnfolded] = useState(Boolean(open));
  const name = sectionName(id, title);
  const copy = async () => {
    try {
      await onCopy();
      setStatus(`Đã sao chép ${name}. Dán vào Word bằng Ctrl+V.`);
    } catch (err) {
      setStatus(`Không sao chép được: ${String(err)}`);
    }
  };
  return (
    <section class="section-card" aria-labelledby={`section-${id}`}>
      <details open={open} onToggle={(e) => setUnfolded(e.currentTarget.open)}>
        <summary>
          <h2 id={`section-${id}`}>{id === '0' ? title : `${name.replace('mục', 'Mục')}. ${title}`}</h2>
        </summary>
        {unfolded && <BlockView blocks={blocks} />}
      </details>
      {missing.length > 0 && (
        <p class="missing">
          Còn thiếu số liệu: {missing.join('; ')}. Văn bản sẽ ghi “chưa có số liệu” ở những chỗ này.
        </p>
      )}
      <div class="actions">
        <button type="button" onClick={copy}>
          Sao chép {name}
        </button>
        <span role="status">{status}</span>
      </div>
    </section>
  );
}
