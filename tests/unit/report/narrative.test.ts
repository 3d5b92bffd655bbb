import { describe, expect, it } from 'vitest';
import { carriedFrom, carryForwardNarrative, DEFAULT_NARRATIVE, narrativeForPeriod, previousNarrative } from '@/utils/report/narrative';
import { periodById } from '@/utils/domain/period';
import { renderNarrativeText } from '@/utils/report/templates';
import { isFactKey } from '@/utils/report/facts';
import { NARRATIVE_KEYS, type ReportPeriod, type SavedNarrative } from '@/utils/domain/types';
import { SEED_SETTINGS } from './helpers';
import { seedNarrative } from './seed';

const period = (id: string): ReportPeriod => {
  const p = periodById(id);
  if (!p) throw new Error(id);
  return p;
};
const FEB = period('month:2026-02');
const MAR = period('month:2026-03');
const render = (source: string, p: ReportPeriod = FEB, settings = SEED_SETTINGS) => renderNarrativeText(source, p, settings).text;
const saved = (periodId: string, texts: SavedNarrative['texts']): SavedNarrative => ({ periodId, texts, savedAt: '2026-02-14T08:00:00.000Z' });

describe('DEFAULT_NARRATIVE', () => {
  // The period's facts (the request, I.1's documents, 2.2's plan) are left as "…" for the clerk (facts.ts); the
  // systems list names the ministries as they are officially called, where the seed had slips.
  const generic = NARRATIVE_KEYS.filter((key) => !isFactKey(key) && !['direction', 'reductionBasis', 'basis', 'systems'].includes(key));

  it.each(generic)('%s gives the seed text for xã Bình Giang, Tháng 02/2026', (key) => {
    expect(render(DEFAULT_NARRATIVE[key])).toBe(seedNarrative()[key]);
  });

  it('leaves the commune-specific documents for the clerk to fill in', () => {
    expect(render(DEFAULT_NARRATIVE.direction)).toContain('cụ thể như sau: Kế hoạch số …/KH-UBND ngày … về …; theo đó');
    expect(render(DEFAULT_NARRATIVE.reductionBasis)).toContain('và Kế hoạch số …/KH-UBND ngày … của UBND xã');
  });

  it("prints the period's facts where the texts name them, and the seed's basis with February's request", () => {
    const facts = seedNarrative();
    const renderWith = (source: string) => renderNarrativeText(source, FEB, SEED_SETTINGS, facts).text;
    expect(renderWith(DEFAULT_NARRATIVE.basis)).toBe(seedNarrative().basis);
    expect(renderWith(DEFAULT_NARRATIVE.direction)).toContain('cụ thể như sau: Kế hoạch số 27/KH-UBND ngày 23/01/2026 về tuyên truyền CCHC');
    expect(renderWith(DEFAULT_NARRATIVE.reductionBasis)).toContain('năm 2026 và Kế hoạch số 07/KH-UBND ngày 09/01/2026 của UBND xã ban hành');
  });

  it('never states the seed\'s Công văn 137 of 23/01/2026 as a fact by default', () => {
    for (const key of NARRATIVE_KEYS) expect(DEFAULT_NARRATIVE[key]).not.toMatch(/137|23\/01\/2026/);
  });

  it('names the ministries as they are officially called', () => {
    const systems = render(DEFAULT_NARRATIVE.systems);
    for (const name of ['Bộ Y tế', 'Bộ Tư pháp', 'Bộ Giáo dục và Đào tạo', 'Bộ Xây dựng', 'Bộ Tài chính', 'Bộ Dân tộc và Tôn giáo', 'Bộ Nội vụ', 'Bộ Nông nghiệp và Môi trường', 'Bộ Công Thương'])
      expect(systems).toContain(`của ${name},`);
    expect(systems).not.toMatch(/Bộ (y tế|tư pháp|tôn giáo|xây dựng|tài chính|nội vụ|công thương)/);
  });

  it('follows the unit, city and period', () => {
    const settings = { ...SEED_SETTINGS, unitName: 'phường Lê Chân', cityName: 'tỉnh Thanh Hóa' };
    expect(render(DEFAULT_NARRATIVE.basis, MAR, settings)).toBe(
      'Thực hiện Công văn số …/UBND-TTPVHCC ngày … của UBND tỉnh về việc báo cáo cải cách TTHC hàng tháng. UBND phường Lê Chân báo cáo tình hình, kết quả cải cách TTHC thực hiện tháng 03 năm 2026 như sau:',
    );
    expect(render(DEFAULT_NARRATIVE.closing, period('quarter:2026-1'))).toBe(
      'Trên đây là Báo cáo tình hình, kết quả cải cách TTHC quý I/2026 trên địa bàn xã, UBND xã báo cáo Văn phòng UBND thành phố tổng hợp tham mưu báo cáo theo quy định./.',
    );
  });
});

