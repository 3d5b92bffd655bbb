// Privacy at the source: what the content script would send from pages that list citizens (a dossier list, statistics
// by applicant, the same filtered to one applicant) holds counts, labels and provenance only, never a citizen's
// name, ID number, phone, address, e-mail or birth date.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractPage, storedTitle } from '@/utils/extract';
import { mapPath } from '@/utils/extract/synonyms';
import { pageAddress } from '@/utils/domain/page-address';
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
    expect(extractions.map((e) => e.fields)).toEqual([{ receivedNew: 6, receivedTotal: 6, resolvedTotal: 4, inProgressTotal: 2 }]);
    expect(personalIn(extractions)).toEqual([]);
  });

  it('statistics by applicant with a total row: the totals are read, no citizen appears', () => {
    const { extractions } = extractFixture('thong-ke-theo-nguoi-nop.html');
    expect(extractions.map((e) => e.fields)).toEqual([{ receivedNew: 13, receivedTotal: 13, resolvedTotal: 9, inProgressTotal: 4 }]);
    expect(personalIn(extractions)).toEqual([]);
  });

  it('statistics filtered to one applicant: the one row\'s counts may be read, but never with the applicant as its label', () => {
    const { extractions } = extractFixture('tra-cuu-nguoi-nop.html');
    expect(personalIn(extractions)).toEqual([]);
  });
});

describe('issue 11: name, ID, phone and address columns under other headings', () => {
  it.each(['Tổ chức/cá nhân', 'Tên tổ chức, cá nhân', 'Công dân', 'Khách hàng', 'Người nộp', 'Chủ hồ sơ'])(
    '"%s" is a personal column, never a label',
    (header) => expect(mapPath([header]).kind).toBe('personal'),
  );

  it.each(['Số giấy tờ', 'Giấy tờ tùy thân', 'Di động', 'Nơi thường trú', 'Mã số thuế'])('"%s" is a personal column', (header) =>
    expect(mapPath([header]).kind).toBe('personal'),
  );

  it('a dossier list headed "Tổ chức/cá nhân": counts may be read, no name, ID, phone or tax code anywhere', () => {
    const { extractions, problem } = extractFixture('ds-to-chuc-ca-nhan.html');
    expect(extractions.map((e) => e.fields)).toEqual([{ receivedNew: 5, resolvedTotal: 3, inProgressTotal: 1 }]);
    expect(personalIn({ extractions, problem })).toEqual([]);
    const text = JSON.stringify({ extractions, problem });
    for (const secret of ['0312345678', '0398765432', 'Nguyễn Văn Khải']) expect(text).not.toContain(secret);
    // The unreadable "3 ngày" is reported by its column and row number only.
    expect(extractions[0]?.warnings.join('\n')).toContain('dòng số liệu thứ 2');
  });

  it('statistics by applicant under every name heading: nobody becomes a unit, a provenance row or a warning', () => {
    const { extractions, problem } = extractFixture('tk-ten-to-chuc-ca-nhan.html');
    expect(extractions.length).toBeGreaterThan(0);
    expect(extractions.every((e) => e.unit === null || e.unit.startsWith('Σ') || e.unit === '')).toBe(true);
    expect(personalIn({ extractions, problem })).toEqual([]);
  });
});

describe('issue 11: what is stored about the page itself', () => {
  it('keeps document.title only when it reads like a statistics title', () => {
    expect(storedTitle('Báo cáo 06 - Tình hình, kết quả giải quyết TTHC')).toBe('Báo cáo 06 - Tình hình, kết quả giải quyết TTHC');
    expect(storedTitle('Thống kê hồ sơ theo tổ chức, cá nhân nộp')).toBe('Thống kê hồ sơ theo tổ chức, cá nhân nộp');
    expect(storedTitle('Danh sách hồ sơ – Nguyễn Văn Khải')).toBe('');
    expect(storedTitle('Hồ sơ 031089004512')).toBe('');
  });

  it('redacts long digit runs (≥ 9) in the stored path, keeps short ones', () => {
    expect(pageAddress('https://motcua.haiphong.gov.vn/HoSo/031089004512/ChiTiet?cccd=031089004512')).toBe(
      'https://motcua.haiphong.gov.vn/HoSo/…/ChiTiet',
    );
    expect(pageAddress('https://motcua.haiphong.gov.vn/ThongKe/BaoCao06/2026')).toBe('https://motcua.haiphong.gov.vn/ThongKe/BaoCao06/2026');
  });
});
