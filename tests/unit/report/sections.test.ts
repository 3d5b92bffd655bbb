import { describe, expect, it } from 'vitest';
import { blocksToText } from '@/utils/report/blocks';
import { SECTIONS, type ReportContext, type ReportSection } from '@/utils/report/sections';
import { section22 } from '@/utils/report/sections/section22';
import { section31b } from '@/utils/report/sections/section31b';
import { section4 } from '@/utils/report/sections/section4';
import { section5 } from '@/utils/report/sections/section5';
import { titleSection } from '@/utils/report/sections/title';
import { periodById } from '@/utils/domain/period';
import { TEMPLATE_KEYS } from '@/utils/domain/types';
import { checkTemplateFor } from '@/utils/report/templates';
import { buildWholeReport } from '@/utils/report/whole-report';
import type { Fields } from '@/utils/domain/types';
import { contextOf, SEED_REPORT_FIELDS, SEED_SETTINGS } from './helpers';
import { seedNarrative, seedPart, withoutAutolinks } from './seed';

const seedContext = (values: Fields = SEED_REPORT_FIELDS): ReportContext => ({ ...contextOf(values), narrative: seedNarrative() });
const textOf = (section: ReportSection, values: Fields = SEED_REPORT_FIELDS) => blocksToText(section.build(seedContext(values)).blocks);
/** The section's last paragraph, where the data sentence is. */
const lastOf = (section: ReportSection, values: Fields) => section.build(seedContext(values)).blocks.at(-1);

describe('sections from data reproduce the seed', () => {
  it.each([
    ['title', titleSection, seedPart('BÁO CÁO', 'Thực hiện Công văn')],
    ['2.2', section22, seedPart('2.2.', '3. Về cải cách')],
    ['3.1 b)', section31b, seedPart('b) Về niêm yết', '3.2.')],
    ['4', section4, withoutAutolinks(seedPart('4. Kết quả', '5. Về thực hiện'))],
    ['5', section5, seedPart('5. Về thực hiện', 'II. ĐÁNH GIÁ')],
  ])('%s', (_, section, expected) => {
    const result = section.build(seedContext());
    expect(blocksToText(result.blocks)).toBe(expected);
    expect(result.missing).toEqual([]);
    expect(result.problems).toEqual([]);
  });

  it('are registered in report order', () => {
    expect(SECTIONS.map((s) => s.id)).toEqual(['title', '2.2', '3.1b', '3.2', '4', '5']);
  });

  it('own one saved template each, with a label, a default and its placeholders', () => {
    expect(SECTIONS.map((s) => s.template.key).sort()).toEqual([...TEMPLATE_KEYS].sort());
    for (const s of SECTIONS) {
      expect(s.template.optionsLabel).not.toBe('');
      expect(checkTemplateFor(s.template.key, s.template.source)).toEqual([]);
      expect(s.number === undefined).toBe(s.id === 'title');
    }
  });

  it('each appear in the whole report, in registry order', () => {
    const whole = blocksToText(buildWholeReport(seedContext()).blocks);
    let from = 0;
    for (const s of SECTIONS) {
      const text = textOf(s);
      const at = whole.indexOf(text, from);
      expect(at, s.id).toBeGreaterThanOrEqual(from);
      from = at + text.length;
    }
  });

  it('make the title bold and centred', () => {
    const blocks = titleSection.build(seedContext()).blocks;
    expect(blocks.map((b) => b.kind === 'heading' && b.style)).toEqual([
      { align: 'center', bold: true },
      { align: 'center', bold: true },
    ]);
  });
});

describe('title', () => {
  it.each([
    ['quarter:2026-1', 'Tình hình, kết quả cải cách thủ tục hành chính quý I năm 2026 trên địa bàn xã Bình Giang (Từ ngày 15/12/2025 đến ngày 14/03/2026)'],
    ['half:2026', 'Tình hình, kết quả cải cách thủ tục hành chính 6 tháng đầu năm 2026 trên địa bàn xã Bình Giang (Từ ngày 15/12/2025 đến ngày 14/06/2026)'],
    ['year:2025', 'Tình hình, kết quả cải cách thủ tục hành chính năm 2025 trên địa bàn xã Bình Giang (Từ ngày 15/12/2024 đến ngày 14/12/2025)'],
  ])('names %s', (id, expected) => {
    const period = periodById(id);
    if (!period) throw new Error(id);
    expect(titleSection.build({ ...seedContext(), period }).blocks[1]).toMatchObject({ text: expected });
  });
});