describe('carryForwardNarrative', () => {
  it('gives the defaults when nothing was saved', () => {
    expect(carryForwardNarrative(undefined, MAR)).toEqual(DEFAULT_NARRATIVE);
  });

  it("turns the old period's own words into the new period's and keeps everything else", () => {
    const february = saved('month:2026-02', {
      basis: 'UBND xã Bình Giang báo cáo tình hình, kết quả cải cách TTHC thực hiện tháng 02 năm 2026 như sau:',
      closing: 'Trên đây là Báo cáo tình hình, kết quả cải cách TTHC tháng 02/2026 trên địa bàn xã./.',
      direction: 'Kế hoạch số 27/KH-UBND ngày 23/01/2026 (áp dụng từ ngày 15/01/2026 đến ngày 14/02/2026).',
    });
    const march = carryForwardNarrative(february, MAR);
    expect(render(march.basis, MAR)).toBe('UBND xã Bình Giang báo cáo tình hình, kết quả cải cách TTHC thực hiện tháng 03 năm 2026 như sau:');
    expect(render(march.closing, MAR)).toBe('Trên đây là Báo cáo tình hình, kết quả cải cách TTHC tháng 03/2026 trên địa bàn xã./.');
    // The plan's own date stays; the period's range follows.
    expect(render(march.direction, MAR)).toBe('Kế hoạch số 27/KH-UBND ngày 23/01/2026 (áp dụng từ ngày 15/02/2026 đến ngày 14/03/2026).');
    expect(march.assessment).toBe(DEFAULT_NARRATIVE.assessment);
  });

  it('keeps the text as saved when reopening the same period', () => {
    const text = 'Báo cáo tháng 02 năm 2026.';
    expect(carryForwardNarrative(saved('month:2026-02', { assessment: text }), FEB).assessment).toBe(text);
  });

  it('uses the cut-off day to find the old period’s dates', () => {
    const old = saved('month:2026-02', { direction: 'từ ngày 10/01/2026 đến ngày 09/02/2026' });
    expect(carryForwardNarrative(old, period('month:2026-03'), 10).direction).toBe('từ ngày {{tu_ngay}} đến ngày {{den_ngay}}');
  });
});

describe('previousNarrative', () => {
  const all = [
    saved('month:2025-12', { closing: 'tháng 12' }),
    saved('month:2026-01', { closing: 'tháng 1' }),
    saved('quarter:2025-4', { closing: 'quý IV' }),
    saved('month:2026-03', { closing: 'tháng 3' }),
  ];

  it('takes the latest earlier period of the same kind', () => {
    expect(previousNarrative(all, FEB)?.periodId).toBe('month:2026-01');
    expect(previousNarrative(all, period('quarter:2026-1'))?.periodId).toBe('quarter:2025-4');
  });

  it('falls back to the latest earlier period of any kind, and to none', () => {
    expect(previousNarrative(all, period('half:2026'))?.periodId).toBe('quarter:2025-4');
    expect(previousNarrative(all, period('month:2025-12'))).toBeUndefined();
  });
});

describe('carriedFrom', () => {
  const saved = (periodId: string): SavedNarrative => ({ periodId, texts: { requestDoc: 'Công văn số 12/UBND' }, savedAt: '2026-02-14T08:00:00.000Z' });

  it("names the period whose facts a period without its own text carries, and nothing once the period has its own", () => {
    expect(carriedFrom([saved('month:2026-02')], MAR)?.label).toBe('Tháng 02/2026');
    expect(carriedFrom([saved('month:2026-02'), saved('month:2026-03')], MAR)).toBeUndefined();
    expect(carriedFrom([], MAR)).toBeUndefined();
    // A later period's text is never carried back.
    expect(carriedFrom([saved('month:2026-03')], FEB)).toBeUndefined();
  });

  it('carries the facts forward with the rest of the text', () => {
    expect(narrativeForPeriod([saved('month:2026-02')], MAR).requestDoc).toBe('Công văn số 12/UBND');
    expect(narrativeForPeriod([], MAR).requestDoc).toBe(DEFAULT_NARRATIVE.requestDoc);
  });
});
