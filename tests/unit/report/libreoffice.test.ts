/**
 * Word fidelity checked by a real importer: LibreOffice opens the clipboard
 * HTML (as a paste into Word would) and the .docx, and the text, the bold
 * headings and the font must survive. Also leaves .tmp/report/bao-cao-mau.docx
 * for scripts/render-docx.mjs.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { blocksToHtml } from '@/utils/report/clipboard';
import { blocksToDocx } from '@/utils/report/docx';
import { buildWholeReport } from '@/utils/report/whole-report';
import { convertWithLibreOffice, findSoffice } from '../../../scripts/lib/soffice.mjs';
import { contextOf, SEED_REPORT_FIELDS, SEED_SETTINGS, SEED_SIGNER } from './helpers';
import { seedNarrative } from './seed';

const soffice = findSoffice();

const SAMPLE = path.resolve('.tmp/report/bao-cao-mau.docx');
const report = buildWholeReport({ ...contextOf(SEED_REPORT_FIELDS, { ...SEED_SETTINGS, signer: SEED_SIGNER }), narrative: seedNarrative() });
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'report-lo-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

/** pdftotext may split Vietnamese words when a font is substituted, so compare without whitespace. */
const squeeze = (text: string) => text.normalize('NFC').replace(/\s+/g, '');

function documentXml(docx: string): string {
  const xml = unzipSync(fs.readFileSync(docx))['word/document.xml'];
  if (!xml) throw new Error(`no word/document.xml in ${docx}`);
  return strFromU8(xml);
}

/** Paragraphs of a document.xml with their text (runs joined). */
const paragraphs = (xml: string) =>
  [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => ({ xml: m[0], text: [...m[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('') }));

describe('LibreOffice imports the report', () => {
  it('LibreOffice is installed (npm test installs it: scripts/ensure-tools.mjs)', () => {
    expect(soffice, 'soffice not found: apt-get install -y libreoffice-writer-nogui poppler-utils').toBeTruthy();
  });

  it('keeps the text, the bold headings and Times New Roman of the clipboard HTML', () => {
    const html = path.join(work, 'clip.html');
    fs.writeFileSync(html, `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>${blocksToHtml(report.blocks)}</body></html>`);
    const found = paragraphs(documentXml(convertWithLibreOffice(html, 'docx:MS Word 2007 XML', work)));
    const find = (start: string) => found.find((p) => p.text.startsWith(start));
    expect(find('3.2. Kết quả giải quyết TTHC')?.xml).toMatch(/<w:b\/>/);
    expect(find('BÁO CÁO')?.xml).toMatch(/<w:jc w:val="center"\/>/);
    expect(find('Tổng số hồ sơ trên địa bàn xã đã tiếp nhận là 795 hồ sơ')?.xml).not.toMatch(/<w:b\/>/);
    expect(find('- Tỷ lệ nộp hồ sơ trực tuyến: 100% (chỉ tiêu thành phố giao tối thiểu đạt 60%).')?.xml).toMatch(/w:ascii="Times New Roman"/);
    expect(find('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toBeDefined();
  }, 120_000);

  it('opens the .docx as A4 with the header block and the whole text', async () => {
    fs.mkdirSync(path.dirname(SAMPLE), { recursive: true });
    fs.writeFileSync(SAMPLE, await blocksToDocx(report.blocks, 'Báo cáo CCHC tháng 02/2026', report.appendix));
    const pdf = convertWithLibreOffice(SAMPLE, 'pdf', work);
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    const text = squeeze(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }));
    for (const expected of [
      'UBND THÀNH PHỐ HẢI PHÒNG',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Tình hình, kết quả cải cách thủ tục hành chính tháng 02 năm 2026',
      'Tổng số hồ sơ trên địa bàn xã đã tiếp nhận là 795 hồ sơ',
      'Vũ Thị Hòa',
    ]) {
      expect(text).toContain(squeeze(expected));
    }
    // Times New Roman, or its metric twin Liberation Serif where it is not installed; bold survives as a bold face.
    const fonts = execFileSync('pdffonts', [pdf], { encoding: 'utf8' });
    expect(fonts).toMatch(/(TimesNewRoman|LiberationSerif)[A-Za-z]*-Bold/);
    expect(fonts).toMatch(/(TimesNewRoman|LiberationSerif)(PSMT|\s)/);
    expect(fonts).not.toMatch(/DejaVu/);
    // Page numbers from page 2, alone on the page's first line (the header), none on page 1; the appendix on a page of its own.
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
    expect(pages).toBeGreaterThanOrEqual(3);
    const pageText = (n: number) => execFileSync('pdftotext', ['-layout', '-f', String(n), '-l', String(n), pdf, '-'], { encoding: 'utf8' });
    const firstLine = (n: number) => pageText(n).split('\n').find((line) => line.trim() !== '')?.trim();
    expect(firstLine(1)).not.toMatch(/^\d+$/);
    for (let n = 2; n <= pages; n++) expect(firstLine(n)).toBe(String(n));
    expect(squeeze(pageText(pages))).toContain(squeeze('PHỤ LỤC'));
    expect(squeeze(pageText(pages))).toContain(squeeze('Số hồ sơ nhận giải quyết'));
  }, 120_000);
});
