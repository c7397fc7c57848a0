import { findParentIssues } from '../../../src/engine/findings/parent-checks';
import { cleanRows, keys, runCheck } from '../helpers/parsed-fixtures';

// Clean children: 1.1.1 = 1, 1.1.2 = 1, 1.1.3 = 0.85 → 1.1 = 2.85; 1.2 = 1.75, 1.3 survey, 1.4 = 2 → 1 = 6.6
const run = (overrides: Parameters<typeof cleanRows>[0], opts = {}) => runCheck(findParentIssues, cleanRows(overrides), opts);

describe('parent checks', () => {
  test('blank parent cells are fine', () => {
    expect(run({})).toEqual([]);
  });

  test('typed or formula values equal to the sum are fine (rounded to 2 decimals too)', () => {
    expect(run({ '1': { self: 6.6 }, '1.1': { self: 2.85, formula: { self: 'SUM(F13:F15)' } } })).toEqual([]);
    expect(run({ '1': { self: 6.604 } })).toEqual([]);
  });

  test('score.parentMismatch on the parent cell with both figures', () => {
    const f = run({ '1': { self: 7.6 } });
    expect(keys(f)).toEqual(['score.parentMismatch@F11']);
    expect(f[0].severity).toBe('warning');
    expect(f[0].message.vi).toContain('7,6');
    expect(f[0].message.vi).toContain('6,6');
  });

  test('the appraised column is checked too; survey children count there, not in the self column', () => {
    const ok = run(
      { '1.1.1': { appraised: 1 }, '1.3': { appraised: 1.5 }, '1': { self: 6.6, appraised: 2.5 } },
      { appraised: true },
    );
    expect(ok).toEqual([]);
    const bad = run({ '1.1.1': { appraised: 1 }, '1.3': { appraised: 1.5 }, '1': { appraised: 1 } }, { appraised: true });
    expect(keys(bad)).toEqual(['score.parentMismatch@I11']);
  });

  test('N/A children count 0; missing children count 0', () => {
    expect(run({ '1.2': { self: 'KAD' }, '1': { self: 4.85 } })).toEqual([]);
    const rows = cleanRows({ '1': { self: 4.85 } }).filter((r) => !Array.isArray(r) || r[0] !== '1.2');
    expect(runCheck(findParentIssues, rows)).toEqual([]);
  });

  test('an Excel error on a parent row is reported as a mismatch', () => {
    expect(keys(run({ '1.1': { self: '#REF!' } }))).toEqual(['score.parentMismatch@F12']);
  });

  test('a SUM including an above-max child is not blamed on the parent (the child is flagged)', () => {
    // 1.4 = 2.5 > max 2: capped sum 1.1 … = 6.6, plain sum = 7.1
    expect(run({ '1.4': { self: 2.5 }, '1': { self: 7.1 } })).toEqual([]);
  });
});
