import type { CSSProperties } from 'preact';
import type { Block, TextStyle } from '@/utils/report/blocks';

function styleOf(style: TextStyle | undefined, heading: boolean): CSSProperties {
  return {
    textAlign: style?.align ?? 'justify',
    textIndent: style?.align ? 0 : undefined,
    fontWeight: heading || style?.bold ? 700 : undefined,
    fontStyle: style?.italic ? 'italic' : undefined,
    textDecoration: style?.underline ? 'underline' : undefined,
    whiteSpace: 'pre-line',
  };
}

function BlockItem({ block }: { block: Block }) {
  switch (block.kind) {
    case 'heading':
    case 'para':
      return <p style={styleOf(block.style, block.kind === 'heading')}>{block.text}</p>;
    case 'bullet':
      return <p>- {block.text}</p>;
    case 'rule':
      return <hr style={{ width: `${block.widthMm}mm`, margin: '0 auto 6pt' }} />;
    case 'table':
      return (
        <table class="block-table">
          {(block.head.length > 0 || block.groups) && (
            <thead>
              {block.groups && (
                <tr>
                  {block.groups.map((g, j) => (
                    <th key={j} colSpan={g.span}>
                      {g.text}
                    </th>
                  ))}
                </tr>
              )}
              {block.head.length > 0 && <tr>{block.head.map((h, j) => <th key={j}>{h}</th>)}</tr>}
            </thead>
          )}
          <tbody>
            {block.rows.map((row, r) => (
              <tr key={r}>{row.map((c, j) => <td key={j}>{c}</td>)}</tr>
            ))}
          </tbody>
        </table>
      );
    case 'layout':
      return (
        <table class="block-layout" role="presentation">
          <tbody>
            {block.cells.map((row, r) => (
              <tr key={r}>
                {row.map((cell, c) => (
                  <td key={c}>
                    <BlockView blocks={cell} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      );
  }
}

/** Preview of report text as the clerk will paste it (text only, never HTML). */
export function BlockView({ blocks }: { blocks: readonly Block[] }) {
  return (
    <div class="preview">
      {blocks.map((b, i) => (
        <BlockItem key={i} block={b} />
      ))}
    </div>
  );
}
