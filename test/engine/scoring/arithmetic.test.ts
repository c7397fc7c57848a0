/**
 * The corners of the index arithmetic (criteria-set.md, "Index arithmetic"), each figure worked
 * out by hand in a comment: leaves (leaf.ts), parents and totals (compute.ts), the
 * classification (classify.ts), and the scores the checks read (scoreSheet).
 */
import { alignRows } from '../../../src/engine/align';
import type { CriteriaSet } from '../../../src/engine/criteria/schema';
import type { CellReading, SheetRow } from '../../../src/engine/layout/parsed-sheet';
import { classify } from '../../../src/engine/scoring/classify';
import { computeScores, isAppraised, scoreSheet } from '../../../src/engine/scoring/compute';
import { appraisalReading, isEmptyReading, pointsOf, round2Reading, scoreLeaf } from '../../../src/engine/scoring/leaf';
import { buildParsed, reading, type BuildOptions, type RowSpec } from '../helpers/build-parsed';
import { buildSet, item } from '../helpers/build-set';

function scores(set: CriteriaSet, rows: RowSpec[], options: BuildOptions = {}, table?: Map<string, number>) {
  const parsed = buildParsed(rows, options);
  return computeScores(parsed, set, alignRows(parsed, set), table);
}
const itemOf = (s: ReturnType<typeof scores>, code: string) => s.items.find((i) => i.code === code)!;
const num = (value: number): CellReading => ({ kind: 'number', value, fromText: false });

/** A sheet row with the given readings (only the score cells matter here). */
function row(cells: { self?: CellReading; appraised?: CellReading; survey?: CellReading; appraised2?: CellReading }): SheetRow {
  const cell = (r: CellReading | undefined, col: string) => (r ? { address: `${col}1`, reading: r } : null);
  return {
    row: 0,
    kind: 'item',
    code: 'x',
    codeRaw: 'x',
    codeAddress: null,
    title: null,
    max: null,
    method: null,
    declared: null,
    self: cell(cells.self, 'F'),
    appraised: cell(cells.appraised, 'I'),
    survey: cell(cells.survey, 'K'),
    appraised2: cell(cells.appraised2, 'M'),
    evidence: null,
    explanation: null,
    appraiserNote: null,
    note: null,
    hidden: false,
    optionLines: [],
  };
}

