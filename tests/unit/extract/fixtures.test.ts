/**
 * Every saved page in tests/fixtures/*.html against its *.expected.json.
 * jsdom (not happy-dom) parses them: it applies <style> rules to computed
 * styles like a browser, which the hidden-copy fixtures rely on.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractPage, type ExtractOptions } from '@/utils/extract';
import type { CellRef, Extraction, FieldKey, Fields, PageKind, Period, RowChoice } from '@/utils/domain/types';

interface ExpectedExtraction {
  kinds: PageKind[];
  period: Period | null;
  unit: string | null;
  rowChoice: RowChoice;
  fields: Fields;
  /** Substrings of the warnings, one per warning, in order; absent = no warnings. */
  warnings?: string[];
  cells?: Partial<Record<FieldKey, CellRef>>;
  unmapped?: string[][];
}

interface Expected {
  options?: Partial<ExtractOptions>;
  extractions: ExpectedExtraction[];
  /** Substring of the problem message; absent = no problem. */
  problem?: string;
}

const DIR = join(__dirname, '../../fixtures');
const DEFAULTS: ExtractOptions = { unitName: 'xã Bình Giang', cityName: 'thành phố Hải Phòng', cutoffDay: 15 };
const names = readdirSync(DIR)
  .filter((f) => f.endsWith('.html'))
  .map((f) => f.slice(0, -'.html'.length));

function checkExtraction(actual: Extraction | undefined, expected: ExpectedExtraction): void {
  expect(actual).toBeDefined();
  if (!actual) return;
  const { kinds, period, unit, rowChoice, fields } = actual;
  expect({ kinds, period, unit, rowChoice, fields }).toEqual({
    kinds: expected.kinds,
    period: expected.period,
    unit: expected.unit,
    rowChoice: expected.rowChoice,
    fields: expected.fields,
  });
  const warnings = expected.warnings ?? [];
  expect(actual.warnings).toHaveLength(warnings.length);
  warnings.forEach((w, i) => expect(actual.warnings[i]).toContain(w));
  if (expected.cells) expect(actual.cells).toMatchObject(expected.cells);
  if (expected.unmapped) expect(actual.unmapped).toEqual(expected.unmapped);
  // Every field read carries its provenance.
  expect(Object.keys(actual.cells).sort()).toEqual(Object.keys(actual.fields).sort());
}

describe('fixtures', () => {
  it('has fixtures, each with its expected JSON', () => {
    expect(names).toContain('bieu06-tree-a');
    expect(names).toContain('bieu06-tree-b-units');
  });

  for (const name of names) {
    it(name, () => {
      const html = readFileSync(join(DIR, `${name}.html`), 'utf8');
      const expected = JSON.parse(readFileSync(join(DIR, `${name}.expected.json`), 'utf8')) as Expected;
      const { document } = new JSDOM(html).window;
      const result = extractPage(document, { ...DEFAULTS, ...expected.options });
      expect(result.extractions).toHaveLength(expected.extractions.length);
      expected.extractions.forEach((e, i) => checkExtraction(result.extractions[i], e));
      if (expected.problem) expect(result.problem).toContain(expected.problem);
      else expect(result.problem).toBeUndefined();
    });
  }
});
