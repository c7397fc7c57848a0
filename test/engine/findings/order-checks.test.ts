/**
 * Rows out of the set's order: only the rows outside the longest in-order run are flagged, each
 * with the row it belongs after. Rows of cleanRows(): 1 (row 11), 1.1 (12), 1.1.1 (13), 1.1.2 (14),
 * 1.1.3 (15), 1.2 (16), 1.3 (17), 1.4 (18); the code is in column A.
 */
import { findOrderIssues, inOrderAsListed, longestIncreasing } from '../../../src/engine/findings/order-checks';
import { cleanRows, contextFor, keys, runCheck } from '../helpers/parsed-fixtures';

const sorted = (s: Set<number>) => [...s].sort((a, b) => a - b);

describe('longest increasing run', () => {
  test('one longest strictly increasing subsequence, by index', () => {
    expect(sorted(longestIncreasing([0, 1, 5, 2, 3, 4]))).toEqual([0, 1, 3, 4, 5]);
    expect(sorted(longestIncreasing([3, 2, 1]))).toEqual([2]); // the last smallest tail
    expect(sorted(longestIncreasing([1, 1, 1]))).toEqual([2]); // strictly: equal values do not extend
    expect(sorted(longestIncreasing([5]))).toEqual([0]);
    expect(sorted(longestIncreasing([2, 0, 3, 1, 4]))).toEqual([1, 3, 4]); // 0, 1, 4 (ties keep the later tails)
    expect(sorted(longestIncreasing([0, 8, 4, 12, 2, 10, 6, 14, 1, 9]))).toEqual([0, 4, 6, 9]); // values 0, 2, 6, 9 (the last smallest tails)
    expect(longestIncreasing([]).size).toBe(0);
  });
});

describe('layout.outOfOrder', () => {
  const rows = cleanRows();

  test('in order: nothing', () => {
    expect(runCheck(findOrderIssues, rows)).toEqual([]);
  });

  test('of two swapped rows the one outside the longest run is flagged, naming the row it belongs after', () => {
    // 1.2 and 1.3 swapped: positions 0 1 2 3 4 6 5 7 → the run keeps …, 1.1.3, 1.2, 1.4 and
    // drops 1.3 (row 16), which belongs right after 1.2 (now row 17)
    const moved = [rows[0], rows[1], rows[2], rows[3], rows[4], rows[6], rows[5], rows[7]];
    const f = runCheck(findOrderIssues, moved);
    expect(keys(f)).toEqual(['layout.outOfOrder@A16']);
    expect(f[0].item).toBe('1.3');
    expect(f[0].message).toEqual({
      vi: 'Dòng 16 (mã 1.3) đứng sai thứ tự: theo bộ tiêu chí, mã 1.3 phải đứng ngay sau mã 1.2 (dòng 17). Đề nghị đơn vị chuyển dòng về đúng vị trí.',
      en: 'Row 16 (code 1.3) is out of order: in the criteria set, code 1.3 comes right after code 1.2 (row 17). Move the row to its place.',
    });
  });

  test('the first item of the set moved down is told to come first', () => {
    // 1 moved to the end: 1.1 … 1.4, 1 → 1 (row 18) out of the run
    const moved = [...rows.slice(1), rows[0]];
    const f = runCheck(findOrderIssues, moved);
    expect(keys(f)).toEqual(['layout.outOfOrder@A18']);
    expect(f[0].message).toEqual({
      vi: 'Dòng 18 (mã 1) đứng sai thứ tự: theo bộ tiêu chí, mã 1 phải đứng đầu bảng. Đề nghị đơn vị chuyển dòng về đúng vị trí.',
      en: 'Row 18 (code 1) is out of order: in the criteria set, code 1 comes first. Move the row to its place.',
    });
  });

  test('the row it belongs after is the nearest earlier item present on the sheet', () => {
    // 1.1.3 removed, 1.2 moved to the end: 1.2 belongs after 1.1.2 (row 14)
    const moved = [rows[0], rows[1], rows[2], rows[3], rows[6], rows[7], rows[5]];
    const f = runCheck(findOrderIssues, moved);
    expect(keys(f)).toEqual(['layout.outOfOrder@A17']);
    expect(f[0].message.en).toContain('code 1.2 comes right after code 1.1.2 (row 14)');
  });
});

describe('in order as the alignment lists its rows (the shortcut before sorting)', () => {
  const rows = cleanRows();

  test('rows listed down the sheet with the set\'s positions rising: in order', () => {
    expect(inOrderAsListed(contextFor(rows))).toBe(true);
  });

  test('positions falling once (1.2 and 1.3 swapped on the sheet): not', () => {
    expect(inOrderAsListed(contextFor([rows[0], rows[1], rows[2], rows[3], rows[4], rows[6], rows[5], rows[7]]))).toBe(false);
  });

  test('rows listed up the sheet (an alignment built in another order): not, the sort decides', () => {
    const ctx = contextFor(rows);
    // The same rows and codes, listed last row first: positions fall and rows rise as listed.
    ctx.alignment.rowFor = new Map([...ctx.alignment.rowFor].reverse());
    expect(inOrderAsListed(ctx)).toBe(false);
    // Listed up the sheet but rising in the set (rows renumbered downwards): rows decide alone.
    const renumbered = contextFor(rows);
    for (const r of renumbered.alignment.rowFor.values()) r.row = 100 - r.row;
    expect(inOrderAsListed(renumbered)).toBe(false);
    // Sorted by row they run 1.4, 1.3, …, 1, against the set: every row but one is flagged.
    expect(findOrderIssues(renumbered).length).toBe(7);
  });

  test('a first row at the very top of the sheet (row index 0) is in order', () => {
    const ctx = contextFor(rows);
    let r = 0;
    for (const row of ctx.alignment.rowFor.values()) row.row = r++; // rows 0, 1, … 7, still rising
    expect(inOrderAsListed(ctx)).toBe(true);
  });

  test('out of order with a code the set does not order: that code is neither placed nor flagged', () => {
    // 1.1.1 (position 2) after 1.1.2 (position 3), with 1.2 unordered between them: one of the
    // two swapped rows is flagged, never 1.2.
    const ctx = contextFor([rows[0], rows[1], rows[3], rows[5], rows[2], rows[4], rows[6], rows[7]]);
    ctx.order = new Map(ctx.order);
    ctx.order.delete('1.2');
    const f = findOrderIssues(ctx);
    expect(f.length).toBe(1);
    expect(['1.1.1', '1.1.2']).toContain(f[0].item);
  });

  test('a listed code the set does not order is passed over', () => {
    const ctx = contextFor(rows);
    ctx.order = new Map(ctx.order);
    ctx.order.delete('1.2'); // row 16: its position unknown, the others still rise
    expect(inOrderAsListed(ctx)).toBe(true);
    // Passed over, not taken as a fresh start: 1.1.1 (position 2) after 1.1.2 (position 3) with
    // the unordered 1.2 between them is still out of order.
    const swapped = contextFor([rows[0], rows[1], rows[3], rows[5], rows[2], rows[4], rows[6], rows[7]]);
    swapped.order = new Map(swapped.order);
    swapped.order.delete('1.2');
    expect(inOrderAsListed(swapped)).toBe(false);
  });
});
