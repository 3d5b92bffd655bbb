/** Shared fast-check settings: seeded (a failure prints the seed and path to replay) and bounded so the suite stays fast. */
export const SEED = 20260214;
export const runs = (numRuns: number) => ({ seed: SEED, numRuns });
