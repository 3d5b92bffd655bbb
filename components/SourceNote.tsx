import type { FigureSource } from '@/utils/report/figures';
import { FIELD_LABELS } from '@/utils/domain/fields';
import type { FieldKey } from '@/utils/domain/types';
import { useStrings, type Strings } from './strings';

function describe(source: FigureSource, s: Strings): string {
  if (source.kind === 'manual') return source.note;
  if (source.kind === 'derived') return source.note;
  const time = new Date(source.capturedAt).toLocaleString(s.locale);
  const cell = source.cell ? s.sourceCell(source.cell.header.join(' › '), source.cell.row, source.cell.raw) : '';
  // An imported file: "Bieu06_T02.xlsx › Sheet1 › F12".
  if (source.file) return s.sourceFile([source.file.name, source.file.sheet, source.cell?.address].filter(Boolean).join(' › '), time) + cell;
  return s.sourcePage(source.title || source.url, time) + cell;
}

/** "Where did this number come from?" – one line per field used. */
export function SourceNote({ sources }: { sources: Partial<Record<FieldKey, FigureSource>> }) {
  const s = useStrings();
  const entries = Object.entries(sources) as [FieldKey, FigureSource][];
  if (entries.length === 0) return <span>{s.noSource}</span>;
  return (
    <ul class="sources">
      {entries.map(([key, source]) => (
        <li key={key}>
          <strong>{FIELD_LABELS[key]}</strong>: {describe(source, s)}
        </li>
      ))}
    </ul>
  );
}
