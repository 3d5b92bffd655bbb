import { describe, expect, it } from 'vitest';
import { looksLikeStatsHeader, looksLikeStatsPage } from '@/utils/extract/detect';
import { pageKinds } from '@/utils/extract/kinds';
import { htmlDoc } from './dom';

describe('pageKinds', () => {
  it('decides kinds from fields, several at once', () => {
    expect(pageKinds(['resolvedTotal', 'receivedOnline'])).toEqual(['results', 'online']);
    expect(pageKinds(['digitized', 'paidOnline'])).toEqual(['digitization', 'payment']);
    expect(pageKinds(['paknReceived'])).toEqual(['feedback']);
    expect(pageKinds(['tthcFull'])).toEqual(['catalogue']);
    expect(pageKinds([])).toEqual([]);
  });
});

describe('detect', () => {
  it('quick-rejects pages without statistics headings', () => {
    expect(looksLikeStatsPage(htmlDoc('<p>Tin tức</p><table><tr><td>Giá</td><td>1.000</td></tr></table>'))).toBe(false);
    expect(looksLikeStatsPage(htmlDoc('<p>Số hồ sơ đã giải quyết: 5</p>'))).toBe(false);
    expect(looksLikeStatsPage(htmlDoc('<table><thead><tr><th>Đã giải quyết</th></tr></thead></table>'))).toBe(true);
    expect(looksLikeStatsPage(htmlDoc('<div role="grid"><div role="row"><div role="columnheader">Tiếp nhận</div></div></div>'))).toBe(true);
  });

  it('calls a table statistics-like when two dossier terms appear in its headings', () => {
    expect(looksLikeStatsHeader([['HS đã giải quyết/tiếp nhận']])).toBe(true);
    expect(looksLikeStatsHeader([['Tên thủ tục'], ['Cơ quan tiếp nhận'], ['Mức độ trực tuyến']])).toBe(false);
  });
});
