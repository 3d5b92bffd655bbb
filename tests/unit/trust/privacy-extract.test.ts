// Privacy at the source: what the content script would send from pages that list citizens (a dossier list, statistics
// by applicant, the same filtered to one applicant) holds counts, labels and provenance only, never a citizen's
// name, ID number, phone, address, e-mail or birth date.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractPage } from '@/utils/extract';
import { personalPaths } from '../../fixtures/trust/people.mjs';

const OPTIONS = { unitName: 'xã Bình Giang', cityName: 'thành phố Hải Phòng', cutoffDay: 15 };

function extractFixture(file: string) {
  const html = readFileSync(join(__dirname, '../../fixtures/trust', file), 'utf8');
  return extractPage(new JSDOM(html).window.document, OPTIONS);
}

/** Where personal values occur, as "$[0].unit: name …" (empty when none). */
const personalIn = (data: unknown): string[] => personalPaths(data);

describe('extraction from pages with personal data', () => {
  it('a dossier list (Sổ theo dõi hồ sơ): the summary counts are read, the list itself gives nothing personal', () => {
    const { extractions } = extractFixture('so-theo-doi-ho-so.html');
    expect(extractions.map((e) => e.fields)).toEqual([{ receivedTotal: 6, resolvedTotal: 4, inProgressTotal: 2 }]);
    expect(personalIn(extractions)).toEqual([]);
  });

  it('statistics by applicant with a total row: the totals are read, no citizen appears', () => {
    const { extractions } = extractFixture('thong-ke-theo-nguoi-nop.html');
    expect(extractions.map((e) => e.fields)).toEqual([{ receivedTotal: 13, resolvedTotal: 9, inProgressTotal: 4 }]);
    expect(personalIn(extractions)).toEqual([]);
  });

  it('statistics filtered to one applicant: the one row\'s counts may be read, but never with the applicant as its label', () => {
    const { extractions } = extractFixture('tra-cuu-nguoi-nop.html');
    expect(personalIn(extractions)).toEqual([]);
  });
});
