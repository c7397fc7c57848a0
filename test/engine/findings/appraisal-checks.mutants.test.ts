/**
 * Appraisal checks (src/engine/findings/appraisal-checks.ts) at their edges: items missing from
 * the sheet, cells the reader did not give, blanks and dashes read as 0, words that cannot be
 * compared, penalties compared by size, the one-millionth tolerance. Sheet: cleanRows() of
 * ruleSet() (helpers/parsed-fixtures.ts), rows 1.1.1 → 13, 1.2 → 16, 1.4 → 18; columns F self,
 * I round 1, J round-1 note, M round 2, N round-2 note. Expected findings worked out by hand.
 */
import { alignRows } from '../../../src/engine/align';
import { buildContext } from '../../../src/engine/findings/context';
import { findAppraisalIssues } from '../../../src/engine/findings/appraisal-checks';
import type { ParsedSheet } from '../../../src/engine/layout/parsed-sheet';
import { buildParsed, type BuildOptions, type RowInput, type RowSpec } from '../helpers/build-parsed';
import { buildSet, item } from '../helpers/build-set';
import { cleanRows, keys, ruleSet, runCheck } from '../helpers/parsed-fixtures';

const ROUNDS: BuildOptions = { appraised: true, rounds: true };
const run = (overrides: Record<string, RowInput>, opts: BuildOptions = ROUNDS) => runCheck(findAppraisalIssues, cleanRows(overrides), opts);

/** The check on a sheet changed after building (a cell the reader did not give). */
function runEdited(specs: RowSpec[], opts: BuildOptions, edit: (p: ParsedSheet) => void) {
  const set = ruleSet();
  const parsed = buildParsed(specs, opts);
  edit(parsed);
  return findAppraisalIssues(buildContext(parsed, set, alignRows(parsed, set)));
}

const rowOf = (p: ParsedSheet, code: string) => p.rows.find((r) => r.code === code)!;

describe('what is compared', () => {
  test('a leaf item missing from the sheet is skipped in both rounds; the others are compared', () => {
    // 1.4 (last row) left out; 1.1.1 self 1, round 1 = 0,5 without a note → noNote on I13.
    const specs = cleanRows({ '1.1.1': { self: 1, appraised: 0.5 } }).filter((s) => !Array.isArray(s) || s[0] !== '1.4');
    expect(keys(runCheck(findAppraisalIssues, specs, ROUNDS))).toEqual(['appraisal.noNote@I13']);
  });

  test('a sheet with self and round-2 columns but no round-1 column has nothing to compare', () => {
    // 1.1.1: self 1, round 2 = 0,5 without a note would be roundTwoNoNote with a round-1 column.
    expect(run({ '1.1.1': { self: 1, appraised2: 0.5 } }, { appraised: false, rounds: true })).toEqual([]);
  });

  test('a round-1 cell the reader did not give: round 2 is compared with the self score', () => {
    // 1.1.1: round-1 cell null, self 1, round 2 = 0,5, no note → "khác điểm tự đánh giá 1".
    const f = runEdited(cleanRows({ '1.1.1': { self: 1, appraised2: 0.5 } }), ROUNDS, (p) => {
      rowOf(p, '1.1.1').appraised = null;
    });
    expect(keys(f)).toEqual(['appraisal.roundTwoNoNote@M13']);
    expect(f[0].message.vi).toContain('Điểm thẩm định lần 2 0,5 của tiêu chí thành phần 1.1.1 khác điểm tự đánh giá 1 nhưng');
  });

  test('words or an Excel error in the self cell, round 1 blank: round 2 has nothing to be compared with', () => {
    // self "đạt" / "#REF!" is no score (score-checks says so); round 1 blank; round 2 = 1 → nothing.
    expect(run({ '1.1.1': { self: 'đạt', appraised: null, appraised2: 1 } })).toEqual([]);
    expect(run({ '1.1.1': { self: '#REF!', appraised: null, appraised2: 1 } })).toEqual([]);
  });
});

