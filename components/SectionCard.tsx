import { useState } from 'preact/hooks';
import type { Block } from '@/utils/report/blocks';
import { BlockView } from './BlockView';

interface Props {
  id: string;
  title: string;
  blocks: Block[];
  missing: string[];
  onCopy: () => Promise<void>;
}

export function SectionCard({ id, title, blocks, missing, onCopy }: Props) {
  const [status, setStatus] = useState<string>('');
  const copy = async () => {
    try {
      await onCopy();
      setStatus(`Đã sao chép mục ${id}. Dán vào Word bằng Ctrl+V.`);
    } catch (err) {
      setStatus(`Không sao chép được: ${String(err)}`);
    }
  };
  return (
    <section class="section-card" aria-labelledby={`section-${id}`}>
      <h2 id={`section-${id}`}>
        Mục {id}. {title}
      </h2>
      <BlockView blocks={blocks} />
      {missing.length > 0 && (
        <p class="missing">
          Còn thiếu số liệu: {missing.join('; ')}. Văn bản sẽ ghi “chưa có số liệu” ở những chỗ này.
        </p>
      )}
      <div class="actions">
        <button type="button" onClick={copy}>
          Sao chép mục {id}
        </button>
        <span role="status">{status}</span>
      </div>
    </section>
  );
}