describe('2.2 (dossiers with reduced time limits)', () => {
  const sentence = (values: Fields) => {
    const last = lastOf(section22, values);
    return last?.kind === 'para' ? last.text.slice(last.text.indexOf('Theo đó,')) : '';
  };

  it('prefers the reduced-time count to the received count', () => {
    const result = section22.build(seedContext({ ...SEED_REPORT_FIELDS, reducedTime: 780 }));
    expect(blocksToText(result.blocks)).toContain('tính đến ngày 14/02/2026, có 780 hồ sơ thuộc thẩm quyền cấp xã');
    expect(result.notes).toEqual([]);
  });

  it('falls back to the received count, as the seed does, and says so', () => {
    const result = section22.build(seedContext());
    expect(result.notes).toEqual(['Mục 2.2: chưa có số hồ sơ được cắt giảm thời gian, dùng số hồ sơ tiếp nhận trong kỳ.']);
  });

  it('says none when the count is zero', () => {
    expect(sentence({ reducedTime: 0, receivedNew: 12 })).toBe(
      'Theo đó, tính đến ngày 14/02/2026, không có hồ sơ thuộc thẩm quyền cấp xã được cắt giảm thời gian giải quyết.',
    );
  });

  it('prints "chưa có số liệu" and asks for the count when both are missing', () => {
    const result = section22.build(seedContext({}));
    expect(blocksToText(result.blocks)).toContain('tính đến ngày 14/02/2026, có chưa có số liệu hồ sơ thuộc thẩm quyền cấp xã');
    expect(result.missing).toEqual(['Số hồ sơ được cắt giảm thời gian giải quyết']);
  });

  it('uses the default opening when the clerk has none saved', () => {
    const text = blocksToText(section22.build(contextOf(SEED_REPORT_FIELDS)).blocks);
    expect(text).toContain('và Kế hoạch số …/KH-UBND ngày … của UBND xã ban hành Kế hoạch cải cách hành chính Nhà nước trên địa bàn xã Bình Giang năm 2026');
    expect(text).toContain('trên địa bàn xã. Theo đó, tính đến ngày 14/02/2026, có 795 hồ sơ');
  });
});

describe('3.1 b) (TTHC catalogue)', () => {
  const line = (values: Fields) => section31b.build(seedContext(values)).blocks[1];

  it('leaves out the một phần / toàn trình split when neither is known', () => {
    const { tthcPartial: _p, tthcFull: _f, ...rest } = SEED_REPORT_FIELDS;
    expect(line(rest)).toEqual({
      kind: 'bullet',
      text: 'Theo dữ liệu ghi nhận trên Cơ sở dữ liệu TTHC, tổng số TTHC thuộc thẩm quyền giải quyết của thành phố Hải Phòng là 2.278, trong đó cấp tỉnh: 1.909 thủ tục; cấp xã: 379 thủ tục.',
    });
  });

  it('prints "chưa có số liệu" for a missing count and names it', () => {
    const result = section31b.build(seedContext({ ...SEED_REPORT_FIELDS, tthcFull: null, tthcTotal: null }));
    expect(blocksToText(result.blocks)).toContain('là chưa có số liệu, trong đó cấp tỉnh: 1.909 thủ tục; cấp xã: 379 thủ tục gồm 219 TTHC một phần, chưa có số liệu TTHC toàn trình.');
    expect(result.missing).toEqual(['Tổng số TTHC thuộc thẩm quyền của tỉnh/thành phố', 'Số TTHC cấp xã toàn trình']);
  });

  it('prints zero as 0', () => {
    expect(line({ ...SEED_REPORT_FIELDS, tthcFull: 0, tthcPartial: 379 })).toMatchObject({ text: expect.stringContaining('gồm 379 TTHC một phần, 0 TTHC toàn trình.') });
  });
});

describe('4 (PAKN)', () => {
  const paragraph = (values: Fields) => {
    const last = lastOf(section4, values);
    return last?.kind === 'para' ? last.text : '';
  };

  it('says none arose when the count is zero', () => {
    expect(paragraph({ paknReceived: 0 })).toBe(
      'Trong kỳ báo cáo, trên địa bàn xã không phát sinh phản ánh, kiến nghị của công dân trên hệ thống https://xulyphananhkiennghi.haiphong.gov.vn/ của thành phố.',
    );
  });

  it('groups large counts', () => {
    expect(paragraph({ paknReceived: 1234 })).toContain('trên địa bàn xã ghi nhận 1.234 phản ánh, kiến nghị của công dân');
  });

  it('prints "chưa có số liệu" when the count is missing, never "không phát sinh"', () => {
    const result = section4.build(seedContext({}));
    expect(blocksToText(result.blocks)).toContain('ghi nhận chưa có số liệu phản ánh, kiến nghị');
    expect(result.missing).toEqual(['Số phản ánh, kiến nghị tiếp nhận']);
  });

  it('uses the unit and city words', () => {
    const settings = { ...SEED_SETTINGS, unitName: 'phường Lê Chân', cityName: 'tỉnh Thanh Hóa' };
    const result = section4.build({ ...contextOf(SEED_REPORT_FIELDS, settings) });
    expect(blocksToText(result.blocks)).toContain('trên địa bàn phường ghi nhận 02 phản ánh, kiến nghị của công dân trên hệ thống https://xulyphananhkiennghi.haiphong.gov.vn/ của tỉnh. UBND phường đã chỉ đạo');
  });
});

describe('5 (one-stop mechanism)', () => {
  it('prints "chưa có số liệu" for a missing commune count and names it', () => {
    const result = section5.build(seedContext({}));
    expect(blocksToText(result.blocks)).toContain('UBND xã tiếp tục thực hiện chưa có số liệu TTHC cấp xã,');
    expect(result.missing).toEqual(['Số TTHC cấp xã']);
  });

  it('says "tỉnh" in a province', () => {
    const result = section5.build(contextOf(SEED_REPORT_FIELDS, { ...SEED_SETTINGS, cityName: 'tỉnh Thanh Hóa' }));
    expect(result.blocks.at(-1)).toMatchObject({ text: expect.stringContaining('các TTHC giữa cấp xã với tỉnh, cấp xã với cấp xã.') });
  });
});