describe('a blank, a dash or a missing self cell is a self-score of 0', () => {
  test('round 1: a dash in the self cell is 0, so an appraised 1 needs a note', () => {
    const f = run({ '1.4': { self: '-', appraised: 1 } }, { appraised: true });
    expect(keys(f)).toEqual(['appraisal.noNote@I18']);
    expect(f[0].message.vi).toBe(
      'Điểm thẩm định 1 của tiêu chí 1.4 khác điểm tự đánh giá 0 nhưng không có ý kiến thẩm định. Đề nghị tổ thẩm định ghi lý do điều chỉnh vào cột ý kiến thẩm định để đơn vị có căn cứ giải trình.',
    );
  });

  test('round 1: a self cell the reader did not give is 0 too', () => {
    const f = runEdited(cleanRows({ '1.4': { appraised: 1 } }), { appraised: true }, (p) => {
      rowOf(p, '1.4').self = null;
    });
    expect(keys(f)).toEqual(['appraisal.noNote@I18']);
    expect(f[0].message).toEqual({
      vi: 'Điểm thẩm định 1 của tiêu chí 1.4 khác điểm tự đánh giá 0 nhưng không có ý kiến thẩm định. Đề nghị tổ thẩm định ghi lý do điều chỉnh vào cột ý kiến thẩm định để đơn vị có căn cứ giải trình.',
      en: "The appraised score 1 of criterion 1.4 differs from the self-score 0 with no appraiser note. Write the reason for the change in the appraiser's note column so the unit can respond.",
    });
  });

  test('round 2 with round 1 and self blank: changed from the self score 0 and above it', () => {
    // self blank → 0; round 1 blank → compare with self; round 2 = 1 ≠ 0 and 1 > 0 + 1e-6.
    const f = run({ '1.4': { self: null, appraised: null, appraised2: 1 } });
    expect(keys(f)).toEqual(['appraisal.roundTwoNoNote@M18']);
    expect(f[0].message.vi).toBe(
      'Điểm thẩm định lần 2 1 của tiêu chí 1.4 khác điểm tự đánh giá 0, cao hơn cả điểm đơn vị tự đánh giá 0, nhưng không có ý kiến thẩm định lần 2. Đề nghị tổ thẩm định ghi lý do điều chỉnh (ví dụ: chấp nhận giải trình, tài liệu bổ sung đạt yêu cầu) vào cột ý kiến thẩm định lần 2.',
    );
  });

  test('round 2 confirming round 1 above a blank self: the above-self warning names 0', () => {
    // self blank → 0; round 1 = 2 (noted), round 2 = 2: unchanged, but 2 > 0 with no round-2 note.
    const f = run({ '1.4': { self: null, appraised: 2, appraiserNote: 'Đơn vị chưa tự chấm', appraised2: 2 } });
    expect(keys(f)).toEqual(['appraisal.roundTwoAboveSelf@M18']);
    expect(f[0].message).toEqual({
      vi: 'Điểm thẩm định lần 2 2 của tiêu chí 1.4 cao hơn điểm đơn vị tự đánh giá 0 mà không có ý kiến thẩm định lần 2. Chấm cao hơn mức đơn vị tự nhận là bất thường: đề nghị tổ thẩm định kiểm tra lại điểm và ghi rõ lý do vào cột ý kiến thẩm định lần 2.',
      en: "The round-2 score 2 of criterion 1.4 is above the unit's self-score 0 with no round-2 appraiser note. Scoring above what the unit claimed is unusual: check the score and write the reason in the round-2 appraiser note column.",
    });
  });

  test('round 2 confirming round 1 above a self cell the reader did not give: the same warning', () => {
    const f = runEdited(cleanRows({ '1.4': { appraised: 2, appraiserNote: 'Đơn vị chưa tự chấm', appraised2: 2 } }), ROUNDS, (p) => {
      rowOf(p, '1.4').self = null;
    });
    expect(keys(f)).toEqual(['appraisal.roundTwoAboveSelf@M18']);
    expect(f[0].message.vi).toContain('cao hơn điểm đơn vị tự đánh giá 0 mà');
  });
});

describe('signs and tolerance', () => {
  test('a penalty is compared by size in round 2: -1, -1 then 1 is the same deduction', () => {
    // Rows 11 "1", 12 "1.1", 13 "P". P: self -1, round 1 -1, round 2 1 → all |1|: unchanged, 1 > 1 is false.
    const set = buildSet([item('1', 2, [item('1.1', 2)]), item('P', 1, [], { kind: 'penalty' })]);
    const specs: RowSpec[] = [['1', {}], ['1.1', { self: 2, appraised: 2 }], ['P', { self: -1, appraised: -1, appraised2: 1 }]];
    expect(runCheck(findAppraisalIssues, specs, ROUNDS, set)).toEqual([]);
  });

  test('on a scored item the sign counts: -1 is not 1 (round 1 and round 2)', () => {
    // round 1: self 1, appraised -1, no note → noNote on I18.
    expect(keys(run({ '1.4': { self: 1, appraised: -1 } }, { appraised: true }))).toEqual(['appraisal.noNote@I18']);
    // round 2: self 1, round 1 = 1, round 2 = -1, no note → changed from round 1 (not above: -1 < 1).
    const f = run({ '1.4': { self: 1, appraised: 1, appraised2: -1 } });
    expect(keys(f)).toEqual(['appraisal.roundTwoNoNote@M18']);
    expect(f[0].message.vi).toContain('Điểm thẩm định lần 2 -1 của tiêu chí 1.4 khác điểm thẩm định lần 1 1 nhưng');
  });

  test('a difference of exactly one millionth is the same score (round 1), and not above the self score (round 2)', () => {
    // |0,000001 - 0| = 1e-6 ≤ 1e-6 → same: no noNote.
    expect(run({ '1.4': { self: 0, appraised: 0.000001 } }, { appraised: true })).toEqual([]);
    // round 1 = round 2 = 0,000001 (noted in round 1): unchanged; 0,000001 > 0 + 1e-6 is false → no warning.
    expect(run({ '1.4': { self: 0, appraised: 0.000001, appraiserNote: 'Làm tròn', appraised2: 0.000001 } })).toEqual([]);
  });
});
