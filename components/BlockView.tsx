import type { Block } from '@/utils/report/blocks';

/** Preview of a report section as the clerk will paste it (text only, never HTML). */
export function BlockView({ blocks }: { blocks: Block[] }) {
  return (
    <div class="preview">
      {blocks.map((b, i) => {
        if (b.kind === 'heading') return <p key={i} class="heading">{b.text}</p>;
        if (b.kind === 'para') return <p key={i}>{b.text}</p>;
        if (b.kind === 'bullet') return <p key={i}>- {b.text}</p>;
        return (
          <table key={i} class="block-table">
            {b.head.length > 0 && (
              <thead>
                <tr>{b.head.map((h, j) => <th key={j}>{h}</th>)}</tr>
              </thead>
            )}
            <tbody>
              {b.rows.map((row, r) => (
                <tr key={r}>{row.map((c, j) => <td key={j}>{c}</td>)}</tr>
              ))}
            </tbody>
          </table>
        );
      })}
    </div>
  );
}
