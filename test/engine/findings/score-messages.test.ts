/**
 * Score-cell findings word for word, and the edges of each rule (ruleSet() of
 * helpers/parsed-fixtures.ts; rows 1.1.1 → 13, 1.1.2 → 14, 1.1.3 → 15, 1.2 → 16, 1.3 → 17,
 * 1.4 → 18; self F, appraised I, survey K, round 2 M).
 */
import { findScoreIssues } from '../../../src/engine/findings/score-checks';
import type { CheckContext } from '../../../src/engine/findings/context';
import { buildSet, item } from '../helpers/build-set';
import type { RowInput } from '../helpers/build-parsed';
import { cleanRows, keys, runCheck } from '../helpers/parsed-fixtures';

const run = (overrides: Record<string, RowInput>, opts = {}) => runCheck(findScoreIssues, cleanRows(overrides), opts);
const only = (overrides: Record<string, RowInput>, opts = {}) => {
  const f = run(overrides, opts);
  expect(f).toHaveLength(1);
  return f[0];
};

describe('numbers against the rule', () => {
  test('negative', () => {
    expect(only({ '1.4': { self: -1 } }).message).toEqual({
      vi: 'Điểm tự đánh giá -1 của tiêu chí 1.4 là số âm. Đề nghị đơn vị sửa lại thành một số từ 0 đến 2.',
      en: 'Self-assessed score -1 of criterion 1.4 is negative. Change it to a number from 0 to 2.',
    });
  });

  test('above the max; within a millionth above is not', () => {
    expect(only({ '1.4': { self: 2.5 } }).message).toEqual({
      vi: 'Điểm tự đánh giá 2,5 vượt điểm tối đa 2 của tiêu chí 1.4. Đề nghị đơn vị sửa lại điểm không quá 2.',
      en: 'Self-assessed score 2.5 of criterion 1.4 is above its max of 2. Change it to at most 2.',
    });
    expect(run({ '1.4': { self: 2.0000005 } })).toEqual([]);
  });

  test('a penalty may be written negative, and is held to its max by size', () => {
    const set = buildSet([item('1', 2, [item('1.1', 2)]), item('P', 1, [], { kind: 'penalty' })]);
    const pen = (v: number) => runCheck(findScoreIssues, [['1', {}], ['1.1', { self: 2 }], ['P', { self: v }]], {}, set);
    expect(pen(-1)).toEqual([]);
    expect(pen(1)).toEqual([]);
    expect(pen(-1.5).map((f) => f.message.en)).toEqual(['Self-assessed score -1.5 of area P is above its max of 1. Change it to at most 1.']);
  });

  test('not one of the options (listed high to low, each once)', () => {
    const f = only({ '1.1.1': { self: 0.75 } });
    expect(keys([f])).toEqual(['score.notAllowed@F13']);
    expect(f.message).toEqual({
      vi: 'Điểm tự đánh giá 0,75 của tiêu chí thành phần 1.1.1 không thuộc các mức điểm cho phép (1; 0,5; 0). Đề nghị đơn vị chọn một trong các mức đó theo cách tính điểm.',
      en: 'Self-assessed score 0.75 of sub-criterion 1.1.1 is not one of the allowed values (1; 0.5; 0). Pick one of them as the scoring method says.',
    });
    // an option within a millionth is that option
    expect(run({ '1.1.1': { self: 0.5000004 } })).toEqual([]);
    const dup = buildSet([item('1', 2, [item('1.1', 2, [], { scoring: { type: 'options', options: [{ label: 'a', points: 0 }, { label: 'b', points: 2 }, { label: 'c', points: 2 }] } })])]);
    const d = runCheck(findScoreIssues, [['1', {}], ['1.1', { self: 1 }]], {}, dup);
    expect(d[0].message.en).toContain('(2; 0)');
  });

  test('off the step: the two nearest steps are offered, the upper one never above the max', () => {
    expect(only({ '1.2': { self: 1.1 } }).message).toEqual({
      vi: 'Điểm tự đánh giá 1,1 của tiêu chí 1.2 không phải bội số của bước điểm 0,25. Đề nghị đơn vị làm tròn về mức gần nhất (ví dụ 1 hoặc 1,25).',
      en: 'Self-assessed score 1.1 of criterion 1.2 is not a multiple of the step 0.25. Round it to a step (e.g. 1 or 1.25).',
    });
    const odd = buildSet([item('1', 1, [item('1.1', 1, [], { scoring: { type: 'step', step: 0.3 } })])]);
    const f = runCheck(findScoreIssues, [['1', {}], ['1.1', { self: 0.95 }]], {}, odd);
    // 0.95 / 0.3 = 3.17 → 0.9 or min(1.2, 1) = 1
    expect(f[0].message.en).toContain('(e.g. 0.9 or 1)');
  });

  test('more than 2 decimals: rounded for the unit; exactly 2 decimals are fine', () => {
    expect(only({ '1.4': { self: 1.256 } }).message).toEqual({
      vi: 'Điểm tự đánh giá 1,256 của tiêu chí 1.4 có quá 2 chữ số thập phân. Đề nghị đơn vị làm tròn thành 1,26.',
      en: 'Self-assessed score 1.256 of criterion 1.4 has more than 2 decimals. Round it to 1.26.',
    });
    expect(run({ '1.4': { self: 1.99 } })).toEqual([]);
  });

  test('the declared figure calls for another score', () => {
    const f = only({ '1.1.2': { declared: 95, self: 1 } });
    expect(f.message).toEqual({
      vi: 'Điểm tự đánh giá 1 của tiêu chí thành phần 1.1.2 không khớp số liệu kê khai 95%: theo cách tính điểm phải là 2 điểm. Đề nghị đơn vị sửa điểm thành 2 hoặc sửa lại số liệu kê khai cho đúng.',
      en: 'Self-score 1 of sub-criterion 1.1.2 disagrees with the declared figure 95%: the scoring rule gives 2. Change the score to 2 or correct the declared figure.',
    });
    // proportional: 85 % of 1 = 0.85; 0.86 is off by more than half a hundredth
    expect(keys(run({ '1.1.3': { declared: '85%', self: 0.86 } }))).toEqual(['score.declaredMismatch@F15']);
    // no declared figure, or one that is not a number: nothing to compare
    expect(run({ '1.1.3': { declared: null, self: 0.5 } })).toEqual([]);
    expect(run({ '1.1.3': { declared: 'đạt', self: 0.5 } })).toEqual([]);
  });

  test('the column is named in every message: appraised and round 2', () => {
    expect(run({ '1.4': { appraised: 3 } }, { appraised: true }).find((f) => f.item === '1.4')!.message.vi).toBe(
      'Điểm thẩm định 3 vượt điểm tối đa 2 của tiêu chí 1.4. Đề nghị đơn vị sửa lại điểm không quá 2.',
    );
    const r2 = run({ '1.1.1': { appraised: 1 }, '1.4': { appraised: 2, appraised2: 3 } }, { appraised: true, rounds: true });
    expect(r2.filter((f) => f.cell === 'M18').map((f) => f.message.en)).toEqual(['Round-2 appraised score 3 of criterion 1.4 is above its max of 2. Change it to at most 2.']);
  });
});

