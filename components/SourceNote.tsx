import type { FigureSource } from '@/utils/report/figures';
import { FIELD_LABELS } from '@/utils/report/field-labels';
import type { FieldKey } from '@/utils/types';

function describe(source: FigureSource): string {
  if (source.kind === 'manual') return source.note;
  if (source.kind === 'derived') return source.note;
  const time = new Date(source.capturedAt).toLocaleString('vi-VN');
  const cell = source.cell ? ` – cột "${source.cell.header.join(' › ')}", dòng "${source.cell.row}", ô "${source.cell.raw}"` : '';
  return `${source.title || source.url} (lấy lúc ${time})${cell}`;
}

/** "Where did this number come from?" – one line per field used. */
export function SourceNote({ sources }: { sources: Partial<Record<FieldKey, FigureSource>> }) {
  const entries = Object.entries(sources) as [FieldKey, FigureSource][];
  if (entries.length === 0) return <span>Chưa có nguồn số liệu.</span>;
  return (
    <ul class="sources">
      {entries.map(([key, source]) => (
        <li key={key}>
          <strong>{FIELD_LABELS[key]}</strong>: {describe(source)}
        </li>
      ))}
    </ul>
  );
}
