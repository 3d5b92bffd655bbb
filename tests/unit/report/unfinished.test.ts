import { describe, expect, it } from 'vitest';
import { findGaps } from '@/utils/report/unfinished';
import { buildWholeReport } from '@/utils/report/whole-report';
import { DEFAULT_NARRATIVE } from '@/utils/report/narrative';
import { contextOf, SEED_REPORT_FIELDS, SEED_SETTINGS } from './helpers';
import { seedNarrative } from './seed';

describe('findGaps', () => {
  it('finds each clause with a gap to fill, once', () => {
    expect(findGaps('Trong kỳ: Kế hoạch số …/KH-UBND ngày … về …; theo đó các nhiệm vụ.')).toEqual(['Kế hoạch số …/KH-UBND ngày … về …']);
    expect(findGaps('Thực hiện Công văn số …/UBND-TTPVHCC ngày … của UBND thành phố. Hai: số …')).toEqual([
      'Thực hiện Công văn số …/UBND-TTPVHCC ngày … của UBND thành phố',
      'số …',
    ]);
  });

  it('leaves prose dots and filled texts alone', () => {
    expect(findGaps('Phòng Kinh tế xã...nghiên cứu, tham mưu.')).toEqual([]);
    expect(findGaps(seedNarrative().direction)).toEqual([]);
  });

  it('shortens a long clause around its gap', () => {
    const long = `${'a'.repeat(200)} số … ${'b'.repeat(200)}`;
    const [excerpt] = findGaps(long);
    expect(excerpt).toContain('số …');
    expect(excerpt!.length).toBeLessThanOrEqual(90);
  });
});

describe('the whole report lists what is unfilled', () => {
  const context = contextOf(SEED_REPORT_FIELDS, SEED_SETTINGS);

  it('names every default gap by its part (the request, I.1, 2.2)', () => {
    const report = buildWholeReport({ ...context, narrative: { ...DEFAULT_NARRATIVE } });
    expect(report.unfinished).toEqual([
      'Căn cứ báo cáo (đoạn mở đầu): “Thực hiện Công văn số …/UBND-TTPVHCC ngày … của UBND thành phố”',
      'I.1. Công tác chỉ đạo, điều hành: “Kế hoạch số …/KH-UBND ngày … về …”',
      'I.2.2. Căn cứ cắt giảm thời gian giải quyết (câu mở đầu): “chính nhà nước năm 2026 và Kế hoạch số …/KH-UBND ngày … của UBND xã ban hành Kế”',
    ]);
  });

  it('is empty for the seed, whose facts are filled for its own period', () => {
    expect(buildWholeReport({ ...context, narrative: seedNarrative() }).unfinished).toEqual([]);
  });

  it('flags an empty fact, and facts carried from another period', () => {
    const narrative = { ...seedNarrative(), requestDoc: ' ' };
    expect(buildWholeReport({ ...context, narrative }).unfinished).toEqual(['Văn bản yêu cầu báo cáo (căn cứ của kỳ): chưa điền']);
    const carried = buildWholeReport({ ...context, narrative: seedNarrative(), narrativeFrom: 'Tháng 01/2026' }).unfinished;
    expect(carried).toEqual([
      'Văn bản yêu cầu báo cáo (căn cứ của kỳ): đang dùng nội dung của Tháng 01/2026, cần kiểm tra cho kỳ này',
      'Văn bản chỉ đạo, điều hành ban hành trong kỳ: đang dùng nội dung của Tháng 01/2026, cần kiểm tra cho kỳ này',
      'Kế hoạch cải cách hành chính năm của đơn vị: đang dùng nội dung của Tháng 01/2026, cần kiểm tra cho kỳ này',
    ]);
  });
});
