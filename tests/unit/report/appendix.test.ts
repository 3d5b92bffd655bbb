import { describe, expect, it } from 'vitest';
import { figuresAppendix, figuresTableClipboard, NO_FIGURE } from '@/utils/report/appendix';
import { contextOf, SEED_REPORT_FIELDS } from './helpers';

const tableOf = (blocks: ReturnType<typeof figuresAppendix>, n: number) => blocks.filter((b) => b.kind === 'table')[n];

describe('figuresAppendix', () => {
  it('lays the figures out as Biểu 06: received, resolved and in progress, under their column groups', () => {
    const figures = tableOf(figuresAppendix(contextOf({ receivedOnline: 795, receivedDirect: 3, carriedOver: 12, resolvedEarly: 612, resolvedOnTime: 178, resolvedLate: 0 })), 0);
    if (figures?.kind !== 'table') throw new Error('no figures table');
    expect(figures.groups).toEqual([
      { text: 'Số hồ sơ nhận giải quyết', span: 5 },
      { text: 'Số hồ sơ đã giải quyết', span: 4 },
      { text: 'Số hồ sơ đang giải quyết', span: 3 },
    ]);
    expect(figures.head).toHaveLength(12);
    // Missing is not zero: the postal count and the in-progress ones were not given; a real 0 prints as 0.
    expect(figures.rows).toEqual([['–', '795', '3', NO_FIGURE, '12', '790', '612', '178', '0', NO_FIGURE, NO_FIGURE, NO_FIGURE]]);
  });

  it('shows a combined direct-or-postal count in the direct column, marked', () => {
    const figures = tableOf(figuresAppendix(contextOf({ receivedOnline: 10, receivedDirectOrPostal: 4 })), 0);
    expect(figures?.kind === 'table' && figures.rows[0]?.slice(1, 4)).toEqual(['10', '4 (gồm bưu chính)', NO_FIGURE]);
  });

  it('shows a combined early-and-on-time count in the on-time column, marked, and no early figure', () => {
    const figures = tableOf(figuresAppendix(contextOf({ resolvedTotal: 800, resolvedEarlyOrOnTime: 780, resolvedLate: 20 })), 0);
    expect(figures?.kind === 'table' && figures.rows[0]?.slice(5, 9)).toEqual(['800', NO_FIGURE, '780 (gồm trước hạn)', '20']);
  });

  it('lists the six indicators with result, target and verdict', () => {
    const indicators = tableOf(figuresAppendix(contextOf(SEED_REPORT_FIELDS)), 1);
    if (indicators?.kind !== 'table') throw new Error('no indicators table');
    expect(indicators.rows).toHaveLength(6);
    expect(indicators.rows[0]).toEqual(['Tỷ lệ nộp hồ sơ trực tuyến', '100%', 'Tối thiểu 60%', 'Đạt']);
  });

  it('copies as Word-ready HTML with spanning heads, and as plain text', () => {
    const { html, text } = figuresTableClipboard(contextOf(SEED_REPORT_FIELDS));
    expect(html).toMatch(/<th colspan="5" style="[^"]*">Số hồ sơ nhận giải quyết<\/th>/);
    expect(html).not.toContain('PHỤ LỤC');
    expect(text.split('\n')[2]).toMatch(/^Số hồ sơ nhận giải quyết\t\t\t\t\tSố hồ sơ đã giải quyết/);
  });
});
