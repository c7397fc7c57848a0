/**
 * Classification (xếp loại): the first band, best first, whose minIndex the index reaches and
 * whose minComponentIndex, when given, every area's component index reaches (Hải Dương style
 * "≥ 90% and no component below 80%").
 */
import type { ClassificationBand } from '../criteria/schema';

/**
 * Float sums such as 0.1 + 0.2 land a hair below the exact value; a tolerance far below the
 * 2 shown decimals keeps 90 % from counting as 89.999…%. This is not rounding to 2 decimals.
 */
const EPS = 1e-9;

/**
 * @param index the total index (%)
 * @param components the component index (%) of every area that has a max (areas that are
 *   wholly N/A, or wholly survey for a self classification, have no component index)
 */
export function classify(bands: ClassificationBand[] | undefined, index: number, components: number[]): string | null {
  // Stryker disable next-line ConditionalExpression: equivalent, with no band the loop below finds none and returns null too
  if (!bands || bands.length === 0) return null;
  for (const band of bands) {
    if (index + EPS < band.minIndex) continue;
    const minC = band.minComponentIndex;
    // Stryker disable next-line ConditionalExpression: equivalent, c + EPS < undefined is false for every c, so without a minimum nothing is skipped either way
    if (minC !== undefined && components.some((c) => c + EPS < minC)) continue;
    return band.label;
  }
  return null;
}