describe('leaf readings', () => {
  test('pointsOf: a number within 0..max; negatives 0 (a penalty counts its size); anything else 0', () => {
    expect(pointsOf(num(0.75), 1, 'scored')).toBe(0.75);
    expect(pointsOf(num(1.5), 1, 'scored')).toBe(1);
    expect(pointsOf(num(-0.5), 1, 'scored')).toBe(0);
    expect(pointsOf(num(-0.5), 1, 'penalty')).toBe(0.5);
    expect(pointsOf(num(-3), 2, 'penalty')).toBe(2);
    expect(pointsOf(num(Number.NaN), 1, 'scored')).toBe(0);
    expect(pointsOf(num(Number.POSITIVE_INFINITY), 1, 'scored')).toBe(0);
    expect(pointsOf(reading('KAD'), 1, 'scored')).toBe(0);
    expect(pointsOf(null, 1, 'scored')).toBe(0);
    expect(pointsOf(undefined, 1, 'bonus')).toBe(0);
  });

  test('isEmptyReading: blank, "-" and nothing; not 0, N/A or words', () => {
    expect([null, undefined, reading(''), reading('-')].map(isEmptyReading)).toEqual([true, true, true, true]);
    expect([num(0), reading('KAD'), reading('đạt'), reading('#REF!')].map(isEmptyReading)).toEqual([false, false, false, false]);
  });

  test('round2Reading: a number or N/A in the round-2 cell; blank, dash, words and errors leave round 1', () => {
    expect(round2Reading(row({ appraised2: num(0) }))).toEqual(num(0));
    expect(round2Reading(row({ appraised2: reading('KAD') }))?.kind).toBe('na');
    for (const v of ['', '-', 'Giữ nguyên', '#N/A']) expect(round2Reading(row({ appraised2: reading(v) }))).toBeNull();
    expect(round2Reading(row({}))).toBeNull();
    expect(round2Reading(null)).toBeNull();
  });

  test('appraisalReading: round 2 first (final view only), then the appraised cell, then the survey column for survey items', () => {
    const both = row({ appraised: num(1), appraised2: num(2), survey: num(3) });
    expect(appraisalReading(both, 'scored')).toEqual(num(2));
    expect(appraisalReading(both, 'scored', 'round1')).toEqual(num(1));
    // A survey item whose appraised cell holds a value keeps it: the survey column is only a fallback.
    expect(appraisalReading(row({ appraised: num(1), survey: num(3) }), 'survey')).toEqual(num(1));
    expect(appraisalReading(row({ appraised: reading(''), survey: num(3) }), 'survey')).toEqual(num(3));
    expect(appraisalReading(row({ appraised: reading('-'), survey: num(3) }), 'survey')).toEqual(num(3));
    // Scored items never read the survey column.
    expect(appraisalReading(row({ appraised: reading(''), survey: num(3) }), 'scored')).toEqual(reading(''));
    expect(appraisalReading(row({ survey: num(3) }), 'scored')).toBeNull();
    expect(appraisalReading(null, 'survey')).toBeNull();
  });

  test('scoreLeaf: N/A is one decision, the appraiser\u2019s where they wrote, else the unit\u2019s', () => {
    const na = item('1', 2, [], { notApplicable: 'allowed' });
    // Appraised sheet, appraiser blank on the row: the unit's N/A stands.
    expect(scoreLeaf(na, 'scored', row({ self: reading('KAD'), appraised: reading('') }), true)).toEqual({
      notApplicable: true,
      self: 0,
      appraised: 0,
      fromRound2: false,
    });
    // The appraiser scored it: not N/A, the unit's N/A counts 0.
    expect(scoreLeaf(na, 'scored', row({ self: reading('KAD'), appraised: num(1.5) }), true)).toEqual({
      notApplicable: false,
      self: 0,
      appraised: 1.5,
      fromRound2: false,
    });
    // The appraiser wrote N/A over the unit's 2: N/A.
    expect(scoreLeaf(na, 'scored', row({ self: num(2), appraised: reading('KAD') }), true).notApplicable).toBe(true);
    // Not appraised: appraised null; the appraised column is not looked at for the decision.
    expect(scoreLeaf(na, 'scored', row({ self: num(2), appraised: reading('KAD') }), false)).toEqual({
      notApplicable: false,
      self: 2,
      appraised: null,
      fromRound2: false,
    });
    // N/A where the set does not allow it scores 0 and is not N/A.
    expect(scoreLeaf(item('2', 2), 'scored', row({ self: reading('KAD') }), false)).toEqual({
      notApplicable: false,
      self: 0,
      appraised: null,
      fromRound2: false,
    });
    // Round 2 N/A decides, and says where it came from.
    expect(scoreLeaf(na, 'scored', row({ self: num(2), appraised: num(1), appraised2: reading('KAD') }), true)).toEqual({
      notApplicable: true,
      self: 0,
      appraised: 0,
      fromRound2: true,
    });
    expect(scoreLeaf(na, 'scored', row({ self: num(2), appraised: num(1), appraised2: num(2) }), true, undefined, 'round1')).toEqual({
      notApplicable: false,
      self: 2,
      appraised: 1,
      fromRound2: false,
    });
  });

  test('scoreLeaf on survey items: no self-score; the sheet wins over table points; N/A from the survey cell', () => {
    const s = item('8.1', 3, [], { notApplicable: 'allowed' });
    expect(scoreLeaf(s, 'survey', row({ self: num(3), appraised: num(2) }), true)).toEqual({
      notApplicable: false,
      self: 0,
      appraised: 2,
      fromRound2: false,
    });
    // A blank appraised cell takes the table's points; a filled one keeps its own.
    expect(scoreLeaf(s, 'survey', row({ appraised: reading('') }), true, 2.5).appraised).toBe(2.5);
    expect(scoreLeaf(s, 'survey', row({ appraised: num(1) }), true, 2.5).appraised).toBe(1);
    // Table points only for survey items.
    expect(scoreLeaf(item('1.1', 3), 'scored', row({ self: num(1), appraised: reading('') }), true, 2.5).appraised).toBe(0);
    // Survey N/A is decided by the appraised/survey cell even on a sheet not yet appraised.
    expect(scoreLeaf(s, 'survey', row({ survey: reading('KAD') }), false).notApplicable).toBe(true);
    expect(scoreLeaf(s, 'survey', row({ self: reading('KAD') }), false).notApplicable).toBe(false);
  });
});

