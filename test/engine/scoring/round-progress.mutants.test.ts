/**
 * Where the appraisal cycle stands (src/engine/scoring/round-progress.ts): the edges of each rule.
 * Sheet: ruleSet() of parsed-fixtures — scored leaves 1.1.1 (self 1), 1.1.2 (self 1), 1.1.3
 * (self 0.85), 1.2 (self 1.75, N/A allowed), 1.4 (self 2): 5 expected round-1 scores; 1.3 is a
 * survey item and never counts.
 */
import { alignRows } from '../../../src/engine/align';
import { roundProgress } from '../../../src/engine/scoring/round-progress';
import { buildParsed, type RowInput } from '../helpers/build-parsed';
import { cleanRows, ruleSet } from '../helpers/parsed-fixtures';

const SET = ruleSet();
type Drop = 'unitAnswer' | 'addedEvidence' | 'appraised2';

function progress(overrides: Record<string, RowInput>, drop: Drop[] = [], only?: string[]) {
  const rows = cleanRows(overrides).filter((r) => !only || (Array.isArray(r) && only.includes(r[0]!)));
  const parsed = buildParsed(rows, { appraised: true, rounds: true });
  for (const d of drop) delete parsed.columns[d];
  return roundProgress(parsed, SET, alignRows(parsed, SET));
}

describe('round 1: what counts as entered', () => {
  test('a number or N/A counts; words, a dash and an Excel error do not', () => {
    // 1.1.1 KAD (counts), 1.1.2 words, 1.1.3 dash, 1.2 #REF!, 1.4 2 (counts) → 2 of 5
    const p = progress({ '1.1.1': { appraised: 'KAD' }, '1.1.2': { appraised: 'chưa chấm' }, '1.1.3': { appraised: '-' }, '1.2': { appraised: '#REF!' }, '1.4': { appraised: 2 } });
    expect(p.round1).toEqual({ filled: 2, expected: 5 });
    expect(p.current).toBe(1);
  });

  test('a survey item is never expected; an item with no row on the sheet is not expected either', () => {
    // rows 1, 1.1, 1.1.1, 1.1.2, 1.3 only: scored leaves present 1.1.1, 1.1.2 → 2 expected
    const p = progress({ '1.1.1': { appraised: 1 }, '1.3': { appraised: 1 } }, [], ['1', '1.1', '1.1.1', '1.1.2', '1.3']);
    expect(p.round1).toEqual({ filled: 1, expected: 2 });
  });
});

describe('answer columns', () => {
  test('either the answer column or the added-evidence column makes a sheet with answers', () => {
    expect(progress({}).hasAnswerColumns).toBe(true);
    expect(progress({}, ['unitAnswer']).hasAnswerColumns).toBe(true);
    expect(progress({}, ['addedEvidence']).hasAnswerColumns).toBe(true);
    expect(progress({}, ['unitAnswer', 'addedEvidence']).hasAnswerColumns).toBe(false);
  });

  test('an answer of spaces is no answer', () => {
    const p = progress({ '1.1.1': { appraised: 0.5, unitAnswer: '   ', addedEvidence: ' \n' }, '1.4': { appraised: 2 } });
    expect(p.round2).toMatchObject({ answered: 0, needed: 0, state: 'notStarted', pending: [] });
  });

  test('answers but no round-2 column: nothing is needed, round 2 never starts', () => {
    const p = progress({ '1.1.1': { appraised: 0.5, unitAnswer: 'Đã ban hành', appraised2: 1 } }, ['appraised2']);
    expect(p.hasRound2Column).toBe(false);
    // the row still carries a round-2 number, but without the column round 2 is not under way
    expect(p.round2).toMatchObject({ answered: 1, needed: 0, neededFilled: 0, state: 'notStarted', pending: [] });
  });
});

