/**
 * Blocks → the two clipboard flavours (spec §5). Pure: the popup puts the
 * result into one ClipboardItem. The HTML uses inline styles only, because
 * Word and Chromium's clipboard sanitiser drop classes and <style> blocks.
 */
import type { Block } from './blocks';

const FONT = "font-family:'Times New Roman',serif;font-size:14pt";
const PARAGRAPH = `${FONT};text-align:justify;text-indent:1cm;margin:0 0 6pt 0`;
const HEADING = `${PARAGRAPH};font-weight:bold`;
const TABLE = 'border-collapse:collapse;width:100%';
// Word lets a cell's border win over the table's, so every cell carries one.
const CELL = `${FONT};border:1px solid windowtext;padding:2pt 4pt;vertical-align:top`;
const HEAD_CELL = `${CELL};font-weight:bold;text-align:center`;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch);
}

const nfc = (text: string): string => text.normalize('NFC');

function blockText(block: Block): string {
  switch (block.kind) {
    case 'heading':
    case 'para':
      return nfc(block.text);
    case 'bullet':
      return `- ${nfc(block.text)}`;
    case 'table':
      return [block.head, ...block.rows]
        .filter((row) => row.length > 0)
        .map((row) => row.map(nfc).join('\t'))
        .join('\n');
  }
}

/** Paragraphs separated by a blank line, as in the seed report. */
export function blocksToText(blocks: readonly Block[]): string {
  return blocks.map(blockText).join('\n\n');
}

function row(cells: readonly string[], style: string, tag: 'th' | 'td'): string {
  return `<tr>${cells.map((c) => `<${tag} style="${style}">${escapeHtml(nfc(c))}</${tag}>`).join('')}</tr>`;
}

function blockHtml(block: Block): string {
  switch (block.kind) {
    case 'heading':
      return `<p style="${HEADING}">${escapeHtml(nfc(block.text))}</p>`;
    case 'para':
      return `<p style="${PARAGRAPH}">${escapeHtml(nfc(block.text))}</p>`;
    case 'bullet':
      return `<p style="${PARAGRAPH}">- ${escapeHtml(nfc(block.text))}</p>`;
    case 'table': {
      const head = block.head.length > 0 ? `<thead>${row(block.head, HEAD_CELL, 'th')}</thead>` : '';
      return `<table style="${TABLE}">${head}<tbody>${block.rows.map((r) => row(r, CELL, 'td')).join('')}</tbody></table>`;
    }
  }
}

/** Word-ready HTML fragment. */
export function blocksToHtml(blocks: readonly Block[]): string {
  return blocks.map(blockHtml).join('\n');
}
