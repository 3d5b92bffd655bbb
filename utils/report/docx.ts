/**
 * The whole report as a .docx (the `docx` package), laid out per Nghị định
 * 30/2020/NĐ-CP: A4 portrait; margins top/bottom 20 mm, left 30 mm, right
 * 15 mm; Times New Roman 14 pt (the letterhead 13 pt, "Nơi nhận" 12/11 pt);
 * body paragraphs justified with a 1 cm first-line indent; page numbers in
 * Arabic figures centred in the top margin from page 2; a heading kept with
 * the paragraph after it, a short paragraph never split across pages; the
 * appendix (appendix.ts) on a page of its own. Pure: returns the
 * bytes; the popup wraps them in a Blob for the download.
 */
import { AlignmentType, BorderStyle, Document, Header, Packer, PageNumber, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { layoutWidths, type Block, type TextStyle } from './blocks';

// Name and type live apart so the popup can use them without loading the docx library.
export { DOCX_MIME, docxFileName } from './docx-name';


const FONT = 'Times New Roman';
const BODY_PT = 14;
/** A4 in twips (210 × 297 mm). */
const PAGE = { width: 11906, height: 16838 } as const;
/** Rounded, not floored as docx's convertMillimetersToTwip does (20 mm is 1133.86 twips: 1134, not 1133). */
const twips = (mm: number): number => Math.round((mm * 1440) / 25.4);
const MARGIN_MM = { top: 20, bottom: 20, left: 30, right: 15 } as const;
const TEXT_WIDTH = PAGE.width - twips(MARGIN_MM.left) - twips(MARGIN_MM.right);
const INDENT_1CM = twips(10);
/** The page number sits in the top margin, this far from the paper's edge. */
const HEADER_MM = 10;
/** A paragraph up to this long is kept on one page (keepLines); a long one may break. */
const SHORT_PARAGRAPH = 400;
const AFTER_6PT = 120;
const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const NO_BORDERS = { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER } as const;
const THIN = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const THIN_BORDERS = { top: THIN, bottom: THIN, left: THIN, right: THIN } as const;

/**
 * Characters XML 1.0 forbids (C0 controls other than tab/LF/CR, U+FFFE/U+FFFF, lone surrogates):
 * one of them in the clerk's text would make document.xml malformed, so they are dropped.
 */
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export const xmlSafe = (text: string): string => text.replace(XML_INVALID, '');

/** Runs of one paragraph; `\n` becomes a line break. The font is set on every run so no importer falls back to its own. */
function runs(text: string, style: TextStyle, bold: boolean): TextRun[] {
  return xmlSafe(text)
    .normalize('NFC')
    .split('\n')
    .map(
      (line, i) =>
        new TextRun({
          text: line,
          font: FONT,
          size: (style.sizePt ?? BODY_PT) * 2,
          bold: bold || style.bold === true,
          italics: style.italic === true,
          ...(style.underline ? { underline: {} } : {}),
          ...(i > 0 ? { break: 1 } : {}),
        }),
    );
}

/** `inCell`: layout cells are set tight, without the body's space after. A heading keeps with the next paragraph. */
function paragraph(text: string, style: TextStyle = {}, bold = false, inCell = false, heading = false): Paragraph {
  const aligned = style.align !== undefined;
  return new Paragraph({
    children: runs(text, style, bold),
    alignment: style.align === 'center' ? AlignmentType.CENTER : aligned ? AlignmentType.LEFT : AlignmentType.JUSTIFIED,
    ...(aligned ? {} : { indent: { firstLine: INDENT_1CM } }),
    spacing: { after: inCell ? 0 : AFTER_6PT, before: (style.spaceBeforePt ?? 0) * 20 },
    ...(heading ? { keepNext: true } : {}),
    ...(text.length <= SHORT_PARAGRAPH ? { keepLines: true } : {}),
    ...(style.pageBreakBefore ? { pageBreakBefore: true } : {}),
  });
}

/**
 * A short centred line: an empty paragraph whose bottom border is `widthMm`
 * long, indented from both sides of `columnTwips` (the layout cell it sits in).
 */
function rule(widthMm: number, columnTwips: number): Paragraph {
  const side = Math.max(Math.round((columnTwips - twips(widthMm)) / 2), 0);
  return new Paragraph({
    indent: { left: side, right: side },
    spacing: { before: 0, after: AFTER_6PT, line: 60, lineRule: 'exact' },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    keepNext: true,
  });
}

/** The page number field, centred, for the header of every page but the first. */
const pageNumberHeader = (): Header =>
  new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: BODY_PT * 2 })],
      }),
    ],
  });

