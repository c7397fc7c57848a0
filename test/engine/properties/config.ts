/**
 * Run settings shared by the property tests: fixed seeds and bounded runs keep CI stable and
 * fast. For a deeper local hunt, PROPS_RUNS=5000 PROPS_SEED=123 npx jest test/engine/properties
 * (a failure prints the seed and path to replay it).
 */
import type { Parameters } from 'fast-check';

export function runs(numRuns: number, seed: number): Parameters<unknown> {
  const envRuns = Number(process.env.PROPS_RUNS);
  const envSeed = Number(process.env.PROPS_SEED);
  return {
    numRuns: Number.isInteger(envRuns) && envRuns > 0 ? envRuns : numRuns,
    seed: Number.isInteger(envSeed) ? envSeed : seed,
  };
}
