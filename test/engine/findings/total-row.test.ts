/**
 * The total row ("Tổng cộng") and parent rows against the scores computed before the checks.
 * Figures by hand for ruleSet() (helpers/parsed-fixtures.ts), clean self-scores:
 *   1.1 = 1.1.1 1 + 1.1.2 1 + 1.1.3 0.85 = 2.85; 1.2 = 1.75; 1.3 survey (no self); 1.4 = 2
 *   area 1 = 2.85 + 1.75 + 2 = 6.6 = the self total.
 * Rows: header on sheet row 10, items from row 11 in the order 1, 1.1, 1.1.1, 1.1.2, 1.1.3, 1.2,
 * 1.3, 1.4 (rows 11–18), the total on row 19 (self column F, appraised column I).
 */
import { findParentIssues } from '../../../src/engine/findings/parent-checks';
import { findIssues } from '../../../src/engine/findings/find-issues';
import { alignRows } from '../../../src/engine/align';
import { buildContext } from '../../../src/engine/findings/context';
import type { RowInput, RowSpec } from '../helpers/build-parsed';
import { buildParsed } from '../helpers/build-parsed';
import { buildSet, item } from '../helpers/build-set';
import { cleanRows, contextFor, keys, ruleSet, runCheck } from '../helpers/parsed-fixtures';

const withTotal = (overrides: Record<string, RowInput>, total: RowInput): RowSpec[] => [...cleanRows(overrides), { total }];
const run = (specs: RowSpec[], opts = {}) => runCheck(findParentIssues, specs, opts);

describe('total row', () => {
  test('a total equal to the sum of the areas is fine; a blank or text total is not judged', () => {
    expect(run(withTotal({}, { self: 6.6 }))).toEqual([]);
    expect(run(withTotal({}, { self: 6.604 }))).toEqual([]); // within 0.005: written rounded
    expect(run(withTotal({}, {}))).toEqual([]);
    expect(run(withTotal({}, { self: 'Tổng' }))).toEqual([]);
  });

  test('a wrong total is flagged at its cell with the written figure and the right one', () => {
    const f = run(withTotal({}, { self: 6 }));
    expect(keys(f)).toEqual(['score.parentMismatch@F19']);
    expect(f[0].item).toBeNull();
    expect(f[0].severity).toBe('warning');
    expect(f[0].message).toEqual({
      vi: 'Dòng tổng cộng (điểm tự đánh giá) ghi 6 nhưng các lĩnh vực trên biểu cộng lại (kể cả điểm thưởng, điểm trừ) là 6,6. Đề nghị đơn vị sửa ô tổng cộng hoặc dùng công thức cộng các dòng lĩnh vực.',
      en: 'The total row (self-assessed score) says 6 but the areas on the sheet add up to 6.6 (bonus and penalty included). Fix the total or use a formula adding up the area rows.',
    });
  });

  test('just outside the rounding tolerance is flagged (6.6 ± 0.006)', () => {
    expect(keys(run(withTotal({}, { self: 6.606 })))).toEqual(['score.parentMismatch@F19']);
    expect(keys(run(withTotal({}, { self: 6.594 })))).toEqual(['score.parentMismatch@F19']);
    expect(run(withTotal({}, { self: 6.595 }))).toEqual([]);
  });

  test('a plain SUM that includes an above-max child is accepted; other figures are not', () => {
    // 1.4 = 2.5 > max 2: capped total 6.6, a SUM shows 2.85 + 1.75 + 2.5 = 7.1
    expect(run(withTotal({ '1.4': { self: 2.5 } }, { self: 7.1 }))).toEqual([]);
    expect(run(withTotal({ '1.4': { self: 2.5 } }, { self: 6.6 }))).toEqual([]);
    const f = run(withTotal({ '1.4': { self: 2.5 } }, { self: 7 }));
    expect(keys(f)).toEqual(['score.parentMismatch@F19']);
    expect(f[0].message.vi).toContain('ghi 7 nhưng');
    expect(f[0].message.vi).toContain('là 6,6.');
  });

  test('the appraised column: total of the appraised figures, survey points included', () => {
    // appraised: 1.1.1 = 1, 1.2 = 1, 1.3 (survey) = 1.5, 1.4 = 2 → area 1 = 5.5
    const o = { '1.1.1': { appraised: 1 }, '1.2': { appraised: 1 }, '1.3': { appraised: 1.5 }, '1.4': { appraised: 2 } };
    expect(run(withTotal(o, { self: 6.6, appraised: 5.5 }))).toEqual([]);
    const f = run(withTotal(o, { self: 6.6, appraised: 4 }));
    expect(keys(f)).toEqual(['score.parentMismatch@I19']);
    expect(f[0].message.vi).toBe(
      'Dòng tổng cộng (điểm thẩm định) ghi 4 nhưng các lĩnh vực trên biểu cộng lại (kể cả điểm thưởng, điểm trừ) là 5,5. Đề nghị đơn vị sửa ô tổng cộng hoặc dùng công thức cộng các dòng lĩnh vực.',
    );
    expect(f[0].message.en).toContain('(appraised score) says 4 but the areas on the sheet add up to 5.5');
  });

  test('an appraised total of 0 on a sheet nobody appraised yet is fine; any other number is not', () => {
    expect(run(withTotal({}, { self: 6.6, appraised: 0 }), { appraised: true })).toEqual([]);
    const f = run(withTotal({}, { self: 6.6, appraised: 3 }), { appraised: true });
    expect(keys(f)).toEqual(['score.parentMismatch@I19']);
    expect(f[0].message.vi).toContain('là 0.');
  });

  test('a total that only repeats a flagged area is not flagged again', () => {
    // area 1 written 7.6 (its children make 6.6): flagged there; the total says 7.6 too
    const f = run(withTotal({ '1': { self: 7.6 } }, { self: 7.6 }));
    expect(keys(f)).toEqual(['score.parentMismatch@F11']);
    // a total matching neither the area row nor the sum is flagged as well
    expect(keys(run(withTotal({ '1': { self: 7.6 } }, { self: 8 })))).toEqual(['score.parentMismatch@F11', 'score.parentMismatch@F19']);
  });
});

