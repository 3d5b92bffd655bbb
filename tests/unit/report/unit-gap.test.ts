import { describe, expect, it } from 'vitest';
import { buildPeriodReport } from '@/utils/report/period-report';
import { periodById } from '@/utils/domain/period';
import { DEFAULT_SETTINGS } from '@/utils/store/settings';

describe('before the unit is named', () => {
  it('the report shows a visible gap, never a doubled space', () => {
    const report = buildPeriodReport([], periodById('month:2026-02')!, { ...DEFAULT_SETTINGS, unitName: '  ' });
    const text = report.sections.flatMap((s) => s.blocks).map((b) => ('text' in b ? b.text : '')).join('\n');
    expect(text).toContain('trên địa bàn … (Từ ngày 15/01/2026');
    expect(text).not.toMatch(/ {2}/);
  });
});
