/**
 * Rules of the domain that the store and the Options form apply have one home (utils/domain): each place that checks
 * the same thing accepts exactly what the domain's definition accepts.
 */
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { instantPlusDays, isCutoffDay, isIsoDate, parseIsoDate } from '@/utils/domain/period';
import { periodOfRequest } from '@/utils/national/period';
import { readableCapture } from '@/utils/store/readable';
import { parseBackup } from '@/utils/store/backup';
import { parseRulesFile } from '@/utils/store/rules';
import { BackupCaptureSchema, SettingsSchema } from '@/utils/store/schemas';
import { DEFAULT_SETTINGS, checkSettings } from '@/utils/store/settings';
import { checkDraft, draftOf } from '@/utils/view/settings-form';
import { backupWith, goodCapture, NOW } from './hostile-backups';

const valid = { ...DEFAULT_SETTINGS, unitName: 'xã Bình Giang' };

describe('the cut-off day (isCutoffDay in utils/domain/period.ts)', () => {
  const days = [Number.NaN, Number.POSITIVE_INFINITY, -1, 0, 0.5, 1, 2, 14, 15, 15.5, 27, 28, 28.0001, 29, 31, 100];

  it('is a whole day from 1 to 28', () => {
    expect(days.filter(isCutoffDay)).toEqual([1, 2, 14, 15, 27, 28]);
  });

  it.each(days)('%d: the settings check, the settings schema and the Options form agree with it', (day) => {
    const settings = { ...valid, cutoffDay: day };
    expect(checkSettings(settings).some((p) => p.code === 'cutoffInvalid')).toBe(!isCutoffDay(day));
    expect(v.safeParse(SettingsSchema, settings).success).toBe(isCutoffDay(day));
    const typed = checkDraft({ ...draftOf(valid), cutoffText: String(day).replace('.', ',') });
    expect(typed.problems.some((p) => p.code === 'cutoffInvalid')).toBe(!isCutoffDay(day));
  });
});

describe('a day later or earlier (instantPlusDays in utils/domain/period.ts)', () => {
  it('moves an instant by whole days of 24 hours, across months, leap days and years', () => {
    expect(instantPlusDays('2026-02-20T03:00:00.000Z', 1)).toBe('2026-02-21T03:00:00.000Z');
    expect(instantPlusDays('2026-02-20T03:00:00.000Z', -1)).toBe('2026-02-19T03:00:00.000Z');
    expect(instantPlusDays('2024-02-28T23:30:00.000Z', 1)).toBe('2024-02-29T23:30:00.000Z');
    expect(instantPlusDays('2025-12-31T12:00:00.001Z', 1)).toBe('2026-01-01T12:00:00.001Z');
    expect(instantPlusDays('2026-03-01T00:00:00.000Z', -1)).toBe('2026-02-28T00:00:00.000Z');
    expect(() => instantPlusDays('not an instant', 1)).toThrow(RangeError);
  });

  const oneMsLater = (iso: string) => new Date(Date.parse(iso) + 1).toISOString();

  it('is the clock skew a backup may carry: stamped a day after now is read, a millisecond more is refused', () => {
    const stamped = (at: string) => parseBackup(backupWith({ captures: [{ ...goodCapture(), capturedAt: at, lastSeenAt: at }] }), NOW);
    const limit = instantPlusDays(NOW, 1);
    expect(stamped(limit).ok).toBe(true);
    expect(stamped(oneMsLater(limit))).toMatchObject({ ok: false, problem: { code: 'backupBadCapture', path: 'lastSeenAt' } });
  });

  it('is the clock skew a rules file may carry, as for backups', () => {
    const rule = (savedAt: string) => ({ origin: 'http://motcua.haiphong.gov.vn', columns: [{ header: ['Còn đang thụ lý'], field: 'inProgressTotal' }], savedAt });
    const file = (savedAt: string) => JSON.stringify({ format: 'bao-cao-cchc-cach-doc-bang', schemaVersion: 1, exportedAt: NOW, rules: [rule(savedAt)] });
    const limit = instantPlusDays(NOW, 1);
    expect(parseRulesFile(file(limit), NOW).ok).toBe(true);
    expect(parseRulesFile(file(oneMsLater(limit)), NOW)).toMatchObject({ ok: false, problem: { code: 'rulesBadRule', index: 1, path: 'savedAt' } });
  });
});

describe('a calendar day written YYYY-MM-DD (isIsoDate in utils/domain/period.ts)', () => {
  const texts = ['2026-02-28', '2024-02-29', '2026-02-29', '2026-02-30', '2026-04-31', '2026-12-31', '2026-13-01', '2026-00-10', '2026-2-28', '2026-02-28T00:00:00.000Z', ' 2026-02-28', '', '٢٠٢٦-٠٢-٢٨'];
  const real = ['2026-02-28', '2024-02-29', '2026-12-31'];

  it('is a real day, and exactly what parseIsoDate reads', () => {
    expect(texts.filter(isIsoDate)).toEqual(real);
    const reads = (text: string) => {
      try {
        return parseIsoDate(text) !== null;
      } catch {
        return false;
      }
    };
    expect(texts.filter(reads)).toEqual(real);
  });

  it.each(texts)('%j: the store\'s schemas, its reading of a stored capture and the national index\'s dates agree with it', (day) => {
    const capture = { ...goodCapture(), period: { from: day, to: day } };
    expect(v.safeParse(BackupCaptureSchema, capture).success).toBe(isIsoDate(day));
    expect(readableCapture(capture).period).toEqual(isIsoDate(day) ? { from: day, to: day } : null);
    expect(periodOfRequest({ fromDate: day, toDate: day })).toEqual(isIsoDate(day) ? { from: day, to: day } : null);
  });
});
