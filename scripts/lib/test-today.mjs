// "Today" for the tests, the demo, the screenshots and the bench, so none of them turns red by itself as the
// calendar moves on (issue 10, "no time bombs"). One switch: REPORT_TEST_TODAY=YYYY-MM-DD runs everything as if that
// were today; without it the suite's own day applies, a few days after the seed report's period (15/01–14/02/2026).
// Unit tests pin it with vi.useFakeTimers (tests/setup.ts), browser pages with Playwright's clock
// (scripts/lib/extension-browser.mjs).

/** The suite's own "today": the clerk writes February's report (Tháng 02/2026) on 20/02/2026. */
export const SUITE_TODAY = '2026-02-20';

/**
 * The day the tests run as: REPORT_TEST_TODAY when set, otherwise SUITE_TODAY.
 * A value that is not a real calendar day stops the run instead of silently testing another day.
 * @param {Record<string, string | undefined>} [env]
 * @returns {string} YYYY-MM-DD
 */
export function testToday(env = process.env) {
  const value = env.REPORT_TEST_TODAY?.trim();
  if (!value) return SUITE_TODAY;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const [y, m, d] = match ? match.slice(1).map(Number) : [];
  const real = match && new Date(Date.UTC(y, m - 1, d)).toISOString().slice(0, 10) === value;
  if (!real) throw new Error(`REPORT_TEST_TODAY=${value} is not a calendar day (YYYY-MM-DD).`);
  return value;
}

/**
 * The moment the tests start at: 09:00 local time on `day`, a clerk's working morning, far enough from midnight
 * that the day cannot change while a run lasts, in any time zone the machine has.
 * @param {string} [day] YYYY-MM-DD
 * @returns {Date}
 */
export function testNow(day = testToday()) {
  return new Date(`${day}T09:00:00`);
}