function table(block: Extract<Block, { kind: 'table' }>): Table {
  // Biểu 06's twelve columns need the smaller size to keep their heads' words whole.
  const sizePt = block.groups ? 11 : 12;
  const headCell = (text: string, span = 1) =>
    new TableCell({ borders: THIN_BORDERS, columnSpan: span, children: [paragraph(text, { align: 'center', sizePt }, true, true)] });
  const headRows = [
    ...(block.groups ? [block.groups.map((g) => headCell(g.text, g.span))] : []),
    ...(block.head.length > 0 ? [block.head.map((h) => headCell(h))] : []),
  ].map((children) => new TableRow({ children, tableHeader: true, cantSplit: true }));
  // Figures are centred under their heads; a first column of labels (the indicators) reads from the left.
  const bodyRows = block.rows.map(
    (cells) =>
      new TableRow({
        cantSplit: true,
        children: cells.map(
          (cell, i) =>
            new TableCell({
              borders: THIN_BORDERS,
              children: [paragraph(cell, { align: i === 0 && !block.groups ? 'left' : 'center', sizePt }, false, true)],
            }),
        ),
      }),
  );
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: { ...THIN_BORDERS, insideHorizontal: THIN, insideVertical: THIN },
    rows: [...headRows, ...bodyRows],
  });
}

function layout(block: Extract<Block, { kind: 'layout' }>): Table {
  const columns = Math.max(...block.cells.map((row) => row.length), 1);
  const widen = twips(block.widenLeftMm ?? 0);
  const widths = layoutWidths(block, columns).map((share) => Math.round(((TEXT_WIDTH + widen) * share) / 100));
  return new Table({
    width: { size: TEXT_WIDTH + widen, type: WidthType.DXA },
    indent: { size: -widen, type: WidthType.DXA },
    // No cell padding: the letterhead's lines need the whole column.
    margins: { left: 0, right: 0 },
    columnWidths: widths,
    borders: { ...NO_BORDERS, insideHorizontal: NO_BORDER, insideVertical: NO_BORDER },
    rows: block.cells.map(
      (cells) =>
        new TableRow({
          children: cells.map(
            (content, i) =>
              new TableCell({
                borders: NO_BORDERS,
                width: { size: widths[i] ?? 0, type: WidthType.DXA },
                // A cell must end with a paragraph, even an empty one.
                children: content.length > 0 ? content.flatMap((b) => toDocx(b, true, widths[i] ?? TEXT_WIDTH)) : [new Paragraph({})],
              }),
          ),
        }),
    ),
  });
}

function toDocx(block: Block, inCell = false, columnTwips = TEXT_WIDTH): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'heading':
      return [paragraph(block.text, block.style, true, inCell, true)];
    case 'rule':
      return [rule(block.widthMm, columnTwips)];
    case 'para':
      return [paragraph(block.text, block.style, false, inCell)];
    case 'bullet':
      return [paragraph(`- ${block.text}`, {}, false, inCell)];
    case 'table':
      return [table(block), new Paragraph({})];
    case 'layout':
      return [layout(block), new Paragraph({})];
  }
}

/** The .docx file's bytes; `appendix` (appendix.ts) follows the signature on a new page. */
export async function blocksToDocx(blocks: readonly Block[], title: string, appendix: readonly Block[] = []): Promise<Uint8Array> {
  const document = new Document({
    title: xmlSafe(title),
    creator: 'Báo cáo CCHC',
    styles: { default: { document: { run: { font: FONT, size: BODY_PT * 2 } } } },
    sections: [
      {
        properties: {
          // A first page of its own with an empty header: numbering shows from page 2 (NĐ 30/2020, Phụ lục I).
          titlePage: true,
          page: {
            size: PAGE,
            margin: {
              top: twips(MARGIN_MM.top),
              bottom: twips(MARGIN_MM.bottom),
              left: twips(MARGIN_MM.left),
              right: twips(MARGIN_MM.right),
              header: twips(HEADER_MM),
            },
          },
        },
        headers: { default: pageNumberHeader(), first: new Header({ children: [new Paragraph({})] }) },
        children: [...blocks, ...appendix].flatMap((b) => toDocx(b)),
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