describe('what a cell holds', () => {
  test('N/A where not allowed', () => {
    expect(only({ '1.4': { self: 'KAD' } }).message).toEqual({
      vi: 'Điểm tự đánh giá của tiêu chí 1.4 ghi "KAD" nhưng bộ tiêu chí không cho phép miễn đánh giá tiêu chí này, nên tiêu chí được tính 0 điểm và vẫn giữ điểm tối đa 2. Đề nghị đơn vị nhập điểm từ 0 đến 2.',
      en: 'Self-assessed score of criterion 1.4 says "KAD" but the criteria set does not allow this item to be not applicable, so it scores 0 and keeps its max of 2. Enter a score from 0 to 2.',
    });
  });

  test('words: N/A offered only where the set allows it', () => {
    expect(only({ '1.4': { self: 'đạt' } }).message).toEqual({
      vi: 'Điểm tự đánh giá của tiêu chí 1.4 ghi "đạt", không phải là số nên được tính 0 điểm. Đề nghị đơn vị nhập điểm bằng số từ 0 đến 2 (ví dụ 0,5).',
      en: 'Self-assessed score of criterion 1.4 reads "đạt", which is not a number, so it scores 0. Enter a number from 0 to 2 (e.g. 0.5).',
    });
    const f = only({ '1.2': { self: 'đạt' } });
    expect(f.message.vi.endsWith('(ví dụ 0,5) hoặc "Không áp dụng".')).toBe(true);
    expect(f.message.en.endsWith('(e.g. 0.5) or "Không áp dụng" (not applicable).')).toBe(true);
  });

  test('an Excel error', () => {
    expect(only({ '1.4': { self: '#DIV/0!' } }).message).toEqual({
      vi: 'Điểm tự đánh giá của tiêu chí 1.4 bị lỗi Excel #DIV/0! nên được tính 0 điểm. Đề nghị đơn vị sửa công thức hoặc nhập trực tiếp điểm (từ 0 đến 2).',
      en: 'Self-assessed score of criterion 1.4 shows the Excel error #DIV/0!, so it scores 0. Fix the formula or type the score (0 to 2).',
    });
  });

  test('blank: N/A offered only where allowed; a formula without a result is reported elsewhere', () => {
    expect(only({ '1.4': { self: null } }).message).toEqual({
      vi: 'Điểm tự đánh giá của tiêu chí 1.4 đang để trống nên được tính 0 điểm. Đề nghị đơn vị nhập điểm (từ 0 đến 2); nếu đúng là 0 điểm, ghi 0.',
      en: 'Self-assessed score of criterion 1.4 is blank, so it scores 0. Enter the score (0 to 2); if it really is 0, type 0.',
    });
    const na = only({ '1.2': { self: null } });
    expect(na.message.vi.endsWith('ghi 0; nếu đơn vị được miễn, ghi "Không áp dụng".')).toBe(true);
    expect(na.message.en.endsWith('type 0; if the unit is exempt, write "Không áp dụng" (not applicable).')).toBe(true);
    const noResult = runCheck((ctx: CheckContext) => {
      const row = ctx.alignment.rowFor.get('1.4')!;
      row.self = { ...row.self!, noResult: true };
      return findScoreIssues(ctx);
    }, cleanRows({ '1.4': { self: null } }));
    expect(noResult).toEqual([]);
  });

  test('bonus rows and round-2 cells may be blank', () => {
    const set = buildSet([item('1', 2, [item('1.1', 2)]), item('T', 1, [], { kind: 'bonus' })]);
    expect(runCheck(findScoreIssues, [['1', {}], ['1.1', { self: 2 }], ['T', { self: null }]], {}, set)).toEqual([]);
    expect(run({ '1.1.1': { appraised: 1, appraised2: null } }, { rounds: true }).filter((f) => f.cell?.startsWith('M'))).toEqual([]);
  });

  test('a self-score on a survey item, and a survey score not yet entered', () => {
    expect(only({ '1.3': { self: 1.5 } }).message).toEqual({
      vi: 'Tiêu chí 1.3 được chấm qua điều tra xã hội học, đơn vị không tự chấm nhưng ô tự đánh giá ghi 1,5. Đề nghị đơn vị xóa điểm này (để trống ô).',
      en: 'Criterion 1.3 is scored by the sociological survey, not by the unit, but the self-score cell holds 1.5. Delete it (leave the cell blank).',
    });
    expect(run({ '1.3': { self: 1e-10 } })).toEqual([]);
    const started = run({ '1.1.1': { appraised: 1 }, '1.1.2': { appraised: 1 }, '1.1.3': { appraised: 0.85 }, '1.2': { appraised: 1.75 }, '1.4': { appraised: 2 } });
    expect(started.map((f) => [f.code, f.cell, f.message.vi, f.message.en])).toEqual([
      [
        'appraisal.surveyMissing',
        'I17',
        'Chưa có điểm điều tra xã hội học của tiêu chí 1.3 (tối đa 2). Tổ thẩm định sẽ nhập điểm khi có kết quả điều tra; đến lúc đó tiêu chí này được tính 0 điểm.',
        'No survey score yet for criterion 1.3 (max 2). The appraising body enters it when the survey results are in; until then it scores 0.',
      ],
    ]);
    // survey points in the survey column are checked there, against the item's max
    const col = run({ '1.1.1': { appraised: 1 }, '1.3': { survey: 3 } }, { survey: true, appraised: true });
    expect(col.filter((f) => f.item === '1.3').map((f) => `${f.code}@${f.cell}: ${f.message.en}`)).toEqual([
      'score.aboveMax@K17: Survey score 3 of criterion 1.3 is above its max of 2. Change it to at most 2.',
    ]);
  });
});
