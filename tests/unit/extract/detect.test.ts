// The cheap page test (spec §8: ≤ 2 ms on pages that are not statistics pages) and skipping it when already run.
import { describe, expect, it } from 'vitest';
import { MAX_HEAD_CELL, looksLikeStatsHeader, looksLikeStatsPage } from '@/utils/extract/detect';
import { extractPage } from '@/utils/extract';
import { htmlDoc } from './dom';

const ARTICLE = Array.from({ length: 40 }, (_, i) => `<p>${i + 1}. Nâng cao tỷ lệ hồ sơ giải quyết trực tuyến; tiếp nhận, xử lý phản ánh, kiến nghị.</p>`).join('');
const OPTS = { unitName: 'xã Bình Giang', cityName: 'thành phố Hải Phòng', cutoffDay: 15 };

describe('looksLikeStatsPage', () => {
  it('does not take an article laid out in a table cell for headings', () => {
    expect(ARTICLE.length).toBeGreaterThan(MAX_HEAD_CELL);
    expect(looksLikeStatsPage(htmlDoc(`<table><tr><td><h1>Kế hoạch</h1>${ARTICLE}</td></tr><tr><td>Quay lại</td></tr></table>`))).toBe(false);
    expect(looksLikeStatsPage(htmlDoc(`<table><thead><tr><th>${ARTICLE}</th></tr></thead></table>`))).toBe(false);
  });

  it('still reads the headings beside or inside a layout cell', () => {
    const stats = '<table><tr><th>Đơn vị</th><th>Số hồ sơ tiếp nhận</th></tr><tr><td>UBND xã A</td><td>3</td></tr></table>';
    expect(looksLikeStatsPage(htmlDoc(`<table><tr><td>${ARTICLE}${stats}</td></tr></table>`))).toBe(true);
    expect(looksLikeStatsPage(htmlDoc(`<table><tr><td>${ARTICLE}</td><td>Tỷ lệ (%)</td></tr></table>`))).toBe(true);
    expect(looksLikeStatsPage(htmlDoc('<table><thead><tr><th>STT</th><th>Đã giải quyết</th></tr></thead></table>'))).toBe(true);
  });

  it('extractPage skips the test when the caller has just run it', () => {
    const doc = htmlDoc(`<table><tr><th>Đơn vị</th><th>Trực tiếp</th></tr><tr><td>UBND xã Bình Giang</td><td>3</td></tr></table>`);
    expect(looksLikeStatsPage(doc)).toBe(false); // "Trực tiếp" alone is no statistics word
    expect(extractPage(doc, OPTS).extractions).toEqual([]);
    expect(extractPage(doc, OPTS, { checked: true }).extractions[0]?.fields).toEqual({ receivedDirect: 3 });
  });
});

describe('looksLikeStatsHeader', () => {
  it('"Chưa có kết quả" is one idea (in progress), not also "resolved": a dossier list with that status is no statistics', () => {
    expect(looksLikeStatsHeader([['Mã hồ sơ'], ['Tên thủ tục'], ['Chưa có kết quả']])).toBe(false);
    expect(looksLikeStatsHeader([['Lĩnh vực'], ['Có kết quả'], ['Chưa có kết quả']])).toBe(true);
  });
});
