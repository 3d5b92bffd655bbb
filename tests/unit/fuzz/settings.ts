/** Shared fast-check settings: seeded (a failure prints the seed and path to replay) and bounded so the suite stays fast. */
export const SEED = 20260214;
export const runs = (numRuns: number) => ({ seed: SEED, numRuns });
/**
 * Time budget of one property test: 4.5 s was measured for the slowest ones (templates.fuzz, grid-fast) on a 2-core
 * machine at load average 7.6, close to vitest's 5 s default; the budget keeps their runs and leaves a wide margin.
 */
export const PROPERTY_TIMEOUT_MS = 30_000;
