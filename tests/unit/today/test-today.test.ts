import { describe, expect, it } from 'vitest';
import { SUITE_TODAY, testNow, testToday } from '../../../scripts/lib/test-today.mjs';
import { todayIsoLocal } from '@/utils/domain/period';

describe('the test day (scripts/lib/test-today.mjs)', () => {
  it('is the suite\'s own day unless REPORT_TEST_TODAY names another', () => {
    expect(testToday({})).toBe(SUITE_TODAY);
    expect(testToday({ REPORT_TEST_TODAY: '' })).toBe(SUITE_TODAY);
    expect(testToday({ REPORT_TEST_TODAY: '2028-06-01' })).toBe('2028-06-01');
    expect(testToday({ REPORT_TEST_TODAY: ' 2028-02-29 ' })).toBe('2028-02-29');
  });

  it('refuses a value that is not a calendar day instead of testing some other day', () => {
    for (const bad of ['2027-02-29', '2028-13-01', '01/06/2028', '2028-6-1', 'tomorrow'])
      expect(() => testToday({ REPORT_TEST_TODAY: bad }), bad).toThrow(/REPORT_TEST_TODAY/);
  });

  it('starts in the morning of that day where the machine is', () => {
    const now = testNow('2028-06-01');
    expect(todayIsoLocal(now)).toBe('2028-06-01');
    expect(now.getHours()).toBe(9);
  });

  it('is what unit tests see as today (tests/setup.ts), with time running on', async () => {
    expect(todayIsoLocal(new Date())).toBe(testToday());
    const first = Date.now();
    await expect.poll(() => Date.now(), { interval: 10, timeout: 2000 }).toBeGreaterThan(first);
  });
});
