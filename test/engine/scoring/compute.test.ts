import { alignRows } from '../../../src/engine/align';
import type { CriteriaSet } from '../../../src/engine/criteria/schema';
import { computeScores } from '../../../src/engine/scoring/compute';
import { buildParsed, type BuildOptions, type RowSpec } from '../helpers/build-parsed';
import { buildSet, item } from '../helpers/build-set';

function scores(set: CriteriaSet, rows: RowSpec[], options: BuildOptions = {}) {
  const parsed = buildParsed(rows, options);
  return computeScores(parsed, set, alignRows(parsed, set));
}
const r2 = (n: number) => Math.round(n * 100) / 100;
const itemOf = (s: ReturnType<typeof scores>, code: string) => s.items.find((i) => i.code === code)!;

describe('computeScores: the worked figures of criteria-set.md', () => {
  it('criterion 1.1 = 3.5 of 5, component 70.00%', () => {
    const set = buildSet([
      item('1', 5, [
        item('1.1', 5, [
          item('1.1.1', 1, [], { scoring: { type: 'options', options: [{ label: 'Kịp thời', points: 1 }, { label: 'Không kịp thời', points: 0.5 }] } }),
          item('1.1.2', 1),
          item('1.1.3', 1),
          item('1.1.4', 2, [], { scoring: { type: 'bands', input: 'percent', bands: [{ above: 90, points: 2 }, { atLeast: 70, points: 1 }, { points: 0 }] } }),
        ]),
      ]),
    ]);
    const s = scores(set, [
      ['1', {}],
      ['1.1', { self: 5 }], // a typed parent value is never used
      ['1.1.1', { self: '0,5' }],
      ['1.1.2', { self: 1 }],
      ['1.1.3', { self: '1' }],
      ['1.1.4', { declared: '85%', self: 1 }],
    ]);
    expect(itemOf(s, '1.1')).toMatchObject({ self: 3.5, max: 5, selfMax: 5 });
    expect(s.areas[0].selfIndex).toBe(70);
    expect(s.self).toEqual({ total: 3.5, max: 5, index: 70 });
    expect(s.final).toBeNull();
  });

  // The spec prints "→ total 75.00", but 9 + 8.5 + 12 + 10 + 14 + 6 + 13 + 12.5 = 85: the
  // per-area figures (12 / 14.5 = 82.76%) are right and the printed total is a slip.
  it('area scores 9 / 8.5 / … of 10 / 10 / … → 85.00 of 100, area 3 = 82.76%', () => {
    const maxima = [10, 10, 14.5, 11, 16, 7, 16, 15.5];
    const got = [9, 8.5, 12, 10, 14, 6, 13, 12.5];
    const set = buildSet(maxima.map((m, i) => item(String(i + 1), m, [item(`${i + 1}.1`, m)])));
    const rows: RowSpec[] = got.flatMap((g, i): RowSpec[] => [[String(i + 1), {}], [`${i + 1}.1`, { self: g, appraised: g }]]);
    const s = scores(set, rows);
    expect(s.final!.total).toBeCloseTo(85, 9);
    expect(s.final!.max).toBe(100);
    expect(r2(s.final!.index)).toBe(85);
    expect(r2(s.areas[2].appraisedIndex!)).toBe(82.76);
    expect(r2(s.areas[2].index)).toBe(82.76);
  });

  it('a unit exempt from area 3 (20) and criterion 7.3 (7): 65 / 73 = 89.04%', () => {
    const na = { notApplicable: 'allowed' as const };
    const set = buildSet([
      item('1', 50, [item('1.1', 50)]),
      item('3', 20, [item('3.1', 10, [], na), item('3.2', 10, [], na)]),
      item('7', 30, [item('7.1', 23), item('7.3', 7, [], na)]),
    ]);
    const s = scores(set, [
      ['1', {}],
      ['1.1', { self: 45 }],
      ['3', {}],
      ['3.1', { self: 'KAD' }],
      ['3.2', { self: 'Không áp dụng' }],
      ['7', {}],
      ['7.1', { self: 20 }],
      ['7.3', { self: 'N/A' }],
    ]);
    expect(s.self.total).toBe(65);
    expect(s.self.max).toBe(73);
    expect(r2(s.self.index)).toBe(89.04);
    // N/A shrinks every ancestor's max.
    expect(itemOf(s, '3')).toMatchObject({ max: 0, setMax: 20, notApplicable: true });
    expect(itemOf(s, '7')).toMatchObject({ max: 23, setMax: 30, notApplicable: false });
    expect(itemOf(s, '7.3')).toMatchObject({ max: 0, notApplicable: true });
  });

  it('70 appraised + 22 survey − 1.5 penalty = 90.50', () => {
    const set = buildSet(
      [
        item('1', 75, [item('1.1', 75)]),
        item('2', 25, [item('2.1', 25, [], { kind: 'survey' })]),
        item('3', 5, [], { kind: 'penalty' }),
      ],
      { scale: 100 },
    );
    const s = scores(set, [
      ['1', {}],
      ['1.1', { self: 72, appraised: 70 }],
      ['2', {}],
      ['2.1', { appraised: 22 }],
      ['3', { self: 1, appraised: '-1,5' }],
    ]);
    expect(s.final!.total).toBeCloseTo(90.5, 9);
    expect(s.final!.max).toBe(100);
    expect(s.penalty).toEqual({ self: 1, appraised: 1.5 });
    // Self total: survey left out of both total and max.
    expect(s.self).toMatchObject({ total: 71, max: 75 });
    expect(s.self.index).toBeCloseTo((71 / 75) * 100, 6);
  });
});

