/**
 * The structured text every report section produces; clipboard.ts turns it
 * into text/plain and Word-ready text/html, docx.ts into a .docx. Texts are
 * plain (never HTML): escaping happens only when rendering. A `\n` inside a
 * text is a line break within the paragraph.
 */

/** Optional look of a paragraph; absent means the body style (justified, first-line indent, 14 pt). */
export interface TextStyle {
  /** Centred or left lines have no first-line indent. */
  align?: 'center' | 'left';
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  /** Font size in points. */
  sizePt?: number;
  /** Extra space above, in points (room for the signature). */
  spaceBeforePt?: number;
  /** Starts a new page (the appendix). */
  pageBreakBefore?: boolean;
}

/** A header cell spanning `span` columns, above the table's `head` (Biểu 06's column groups). */
export interface HeadGroup {
  text: string;
  span: number;
}

export type Block =
  /** "3.2. Kết quả giải quyết TTHC" – bold in Word. */
  | { kind: 'heading'; text: string; style?: TextStyle }
  | { kind: 'para'; text: string; style?: TextStyle }
  /** A "- …" line of the report; `text` has no leading dash, the renderer adds "- ". */
  | { kind: 'bullet'; text: string }
  /** `head` may be empty (no header row); `groups`, when given, is a header row above it whose spans add up to its length. */
  | { kind: 'table'; head: string[]; rows: string[][]; groups?: HeadGroup[] }
  /** The short centred line NĐ 30/2020 draws under the issuing body and under the motto; no text. */
  | { kind: 'rule'; widthMm: number }
  /**
   * A borderless table that places parts side by side (letterhead, "Nơi nhận"
   * beside the signature): `cells[row][column]` holds blocks. `head`/`rows`
   * repeat each cell as plain text so a renderer that only knows tables can
   * still show it; build it with `layoutBlock`. `widths` are the columns'
   * shares of the line in percent (equal when absent); `widenLeftMm` lets
   * the .docx table reach into the left margin (the letterhead needs more
   * than the 165 mm of text width to keep the motto on one line).
   */
  | { kind: 'layout'; cells: Block[][][]; head: never[]; rows: string[][]; widths?: number[]; widenLeftMm?: number };

const nfc = (text: string): string => text.normalize('NFC');

function blockText(block: Block): string {
  switch (block.kind) {
    case 'heading':
    case 'para':
      return nfc(block.text);
    case 'bullet':
      return `- ${nfc(block.text)}`;
    case 'rule':
      return '';
    case 'table':
      return [block.groups ? groupsLine(block.groups) : [], block.head, ...block.rows]
        .filter((row) => row.length > 0)
        .map((row) => row.map(nfc).join('\t'))
        .join('\n');
    case 'layout':
      // Cell after cell, as the seed reads ("Nơi nhận: …" then the signature).
      return block.cells.flat().map(blocksToText).filter(Boolean).join('\n\n');
  }
}

/** A group's text in its first column, the columns it spans after it empty, so plain text lines up under the head. */
function groupsLine(groups: readonly HeadGroup[]): string[] {
  return groups.flatMap((g) => [g.text, ...Array<string>(Math.max(g.span - 1, 0)).fill('')]);
}

/** Paragraphs separated by a blank line, as in the seed report; a rule has no text and no line of its own. */
export function blocksToText(blocks: readonly Block[]): string {
  return blocks
    .filter((b) => b.kind !== 'rule')
    .map(blockText)
    .join('\n\n');
}

export function layoutBlock(cells: Block[][][], options: { widths?: number[]; widenLeftMm?: number } = {}): Block {
  return { kind: 'layout', cells, head: [], rows: cells.map((row) => row.map(blocksToText)), ...options };
}

/** Column shares in percent of a layout row of `count` cells. */
export function layoutWidths(block: { widths?: number[] }, count: number): number[] {
  return Array.from({ length: count }, (_, i) => block.widths?.[i] ?? 100 / Math.max(count, 1));
}
