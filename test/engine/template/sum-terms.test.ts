/** The template round-trip helper's arithmetic (spec-to-grid.ts): exponents are not split at their sign. */
import { sumTerms } from './spec-to-grid';

it.each([
  ['9+8.5-1.25', 16.25], // 9 + 8.5 = 17.5; 17.5 − 1.25 = 16.25
  ['5.55e-17', 5.55e-17], // the case that failed: one number, not "5.55e" and "-17"
  ['1-5.55e-17', 1 - 5.55e-17],
  ['2e+3-1E2', 1900], // 2000 − 100
  ['5+-3', 2], // a negative SUM written after "+"
  ['-4--1', -3], // −4 − (−1)
  [' 7 ', 7],
])('%s = %p', (expr, sum) => {
  expect(sumTerms(expr)).toBe(sum);
});

it.each(['', '+', '1+', '5.55e', '1 2', 'SUM(A1)', '1e999'])('"%s" is refused', (expr) => {
  expect(() => sumTerms(expr)).toThrow(/cannot evaluate/);
});
