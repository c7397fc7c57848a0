/**
 * FileChecks as they cross from a worker to the main thread. Structured cloning would give every
 * result its own copy of its criteria set (tens of kilobytes; 10,000 files would hold 10,000
 * copies), so the set travels as its index among the run's sets and the main thread puts its
 * own object back.
 */
import type { CriteriaSet } from '../../engine/criteria/schema';
import type { CheckResult } from '../../engine/check-result';

/** A FileCheck as far as this module needs it (check-files.ts imports this module). */
interface WithResult {
  result: CheckResult | null;
}

export interface WireCheck<C extends WithResult = WithResult> {
  check: C;
  /** Index of result.set in options.sets; -1 for options.criteria; null when there is no set. */
  set: number | null;
}

interface SetsOf {
  sets: CriteriaSet[];
  criteria?: CriteriaSet;
}

export function toWire<C extends WithResult>(checks: C[], options: SetsOf): WireCheck<C>[] {
  return checks.map((check) => {
    const set = check.result?.set ?? null;
    if (!set || !check.result) return { check, set: null };
    const index = options.sets.indexOf(set);
    if (index < 0 && set !== options.criteria) return { check, set: null }; // a set of its own: sent whole
    return { check: { ...check, result: { ...check.result, set: null } }, set: index };
  });
}

export function fromWire<C extends WithResult>(wire: WireCheck<C>[], options: SetsOf): C[] {
  return wire.map(({ check, set }) => {
    if (set === null || !check.result) return check;
    const own = set < 0 ? options.criteria : options.sets[set];
    return { ...check, result: { ...check.result, set: own ?? null } };
  });
}