describe('parents, areas and totals', () => {
  // 1 (6): 1.1 (2, N/A allowed), 1.2 (4: 1.2.1 (2), 1.2.2 (2) survey)   2 (4): 2.1 (4)
  const set = buildSet([
    item('1', 6, [item('1.1', 2, [], { notApplicable: 'allowed' }), item('1.2', 4, [item('1.2.1', 2), item('1.2.2', 2, [], { kind: 'survey' })])]),
    item('2', 4, [item('2.1', 4, [], { notApplicable: 'allowed' })]),
  ]);

  test('an unappraised sheet: every area index is its self index', () => {
    // self: 1.1 = 1, 1.2.1 = 1.5 → area 1 = 2.5 of self max 6 − 2 (survey) = 4 → 62.5 %; area 2 = 3 of 4 = 75 %
    const s = scores(set, [['1.1', { self: 1 }], ['1.2.1', { self: 1.5 }], ['2.1', { self: 3 }]]);
    expect(s.final).toBeNull();
    expect(s.areas.map((a) => [a.code, a.self, a.selfMax, a.selfIndex, a.appraisedIndex, a.index])).toEqual([
      ['1', 2.5, 4, 62.5, null, 62.5],
      ['2', 3, 4, 75, null, 75],
    ]);
    // total 5.5 of self max 10 − 2 = 8 → 68.75 %
    expect(s.self).toEqual({ total: 5.5, max: 8, index: 68.75 });
  });

  test('an appraised sheet: the area index is the appraised one; the self index stays', () => {
    // appraised: 1.1 = 2, 1.2.1 = 1, 1.2.2 (survey) = 1 → area 1 = 4 of 6 → 66.67 %; 2.1 = 2 of 4 → 50 %
    const s = scores(set, [
      ['1.1', { self: 1, appraised: 2 }],
      ['1.2.1', { self: 1.5, appraised: 1 }],
      ['1.2.2', { appraised: 1 }],
      ['2.1', { self: 3, appraised: 2 }],
    ]);
    expect(s.areas[0]).toMatchObject({ appraised: 4, max: 6, selfIndex: 62.5, index: s.areas[0].appraisedIndex });
    expect(s.areas[0].appraisedIndex).toBeCloseTo(66.666666667, 6);
    expect(s.areas[1]).toMatchObject({ appraised: 2, max: 4, appraisedIndex: 50, index: 50, selfIndex: 75 });
    // final 6 of 10 → 60 %
    expect(s.final).toEqual({ total: 6, max: 10, index: 60 });
  });

  test('a wholly N/A area: max 0, index 0, left out of the maxima; its parent is N/A too', () => {
    const s = scores(set, [['1.1', { self: 2 }], ['1.2.1', { self: 2 }], ['2.1', { self: 'KAD' }]]);
    expect(itemOf(s, '2')).toMatchObject({ max: 0, selfMax: 0, self: 0, notApplicable: true });
    expect(s.areas[1]).toMatchObject({ max: 0, selfIndex: 0, index: 0 });
    // self max 10 − 4 (N/A) − 2 (survey) = 4; total 4 → 100 %
    expect(s.self).toEqual({ total: 4, max: 4, index: 100 });
    // A parent with one N/A child of two is not N/A.
    const part = scores(set, [['1.1', { self: 'KAD' }], ['1.2.1', { self: 2 }]]);
    expect(itemOf(part, '1')).toMatchObject({ notApplicable: false, max: 4, selfMax: 2, self: 2 });
  });

  test('float noise is cleaned (0.1 + 0.2 = 0.3), nothing is rounded to 2 decimals', () => {
    const small = buildSet([item('1', 1, [item('1.1', 0.5), item('1.2', 0.5)])]);
    const s = scores(small, [['1.1', { self: 0.1 }], ['1.2', { self: 0.2 }]]);
    expect(itemOf(s, '1').self).toBe(0.3);
    expect(s.self.total).toBe(0.3);
    const t = scores(small, [['1.1', { self: 0.125 }], ['1.2', { self: 0.001 }]]);
    expect(t.self.total).toBe(0.126);
    expect(t.self.index).toBe(12.6);
  });

  test('a parent typed above its children is never used; parents are capped at their max', () => {
    const capped = buildSet([item('1', 3, [item('1.1', 2), item('1.2', 2)])]);
    // children 2 + 2 = 4 > 3 → 3 (100 %)
    const s = scores(capped, [['1', { self: 1, appraised: 0 }], ['1.1', { self: 2, appraised: 2 }], ['1.2', { self: 2, appraised: 1.5 }]]);
    expect(itemOf(s, '1')).toMatchObject({ self: 3, appraised: 3 });
    expect(s.self).toEqual({ total: 3, max: 3, index: 100 });
  });

  test('survey-table points fill blank survey items: totals and indices include them', () => {
    // appraised 1.1 = 2, 1.2.1 = 1, 1.2.2 blank ← table 1.5, 2.1 = 4 → 8.5 of 10
    const rows: RowSpec[] = [
      ['1.1', { self: 2, appraised: 2 }],
      ['1.2.1', { self: 2, appraised: 1 }],
      ['1.2.2', { appraised: '' }],
      ['2.1', { self: 4, appraised: 4 }],
    ];
    const s = scores(set, rows, {}, new Map([['1.2.2', 1.5]]));
    expect(itemOf(s, '1.2.2').appraised).toBe(1.5);
    expect(s.final).toEqual({ total: 8.5, max: 10, index: 85 });
    expect(scores(set, rows).final).toEqual({ total: 7, max: 10, index: 70 });
  });

  test('isAppraised: an appraised column with a value on a leaf; parents and round 1 view', () => {
    const parsed = buildParsed([['1', { appraised: 0 }], ['1.1', { self: 1, appraised: '' }]], { appraised: true });
    expect(isAppraised(parsed, set, alignRows(parsed, set))).toBe(false);
    const leaf = buildParsed([['2.1', { appraised: 0 }]]);
    expect(isAppraised(leaf, set, alignRows(leaf, set))).toBe(true);
    const none = buildParsed([['2.1', { self: 1 }]]);
    expect(isAppraised(none, set, alignRows(none, set))).toBe(false);
    // Only round 2 entered: appraised in the final view, not in round 1's.
    const r2 = buildParsed([['2.1', { self: 1, appraised2: 2 }]]);
    expect(isAppraised(r2, set, alignRows(r2, set))).toBe(true);
    expect(isAppraised(r2, set, alignRows(r2, set), 'round1')).toBe(false);
  });
});