describe('no answer columns: round 1 lowered the claim', () => {
  const noAnswers: Drop[] = ['unitAnswer', 'addedEvidence'];
  // Round 2 started on 1.4 (2 → 2, not lowered); the others decide what is pending.
  const started = { '1.4': { appraised: 2, appraised2: 2 } };
  const pendingOf = (o: Record<string, RowInput>) => progress({ ...started, ...o }, noAnswers).round2.pending;

  test('lowered by more than a millionth: pending; by less, or exactly a millionth: not', () => {
    expect(pendingOf({ '1.1.1': { appraised: 0.5 } })).toEqual(['1.1.1']); // 0.5 < 1
    expect(pendingOf({ '1.1.1': { appraised: 0.9999995 } })).toEqual([]); // 1 − 0.9999995 = 5e-7 ≤ 1e-6
    expect(pendingOf({ '1.2': { appraised: 1.749999 } })).toEqual([]); // 1.75 − 1.749999 = 1e-6, not more
    expect(pendingOf({ '1.2': { appraised: 1.75 } })).toEqual([]);
  });

  test('N/A claimed and a number given is lowered; N/A given, or N/A both, is not', () => {
    expect(pendingOf({ '1.2': { self: 'KAD', appraised: 1 } })).toEqual(['1.2']);
    expect(pendingOf({ '1.2': { self: 'KAD', appraised: 'KAD' } })).toEqual([]);
    expect(pendingOf({ '1.2': { self: 1.75, appraised: 'KAD' } })).toEqual([]);
  });

  test('nothing appraised in round 1, or a blank claim, is not lowered', () => {
    expect(pendingOf({ '1.1.1': { appraised: null } })).toEqual([]);
    expect(pendingOf({ '1.1.1': { self: null, appraised: 0 } })).toEqual([]);
  });

  test('pending in set order; round 2 complete once each lowered item has its round-2 score', () => {
    const o = { '1.2': { appraised: 1 }, '1.1.1': { appraised: 0.5 } };
    expect(pendingOf(o)).toEqual(['1.1.1', '1.2']);
    const done = progress({ ...started, '1.2': { appraised: 1, appraised2: 1.5 }, '1.1.1': { appraised: 0.5, appraised2: 'KAD' } }, noAnswers);
    // filled: 1.4, 1.2, 1.1.1 = 3; needed 1.1.1 and 1.2, both filled
    expect(done.round2).toMatchObject({ filled: 3, needed: 2, neededFilled: 2, state: 'complete', pending: [] });
    expect(done.current).toBeNull();
  });
});

describe('a sheet without an appraised or a self column', () => {
  test('no appraised column: nothing was lowered in round 1, so round 2 numbers complete round 2', () => {
    const rows = cleanRows({ '1.1.1': { appraised2: 1 } });
    const parsed = buildParsed(rows, { appraised: false, rounds: true });
    delete parsed.columns.unitAnswer;
    delete parsed.columns.addedEvidence;
    const p = roundProgress(parsed, SET, alignRows(parsed, SET));
    // 5 scored leaves expected, none filled; round 2: 1.1.1 filled, nothing needed
    expect(p.round1).toEqual({ filled: 0, expected: 5 });
    expect(p.round2).toMatchObject({ filled: 1, needed: 0, state: 'complete', pending: [] });
    expect(p.current).toBeNull();
  });

  test('no self column: no claim, so nothing was lowered', () => {
    const parsed = buildParsed(cleanRows({ '1.1.1': { appraised: 0.5 }, '1.4': { appraised: 2, appraised2: 2 } }), { appraised: true, rounds: true });
    delete parsed.columns.unitAnswer;
    delete parsed.columns.addedEvidence;
    delete parsed.columns.self;
    for (const r of parsed.rows) r.self = null;
    const p = roundProgress(parsed, SET, alignRows(parsed, SET));
    expect(p.round2).toMatchObject({ filled: 1, needed: 0, state: 'complete', pending: [] });
  });
});

describe('the round in progress', () => {
  test('round 2 complete while round 1 still has blanks: no round in progress (round 2 has begun)', () => {
    // answered 1.1.1 with its round-2 score; round 1: 1.1.1 and 1.4 of 5
    const p = progress({ '1.1.1': { appraised: 0.5, unitAnswer: 'x', appraised2: 1 }, '1.4': { appraised: 2 } });
    expect(p.round1).toEqual({ filled: 2, expected: 5 });
    expect(p.round2.state).toBe('complete');
    expect(p.current).toBeNull();
  });

  test('round 2 in progress while round 1 has blanks: round 2', () => {
    const p = progress({ '1.1.1': { appraised: 0.5, unitAnswer: 'x' }, '1.4': { appraised: 2 } });
    expect(p.round2).toMatchObject({ state: 'inProgress', pending: ['1.1.1'] });
    expect(p.current).toBe(2);
  });
});
