import { findAppraisalIssues } from '../../../src/engine/findings/appraisal-checks';
import { cleanRows, keys, runCheck } from '../helpers/parsed-fixtures';

const run = (overrides: Parameters<typeof cleanRows>[0]) => runCheck(findAppraisalIssues, cleanRows(overrides), { appraised: true });

describe('appraisal checks', () => {
  test('equal scores need no note', () => {
    expect(run({ '1.1.1': { appraised: 1 }, '1.4': { appraised: '2' } })).toEqual([]);
  });

  test('appraisal.noNote on the appraised cell when the score changed without a note', () => {
    const f = run({ '1.1.1': { self: 1, appraised: 0.5 } });
    expect(keys(f)).toEqual(['appraisal.noNote@I13']);
    expect(f[0].severity).toBe('error');
    expect(f[0].message.vi).toContain('0,5');
    expect(f[0].message.vi).toContain('ý kiến thẩm định');
  });

  test('a note (appraiser note or the general note column) clears it', () => {
    expect(run({ '1.1.1': { self: 1, appraised: 0.5, appraiserNote: 'Ban hành chậm' } })).toEqual([]);
    expect(run({ '1.1.1': { self: 1, appraised: 0.5, note: 'Ban hành chậm' } })).toEqual([]);
  });

  test('one side N/A counts as a change; both N/A do not', () => {
    expect(keys(run({ '1.2': { self: 'KAD', appraised: 1 } }))).toEqual(['appraisal.noNote@I16']);
    expect(run({ '1.2': { self: 'KAD', appraised: 'KAD' } })).toEqual([]);
  });

  test('a blank appraised cell is not compared; a blank self counts as 0', () => {
    expect(run({ '1.1.1': { self: 1, appraised: null } })).toEqual([]);
    expect(keys(run({ '1.4': { self: null, appraised: 1 } }))).toEqual(['appraisal.noNote@I18']);
  });

  test('survey items are not compared (the unit never scores them)', () => {
    expect(run({ '1.3': { appraised: 1.5 } })).toEqual([]);
  });

  test('no appraised column: nothing to check', () => {
    expect(runCheck(findAppraisalIssues, cleanRows({}))).toEqual([]);
  });
});
