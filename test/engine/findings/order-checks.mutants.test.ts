/**
 * Rows out of the set's order (src/engine/findings/order-checks.ts): the rows are taken in sheet
 * order whatever order the alignment lists them in, and codes the set does not know are no part
 * of the order. Rows of cleanRows(): 1 (row 11), 1.1 (12), 1.1.1 (13), 1.1.2 (14), 1.1.3 (15),
 * 1.2 (16), 1.3 (17), 1.4 (18); the code in column A.
 */
import type { SheetRow } from '../../../src/engine/layout/parsed-sheet';
import { findOrderIssues, longestIncreasing } from '../../../src/engine/findings/order-checks';
import { cleanRows, contextFor, keys } from '../helpers/parsed-fixtures';

const sorted = (s: Set<number>) => [...s].sort((a, b) => a - b);

describe('layout.outOfOrder: sheet order, not the alignment\u2019s', () => {
  test('an in-order sheet listed backwards by the alignment has no row out of order', () => {
    const ctx = contextFor(cleanRows());
    ctx.alignment.rowFor = new Map([...ctx.alignment.rowFor.entries()].reverse());
    expect(findOrderIssues(ctx)).toEqual([]);
  });

  test('1.3 and 1.2 swapped, listed backwards: still the one row 16 (1.3), after 1.2 on row 17', () => {
    const rows = cleanRows();
    const ctx = contextFor([rows[0], rows[1], rows[2], rows[3], rows[4], rows[6], rows[5], rows[7]]);
    ctx.alignment.rowFor = new Map([...ctx.alignment.rowFor.entries()].reverse());
    const f = findOrderIssues(ctx);
    expect(keys(f)).toEqual(['layout.outOfOrder@A16']);
    expect(f[0].message.en).toBe('Row 16 (code 1.3) is out of order: in the criteria set, code 1.3 comes right after code 1.2 (row 17). Move the row to its place.');
  });

  test('a code the set does not know is no part of the order', () => {
    const ctx = contextFor(cleanRows());
    const stray: SheetRow = { ...ctx.alignment.rowFor.get('1.4')!, row: 5, code: '9.9', codeAddress: 'A6' };
    ctx.alignment.rowFor = new Map([['9.9', stray], ...ctx.alignment.rowFor.entries()]);
    expect(findOrderIssues(ctx)).toEqual([]);
  });
});

describe('longestIncreasing', () => {
  test('the run found is the one ending at the last tail, followed back through its links', () => {
    // 4 1 2 3: tails end with 1, 2, 3 (indexes 1, 2, 3); 4 (index 0) is left out
    expect(sorted(longestIncreasing([4, 1, 2, 3]))).toEqual([1, 2, 3]);
    // 1 5 2 6 3 7 4: run 1 2 3 4 (indexes 0, 2, 4, 6)
    expect(sorted(longestIncreasing([1, 5, 2, 6, 3, 7, 4]))).toEqual([0, 2, 4, 6]);
    // 0 1 2 3 4 5 6 7 8: all
    expect(longestIncreasing([0, 1, 2, 3, 4, 5, 6, 7, 8]).size).toBe(9);
  });
});
