import { describe, expect, it } from 'vitest';
import { problemDetail, problemText } from '@/components/strings/errors';
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
  { code: 'rulesNotOurs' },
  { code: 'rulesBadRule', index: 4, path: 'columns.0.field' },
  { code: 'backgroundSilent', detail: 'Error: Could not establish connection. Receiving end does not exist.' },
];

/** The parameters that are technical: an error's message, a schema path. */
const TECHNICAL = new Set(['detail', 'path']);

describe('store problems in the interface language', () => {
  it('every code has a Vietnamese and a different English text, with its parameters but no technical detail', () => {
    for (const problem of ALL) {
      const vi = problemText('vi', problem);
      const en = problemText('en', problem);
      expect(vi.length).toBeGreaterThan(10);
      expect(en).not.toBe(vi);
      for (const [key, value] of Object.entries(problem).slice(1)) {
        if (value === '') continue;
        if (TECHNICAL.has(key)) {
          expect(vi, problem.code).not.toContain(String(value));
          expect(en, problem.code).not.toContain(String(value));
        } else expect(vi).toContain(String(value));
      }
      expect(vi).not.toMatch(/trường|Error/);
    }
    expect(problemText(undefined, { code: 'backupNotJson' })).toBe('Tệp bị hỏng hoặc không phải tệp do tiện ích xuất ra; không nhập gì.'); // Vietnamese by default
  });

  it('keeps the technical detail apart, for support: the error\'s message or the refused value\'s path', () => {
    expect(problemText('vi', { code: 'importFailed', detail: 'DatabaseClosedError: Database has been closed' })).toBe('Lỗi khi ghi dữ liệu nhập, không nhập gì.');
    expect(problemDetail({ code: 'importFailed', detail: 'DatabaseClosedError: Database has been closed' })).toBe('DatabaseClosedError: Database has been closed');
    expect(problemText('vi', { code: 'backupBadCapture', index: 2, path: 'period.from' })).toBe('Bản ghi số liệu thứ 2 trong tệp không hợp lệ; không nhập gì.');
    expect(problemDetail({ code: 'backupBadCapture', index: 2, path: 'period.from' })).toBe('path: period.from');
    expect(problemDetail({ code: 'backupBadNarrative', index: 2, path: '' })).toBeUndefined();
    expect(problemDetail({ code: 'captureWrongPage' })).toBeUndefined();
    for (const problem of ALL) {
      const technical = Object.entries(problem).filter(([key, value]) => TECHNICAL.has(key) && value !== '');
      if (technical.length > 0) for (const [, value] of technical) expect(problemDetail(problem)).toContain(String(value));
      else expect(problemDetail(problem), problem.code).toBeUndefined();
    }
  });

  it('checkSettings bounds the texts a clerk types', () => {
    const long = checkSettings({ ...DEFAULT_SETTINGS, unitName: 'x'.repeat(1_001), templates: { section32: 'y'.repeat(100_001) } });
    expect(long).toEqual([
      { code: 'textTooLong', max: 1_000 },
      { code: 'textTooLong', max: 100_000 },
    ]);
  });
});
