/**
 * Parent and total rows at the edge of the rounding tolerance (src/engine/findings/parent-checks.ts):
 * a written figure exactly 0.005 + 1e-9 from what the children make is accepted, a little more is
 * not. Floats are exact only next to 0, so each case puts the figure it is compared with at 0:
 * negative leaves make the capped sum (negatives score 0) and the plain sum (what a SUM shows)
 * differ, so each of the two comparisons is pinned on its own.
 */
import { findParentIssues } from '../../../src/engine/findings/parent-checks';
import type { RowSpec } from '../helpers/build-parsed';
import { buildSet, item } from '../helpers/build-set';
import { keys, runCheck } from '../helpers/parsed-fixtures';

const TOLERANCE = 0.005 + 1e-9;
const OVER = 0.00501;

// 1 (2): 1.1 (1), 1.2 (1). Rows from sheet row 11: 1 (F11), 1.1 (F12), 1.2 (F13), total F14.
const set = buildSet([item('1', 2, [item('1.1', 1), item('1.2', 1)])]);
const check = (parent: number | null, a: number, b: number, total?: number) => {
  const specs: RowSpec[] = [['1', { self: parent }], ['1.1', { self: a }], ['1.2', { self: b }]];
  if (total !== undefined) specs.push({ total: { self: total } });
  return keys(runCheck(findParentIssues, specs, {}, set));
};

describe('parent rows at the tolerance', () => {
  test('against the capped sum: −1 and 0 score 0 + 0 = 0 (a SUM would show −1)', () => {
    expect(check(TOLERANCE, -1, 0)).toEqual([]);
    expect(check(-TOLERANCE, -1, 0)).toEqual([]);
    expect(check(OVER, -1, 0)).toEqual(['score.parentMismatch@F11']);
  });

  test('against the plain sum: 1 and −1 show 0 in a SUM (the rules make 1 + 0 = 1)', () => {
    expect(check(TOLERANCE, 1, -1)).toEqual([]);
    expect(check(OVER, 1, -1)).toEqual(['score.parentMismatch@F11']);
  });
});

describe('the total row at the tolerance', () => {
  test('leaves 0 and 0: the total 0 ± (0.005 + 1e-9) is accepted, 0.00501 is not', () => {
    expect(check(null, 0, 0, TOLERANCE)).toEqual([]);
    expect(check(null, 0, 0, OVER)).toEqual(['score.parentMismatch@F14']);
  });
});

describe('a parent repeating a flagged child, at the tolerance', () => {
  // 1 (3): 1.1 (2): 1.1.1 (1), 1.1.2 (1); 1.2 (1). Rows: 1 F11, 1.1 F12, 1.1.1 F13, 1.1.2 F14, 1.2 F15.
  const nested = buildSet([item('1', 3, [item('1.1', 2, [item('1.1.1', 1), item('1.1.2', 1)]), item('1.2', 1)])]);
  const run = (area: number) =>
    keys(
      runCheck(
        findParentIssues,
        [['1', { self: area }], ['1.1', { self: -1 }], ['1.1.1', { self: 0 }], ['1.1.2', { self: 0 }], ['1.2', { self: 1 }]],
        {},
        nested,
      ),
    );

  test('1.1 written −1 (its children make 0) is flagged; area 1 written as the rows show it (−1 + 1 = 0, within the tolerance) is not', () => {
    // area 1 by the rules: 0 + 1 = 1, so only repeating 1.1's mistake explains a figure near 0
    expect(run(TOLERANCE)).toEqual(['score.parentMismatch@F12']);
    expect(run(OVER)).toEqual(['score.parentMismatch@F12', 'score.parentMismatch@F11']);
  });
});