describe('total row with bonus and penalty', () => {
  // Areas 1 (6) and 2 (4); bonus T (2), penalty P (1, may be written "-1").
  const set = buildSet([
    item('1', 6, [item('1.1', 3), item('1.2', 3)]),
    item('2', 4, [item('2.1', 4)]),
    item('T', 2, [item('T.1', 2)], { kind: 'bonus' }),
    item('P', 1, [item('P.1', 1)], { kind: 'penalty' }),
  ]);
  const rows = (total: RowInput, extra: Record<string, RowInput> = {}): RowSpec[] => [
    ['1', {}],
    ['1.1', { self: 3 }],
    ['1.2', { self: 2 }],
    ['2', {}],
    ['2.1', { self: 4 }],
    ['T', {}],
    ['T.1', { self: 1, ...extra['T.1'] }],
    ['P', {}],
    ['P.1', { self: -1, ...extra['P.1'] }],
    { total },
  ];
  const totalCheck = (total: RowInput, extra: Record<string, RowInput> = {}) => runCheck(findParentIssues, rows(total, extra), {}, set);

  test('areas alone, areas + bonus, areas + bonus − penalty are all accepted', () => {
    // areas 3 + 2 + 4 = 9; bonus 1; penalty 1 → 9, 10, 9 (= 10 − 1)
    expect(totalCheck({ self: 9 })).toEqual([]);
    expect(totalCheck({ self: 10 })).toEqual([]);
  });

  test('a total with the penalty added instead of deducted is flagged with the rules total', () => {
    // 9 + 1 + 1 = 11 is no reading of the rows; the rules total is 9 + 1 − 1 = 9
    const f = totalCheck({ self: 11 });
    expect(keys(f)).toEqual(['score.parentMismatch@F20']);
    expect(f[0].message.vi).toContain('ghi 11 nhưng');
    expect(f[0].message.vi).toContain('là 9.');
  });

  test('a total that repeats a flagged area with the penalty deducted is not flagged again', () => {
    // area 1 written 7 (its children make 5): flagged. Rows as written: 7 + 4 + bonus 2 − penalty 1 = 12,
    // which no correct reading gives (rules 5 + 4 + 2 − 1 = 10; sums 9, 10, 11): it only carries area 1's mistake.
    const specs: RowSpec[] = [
      ['1', { self: 7 }],
      ['1.1', { self: 3 }],
      ['1.2', { self: 2 }],
      ['2', { self: 4 }],
      ['2.1', { self: 4 }],
      ['T', { self: 2 }],
      ['T.1', { self: 2 }],
      ['P', { self: 1 }],
      ['P.1', { self: -1 }],
      { total: { self: 12 } },
    ];
    expect(keys(runCheck(findParentIssues, specs, {}, set))).toEqual(['score.parentMismatch@F11']);
    // the rows with the penalty added (7 + 4 + 2 + 1 = 14) are accepted the same way; 13 is neither: flagged
    const total = (self: number) => specs.map((r) => (Array.isArray(r) ? r : { total: { self } }));
    expect(keys(runCheck(findParentIssues, total(14), {}, set))).toEqual(['score.parentMismatch@F11']);
    expect(keys(runCheck(findParentIssues, total(13), {}, set))).toEqual(['score.parentMismatch@F11', 'score.parentMismatch@F20']);
  });

  test('a bonus above its max: a SUM shows it whole, the rules total caps it', () => {
    // T.1 = 3 > max 2: bonus 2 by the rules (total 9 + 2 − 1 = 10), a SUM shows 9 + 3 = 12 or 12 − 1 = 11
    expect(totalCheck({ self: 12 }, { 'T.1': { self: 3 } })).toEqual([]);
    expect(totalCheck({ self: 11 }, { 'T.1': { self: 3 } })).toEqual([]);
    expect(totalCheck({ self: 10 }, { 'T.1': { self: 3 } })).toEqual([]);
    const f = totalCheck({ self: 13 }, { 'T.1': { self: 3 } });
    expect(f[0].message.en).toContain('says 13 but the areas on the sheet add up to 10 (bonus');
  });
});

