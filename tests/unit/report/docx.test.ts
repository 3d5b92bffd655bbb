import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { blocksToDocx, docxFileName } from '@/utils/report/docx';
import { periodById } from '@/utils/domain/period';
import { buildWholeReport } from '@/utils/report/whole-report';
import { contextOf, SEED_REPORT_FIELDS, SEED_SETTINGS, SEED_SIGNER } from './helpers';
import { seedNarrative } from './seed';

const context = { ...contextOf(SEED_REPORT_FIELDS, { ...SEED_SETTINGS, signer: SEED_SIGNER }), narrative: seedNarrative() };

async function documentXml(): Promise<string> {
  const bytes = await blocksToDocx(buildWholeReport(context).blocks, 'Báo cáo');
  const files = unzipSync(bytes);
  const xml = files['word/document.xml'];
  if (!xml) throw new Error('no word/document.xml');
  return strFromU8(xml);
}

/** The paragraphs' texts, runs joined, line breaks as \n. */
const paragraphs = (xml: string): string[] =>
  [...xml.matchAll(/<w:p>[\s\S]*?<\/w:p>|<w:p [\s\S]*?<\/w:p>/g)].map((p) =>
    [...p[0].matchAll(/<w:br\/>|<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => (m[0] === '<w:br/>' ? '\n' : m[1])).join(''),
  );

describe('blocksToDocx', () => {
  it('is a zip with the Word document parts', async () => {
    const bytes = await blocksToDocx(buildWholeReport(context).blocks, 'Báo cáo');
    expect([...bytes.slice(0, 2)]).toEqual([0x50, 0x4b]); // "PK"
    expect(Object.keys(unzipSync(bytes))).toEqual(expect.arrayContaining(['word/document.xml', 'word/styles.xml', '[Content_Types].xml']));
  });

  it('lays out an A4 page with Nghị định 30 margins', async () => {
    const xml = await documentXml();
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const margins = /<w:pgMar ([^>]*)\/>/.exec(xml)?.[1] ?? '';
    // twips: 20 mm = 1134, 30 mm = 1701, 15 mm = 850
    expect(margins).toMatch(/w:top="1134"/);
    expect(margins).toMatch(/w:bottom="1134"/);
    expect(margins).toMatch(/w:left="1701"/);
    expect(margins).toMatch(/w:right="850"/);
  });

  it('sets Times New Roman on every run, 14 pt in the body', async () => {
    const xml = await documentXml();
    const runs = [...xml.matchAll(/<w:r>[\s\S]*?<\/w:r>/g)].map((m) => m[0]).filter((r) => r.includes('<w:t'));
    expect(runs.length).toBeGreaterThan(50);
    for (const run of runs) expect(run).toContain('w:ascii="Times New Roman"');
    const body = runs.find((r) => r.includes('Trong kỳ báo cáo, UBND xã tiếp tục bám sát'));
    expect(body).toContain('<w:sz w:val="28"/>');
  });

  it('holds the whole text, from the letterhead to the signer', async () => {
    const texts = paragraphs(await documentXml());
    expect(texts).toEqual(
      expect.arrayContaining([
        'UBND THÀNH PHỐ HẢI PHÒNG',
        'ỦY BAN NHÂN DÂN\nXÃ BÌNH GIANG',
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Độc lập - Tự do - Hạnh phúc',
        'Số:    /BC-UBND',
        'Bình Giang, ngày    tháng 02 năm 2026',
        'BÁO CÁO',
        'Tình hình, kết quả cải cách thủ tục hành chính tháng 02 năm 2026 trên địa bàn xã Bình Giang (Từ ngày 15/01/2026 đến ngày 14/02/2026)',
        '- Tỷ lệ nộp hồ sơ trực tuyến: 100% (chỉ tiêu thành phố giao tối thiểu đạt 60%).',
        'Nơi nhận:',
        '- Văn phòng UBND Tp;\n- CT, các PCT UBND xã;\n- Các phòng chuyên môn xã;\n- Trung tâm PVHCC xã;\n- Lưu: VT, TTPVHCC.',
        'TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH',
        'Vũ Thị Hòa',
      ]),
    );
  });

  it('centres and bolds the title, justifies the body with a 1 cm first-line indent', async () => {
    const xml = await documentXml();
    const paragraph = (text: string) => [...xml.matchAll(/<w:p>[\s\S]*?<\/w:p>/g)].map((m) => m[0]).find((p) => p.includes(text)) ?? '';
    expect(paragraph('>BÁO CÁO<')).toMatch(/<w:jc w:val="center"\/>[\s\S]*<w:b\/>/);
    const body = paragraph('Trong kỳ báo cáo, UBND xã tiếp tục bám sát');
    expect(body).toContain('<w:jc w:val="both"/>');
    expect(body).toContain('w:firstLine="567"');
    expect(body).not.toContain('<w:b/>');
    expect(paragraph('>3.2. Kết quả giải quyết TTHC<')).toContain('<w:b/>');
    expect(paragraph('Bình Giang, ngày')).toContain('<w:i/>');
    expect(paragraph('Độc lập - Tự do - Hạnh phúc')).toContain('<w:b/>');
  });

  it('draws the short rules under the issuing body and under the motto (paragraph borders, not underlines)', async () => {
    const xml = await documentXml();
    const letterhead = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(xml)?.[0] ?? '';
    const cells = [...letterhead.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((m) => m[0]);
    const ruleOf = (cell: string) => /<w:p><w:pPr>(?:(?!<\/w:p>)[\s\S])*<w:pBdr><w:bottom w:val="single"[\s\S]*?<w:ind w:left="(\d+)" w:right="(\d+)"\/>[\s\S]*?<\/w:p>/.exec(cell);
    const issuerRule = ruleOf(cells[0] ?? '');
    const mottoRule = ruleOf(cells[1] ?? '');
    expect(issuerRule, 'rule under the issuing body').not.toBeNull();
    expect(mottoRule, 'rule under the motto').not.toBeNull();
    // Each rule comes after its text and is shorter than its column (indented from both sides).
    expect(cells[0]?.indexOf('XÃ BÌNH GIANG')).toBeLessThan(issuerRule?.index ?? -1);
    expect(cells[1]?.indexOf('Độc lập - Tự do - Hạnh phúc')).toBeLessThan(mottoRule?.index ?? -1);
    expect(Number(issuerRule?.[1])).toBeGreaterThan(0);
    expect(Number(mottoRule?.[1])).toBeGreaterThan(0);
    expect(letterhead).not.toContain('<w:u ');
  });

  it('keeps every heading with the next paragraph and short paragraphs on one page', async () => {
    const xml = await documentXml();
    const paragraph = (text: string) => [...xml.matchAll(/<w:p>[\s\S]*?<\/w:p>/g)].map((m) => m[0]).find((p) => p.includes(text)) ?? '';
    for (const heading of ['>I. KẾT QUẢ THỰC HIỆN<', '>3.2. Kết quả giải quyết TTHC<', '>II. ĐÁNH GIÁ CHUNG<']) expect(paragraph(heading)).toContain('<w:keepNext/>');
    expect(paragraph('Trên đây là Báo cáo tình hình')).toContain('<w:keepLines/>');
    expect(paragraph('Trên đây là Báo cáo tình hình')).not.toContain('<w:keepNext/>');
    // A long paragraph may break across pages (keeping it whole would leave a gap of half a page).
    expect(paragraph('Trong kỳ báo cáo, UBND xã tiếp tục bám sát')).not.toContain('<w:keepLines/>');
  });

  it('numbers the pages in the centre of the top margin from page 2', async () => {
    const files = unzipSync(await blocksToDocx(buildWholeReport(context).blocks, 'Báo cáo'));
    const xml = strFromU8(files['word/document.xml'] ?? new Uint8Array());
    expect(xml).toContain('<w:titlePg/>');
    const refs = Object.fromEntries([...xml.matchAll(/<w:headerReference w:type="(\w+)" r:id="(\w+)"\/>/g)].map((m) => [m[1], m[2]]));
    expect(Object.keys(refs).sort()).toEqual(['default', 'first']);
    const rels = strFromU8(files['word/_rels/document.xml.rels'] ?? new Uint8Array());
    const partOf = (id: string | undefined) => {
      const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${id}"`).exec(rels);
      return strFromU8(files[`word/${target?.[1] ?? target?.[2]}`] ?? new Uint8Array());
    };
    const numbered = partOf(refs.default);
    expect(numbered).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
    expect(numbered).toContain('<w:jc w:val="center"/>');
    expect(partOf(refs.first)).not.toContain('PAGE');
    expect(xml).toMatch(/<w:pgMar [^>]*w:header="567"/);
  });

  it('adds the appendix on a new page: the Biểu 06 table with its column groups, and the indicators with targets', async () => {
    const whole = buildWholeReport(context);
    const xml = strFromU8(unzipSync(await blocksToDocx(whole.blocks, 'Báo cáo', whole.appendix))['word/document.xml'] ?? new Uint8Array());
    const texts = paragraphs(xml);
    expect(texts.indexOf('PHỤ LỤC')).toBeGreaterThan(texts.indexOf('Vũ Thị Hòa'));
    expect([...xml.matchAll(/<w:p>[\s\S]*?<\/w:p>/g)].map((m) => m[0]).find((p) => p.includes('>PHỤ LỤC<'))).toContain('<w:pageBreakBefore/>');
    const tables = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
    expect(tables).toHaveLength(4);
    const [figures, indicators] = tables.slice(2);
    expect(figures).toMatch(/<w:gridSpan w:val="5"\/>[\s\S]*Số hồ sơ nhận giải quyết/);
    for (const head of ['Số hồ sơ đã giải quyết', 'Số hồ sơ đang giải quyết', 'Trực tuyến', 'Bưu chính', 'Kỳ trước chuyển sang', 'Trước hạn', 'Đúng hạn', 'Trong hạn'])
      expect(figures).toContain(head);
    expect(figures).toContain('<w:tblHeader/>');
    expect(indicators).toContain('Tỷ lệ nộp hồ sơ trực tuyến');
    expect(indicators).toContain('Tối thiểu 60%');
  });

  it('puts the letterhead and the signature in borderless two-column tables', async () => {
    const xml = await documentXml();
    const tables = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
    expect(tables).toHaveLength(2);
    for (const table of tables) {
      expect(table).toMatch(/<w:tblBorders>/);
      // Paragraph borders (the letterhead's rules) are not table borders.
      expect(table.replace(/<w:pBdr>[\s\S]*?<\/w:pBdr>/g, '')).not.toMatch(/<w:(top|left|bottom|right|insideH|insideV) w:val="(?!none)/);
      expect(table.match(/<w:gridCol /g)).toHaveLength(2);
    }
    expect(tables[0]).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(tables[1]).toContain('Vũ Thị Hòa');
  });
});

describe('docxFileName', () => {
  it.each([
    ['month:2026-02', 'Bao-cao-CCHC-Thang-02-2026.docx'],
    ['quarter:2026-1', 'Bao-cao-CCHC-Quy-I-2026.docx'],
    ['half:2026', 'Bao-cao-CCHC-6-thang-dau-nam-2026.docx'],
  ])('%s', (id, name) => {
    const period = periodById(id);
    if (!period) throw new Error(id);
    expect(docxFileName(period)).toBe(name);
  });
});