describe('computeScores: rules', () => {
  const set = buildSet([
    item('1', 4, [
      item('1.1', 2, [item('1.1.1', 1), item('1.1.2', 1)]),
      item('1.2', 2, [], { kind: 'survey' }),
    ]),
    item('2', 6, [item('2.1', 3), item('2.2', 3)]),
  ]);

  it('caps a leaf above its max, counts negatives, text, errors and dashes as 0', () => {
    const s = scores(set, [
      ['1', {}],
      ['1.1', {}],
      ['1.1.1', { self: '1,25' }],
      ['1.1.2', { self: -1 }],
      ['1.2', {}],
      ['2', { self: 99 }],
      ['2.1', { self: '#REF!' }],
      ['2.2', { self: 'đạt' }],
    ]);
    expect(itemOf(s, '1.1.1').self).toBe(1);
    expect(itemOf(s, '1.1.2').self).toBe(0);
    expect(itemOf(s, '2').self).toBe(0);
    expect(s.self).toMatchObject({ total: 1, max: 8 });
  });

  it('ignores a self score on a survey item and takes survey points from the appraised column', () => {
    const s = scores(set, [
      ['1', {}],
      ['1.1', {}],
      ['1.1.1', { self: 1, appraised: 1 }],
      ['1.1.2', { self: 1, appraised: 0.5 }],
      ['1.2', { self: 2, appraised: 1.5 }],
      ['2', {}],
      ['2.1', { self: 3, appraised: 3 }],
      ['2.2', { self: 3, appraised: 2 }],
    ]);
    expect(itemOf(s, '1.2')).toMatchObject({ self: 0, selfMax: 0, appraised: 1.5, max: 2 });
    expect(s.areas[0]).toMatchObject({ self: 2, selfMax: 2, appraised: 3, max: 4 });
    expect(s.self).toEqual({ total: 8, max: 8, index: 100 });
    expect(s.final).toEqual({ total: 8, max: 10, index: 80 });
  });

  it('reads survey points from a separate survey column', () => {
    const s = scores(
      set,
      [
        ['1.1.1', { self: 1, appraised: 1 }],
        ['1.1.2', { self: 1, appraised: 1 }],
        ['1.2', { survey: 2 }],
      ],
      { survey: true },
    );
    expect(itemOf(s, '1.2').appraised).toBe(2);
    expect(s.final!.total).toBe(4);
  });

  it('scores N/A where not allowed as 0 and keeps the max', () => {
    const s = scores(set, [['1.1.1', { self: 'KAD' }], ['2.1', { self: 3 }]]);
    expect(itemOf(s, '1.1.1')).toMatchObject({ notApplicable: false, self: 0, max: 1 });
    expect(s.self.max).toBe(8);
  });

  it('scores missing items 0 and keeps their max', () => {
    const s = scores(set, [['2.1', { self: 3 }], ['2.2', { self: 3 }]]);
    expect(itemOf(s, '1.1.1')).toMatchObject({ missing: true, row: null, self: 0, max: 1 });
    expect(s.self).toMatchObject({ total: 6, max: 8, index: 75 });
  });

  it('has no final score without an appraised column, or with only blank appraised leaves', () => {
    expect(scores(set, [['1.1.1', { self: 1 }]]).final).toBeNull();
    const blank = scores(set, [
      ['1', { appraised: 0, formula: { appraised: 'SUM(I12,I15)' } }],
      ['1.1.1', { self: 1, appraised: '' }],
      ['1.1.2', { self: 1, appraised: '-' }],
    ]);
    expect(blank.final).toBeNull();
    expect(blank.items.every((i) => i.appraised === null)).toBe(true);
  });

  it('lets the appraisal decide N/A when the appraiser wrote on the row', () => {
    const naSet = buildSet([item('1', 2, [item('1.1', 1, [], { notApplicable: 'allowed' }), item('1.2', 1)])]);
    const s = scores(naSet, [
      ['1.1', { self: 'KAD', appraised: 0 }],
      ['1.2', { self: 1, appraised: 1 }],
    ]);
    expect(itemOf(s, '1.1')).toMatchObject({ notApplicable: false, max: 1 });
    expect(s.final).toEqual({ total: 1, max: 2, index: 50 });
  });
});