describe('parent rows read the computed scores', () => {
  test('a parent whose children are worth more than its max is expected at its max', () => {
    // 1 (max 3) over 1.1 (2) and 1.2 (2): children 2 + 2 = 4, capped at 3 by the rules
    const set = buildSet([item('1', 3, [item('1.1', 2), item('1.2', 2)])]);
    const specs: RowSpec[] = [['1', { self: 3 }], ['1.1', { self: 2 }], ['1.2', { self: 2 }]];
    expect(runCheck(findParentIssues, specs, {}, set)).toEqual([]);
    expect(runCheck(findParentIssues, [['1', { self: 4 }], ...specs.slice(1)], {}, set)).toEqual([]); // the plain SUM
    const f = runCheck(findParentIssues, [['1', { self: 3.5 }], ...specs.slice(1)], {}, set);
    expect(f.map((x) => x.message.vi)).toEqual([
      'Điểm tự đánh giá của lĩnh vực 1 ghi 3,5 nhưng tổng điểm các tiêu chí con trên biểu là 3. Đề nghị đơn vị sửa thành 3 hoặc dùng công thức cộng các dòng con.',
    ]);
    expect(f[0].message.en).toBe(
      'Self-assessed score of area 1 says 3.5 but its children on the sheet add up to 3. Change it to 3 or use a formula adding up the child rows.',
    );
  });

  test('a wrong formula result is told to check the formula', () => {
    const f = runCheck(findParentIssues, cleanRows({ '1.1': { self: 2, formula: { self: 'SUM(F13:F14)' } } }));
    expect(keys(f)).toEqual(['score.parentMismatch@F12']);
    expect(f[0].item).toBe('1.1');
    expect(f[0].message.vi).toBe(
      'Điểm tự đánh giá của tiêu chí 1.1 ghi 2 nhưng tổng điểm các tiêu chí con trên biểu là 2,85. Đề nghị đơn vị kiểm tra lại công thức của ô này (phải cộng đúng các dòng con).',
    );
    expect(f[0].message.en).toBe(
      'Self-assessed score of criterion 1.1 says 2 but its children on the sheet add up to 2.85. Check the formula of this cell (it must add up the child rows).',
    );
  });

  test('an Excel error on a parent row says which error and what the children make', () => {
    const f = runCheck(findParentIssues, cleanRows({ '1.1': { self: '#REF!' } }));
    expect(f[0].message).toEqual({
      vi: 'Dòng tiêu chí 1.1 (điểm tự đánh giá) bị lỗi Excel #REF!; tổng điểm các tiêu chí con là 2,85. Đề nghị đơn vị sửa công thức cộng các dòng con.',
      en: 'The row of criterion 1.1 (self-assessed score) shows the Excel error #REF!; its children add up to 2.85. Fix the formula that adds up the child rows.',
    });
  });

  test('N/A where the set allows it and where it does not: the parent is expected without the item either way', () => {
    // 1.2 "KAD" (N/A allowed): 1 = 6.6 − 1.75 = 4.85. 1.4 "KAD" (not allowed): scores 0 → 1 = 4.6
    expect(run(cleanRows({ '1.2': { self: 'KAD' }, '1': { self: 4.85 } }))).toEqual([]);
    expect(run(cleanRows({ '1.4': { self: 'KAD' }, '1': { self: 4.6 } }))).toEqual([]);
    expect(keys(run(cleanRows({ '1.4': { self: 'KAD' }, '1': { self: 6.6 } })))).toEqual(['score.parentMismatch@F11']);
  });

  test('in the appraised column a survey child is part of what a parent repeats', () => {
    // 1.1 appraised written 3 (its children make 1): flagged; area 1 = 3 + 1.3's 1.5 = 4.5 repeats it
    const o = { '1.1.1': { appraised: 1 }, '1.1': { appraised: 3 }, '1.3': { appraised: 1.5 }, '1': { appraised: 4.5 } };
    expect(keys(run(cleanRows(o)))).toEqual(['score.parentMismatch@I12']);
  });

  test('the expected figure is shown rounded half up to 2 decimals (0.285 → 0,29)', () => {
    const set = buildSet([item('1', 1, [item('1.1', 0.5), item('1.2', 0.5)])]);
    const f = runCheck(findParentIssues, [['1', { self: 1 }], ['1.1', { self: 0.1 }], ['1.2', { self: 0.185 }]], {}, set);
    expect(f.map((x) => x.message.vi)).toEqual([
      'Điểm tự đánh giá của lĩnh vực 1 ghi 1 nhưng tổng điểm các tiêu chí con trên biểu là 0,29. Đề nghị đơn vị sửa thành 0,29 hoặc dùng công thức cộng các dòng con.',
    ]);
  });

  test('words on a parent row, or a parent with no row, are not compared', () => {
    expect(run(cleanRows({ '1': { self: 'xem chi tiết' } }))).toEqual([]);
    expect(run(cleanRows({}).filter((r) => !Array.isArray(r) || r[0] !== '1.1'))).toEqual([]);
  });

  test('a survey child\'s self value is not part of what a parent repeats', () => {
    // 1.1 written 3 (flagged); area 1 = 3 + 1.75 + 2 = 6.75 repeats it; 1.3's self 1.5 (survey) is no part of it
    expect(keys(run(cleanRows({ '1.1': { self: 3 }, '1.3': { self: 1.5 }, '1': { self: 6.75 } })))).toEqual(['score.parentMismatch@F12']);
    expect(keys(run(cleanRows({ '1.1': { self: 3 }, '1.3': { self: 1.5 }, '1': { self: 8.25 } })))).toEqual([
      'score.parentMismatch@F12',
      'score.parentMismatch@F11',
    ]);
  });

  test('a parent repeating a flagged child criterion is flagged once, at the child', () => {
    // 1.1 written 3 (children make 2.85): flagged. Area 1 = 3 + 1.75 + 2 = 6.75 repeats it.
    const f = run(cleanRows({ '1.1': { self: 3 }, '1': { self: 6.75 } }));
    expect(keys(f)).toEqual(['score.parentMismatch@F12']);
    // the same with a penalty-free set in the appraised column
    const o = { '1.1.1': { appraised: 1 }, '1.1': { appraised: 3 }, '1': { appraised: 3 } };
    expect(keys(run(cleanRows(o)))).toEqual(['score.parentMismatch@I12']);
  });

  test('without scores (their failure is reported elsewhere) the parent checks say nothing', () => {
    const parsed = buildParsed(cleanRows({ '1': { self: 99 } }));
    const set = ruleSet();
    const ctx = buildContext(parsed, set, alignRows(parsed, set), { scores: null });
    expect(findParentIssues(ctx)).toEqual([]);
    expect(contextFor(cleanRows({ '1': { self: 99 } })).writtenTotals?.self.total).toBe(6.6);
  });

  test('findIssues uses the scores it is given (computed once before the checks)', () => {
    const parsed = buildParsed(cleanRows({ '1': { self: 5 } }));
    const set = ruleSet();
    const alignment = alignRows(parsed, set);
    const mismatches = (extras: Parameters<typeof findIssues>[3]) =>
      findIssues(parsed, set, alignment, extras).filter((x) => x.code === 'score.parentMismatch').map((x) => x.cell);
    // Its own scores: area 1 is worth 6.6, so the written 5 is flagged.
    expect(mismatches({})).toEqual(['F11']);
    // Given scores that say area 1 is worth 5: the written 5 agrees with them.
    const own = buildContext(parsed, set, alignment);
    const scores = structuredClone({ scores: own.scores!, asWritten: own.writtenTotals! });
    scores.asWritten.items[0].self = 5;
    expect(mismatches({ scores })).toEqual([]);
  });
});
