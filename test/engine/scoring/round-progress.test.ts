/**
 * Which appraisal round is in progress (round 2 is optional per item; see round-progress.ts for
 * what "needs round 2" and "complete" mean). Sheet: ruleSet() of parsed-fixtures — scored leaves
 * 1.1.1, 1.1.2, 1.1.3, 1.2, 1.4 (5 expected round-1 scores); 1.3 is a survey item.
 */
import { alignRows } from '../../../src/engine/align';
import { roundProgress } from '../../../src/engine/scoring/round-progress';
import { buildParsed, type BuildOptions, type RowInput } from '../helpers/build-parsed';
import { cleanRows, ruleSet } from '../helpers/parsed-fixtures';

const SET = ruleSet();

function progress(overrides: Record<string, RowInput>, options: BuildOptions = { appraised: true, rounds: true }, answerColumns = true) {
  const parsed = buildParsed(cleanRows(overrides), options);
  if (!answerColumns) {
    delete parsed.columns.unitAnswer;
    delete parsed.columns.addedEvidence;
  }
  return roundProgress(parsed, SET, alignRows(parsed, SET));
}

// Round 1 complete: self 1 / 1 / 0.85 / 1.75 / 2; 1.1.1 and 1.2 lowered.
const ROUND1 = {
  '1.1.1': { appraised: 0.5 },
  '1.1.2': { appraised: 1 },
  '1.1.3': { appraised: 0.85 },
  '1.2': { appraised: 1.5 },
  '1.4': { appraised: 2 },
};
const merge = (...parts: Record<string, RowInput>[]) => {
  const out: Record<string, RowInput> = {};
  for (const p of parts) for (const [k, v] of Object.entries(p)) out[k] = { ...(out[k] ?? {}), ...v };
  return out;
};

describe('round progress', () => {
  test('nothing appraised: no round in progress', () => {
    const p = progress({});
    expect(p.current).toBeNull();
    expect(p.round1).toEqual({ filled: 0, expected: 5 });
    expect(p.round2.state).toBe('notStarted');
  });

  test('round 1 part-way: round 1 in progress', () => {
    const p = progress({ '1.1.1': { appraised: 0.5 }, '1.2': { appraised: 1.5 } });
    expect(p.round1).toEqual({ filled: 2, expected: 5 });
    expect(p.current).toBe(1);
  });

  test('round 1 complete, no answers, round 2 not started: nothing pending, round 1 stands', () => {
    const p = progress(ROUND1);
    expect(p.round1).toEqual({ filled: 5, expected: 5 });
    expect(p.round2).toMatchObject({ filled: 0, needed: 0, state: 'notStarted', pending: [] });
    expect(p.current).toBeNull();
  });

  test('the unit answered two items: round 2 is due for them (in progress) until both have a round-2 score', () => {
    const answered = merge(ROUND1, { '1.1.1': { unitAnswer: 'Đã ban hành đúng hạn' }, '1.2': { addedEvidence: 'QĐ số 3/QĐ-UBND ngày 1/3/2024' } });
    const due = progress(answered);
    expect(due.round2).toMatchObject({ filled: 0, needed: 2, neededFilled: 0, answered: 2, state: 'inProgress', pending: ['1.1.1', '1.2'] });
    expect(due.current).toBe(2);

    const half = progress(merge(answered, { '1.1.1': { appraised2: 1 } }));
    expect(half.round2).toMatchObject({ filled: 1, needed: 2, neededFilled: 1, state: 'inProgress', pending: ['1.2'] });
    expect(half.current).toBe(2);

    const done = progress(merge(answered, { '1.1.1': { appraised2: 1 }, '1.2': { appraised2: 'KAD' } }));
    expect(done.round2).toMatchObject({ filled: 2, needed: 2, neededFilled: 2, state: 'complete', pending: [] });
    expect(done.current).toBeNull();
  });

  test('no answer columns: once round 2 starts, every item lowered in round 1 needs it', () => {
    const opts: BuildOptions = { appraised: true, rounds: true };
    expect(progress(ROUND1, opts, false).round2.state).toBe('notStarted'); // nothing pending before round 2 starts
    const started = progress(merge(ROUND1, { '1.1.1': { appraised2: 1 } }), opts, false);
    // lowered: 1.1.1 (0.5 < 1), 1.2 (1.5 < 1.75)
    expect(started.round2).toMatchObject({ filled: 1, needed: 2, neededFilled: 1, state: 'inProgress', pending: ['1.2'] });
    expect(started.current).toBe(2);
    const done = progress(merge(ROUND1, { '1.1.1': { appraised2: 1 }, '1.2': { appraised2: 1.5 } }), opts, false);
    expect(done.round2.state).toBe('complete');
  });

  test('a sheet without a round-2 column: round 2 never starts, round 1 alone says the progress', () => {
    const p = progress({ '1.1.1': { appraised: 0.5 } }, { appraised: true, rounds: false });
    expect(p.hasRound2Column).toBe(false);
    expect(p.round2.state).toBe('notStarted');
    expect(p.current).toBe(1);
  });
});