describe('scoreSheet: the scores the checks read', () => {
  const set = buildSet([item('1', 4, [item('1.1', 2), item('1.2', 2, [], { kind: 'survey' })])]);

  test('one sheet, one computation: the result and what the sheet should show are the same object', () => {
    const parsed = buildParsed([['1.1', { self: 1, appraised: 1 }], ['1.2', { appraised: 2 }]]);
    const s = scoreSheet(parsed, set, alignRows(parsed, set));
    expect(s.asWritten).toBe(s.scores);
    expect(s.scores.final!.total).toBe(3);
  });

  test('round 2 entered: the result is round 2, what the sheet should show is round 1', () => {
    const parsed = buildParsed([['1.1', { self: 2, appraised: 1, appraised2: 2 }], ['1.2', { appraised: 2 }]]);
    const s = scoreSheet(parsed, set, alignRows(parsed, set));
    expect(s.scores.final!.total).toBe(4); // 2 + 2
    expect(s.asWritten.final!.total).toBe(3); // 1 + 2
    expect(itemOf(s.asWritten, '1.1').appraised).toBe(1);
  });

  test('table points: in the result, not in what the sheet should show', () => {
    const parsed = buildParsed([['1.1', { self: 2, appraised: 1 }], ['1.2', { appraised: '' }]]);
    const s = scoreSheet(parsed, set, alignRows(parsed, set), new Map([['1.2', 2]]));
    expect(s.scores.final!.total).toBe(3); // 1 + 2 from the table
    expect(s.asWritten.final!.total).toBe(1);
    // An empty table is no table.
    const e = scoreSheet(parsed, set, alignRows(parsed, set), new Map());
    expect(e.asWritten).toBe(e.scores);
  });
});