describe('computeScores: bonus and penalty', () => {
  const set = buildSet(
    [
      item('1', 10, [item('1.1', 10), item('1.2', 1, [], { kind: 'bonus' })]),
      item('9', 2, [], { kind: 'bonus' }),
      item('10', 3, [item('10.1', 2), item('10.2', 2)], { kind: 'penalty' }),
    ],
    { scale: 10 },
  );

  it('adds bonus capped at its max, deducts penalty written either way capped at its max', () => {
    const s = scores(set, [
      ['1.1', { self: 6, appraised: 6 }],
      ['1.2', { self: 5, appraised: 1 }],
      ['9', { self: 3, appraised: 1.5 }],
      ['10.1', { self: -2, appraised: 2 }],
      ['10.2', { self: 2, appraised: '-2' }],
    ]);
    expect(s.bonus).toEqual({ self: 3, appraised: 2.5 });
    expect(s.penalty).toEqual({ self: 3, appraised: 3 });
    expect(s.areas.map((a) => a.code)).toEqual(['1']);
    expect(s.areas[0]).toMatchObject({ self: 6, max: 10 }); // the nested bonus is counted apart
    expect(s.self.total).toBe(6);
    expect(s.final!.total).toBe(5.5);
  });

  it('never lifts a total above its max nor below 0', () => {
    const high = scores(set, [['1.1', { self: 10, appraised: 10 }], ['9', { self: 2, appraised: 2 }]]);
    expect(high.self).toEqual({ total: 10, max: 10, index: 100 });
    const low = scores(set, [['1.1', { self: 1, appraised: 1 }], ['10.1', { self: 2, appraised: 2 }]]);
    expect(low.final).toEqual({ total: 0, max: 10, index: 0 });
  });
});

describe('computeScores: classification', () => {
  const bands = [
    { label: 'Tốt', minIndex: 90, minComponentIndex: 80 },
    { label: 'Khá', minIndex: 80, minComponentIndex: 70 },
    { label: 'Trung bình', minIndex: 0 },
  ];
  const set = buildSet([item('1', 90, [item('1.1', 90)]), item('2', 10, [item('2.1', 10)])], { classification: bands });

  it('applies component minima on the final index', () => {
    const s = scores(set, [['1.1', { self: 90, appraised: 88 }], ['2.1', { self: 10, appraised: 7.5 }]]);
    expect(s.final!.index).toBeCloseTo(95.5, 9);
    expect(s.classification).toBe('Khá'); // area 2 at 75% < 80%
    expect(s.classifiedOn).toBe('final');
  });

  it('classifies on the self index when not appraised, at exact boundaries', () => {
    const s = scores(set, [['1.1', { self: 82 }], ['2.1', { self: 8 }]]);
    expect(s.self.index).toBe(90);
    expect(s.classification).toBe('Tốt');
    expect(s.classifiedOn).toBe('self');
  });

  it('falls to the last band and gives null without bands', () => {
    expect(scores(set, [['1.1', { self: 10 }]]).classification).toBe('Trung bình');
    const none = scores(buildSet([item('1', 1)]), [['1', { self: 1 }]]);
    expect(none.classification).toBeNull();
    expect(none.classifiedOn).toBeNull();
  });
});
