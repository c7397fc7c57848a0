/**
 * Final = round 2 where entered, else round 1; both rounds' figures per area and in total; where
 * each final figure came from. Expected values worked out by hand in the comments.
 */
import { alignRows } from '../../../src/engine/align';
import { computeScores } from '../../../src/engine/scoring/compute';
import { buildParsed, type RowSpec } from '../helpers/build-parsed';
import { buildSet, item } from '../helpers/build-set';

/**
 * 1 (6): 1.1 (2) · 1.2 (2, N/A allowed) · 1.3 (2)
 * 2 (4): 2.1 (2) · 2.2 (2, survey)
 * scale 10
 */
const SET = buildSet([
  item('1', 6, [item('1.1', 2), item('1.2', 2, [], { notApplicable: 'allowed' }), item('1.3', 2)]),
  item('2', 4, [item('2.1', 2), item('2.2', 2, [], { kind: 'survey' })]),
]);

function score(specs: RowSpec[], options: { rounds?: boolean } = {}) {
  const parsed = buildParsed(specs, { appraised: true, ...options });
  return computeScores(parsed, SET, alignRows(parsed, SET));
}

const area = (r: ReturnType<typeof score>, code: string) => r.areas.find((a) => a.code === code)!;
const item_ = (r: ReturnType<typeof score>, code: string) => r.items.find((i) => i.code === code)!;

