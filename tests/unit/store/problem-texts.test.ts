import { describe, expect, it } from 'vitest';
import { problemText } from '@/components/strings/errors';
import type { StoreProblem } from '@/utils/store/problems';
import { checkSettings, DEFAULT_SETTINGS } from '@/utils/store/settings';

const ALL: StoreProblem[] = [
  { code: 'backupTooLarge', maxMb: 200 },
  { code: 'backupNotJson' },
  { code: 'backupNotOurs' },
  { code: 'backupNewerVersion' },
  { code: 'backupBadSettings', path: 'portalOrigins' },
  { code: 'backupMissingCaptures' },
  { code: 'backupBadCapture', index: 3, path: 'period.from' },
  { code: 'backupBadManual', index: 1, path: 'fields.hoTen' },
  { code: 'backupBadNarrative', index: 2, path: '' },
  { code: 'importFailed', detail: 'QuotaExceededError: full' },
  { code: 'exportFailed', detail: 'RangeError: Invalid string length' },
  { code: 'deleteFailed', detail: 'blocked' },
  { code: 'captureInvalid', path: 'extractions.0.unit' },
  { code: 'captureWrongPage' },
  { code: 'captureFailed', detail: 'ConstraintError' },
  { code: 'unitMissing' },
  { code: 'cityMissing' },
  { code: 'cutoffInvalid' },
  { code: 'targetInvalid', year: '2026', value: 120 },
  { code: 'textTooLong', max: 1000 },
];

describe('store problems in the interface language', () => {
  it('every code has a Vietnamese and a different English text, with its parameters', () => {
    for (const problem of ALL) {
      const vi = problemText('vi', problem);
      const en = problemText('en', problem);
      expect(vi.length).toBeGreaterThan(10);
      expect(en).not.toBe(vi);
      for (const value of Object.values(problem).slice(1)) if (value !== '') expect(vi).toContain(String(value));
    }
    expect(problemText(undefined, { code: 'backupNotJson' })).toBe('Tệp bị hỏng hoặc không phải tệp do tiện ích xuất ra; không nhập gì.'); // Vietnamese by default
  });

  it('checkSettings bounds the texts a clerk types', () => {
    const long = checkSettings({ ...DEFAULT_SETTINGS, unitName: 'x'.repeat(1_001), templates: { section32: 'y'.repeat(100_001) } });
    expect(long).toEqual([
      { code: 'textTooLong', max: 1_000 },
      { code: 'textTooLong', max: 100_000 },
    ]);
  });
});
