/**
 * Blocks → the two clipboard flavours (spec §5). Pure: the popup puts the
 * result into one ClipboardItem. The HTML uses inline styles only, because
 * Word and Chromium's clipboard sanitiser drop classes and <style> blocks.
 */
import { blocksToText, layoutWidths, type Block, type TextStyle } from './blocks';

export { blocksToText };

// One family, no fallback list: LibreOffice (and older Word) keep the whole list as the font's name.
const FONT = "font-family:'Times New Roman';font-size:14pt";
const PARAGRAPH = `${FONT};text-align:justify;text-indent:1cm;margin:0 0 6pt 0`;
const TABLE = 'border-collapse:collapse;width:100%';
// Word lets a cell's border win over the table's, so every cell carries one.
const CELL = `${FONT};border:1px solid windowtext;padding:2pt 4pt;vertical-align:top`;
const HEAD_CELL = `${CELL};font-weight:bold;text-align:center`;
const RULE = 'margin:0 auto 6pt auto;height:0;border:none;border-top:1px solid windowtext';
const LAYOUT_CELL = 'border:none;padding:0 2pt;vertical-align:top';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch);
}

/** Escaped, NFC; line breaks kept as <br>, runs of spaces kept (the blank in "ngày    tháng" is for the hand-written day). */
function inline(text: string): string {
  return escapeHtml(text.normalize('NFC'))
    .replace(/ {2,}/g, (spaces) => ` ${'&nbsp;'.repeat(spaces.length - 1)}`)
    .replace(/\n/g, '<br>');
}

function paragraphStyle(style: TextStyle = {}, bold = false): string {
  const parts = [PARAGRAPH];
  if (style.align) parts.push(`text-align:${style.align};text-indent:0`);
  if (bold || style.bold) parts.push('font-weight:bold');
  if (style.italic) parts.push('font-style:italic');
  if (style.underline) parts.push('text-decoration:underline');
  if (style.sizePt) parts.push(`font-size:${style.sizePt}pt`);
  if (style.spaceBeforePt) parts.push(`margin-top:${style.spaceBeforePt}pt`);
  return parts.join(';');
}

function row(cells: readonly string[], style: string, tag: 'th' | 'td'): string {
  return `<tr>${cells.map((c) => `<${tag} style="${style}">${inline(c)}</${tag}>`).join('')}</tr>`;
}

function blockHtml(block: Block): string {
  switch (block.kind) {
    case 'heading':
      return `<p style="${paragraphStyle(block.style, true)}">${inline(block.text)}</p>`;
    case 'para':
      return `<p style="${paragraphStyle(block.style)}">${inline(block.text)}</p>`;
    case 'bullet':
      return `<p style="${PARAGRAPH}">- ${inline(block.text)}</p>`;
    case 'rule':
      return `<p style="${RULE};width:${block.widthMm}mm"></p>`;
    case 'table': {
      const groups = block.groups
        ? `<tr>${block.groups.map((g) => `<th colspan="${g.span}" style="${HEAD_CELL}">${inline(g.text)}</th>`).join('')}</tr>`
        : '';
      const head = block.head.length > 0 || groups ? `<thead>${groups}${block.head.length > 0 ? row(block.head, HEAD_CELL, 'th') : ''}</thead>` : '';
      return `<table style="${TABLE}">${head}<tbody>${block.rows.map((r) => row(r, CELL, 'td')).join('')}</tbody></table>`;
    }
    case 'layout': {
      const rows = block.cells.map((cells) => {
        const widths = layoutWidths(block, cells.length);
        return `<tr>${cells.map((c, i) => `<td style="${LAYOUT_CELL};width:${widths[i]?.toFixed(2)}%">${blocksToHtml(c)}</td>`).join('')}</tr>`;
      });
      return `<table style="${TABLE}"><tbody>${rows.join('')}</tbody></table>`;
    }
  }
}

/** Word-ready HTML fragment. */
export function blocksToHtml(blocks: readonly Block[]): string {
  return blocks.map(blockHtml).join('\n');
}