describe('two appraisal rounds', () => {
  // self: every scored leaf 2 (8 of 8 self max).
  const sheet: RowSpec[] = [
    ['1', {}],
    ['1.1', { self: 2, appraised: 1, appraised2: 2 }], //           restored in round 2
    ['1.2', { self: 2, appraised: 2, appraised2: 'Không áp dụng' }], // N/A granted in round 2
    ['1.3', { self: 2, appraised: 1, appraised2: null }], //        not re-appraised
    ['2', {}],
    ['2.1', { self: 2, appraised: 2, appraised2: 1.5 }], //         lowered in round 2
    ['2.2', { appraised: 1.5 }], //                                  survey, round 1 only
  ];

  test('final figures: round 2 where entered, else round 1', () => {
    const r = score(sheet);
    // leaves: 1.1 = 2 (r2), 1.2 N/A (r2), 1.3 = 1 (r1), 2.1 = 1.5 (r2), 2.2 = 1.5 (r1)
    expect(item_(r, '1.1').appraised).toBe(2);
    expect(item_(r, '1.2').notApplicable).toBe(true);
    expect(item_(r, '1.3').appraised).toBe(1);
    expect(item_(r, '2.1').appraised).toBe(1.5);
    // area 1: 2 + 0 + 1 = 3 of 6 − 2 (N/A) = 4 → 75 %; area 2: 1.5 + 1.5 = 3 of 4 → 75 %
    expect(area(r, '1')).toMatchObject({ appraised: 3, max: 4, appraisedIndex: 75 });
    expect(area(r, '2')).toMatchObject({ appraised: 3, max: 4, appraisedIndex: 75 });
    // total 6 of 10 − 2 = 8 → 75 %
    expect(r.final).toEqual({ total: 6, max: 8, index: 75 });
  });

  test('round 1 alone, per area and in total', () => {
    const rounds = score(sheet).rounds!;
    // area 1: 1 + 2 + 1 = 4 of 6 → 66.67 %; area 2: 2 + 1.5 = 3.5 of 4 → 87.5 %; total 7.5 of 10 → 75 %
    expect(rounds.round1!.areas[0].code).toBe('1');
    expect(rounds.round1!.areas[0].appraised).toBe(4);
    expect(rounds.round1!.areas[0].index).toBeCloseTo((4 / 6) * 100, 9);
    expect(rounds.round1!.areas[1]).toEqual({ code: '2', appraised: 3.5, index: 87.5 });
    expect(rounds.round1!.total).toEqual({ total: 7.5, max: 10, index: 75 });
    // round 2 = the final figures
    expect(rounds.round2!.total).toEqual({ total: 6, max: 8, index: 75 });
    expect(rounds.round2!.areas).toEqual([
      { code: '1', appraised: 3, index: 75 },
      { code: '2', appraised: 3, index: 75 },
    ]);
  });

  test('which round each final figure came from', () => {
    const r = score(sheet);
    expect(r.items.map((i) => [i.code, i.finalFrom])).toEqual([
      ['1', 'mixed'],
      ['1.1', 'round2'],
      ['1.2', 'round2'],
      ['1.3', 'round1'],
      ['2', 'mixed'],
      ['2.1', 'round2'],
      ['2.2', 'round1'],
    ]);
    expect(area(r, '1').finalFrom).toBe('mixed');
    expect(r.rounds!.finalFrom).toBe('mixed');
    expect(r.rounds!.round2Items).toEqual([
      { code: '1.1', round1: 1, round2: 2, notApplicable: false },
      { code: '1.2', round1: 2, round2: 0, notApplicable: true },
      { code: '2.1', round1: 2, round2: 1.5, notApplicable: false },
    ]);
  });

  test('an area re-appraised wholly in round 2 comes from round 2', () => {
    const r = score([
      ['1', {}],
      ['1.1', { self: 2, appraised: 1, appraised2: 1.5 }],
      ['1.2', { self: 2, appraised: 2, appraised2: 2 }],
      ['1.3', { self: 2, appraised: 2, appraised2: 2 }],
      ['2', {}],
      ['2.1', { self: 2, appraised: 2 }],
      ['2.2', { appraised: 2 }],
    ]);
    expect(area(r, '1').finalFrom).toBe('round2');
    expect(area(r, '2').finalFrom).toBe('round1');
    // final: 1.5 + 2 + 2 + 2 + 2 = 9.5 of 10; round 1: 1 + 2 + 2 + 2 + 2 = 9
    expect(r.final!.total).toBe(9.5);
    expect(r.rounds!.round1!.total.total).toBe(9);
  });

  test('round-2 column present but empty: round 1 is final, no round-2 figures yet', () => {
    const r = score(
      [
        ['1', {}],
        ['1.1', { self: 2, appraised: 1 }],
        ['1.2', { self: 2, appraised: 2 }],
        ['1.3', { self: 2, appraised: 2 }],
        ['2', {}],
        ['2.1', { self: 2, appraised: 2 }],
        ['2.2', { appraised: 2 }],
      ],
      { rounds: true },
    );
    // 1 + 2 + 2 + 2 + 2 = 9 of 10
    expect(r.final!.total).toBe(9);
    expect(r.rounds).toEqual({
      round1: { total: { total: 9, max: 10, index: 90 }, areas: [{ code: '1', appraised: 5, index: expect.closeTo((5 / 6) * 100, 6) }, { code: '2', appraised: 4, index: 100 }] },
      round2: null,
      finalFrom: 'round1',
      round2Items: [],
    });
  });

  test('text in a round-2 cell ("Giữ nguyên") leaves round 1 standing (the score checks report the text)', () => {
    const r = score([
      ['1', {}],
      ['1.1', { self: 2, appraised: 1, appraised2: 'Giữ nguyên' }],
      ['1.2', { self: 2, appraised: 2 }],
      ['1.3', { self: 2, appraised: 2 }],
      ['2', {}],
      ['2.1', { self: 2, appraised: 2 }],
      ['2.2', { appraised: 2 }],
    ]);
    expect(item_(r, '1.1')).toMatchObject({ appraised: 1, finalFrom: 'round1' });
    expect(r.final!.total).toBe(9);
  });

  test('only round 2 entered on a row whose round 1 is blank still makes the sheet appraised', () => {
    const r = score([
      ['1', {}],
      ['1.1', { self: 2, appraised2: 1 }],
      ['1.2', { self: 2 }],
      ['1.3', { self: 2 }],
      ['2', {}],
      ['2.1', { self: 2 }],
      ['2.2', {}],
    ]);
    // final: 1 (round 2) + 0 … = 1 of 10; round 1 alone has no value at all
    expect(r.final).toEqual({ total: 1, max: 10, index: 10 });
    expect(r.rounds!.round1).toBeNull();
    expect(r.rounds!.round2!.total.total).toBe(1);
    expect(r.rounds!.round2Items).toEqual([{ code: '1.1', round1: null, round2: 1, notApplicable: false }]);
  });

  test('a sheet without a round-2 column has no round figures, and its items say round 1', () => {
    const r = score([
      ['1', {}],
      ['1.1', { self: 2, appraised: 1 }],
      ['1.2', { self: 2, appraised: 2 }],
      ['1.3', { self: 2, appraised: 2 }],
      ['2', {}],
      ['2.1', { self: 2, appraised: 2 }],
      ['2.2', { appraised: 2 }],
    ]);
    expect(r.rounds).toBeNull();
    expect(item_(r, '1.1').finalFrom).toBe('round1');
    const selfOnly = score([['1', {}], ['1.1', { self: 2 }]], { rounds: false });
    expect(selfOnly.items[1].finalFrom).toBeNull();
  });
});
