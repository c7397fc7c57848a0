/**
 * Score-cell checks (src/engine/findings/score-checks.ts) at the edges the other tests leave
 * open: items missing from the sheet, cells or columns the reader did not give, a dash in the
 * survey cell, float noise in a survey row's self cell. Sheet: cleanRows() of ruleSet()
 * (helpers/parsed-fixtures.ts), rows 1.1.1 → 13, 1.1.2 → 14, 1.1.3 → 15, 1.2 → 16, 1.3 (survey)
 * → 17, 1.4 → 18; columns F self, I appraised, K survey, M round 2. Expected findings by hand.
 */
import { alignRows } from '../../../src/engine/align';
import { buildContext } from '../../../src/engine/findings/context';
import { findScoreIssues } from '../../../src/engine/findings/score-checks';
import type { ParsedSheet } from '../../../src/engine/layout/parsed-sheet';
import { buildParsed, type BuildOptions, type RowInput, type RowSpec } from '../helpers/build-parsed';
import { cleanRows, keys, ruleSet, runCheck } from '../helpers/parsed-fixtures';

const run = (overrides: Record<string, RowInput>, opts: BuildOptions = {}) => runCheck(findScoreIssues, cleanRows(overrides), opts);

/** The check on a sheet changed after building (a cell or column the reader did not give). */
function runEdited(specs: RowSpec[], opts: BuildOptions, edit: (p: ParsedSheet) => void) {
  const set = ruleSet();
  const parsed = buildParsed(specs, opts);
  edit(parsed);
  return findScoreIssues(buildContext(parsed, set, alignRows(parsed, set)));
}

const rowOf = (p: ParsedSheet, code: string) => p.rows.find((r) => r.code === code)!;

/** Every scored leaf appraised with its self value (valid), so only the row under test speaks. */
const APPRAISED: Record<string, RowInput> = {
  '1.1.1': { appraised: 1 },
  '1.1.2': { appraised: 1 },
  '1.1.3': { appraised: 0.85 },
  '1.2': { appraised: 1.75 },
  '1.4': { appraised: 2 },
};

describe('items and cells the sheet does not have', () => {
  test('a leaf item missing from the sheet gets no score finding; the others are still checked', () => {
    // 1.4 (the last row) left out; 1.2 = 1,3 is off its 0,25 step (1,25 or 1,5) → notStep on F16.
    const specs = cleanRows({ '1.2': { self: 1.3 } }).filter((s) => !Array.isArray(s) || s[0] !== '1.4');
    expect(keys(runCheck(findScoreIssues, specs))).toEqual(['score.notStep@F16']);
  });

  test('a sheet without a self column: no self finding, the survey row is still checked once appraisal started', () => {
    // No self cell anywhere (null, no column): nothing to say about self scores; every scored leaf
    // appraised validly; 1.3's survey points (appraised column I, no survey column) are blank.
    const f = runEdited(cleanRows(APPRAISED), { appraised: true }, (p) => {
      delete p.columns.self;
      for (const r of p.rows) r.self = null;
    });
    expect(keys(f)).toEqual(['appraisal.surveyMissing@I17']);
  });

  test('a sheet with round 2 but neither a round-1 nor a survey column: nothing is expected in columns it lacks', () => {
    // Appraisal has started (1.1.1 has a round-2 score, a valid option 1), but there is no
    // column for round 1 or survey points: no surveyMissing and no missing appraised score.
    const f = runCheck(findScoreIssues, cleanRows({ '1.1.1': { appraised2: 1 } }), { appraised: false, rounds: true });
    expect(f).toEqual([]);
  });

  test('a survey cell the reader did not give is reported on the survey column of its row', () => {
    // Sheet with a survey column K; 1.3's survey cell is null: surveyMissing on K17 (row 17, column K).
    const f = runEdited(cleanRows(APPRAISED), { appraised: true, survey: true }, (p) => {
      rowOf(p, '1.3').survey = null;
    });
    expect(keys(f)).toEqual(['appraisal.surveyMissing@K17']);
    // 1.3 is a depth-1 item ("tiêu chí"), max 2.
    expect(f[0].message.vi).toBe(
      'Chưa có điểm điều tra xã hội học của tiêu chí 1.3 (tối đa 2). Tổ thẩm định sẽ nhập điểm khi có kết quả điều tra; đến lúc đó tiêu chí này được tính 0 điểm.',
    );
    expect(f[0].message.en).toBe(
      'No survey score yet for criterion 1.3 (max 2). The appraising body enters it when the survey results are in; until then it scores 0.',
    );
  });

  test('a self cell the reader did not give is a blank score on the self column of its row', () => {
    // 1.4 (free 0..2, N/A not allowed): self cell null → score.missing on F18, no N/A wording.
    const f = runEdited(cleanRows(), {}, (p) => {
      rowOf(p, '1.4').self = null;
    });
    expect(keys(f)).toEqual(['score.missing@F18']);
    expect(f[0].message).toEqual({
      vi: 'Điểm tự đánh giá của tiêu chí 1.4 đang để trống nên được tính 0 điểm. Đề nghị đơn vị nhập điểm (từ 0 đến 2); nếu đúng là 0 điểm, ghi 0.',
      en: 'Self-assessed score of criterion 1.4 is blank, so it scores 0. Enter the score (0 to 2); if it really is 0, type 0.',
    });
  });
});

describe('survey rows', () => {
  test('a dash in the survey points once appraisal started is "not entered yet", like a blank', () => {
    // 1.3's survey points sit in the appraised column I (no survey column): "-" → surveyMissing on I17.
    expect(keys(run({ ...APPRAISED, '1.3': { appraised: '-' } }, { appraised: true }))).toEqual(['appraisal.surveyMissing@I17']);
  });

  test('a self value within a billionth of 0 on a survey row is not a self-score', () => {
    // |1e-9| > 1e-9 is false: float noise of a 0, not a score the unit gave itself.
    expect(run({ '1.3': { self: 1e-9 } })).toEqual([]);
    // 0,5 is a real self-score → selfOnSurvey on F17.
    expect(keys(run({ '1.3': { self: 0.5 } }))).toEqual(['score.selfOnSurvey@F17']);
  });
});