describe('classify', () => {
  const bands = [
    { label: 'Tốt', minIndex: 90, minComponentIndex: 80 },
    { label: 'Khá', minIndex: 80 },
    { label: 'Trung bình', minIndex: 50 },
  ];

  test('no bands, no label', () => {
    expect(classify(undefined, 95, [])).toBeNull();
    expect(classify([], 95, [])).toBeNull();
  });

  test('"Tốt" needs every component at its minimum: one component below is enough to miss it', () => {
    expect(classify(bands, 95, [85, 90, 100])).toBe('Tốt');
    expect(classify(bands, 95, [85, 79.99, 100])).toBe('Khá');
    expect(classify(bands, 95, [79, 79, 79])).toBe('Khá');
    // exactly at the minimum counts, and so does a float a hair below it
    expect(classify(bands, 90, [80])).toBe('Tốt');
    expect(classify(bands, 89.9999999999, [80 - 1e-12])).toBe('Tốt');
    expect(classify(bands, 89.99, [100])).toBe('Khá');
  });

  test('below every band: null; the first band reached wins', () => {
    expect(classify(bands, 49.99, [])).toBeNull();
    expect(classify(bands, 50, [])).toBe('Trung bình');
    expect(classify(bands, 80, [0])).toBe('Khá');
  });
});

describe('survivors of the first mutation run', () => {
  test('a sheet without a self column: the leaf scores its appraisal, self 0', () => {
    const r = row({ appraised: num(1) });
    r.self = null;
    expect(scoreLeaf(item('1', 2), 'scored', r, true)).toEqual({ notApplicable: false, self: 0, appraised: 1, fromRound2: false });
  });

  test('a parent is N/A only when every counted child is N/A and it had a max', () => {
    const set = buildSet([
      item('1', 4, [item('1.1', 2, [], { notApplicable: 'allowed' }), item('1.2', 2, [], { notApplicable: 'allowed' })]),
      item('2', 0, [item('2.1', 0, [], { notApplicable: 'allowed' })]),
    ]);
    const all = scores(set, [['1.1', { self: 'KAD' }], ['1.2', { self: 'KAD' }], ['2.1', { self: 'KAD' }]]);
    // 1: both children N/A → max 4 − 2 − 2 = 0, N/A. 2: max 0 to begin with → not N/A (nothing was taken out)
    expect([itemOf(all, '1').notApplicable, itemOf(all, '1').max]).toEqual([true, 0]);
    expect(itemOf(all, '2').notApplicable).toBe(false);
    const one = scores(set, [['1.1', { self: 'KAD' }], ['1.2', { self: 1 }]]);
    expect([itemOf(one, '1').notApplicable, itemOf(one, '1').max]).toEqual([false, 2]);
  });

  test('classification components: only areas with a max count (a wholly N/A area cannot block "Tốt")', () => {
    const set = buildSet(
      [item('1', 9, [item('1.1', 9)]), item('2', 1, [item('2.1', 1, [], { notApplicable: 'allowed' })])],
      { classification: [{ label: 'Tốt', minIndex: 90, minComponentIndex: 80 }, { label: 'Khá', minIndex: 0 }] },
    );
    // area 2 N/A: max 9, total 9 → 100 %; area 2 has no component index, so "Tốt"
    const s = scores(set, [['1.1', { self: 9, appraised: 9 }], ['2.1', { self: 'KAD', appraised: 'KAD' }]]);
    expect([s.final!.index, s.classification]).toEqual([100, 'Tốt']);
    const selfOnly = scores(set, [['1.1', { self: 9 }], ['2.1', { self: 'KAD' }]]);
    expect([selfOnly.self.index, selfOnly.classification]).toEqual([100, 'Tốt']);
  });
});
