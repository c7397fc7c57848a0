/**
 * The score a declared figure (số liệu kê khai) calls for under a bands or proportional rule
 * (criteria-set.md, "Scoring rules"). Pure arithmetic, kept apart so it can be tested alone.
 */
import type { Scoring } from '../criteria/schema';
import type { CellReading } from '../layout/parsed-sheet';

/** Expected points for a percentage, or null when the rule does not depend on a declared figure. */
export function expectedScore(scoring: Scoring | undefined, maxPoints: number, percent: number): number | null {
  if (!scoring) return null;
  if (scoring.type === 'proportional') {
    const pct = Math.min(Math.max(percent, 0), 100);
    return Math.round(((maxPoints * pct) / 100) * 100 + 1e-9) / 100;
  }
  if (scoring.type === 'bands') {
    // First match wins; "above" is strict, "atLeast" inclusive; a band without a bound matches anything.
    for (const band of scoring.bands) {
      if (band.above !== undefined) {
        if (percent > band.above) return band.points;
      } else if (band.atLeast !== undefined) {
        if (percent >= band.atLeast) return band.points;
      } else {
        return band.points;
      }
    }
    return null;
  }
  return null;
}

/**
 * The percentages a declared cell may mean. "80%" and 80 both mean 80 % (the sheet reader turns
 * a percent-formatted 0.8 into 80 when the adapter passes the number format). Where the format
 * was lost, a value in (0, 1] may mean 0.8 % or 80 %: both readings are offered and the check
 * accepts either, so a lost format never raises a false mismatch.
 */
export function declaredPercents(reading: CellReading | null | undefined): number[] {
  if (!reading || reading.kind !== 'number') return [];
  const v = reading.value;
  return v > 0 && v <= 1 ? [v, v * 100] : [v];
}
