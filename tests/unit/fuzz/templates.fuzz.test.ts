// @vitest-environment jsdom
// Property tests of template rendering (utils/report/templates) and of the clipboard HTML (blocksToHtml).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkTemplate, checkTemplateFor, DEFAULT_TEMPLATES, renderNarrativeText, renderSectionTemplate, templatePlaceholders } from '@/utils/report/templates';
import { COMMON_PLACEHOLDERS } from '@/utils/report/templates/common-view';
import { blocksToHtml, escapeHtml } from '@/utils/report/clipboard';
import type { Block } from '@/utils/report/blocks';
import { buildWholeReport } from '@/utils/report/whole-report';
import { periodById } from '@/utils/domain/period';
import { TEMPLATE_KEYS } from '@/utils/domain/types';
import { contextOf, SEED_FIELDS, SEED_SETTINGS } from '../report/helpers';
import { PROPERTY_TIMEOUT_MS, runs } from './settings';

const FEB = periodById('month:2026-02')!;
const COMMON = Object.keys(COMMON_PLACEHOLDERS);

/** Text with the characters that matter: HTML and Mustache syntax, quotes, Vietnamese, spaces and line breaks. */
const nastyChar = fc.constantFrom(...'<>&"\'/=`{}#^!>-; \n\tabcxyzÀảđƯờng0123456789'.split(''), '<script>', '<img src=x onerror=alert(1)>', '"><svg onload=alert(1)>', '&lt;', '{{', '}}', '{{{', '}}}', '\u00a0', '  ');
const nastyText = fc.array(nastyChar, { maxLength: 40 }).map((parts) => parts.join(''));
/** Names Mustache would accept as tags, none of them a real placeholder. */
const unknownName = fc.stringMatching(/^[a-z][a-z_]{2,12}$/).filter((n) => !COMMON.includes(n) && !Object.keys(templatePlaceholders('section32')).includes(n));

describe('template rendering never throws', () => {
  it('a narrative text of any content renders or is printed as typed with its problem reported', () => {
    fc.assert(
      fc.property(nastyText, nastyText, (source, unitName) => {
        const { text, problems } = renderNarrativeText(source, FEB, { unitName, cityName: 'thành phố Hải Phòng' });
        expect(typeof text).toBe('string');
        if (problems.length > 0) expect(text).toBe(source);
      }),
      runs(1500),
    );
  }, PROPERTY_TIMEOUT_MS);

  it('a saved section template of any content renders; a broken one is reported and the default is used', () => {
    fc.assert(
      fc.property(fc.constantFrom(...TEMPLATE_KEYS), nastyText, (key, saved) => {
        const base = contextOf(SEED_FIELDS);
        const context = { ...base, settings: { ...base.settings, templates: { [key]: saved } } };
        const out = renderSectionTemplate(key, context);
        const savedProblems = checkTemplateFor(key, saved);
        expect(out.problems.length).toBe(savedProblems.length);
        if (savedProblems.length > 0) expect(out.text).toBe(renderSectionTemplate(key, base).text);
      }),
      runs(600),
    );
  }, PROPERTY_TIMEOUT_MS);
});

describe('unknown placeholders are reported, never printed silently', () => {
  it('every unknown {{name}} in a template is named in a problem, in plain, raw and block tags', () => {
    fc.assert(
      fc.property(nastyText.map((t) => t.replace(/[{}]/g, '')), unknownName, fc.constantFrom('{{%s}}', '{{{%s}}}', '{{&%s}}', '{{#%s}}x{{/%s}}', '{{^%s}}x{{/%s}}'), (text, name, form) => {
        const source = `${text}${form.replaceAll('%s', name)} {{don_vi}}`;
        const problems = checkTemplate(source, COMMON);
        expect(problems.some((p) => 'name' in p && p.name === name)).toBe(true);
        // The narrative path prints the source as typed instead of dropping the unknown name.
        expect(renderNarrativeText(source, FEB, SEED_SETTINGS).text).toBe(source);
        // Options refuses it for every section template too.
        for (const key of TEMPLATE_KEYS) expect(checkTemplateFor(key, `${DEFAULT_TEMPLATES[key]}${form.replaceAll('%s', name)}`)).not.toEqual([]);
      }),
      runs(400),
    );
  }, PROPERTY_TIMEOUT_MS);
});

