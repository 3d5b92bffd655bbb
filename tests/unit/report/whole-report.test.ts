import { describe, expect, it } from 'vitest';
import { vi } from '@/components/strings/vi';
import { blocksToText, type Block } from '@/utils/report/blocks';
import { blocksToHtml } from '@/utils/report/clipboard';
import { placeDateLine } from '@/utils/report/letterhead';
import { periodById } from '@/utils/domain/period';
import { buildWholeReport } from '@/utils/report/whole-report';
import type { ReportContext } from '@/utils/report/sections';
import { contextOf, SEED_REPORT_FIELDS, SEED_SETTINGS, SEED_SIGNER } from './helpers';
import { SEED_TEXT, seedNarrative, withoutAutolinks } from './seed';

const seedContext = (): ReportContext => ({
  ...contextOf(SEED_REPORT_FIELDS, { ...SEED_SETTINGS, signer: SEED_SIGNER }),
  narrative: seedNarrative(),
});

/** The seed lost runs of spaces (the blanks for the hand-written number and day); compare with them collapsed. */
const collapseSpaces = (text: string) => text.replace(/ {2,}/g, ' ');

describe('buildWholeReport', () => {
  const report = buildWholeReport(seedContext());
  const text = blocksToText(report.blocks);

  it('reproduces the seed report from "Số:" to the signer with the seed numbers and text', () => {
    expect(collapseSpaces(text.slice(text.indexOf('Số:')))).toBe(withoutAutolinks(SEED_TEXT).trim());
    expect(report.missing).toEqual([]);
    expect(report.problems).toEqual([]);
  });

  it('starts with the letterhead: issuing body left, motto right, then number and place-date', () => {
    const [letterhead] = report.blocks;
    expect(letterhead?.kind).toBe('layout');
    if (letterhead?.kind !== 'layout') return;
    const cellText = letterhead.cells.map((row) => row.map(blocksToText));
    expect(cellText).toEqual([
      ['UBND THÀNH PHỐ HẢI PHÒNG\n\nỦY BAN NHÂN DÂN\nXÃ BÌNH GIANG', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nĐộc lập - Tự do - Hạnh phúc'],
      ['Số:    /BC-UBND', 'Bình Giang, ngày    tháng 02 năm 2026'],
    ]);
    expect(letterhead.cells[0]?.[0]?.[1]).toMatchObject({ style: { bold: true } });
    // NĐ 30/2020: a short rule under the issuing body and one as long as the motto under it (not an underline).
    expect(letterhead.cells[0]?.[0]?.[2]).toMatchObject({ kind: 'rule' });
    expect(letterhead.cells[0]?.[1]?.[1]).toMatchObject({ style: { bold: true } });
    expect(letterhead.cells[0]?.[1]?.[2]).toMatchObject({ kind: 'rule' });
    expect(letterhead.cells[1]?.[1]?.[0]).toMatchObject({ style: { italic: true } });
  });

  it('ends with "Nơi nhận" beside the signature, which takes its lines from the settings', () => {
    const last = report.blocks.at(-1);
    expect(last?.kind).toBe('layout');
    if (last?.kind !== 'layout') return;
    expect(last.cells[0]?.map(blocksToText)).toEqual([
      'Nơi nhận:\n\n- Văn phòng UBND Tp;\n- CT, các PCT UBND xã;\n- Các phòng chuyên môn xã;\n- Trung tâm PVHCC xã;\n- Lưu: VT, TTPVHCC.',
      'TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nVũ Thị Hòa',
    ]);
  });

  it('gives the preview a plain-text table for the layout parts', () => {
    const last = report.blocks.at(-1);
    expect(last?.kind === 'layout' && last.rows[0]?.[1]).toBe('TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nVũ Thị Hòa');
  });

  it('makes the section headings bold and the body plain', () => {
    const kindOf = (start: string) => report.blocks.find((b): b is Extract<Block, { text: string }> => 'text' in b && b.text.startsWith(start))?.kind;
    expect(kindOf('I. KẾT QUẢ THỰC HIỆN')).toBe('heading');
    expect(kindOf('3. Về cải cách việc thực hiện TTHC (theo đánh giá trên Hệ thống giải quyết TTHC thành phố Hải Phòng từ ngày 15/01/2026')).toBe('heading');
    expect(kindOf('III. NHIỆM VỤ CỦA THÁNG TIẾP THEO')).toBe('heading');
    expect(kindOf('Trong kỳ báo cáo, UBND xã tiếp tục bám sát')).toBe('para');
  });

  it('signs "CHỦ TỊCH" with no name when the settings have no signer', () => {
    const plain = blocksToText(buildWholeReport({ ...seedContext(), settings: SEED_SETTINGS }).blocks);
    expect(plain.endsWith('- Lưu: VT, TTPVHCC.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH')).toBe(true);
  });

  it('uses the default narrative, with this period and unit, when none is given', () => {
    const { narrative: _n, ...context } = seedContext();
    const plain = blocksToText(buildWholeReport({ ...context, settings: { ...SEED_SETTINGS, unitName: 'phường Lê Chân' } }).blocks);
    expect(plain).toContain('UBND phường Lê Chân báo cáo tình hình, kết quả cải cách TTHC thực hiện tháng 02 năm 2026 như sau:');
    expect(plain).toContain('Trong kỳ báo cáo, UBND phường Lê Chân đã ban hành các văn bản chỉ đạo, điều hành, cụ thể như sau: Kế hoạch số …/KH-UBND ngày … về …;');
    expect(plain).toContain('ỦY BAN NHÂN DÂN\nPHƯỜNG LÊ CHÂN');
    expect(plain).toContain('Lê Chân, ngày    tháng 02 năm 2026');
  });

  it('names the next period in III', () => {
    const period = periodById('quarter:2026-1');
    if (!period) throw new Error('quarter');
    expect(blocksToText(buildWholeReport({ ...seedContext(), period }).blocks)).toContain('\n\nIII. NHIỆM VỤ CỦA QUÝ TIẾP THEO\n\n');
  });

  it('collects what is missing over all sections, once each', () => {
    const report = buildWholeReport({ ...contextOf({}), narrative: seedNarrative() });
    expect(report.missing).toEqual(expect.arrayContaining(['Số TTHC cấp xã', 'Số phản ánh, kiến nghị tiếp nhận', 'Tỷ lệ nộp hồ sơ trực tuyến']));
    expect(new Set(report.missing).size).toBe(report.missing.length);
  });

  it('reports a narrative text that is not a valid template and prints it as typed', () => {
    const narrative = { ...seedNarrative(), assessment: 'Đánh giá {{don_vi' };
    const report = buildWholeReport({ ...seedContext(), narrative });
    expect(blocksToText(report.blocks)).toContain('\n\nĐánh giá {{don_vi\n\n');
    expect(report.problems).toEqual([{ problem: { code: 'unclosedTag', line: 1 } }]);
    expect(report.problems.map(vi.reportProblem)).toEqual(['Dòng 1: thiếu dấu đóng “}}”.']);
  });
});

describe('placeDateLine', () => {
  it.each([
    ['month:2026-02', 'Bình Giang, ngày    tháng 02 năm 2026'],
    ['month:2026-01', 'Bình Giang, ngày    tháng 01 năm 2026'],
    // Nghị định 30: only months 1 and 2 take a leading zero.
    ['quarter:2026-1', 'Bình Giang, ngày    tháng 3 năm 2026'],
    ['year:2026', 'Bình Giang, ngày    tháng 12 năm 2026'],
  ])('%s', (id, expected) => {
    const period = periodById(id);
    if (!period) throw new Error(id);
    expect(placeDateLine(period, SEED_SETTINGS)).toBe(expected);
  });
});

describe('whole report as Word-ready HTML', () => {
  const html = blocksToHtml(buildWholeReport(seedContext()).blocks);
  const root = document.createElement('div');
  root.innerHTML = html;

  it('lays out letterhead and signature in borderless tables', () => {
    const tables = [...root.querySelectorAll('table')];
    expect(tables).toHaveLength(2);
    for (const cell of root.querySelectorAll('td')) expect(cell.getAttribute('style')).toContain('border:none');
    expect(tables[0]?.querySelector('td')?.getAttribute('style')).toContain('width:42.00%');
  });

  it('keeps the blanks for the hand-written number and day, and line breaks in the signature', () => {
    expect(html).toContain('Số: &nbsp;&nbsp;&nbsp;/BC-UBND');
    expect(html).toContain('TM. ỦY BAN NHÂN DÂN<br>KT. CHỦ TỊCH<br>PHÓ CHỦ TỊCH');
  });

  it('centres and bolds the title, italicises the place-date line', () => {
    const paragraphs = [...root.querySelectorAll('p')];
    const style = (text: string) => paragraphs.find((p) => p.textContent?.startsWith(text))?.getAttribute('style') ?? '';
    expect(style('BÁO CÁO')).toMatch(/text-align:center;text-indent:0;font-weight:bold/);
    expect(style('Bình Giang, ngày')).toContain('font-style:italic');
    expect(style('Vũ Thị Hòa')).toContain('margin-top:60pt');
    expect(style('Trong kỳ báo cáo, UBND xã tiếp tục bám sát')).not.toContain('font-weight');
  });
});
