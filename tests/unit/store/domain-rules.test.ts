/**
 * Rules of the domain that the store and the Options form apply have one home (utils/domain): each place that checks
 * the same thing accepts exactly what the domain's definition accepts.
 */
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { isCutoffDay } from '@/utils/domain/period';
import { SettingsSchema } from '@/utils/store/schemas';
import { DEFAULT_SETTINGS, checkSettings } from '@/utils/store/settings';
import { checkDraft, draftOf } from '@/utils/view/settings-form';

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
