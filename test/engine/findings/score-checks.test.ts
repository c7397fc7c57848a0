import { findScoreIssues } from '../../../src/engine/findings/score-checks';
import { cleanRows, keys, runCheck } from '../helpers/parsed-fixtures';

const run = (overrides: Parameters<typeof cleanRows>[0], opts = {}) => runCheck(findScoreIssues, cleanRows(overrides), opts);

describe('score checks', () => {
  test('a clean sheet has no score finding', () => {
    expect(run({})).toEqual([]);
  });

  test('score.aboveMax names the cell, the values (Vietnamese decimals) and the fix', () => {
    const f = run({ '1.2': { self: '2,25' } });
    expect(keys(f)).toEqual(['score.aboveMax@F16']);
    expect(f[0].severity).toBe('error');
    expect(f[0].item).toBe('1.2');
    expect(f[0].message.vi).toContain('2,25');
    expect(f[0].message.vi).toContain('tối đa 2');
    expect(f[0].message.en).toContain('2.25');
  });

  test('score.negative, but a penalty may be written negative', () => {
    expect(keys(run({ '1.4': { self: -1 } }))).toEqual(['score.negative@F18']);
  });

  test('score.notAllowed for a value outside the options, not for an option value', () => {
    const f = run({ '1.1.1': { self: 0.75 } });
    expect(keys(f)).toEqual(['score.notAllowed@F13']);
    expect(f[0].message.vi).toContain('1; 0,5; 0');
    expect(run({ '1.1.1': { self: '0,5', evidence: 'x' } }).filter((x) => x.code === 'score.notAllowed')).toEqual([]);
  });

  test('bands: the score must be one of the band points', () => {
    expect(keys(run({ '1.1.2': { self: 1.5, declared: null } }))).toEqual(['score.notAllowed@F14']);
  });

  test('score.notStep for a value off the step, none on a multiple', () => {
    const f = run({ '1.2': { self: 1.3 } });
    expect(keys(f)).toEqual(['score.notStep@F16']);
    expect(f[0].severity).toBe('warning');
    expect(f[0].message.vi).toContain('1,25');
    expect(run({ '1.2': { self: 0.5 } })).toEqual([]);
  });

  test('score.tooManyDecimals for 3 decimals on a free item, not for 2', () => {
    const f = run({ '1.4': { self: 1.255 } });
    expect(keys(f)).toEqual(['score.tooManyDecimals@F18']);
    expect(f[0].message.vi).toContain('1,255');
    expect(run({ '1.4': { self: 1.25 } })).toEqual([]);
  });

  test('score.declaredMismatch: bands (first match wins) and proportional', () => {
    // 95% is above 90 → 2 points expected, the unit wrote 1.
    const f = run({ '1.1.2': { declared: 95, self: 1 } });
    expect(keys(f)).toEqual(['score.declaredMismatch@F14']);
    expect(f[0].message.vi).toContain('95%');
    expect(f[0].message.vi).toContain('phải là 2 điểm');
    // exactly 90 is not "above 90": 1 point is right
    expect(run({ '1.1.2': { declared: 90, self: 1 } })).toEqual([]);
    // 85% × 1 point = 0,85; 0,8 is wrong
    expect(keys(run({ '1.1.3': { self: 0.8 } }))).toEqual(['score.declaredMismatch@F15']);
    // a percent-formatted cell may reach the engine as 0.85
    expect(run({ '1.1.3': { declared: 0.85, self: 0.85 } })).toEqual([]);
  });

  test('declared mismatch is a self-column check only', () => {
    const f = run({ '1.1.2': { declared: 95, self: 2, appraised: 1, appraiserNote: 'x' } });
    expect(f.filter((x) => x.code === 'score.declaredMismatch')).toEqual([]);
    // the same appraised value in the self column would be flagged
    expect(keys(run({ '1.1.2': { declared: 95, self: 1 } }))).toEqual(['score.declaredMismatch@F14']);
  });

  test('score.selfOnSurvey for a number on a survey row; 0, "-" or text are not self-scores', () => {
    const f = run({ '1.3': { self: 1.5 } });
    expect(keys(f)).toEqual(['score.selfOnSurvey@F17']);
    expect(f[0].severity).toBe('error');
    expect(run({ '1.3': { self: 0 } })).toEqual([]);
    expect(run({ '1.3': { self: '-' } })).toEqual([]);
    expect(run({ '1.3': { self: 'XHH' } })).toEqual([]);
  });

  test('score.naNotAllowed where the set does not allow N/A; allowed N/A is fine', () => {
    const f = run({ '1.1.1': { self: 'Không áp dụng' } });
    expect(keys(f)).toEqual(['score.naNotAllowed@F13']);
    expect(run({ '1.2': { self: 'KAD' } })).toEqual([]);
  });

  test('score.notNumber and score.excelError', () => {
    expect(keys(run({ '1.4': { self: 'đạt' } }))).toEqual(['score.notNumber@F18']);
    expect(keys(run({ '1.4': { self: '#REF!' } }))).toEqual(['score.excelError@F18']);
  });

  test('score.missing: blank self on a scored leaf is a warning; appraised blanks only once appraisal started', () => {
    const f = run({ '1.4': { self: null } });
    expect(keys(f)).toEqual(['score.missing@F18']);
    expect(f[0].severity).toBe('warning');
    expect(keys(run({ '1.4': { self: '-' } }))).toEqual(['score.missing@F18']);
    // appraised column present but empty everywhere: nothing expected yet
    expect(run({}, { appraised: true })).toEqual([]);
    // appraisal started: the blank appraised cell of 1.4 is flagged
    const started = run({ '1.1.1': { appraised: 1 }, '1.3': { appraised: 1.5 } }, { appraised: true });
    expect(keys(started)).toContain('score.missing@I18');
    expect(keys(started)).not.toContain('score.missing@I13');
  });

  test('appraisal.surveyMissing is info, only when appraisal started, on the survey column when there is one', () => {
    expect(run({}, { appraised: true })).toEqual([]);
    const f = run(
      { '1.1.1': { appraised: 1 }, '1.1.2': { appraised: 1 }, '1.1.3': { appraised: 0.85 }, '1.2': { appraised: 1.75 }, '1.4': { appraised: 2 } },
      { appraised: true },
    );
    expect(keys(f)).toEqual(['appraisal.surveyMissing@I17']);
    expect(f[0].severity).toBe('info');
    const withSurveyCol = run({ '1.1.1': { appraised: 1 } }, { appraised: true, survey: true });
    expect(keys(withSurveyCol)).toContain('appraisal.surveyMissing@K17');
    const entered = run({ '1.1.1': { appraised: 1 }, '1.3': { survey: 1.2 } }, { appraised: true, survey: true });
    expect(keys(entered).filter((k) => k.startsWith('appraisal'))).toEqual([]);
  });

  test('survey points are checked against the max too', () => {
    expect(keys(run({ '1.3': { appraised: 2.5 } }, { appraised: true }))).toContain('score.aboveMax@I17');
  });
});
