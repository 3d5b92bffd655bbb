import 'fake-indexeddb/auto';
import { vi } from 'vitest';
import { testNow } from '../scripts/lib/test-today.mjs';

// "Today" is the test day (scripts/lib/test-today.mjs: REPORT_TEST_TODAY, or the suite's own day), and time runs on
// from there. Only Date is faked: timers, microtasks and performance stay real, so nothing else changes.
vi.useFakeTimers({ toFake: ['Date'], now: testNow(), shouldAdvanceTime: true });
