import { describe, expect, it } from 'vitest';
import { blocksToText } from '@/utils/report/blocks';
import { blocksToHtml } from '@/utils/report/clipboard';
import { section32 } from '@/utils/report/sections/section32';
import { section4 } from '@/utils/report/sections/section4';
import { checkTemplate, checkTemplateFor, DEFAULT_TEMPLATES, renderSectionTemplate, templatePlaceholders, textToBlocks } from '@/utils/report/templates';
import { DATA_PLACEHOLDERS } from '@/utils/report/templates/data-view';
import { SECTION_OF_TEMPLATE } from '@/utils/report/sections';
import { renderTemplate } from '@/utils/report/templates/render';
import { TEMPLATE_KEYS } from '@/utils/domain/types';
import { vi } from '@/components/strings/vi';
import { en } from '@/components/strings/en';
import { contextOf, SEED_REPORT_FIELDS, SEED_SETTINGS } from './helpers';
import seedSection32 from './fixtures/seed-section32.txt?raw';

describe('checkTemplate', () => {
  it('accepts known names, in plain tags and in blocks', () => {
    expect(checkTemplate('{{a}} {{#b}}x {{{a}}}{{/b}}{{^b}}y{{/b}}{{! ghi chú }}', ['a', 'b'])).toEqual([]);
  });

  it('names each unknown placeholder once, with its line and the names that can be used', () => {
    const problems = checkTemplate('{{a}}\n{{so_ho_so}} {{so_ho_so}}\n{{#co_x}}{{/co_x}}', ['a']);
    expect(problems).toEqual([
      { code: 'unknownName', line: 2, name: 'so_ho_so', known: ['a'] },
      { code: 'unknownName', line: 3, name: 'co_x', known: ['a'] },
    ]);
    expect(problems.map(vi.templateProblemText)).toEqual([
      'Dòng 2: không có trường “{{so_ho_so}}”. Các trường dùng được: a.',
      'Dòng 3: không có trường “{{co_x}}”. Các trường dùng được: a.',
    ]);
  });

  it.each([
    ['Tổng {{a', 'Dòng 1: thiếu dấu đóng “}}”.'],
    ['{{#a}} mở mà không đóng', 'Khối “{{#a}}” chưa có “{{/a}}” để đóng.'],
    ['x\n{{/a}}', 'Dòng 2: “{{/a}}” không khớp với khối nào đang mở.'],
    ['{{> con}}', 'Dòng 1: không dùng được mẫu con “{{> con}}”.'],
  ])('explains %j in Vietnamese (and in English)', (source, problem) => {
    const problems = checkTemplate(source, ['a']);
    expect(problems.map(vi.templateProblemText)).toEqual([problem]);
    expect(problems.map(en.templateProblemText)).toEqual([expect.stringMatching(/^(Line \d|Block|The template|Sub)/)]);
  });
});

describe('DEFAULT_TEMPLATES', () => {
  it.each(TEMPLATE_KEYS)('%s uses only its own placeholders', (key) => {
    expect(checkTemplateFor(key, DEFAULT_TEMPLATES[key])).toEqual([]);
  });

  it('declares a description for every placeholder a template may use', () => {
    const names = Object.keys(templatePlaceholders('section4'));
    expect(names).toEqual(expect.arrayContaining(['don_vi', 'ky_bao_cao', 'den_ngay', 'so_pakn', 'co_pakn']));
    expect(names).not.toContain('so_tiep_nhan');
    for (const key of TEMPLATE_KEYS) for (const name of SECTION_OF_TEMPLATE[key].template.data) expect(DATA_PLACEHOLDERS[name].description).not.toBe('');
  });
});

describe('renderTemplate', () => {
  it('does not HTML-escape: escaping happens once, when Blocks become HTML', () => {
    expect(renderTemplate('{{a}} & {{b}}', { a: 'HĐND&UBND', b: '<b>' }).text).toBe('HĐND&UBND & <b>');
  });

  it('reports only the placeholders the output used', () => {
    expect(renderTemplate('{{#co}}{{x}}{{/co}}{{^co}}{{y}}{{/co}}', { co: false, x: '1', y: '2' })).toEqual({ text: '2', used: ['co', 'y'] });
  });
});

describe('textToBlocks', () => {
  it('splits paragraphs on blank lines and makes one-line "- " paragraphs bullets', () => {
    expect(textToBlocks('A\n\n- b\n  \n- c\n- d\n\n\n')).toEqual([
      { kind: 'para', text: 'A' },
      { kind: 'bullet', text: 'b' },
      { kind: 'para', text: '- c\n- d' },
    ]);
  });
});

describe('the clerk’s templates in the sections', () => {
  const withTemplates = (templates: typeof SEED_SETTINGS.templates) => contextOf(SEED_REPORT_FIELDS, { ...SEED_SETTINGS, templates });

  it('keep the seed golden through the default templates', () => {
    expect(blocksToText(section32.build(withTemplates({})).blocks)).toBe(seedSection32.replace(/\n$/, ''));
  });

  it('use an edited template', () => {
    const result = section4.build(withTemplates({ section4: 'Trong {{ky_bao_cao}}, {{don_vi}} nhận {{so_pakn}} phản ánh.' }));
    expect(blocksToText(result.blocks)).toBe('4. Kết quả tiếp nhận và xử lý phản ánh, kiến nghị\n\nTrong tháng 02 năm 2026, xã Bình Giang nhận 02 phản ánh.');
    expect(result.problems).toEqual([]);
  });

  it('fall back to the default for a broken saved template and say why', () => {
    const result = renderSectionTemplate('section4', withTemplates({ section4: 'Nhận {{so_phan_anh}} phản ánh.' }));
    expect(result.text).toContain('ghi nhận 02 phản ánh, kiến nghị');
    expect(result.problems).toEqual([
      { template: 'Mục 4 (phản ánh, kiến nghị)', problem: expect.objectContaining({ code: 'unknownName', line: 1, name: 'so_phan_anh' }) },
    ]);
    expect(result.problems.map(vi.reportProblem)).toEqual([
      expect.stringMatching(/^Mẫu “Mục 4 \(phản ánh, kiến nghị\)” có lỗi nên đang dùng mẫu mặc định\. Dòng 1: không có trường “\{\{so_phan_anh\}\}”\./),
    ]);
  });

  it('warn only about missing data the template prints', () => {
    const context = { ...contextOf({}), settings: { ...SEED_SETTINGS, templates: { section4: 'Không in số liệu.' } } };
    expect(section4.build(context).missing).toEqual([]);
    expect(section4.build(contextOf({})).missing).toEqual(['Số phản ánh, kiến nghị tiếp nhận']);
  });

  it('escape page and settings text in the HTML, whatever the template holds', () => {
    const context = contextOf(SEED_REPORT_FIELDS, {
      ...SEED_SETTINGS,
      unitName: 'xã <img src=x onerror=alert(1)>',
      templates: { section4: '{{{don_vi}}} & {{don_vi}} – HĐND&UBND' },
    });
    const html = blocksToHtml(section4.build(context).blocks);
    expect(html).not.toContain('<img');
    expect(html).toContain('xã &lt;img src=x onerror=alert(1)&gt; &amp; xã &lt;img src=x onerror=alert(1)&gt; – HĐND&amp;UBND');
  });
});