const textBlock: fc.Arbitrary<Block> = fc.oneof(
  fc.record({ kind: fc.constant('heading' as const), text: nastyText }),
  fc.record({ kind: fc.constant('para' as const), text: nastyText, style: fc.option(fc.record({ bold: fc.boolean(), align: fc.constantFrom('center' as const, 'left' as const) }), { nil: undefined }) }).map((b) => (b.style === undefined ? { kind: b.kind, text: b.text } : b)),
  fc.record({ kind: fc.constant('bullet' as const), text: nastyText }),
  fc.record({ kind: fc.constant('table' as const), head: fc.array(nastyText, { maxLength: 3 }), rows: fc.array(fc.array(nastyText, { minLength: 1, maxLength: 3 }), { maxLength: 3 }) }),
);
const block: fc.Arbitrary<Block> = fc.oneof(
  { weight: 4, arbitrary: textBlock },
  {
    weight: 1,
    arbitrary: fc.array(fc.array(fc.array(textBlock, { maxLength: 2 }), { minLength: 1, maxLength: 2 }), { minLength: 1, maxLength: 2 }).map(
      (cells): Block => ({ kind: 'layout', cells, head: [], rows: [] }),
    ),
  },
);

function textsOf(blocks: readonly Block[]): string[] {
  return blocks.flatMap((b) => {
    if (b.kind === 'table') return [...b.head, ...b.rows.flat()];
    if (b.kind === 'layout') return b.cells.flat().flatMap(textsOf);
    if (b.kind === 'rule') return [];
    return [b.text];
  });
}

const ALLOWED_TAGS = new Set(['P', 'TABLE', 'THEAD', 'TBODY', 'TR', 'TH', 'TD', 'BR']);

describe('blocksToHtml keeps every text a text', () => {
  it('parsed back, the HTML holds only the renderer\'s own elements and attributes, and every text verbatim', () => {
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 5 }), (blocks) => {
        const html = blocksToHtml(blocks);
        const doc = new DOMParser().parseFromString(`<!DOCTYPE html><body>${html}</body>`, 'text/html');
        for (const el of Array.from(doc.body.querySelectorAll('*'))) {
          expect(ALLOWED_TAGS.has(el.tagName), `unexpected <${el.tagName}> in ${html}`).toBe(true);
          for (const attr of Array.from(el.attributes)) expect(attr.name).toBe('style');
        }
        const shown = (doc.body.textContent ?? '').replace(/\u00a0/g, ' ');
        for (const text of textsOf(blocks)) {
          for (const line of text.normalize('NFC').split('\n')) expect(shown).toContain(line.replace(/\u00a0/g, ' '));
        }
      }),
      runs(200),
    );
  }, PROPERTY_TIMEOUT_MS);

  it('outside the renderer\'s own tags there is no "<" at all: page or clerk text cannot open a tag', () => {
    const OWN_TAG = /<\/?(?:p|table|thead|tbody|tr|th|td)(?: style="[^"<>]*")?>|<br>/g;
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 5 }), (blocks) => {
        expect(blocksToHtml(blocks).replace(OWN_TAG, '')).not.toMatch(/[<>]/);
      }),
      runs(800),
    );
  }, PROPERTY_TIMEOUT_MS);

  it('escapeHtml output never holds a raw markup character and decodes back to the input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), nastyText, (a, b) => {
        for (const text of [a, b]) {
          const escaped = escapeHtml(text);
          expect(escaped).not.toMatch(/[<>"']/);
          expect(escaped.replace(/&(?!amp;|lt;|gt;|quot;|#39;)/g, '')).toBe(escaped);
          const el = document.createElement('div');
          el.innerHTML = escaped;
          expect(el.textContent).toBe(text.replace(/\r\n?/g, '\n').replace(/\0/g, '\ufffd'));
        }
      }),
      runs(800),
    );
  }, PROPERTY_TIMEOUT_MS);

  it('the whole report with hostile settings (unit, city, signer) escapes them in the HTML flavour', () => {
    fc.assert(
      fc.property(nastyText, nastyText, nastyText, (unitName, cityName, name) => {
        const settings = { ...SEED_SETTINGS, unitName: `xã ${unitName}`, cityName, signer: { role: 'TM. ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', name } };
        const report = buildWholeReport(contextOf(SEED_FIELDS, settings));
        const html = blocksToHtml(report.blocks);
        const OWN_TAG = /<\/?(?:p|table|thead|tbody|tr|th|td)(?: style="[^"<>]*")?>|<br>/g;
        expect(html.replace(OWN_TAG, '')).not.toMatch(/[<>]/);
      }),
      runs(150),
    );
  }, PROPERTY_TIMEOUT_MS);
});
