/**
 * One numeric score against its item's rule (src/engine/findings/value-checks.ts, checkNumber),
 * called directly on items of small hand-built sets; expected findings and messages worked out
 * by hand. Rows come from buildParsed (sheet row 11 is the first row; F is the self column).
 */
import type { CriteriaItem } from '../../../src/engine/criteria/schema';
import { flattenItems, type FlatItem } from '../../../src/engine/criteria/tree';
import { checkNumber, columnLabel, type ScoreColumn } from '../../../src/engine/findings/value-checks';
import type { SheetRow } from '../../../src/engine/layout/parsed-sheet';
import { buildParsed, type CellInput } from '../helpers/build-parsed';
import { buildSet, item } from '../helpers/build-set';

/** The leaf `leaf` placed under area '1' (depth 1: "tiêu chí 1.1"), with a sheet row declaring `declared`. */
function leafAndRow(leaf: CriteriaItem, declared?: CellInput): { flat: FlatItem; row: SheetRow } {
  const set = buildSet([item('1', 10, [leaf])]);
  const flat = flattenItems(set).find((f) => f.item.code === leaf.code)!;
  const row = buildParsed([[leaf.code, { max: leaf.maxPoints, declared }]]).rows[0];
  return { flat, row };
}

function check(leaf: CriteriaItem, value: number, opts: { declared?: CellInput; column?: ScoreColumn } = {}) {
  const { flat, row } = leafAndRow(leaf, opts.declared);
  return checkNumber(flat, row, value, 'F11', opts.column ?? 'self');
}

const codes = (f: ReturnType<typeof check>) => f.map((x) => `${x.code}@${x.cell}:${x.severity}:${x.item}`);

const free = (max = 2, extra: Partial<CriteriaItem> = {}) => item('1.1', max, [], extra);
const options = (points: number[], max = Math.max(...points.map(Math.abs)), extra: Partial<CriteriaItem> = {}) =>
  item('1.1', max, [], { scoring: { type: 'options', options: points.map((p, i) => ({ label: `Mức ${i}`, points: p })) }, ...extra });

describe('column labels', () => {
  test('each score column has its Vietnamese and English name', () => {
    expect(columnLabel('self')).toEqual({ vi: 'Điểm tự đánh giá', en: 'Self-assessed score' });
    expect(columnLabel('appraised')).toEqual({ vi: 'Điểm thẩm định', en: 'Appraised score' });
    expect(columnLabel('appraised2')).toEqual({ vi: 'Điểm thẩm định lần 2', en: 'Round-2 appraised score' });
    expect(columnLabel('survey')).toEqual({ vi: 'Điểm điều tra xã hội học', en: 'Survey score' });
  });
});

describe('score.negative', () => {
  test('a negative score of an ordinary item: one finding, whatever else is wrong', () => {
    // −0,333: also too many decimals, but one root cause gives one finding.
    const f = check(free(2), -0.333);
    expect(codes(f)).toEqual(['score.negative@F11:error:1.1']);
    expect(f[0].message).toEqual({
      vi: 'Điểm tự đánh giá -0,333 của tiêu chí 1.1 là số âm. Đề nghị đơn vị sửa lại thành một số từ 0 đến 2.',
      en: 'Self-assessed score -0.333 of criterion 1.1 is negative. Change it to a number from 0 to 2.',
    });
  });

  test('the column named is the one checked', () => {
    expect(check(free(2), -1, { column: 'appraised' })[0].message.vi).toMatch(/^Điểm thẩm định -1 của tiêu chí 1\.1 là số âm/);
  });

  test('a penalty may be written negative: |−1| = 1 within its max 2, no finding', () => {
    expect(check(free(2, { kind: 'penalty' }), -1)).toEqual([]);
    // |−3| = 3 > 2: above its max, not "negative".
    expect(codes(check(free(2, { kind: 'penalty' }), -3))).toEqual(['score.aboveMax@F11:error:1.1']);
  });

  test('0 is not negative', () => {
    expect(check(free(2), 0)).toEqual([]);
  });
});

describe('score.aboveMax', () => {
  test('above the max: the whole message', () => {
    const f = check(free(2), 2.5);
    expect(codes(f)).toEqual(['score.aboveMax@F11:error:1.1']);
    expect(f[0].message).toEqual({
      vi: 'Điểm tự đánh giá 2,5 vượt điểm tối đa 2 của tiêu chí 1.1. Đề nghị đơn vị sửa lại điểm không quá 2.',
      en: 'Self-assessed score 2.5 of criterion 1.1 is above its max of 2. Change it to at most 2.',
    });
  });

  test('the max itself and a float error above it (1e-7 < EPS 1e-6) are fine; 1e-5 above is not', () => {
    expect(check(free(2), 2)).toEqual([]);
    expect(check(free(2), 2 + 1e-7)).toEqual([]);
    // 2.00001 is above the max, reported as such (not as too many decimals).
    expect(codes(check(free(2), 2.00001))).toEqual(['score.aboveMax@F11:error:1.1']);
  });
});

describe('score.notAllowed (options and bands)', () => {
  test('an option value not in the list: the allowed values, largest first, each once', () => {
    // Options 1, 0,5, 0,5, 0 → shown "1; 0,5; 0".
    const f = check(options([0.5, 1, 0.5, 0]), 0.75);
    expect(codes(f)).toEqual(['score.notAllowed@F11:error:1.1']);
    expect(f[0].message).toEqual({
      vi: 'Điểm tự đánh giá 0,75 của tiêu chí 1.1 không thuộc các mức điểm cho phép (1; 0,5; 0). Đề nghị đơn vị chọn một trong các mức đó theo cách tính điểm.',
      en: 'Self-assessed score 0.75 of criterion 1.1 is not one of the allowed values (1; 0.5; 0). Pick one of them as the scoring method says.',
    });
  });

  test('an allowed value, also within EPS, is fine; options are compared by their absolute value', () => {
    expect(check(options([1, 0.5, 0]), 0.5)).toEqual([]);
    expect(check(options([1, 0.5, 0]), 0.5 + 1e-7)).toEqual([]);
    expect(codes(check(options([1, 0.5, 0]), 0.5 + 1e-5))).toEqual(['score.notAllowed@F11:error:1.1']);
    // A penalty's options written as negative points: 1 deducted is |−1|.
    expect(check(options([-1, -0.5, 0], 1, { kind: 'penalty' }), -1)).toEqual([]);
    expect(check(options([-1, -0.5, 0], 1, { kind: 'penalty' }), 0.5)).toEqual([]);
  });

  test('bands: the band points are the allowed values', () => {
    const bands = item('1.1', 2, [], { scoring: { type: 'bands', input: 'percent', bands: [{ above: 90, points: 2 }, { atLeast: 70, points: 1 }, { points: 0 }] } });
    expect(check(bands, 1)).toEqual([]);
    const f = check(bands, 1.5);
    expect(codes(f)).toEqual(['score.notAllowed@F11:error:1.1']);
    expect(f[0].message.vi).toContain('(2; 1; 0)');
    // Negative band points (a penalty) are allowed by their absolute value.
    const penaltyBands = item('1.1', 2, [], { kind: 'penalty', scoring: { type: 'bands', input: 'percent', bands: [{ above: 50, points: -2 }, { points: 0 }] } });
    expect(check(penaltyBands, 2)).toEqual([]);
  });

  test('an allowed value with 3 decimals is not "too many decimals"', () => {
    expect(check(options([0.125, 0], 0.125), 0.125)).toEqual([]);
  });
});

describe('score.notStep', () => {
  const stepped = (max = 2) => item('1.1', max, [], { scoring: { type: 'step', step: 0.25 } });

  test('off the step: the two steps around it as examples', () => {
    // 1,3 / 0,25 = 5,2 → floor 5 × 0,25 = 1,25, ceil 6 × 0,25 = 1,5.
    const f = check(stepped(), 1.3);
    expect(codes(f)).toEqual(['score.notStep@F11:warning:1.1']);
    expect(f[0].message).toEqual({
      vi: 'Điểm tự đánh giá 1,3 của tiêu chí 1.1 không phải bội số của bước điểm 0,25. Đề nghị đơn vị làm tròn về mức gần nhất (ví dụ 1,25 hoặc 1,5).',
      en: 'Self-assessed score 1.3 of criterion 1.1 is not a multiple of the step 0.25. Round it to a step (e.g. 1.25 or 1.5).',
    });
  });

  test('the upper example never passes the max', () => {
    // Max 1,9: 1,8 / 0,25 = 7,2 → 1,75 or min(8 × 0,25 = 2, 1,9) = 1,9.
    expect(check(stepped(1.9), 1.8)[0].message.vi).toContain('(ví dụ 1,75 hoặc 1,9)');
  });

  test('on the step (and within float error of it): nothing', () => {
    expect(check(stepped(), 1.75)).toEqual([]);
    // 0,7 / 0,1 = 6,999999999999999 in floats: |q − 7| < EPS.
    expect(check(item('1.1', 2, [], { scoring: { type: 'step', step: 0.1 } }), 0.7)).toEqual([]);
  });

  test('off the step with 3 decimals: only the step is said', () => {
    expect(codes(check(stepped(), 1.333))).toEqual(['score.notStep@F11:warning:1.1']);
  });

  test('a fine step still lets "too many decimals" through', () => {
    // Step 0,001: 0,123 is on the step, but has 3 decimals.
    expect(codes(check(item('1.1', 1, [], { scoring: { type: 'step', step: 0.001 } }), 0.123))).toEqual(['score.tooManyDecimals@F11:warning:1.1']);
  });
});

describe('score.tooManyDecimals', () => {
  test('three decimals: rounded to two in the message', () => {
    // 0,125 × 100 = 12,5 → Math.round 13 → 0,13.
    const f = check(free(2), 0.125);
    expect(codes(f)).toEqual(['score.tooManyDecimals@F11:warning:1.1']);
    expect(f[0].message).toEqual({
      vi: 'Điểm tự đánh giá 0,125 của tiêu chí 1.1 có quá 2 chữ số thập phân. Đề nghị đơn vị làm tròn thành 0,13.',
      en: 'Self-assessed score 0.125 of criterion 1.1 has more than 2 decimals. Round it to 0.13.',
    });
  });

  test('two decimals, and float error on them (1e-7 × 100 = 1e-5 < 1e-4), are fine', () => {
    expect(check(free(2), 0.12)).toEqual([]);
    expect(check(free(2), 0.1200001)).toEqual([]);
    // 0,12001: 12,001 − 12 = 0,001 > 1e-4.
    expect(codes(check(free(2), 0.12001))).toEqual(['score.tooManyDecimals@F11:warning:1.1']);
  });
});

describe('score.declaredMismatch (self column only)', () => {
  const bands = () => item('1.1', 2, [], { scoring: { type: 'bands', input: 'percent', bands: [{ above: 90, points: 2 }, { atLeast: 70, points: 1 }, { points: 0 }] } });
  const proportional = () => item('1.1', 1, [], { scoring: { type: 'proportional', input: 'percent' } });

  test('the self-score differs from what the declared figure gives', () => {
    // Declared 80 → band "≥ 70" → 1 point; self 2.
    const f = check(bands(), 2, { declared: 80 });
    expect(codes(f)).toEqual(['score.declaredMismatch@F11:warning:1.1']);
    expect(f[0].message).toEqual({
      vi: 'Điểm tự đánh giá 2 của tiêu chí 1.1 không khớp số liệu kê khai 80%: theo cách tính điểm phải là 1 điểm. Đề nghị đơn vị sửa điểm thành 1 hoặc sửa lại số liệu kê khai cho đúng.',
      en: 'Self-score 2 of criterion 1.1 disagrees with the declared figure 80%: the scoring rule gives 1. Change the score to 1 or correct the declared figure.',
    });
  });

  test('a matching self-score, and an appraised score, are not compared', () => {
    expect(check(bands(), 1, { declared: 80 })).toEqual([]);
    expect(check(bands(), 2, { declared: 80, column: 'appraised' })).toEqual([]);
    expect(check(bands(), 2, { declared: 80, column: 'survey' })).toEqual([]);
  });

  test('no declared figure, or a rule that ignores it: nothing', () => {
    expect(check(bands(), 2)).toEqual([]);
    expect(check(bands(), 2, { declared: 'đạt' })).toEqual([]);
    expect(check(options([1, 0.5, 0]), 1, { declared: 80 })).toEqual([]);
    expect(check(free(2), 1, { declared: 80 })).toEqual([]);
  });

  test('a figure in (0, 1] may be a fraction or a percent: either reading matching is enough', () => {
    // 0,8 → 0,8 % (band "else" → 0) or 80 % (≥ 70 → 1).
    expect(check(bands(), 1, { declared: 0.8 })).toEqual([]);
    expect(check(bands(), 0, { declared: 0.8 })).toEqual([]);
    // Self 2 matches neither: the message uses the reading as written last, 80 % → 1.
    const f = check(bands(), 2, { declared: 0.8 });
    expect(f[0].message.vi).toContain('không khớp số liệu kê khai 80%: theo cách tính điểm phải là 1 điểm. Đề nghị đơn vị sửa điểm thành 1 hoặc');
  });

  test('within half a hundredth of the expected score is a match (0,005 + EPS)', () => {
    // Bands with 3-decimal points (allowed values, so no decimals finding): declared 95 → 0,13;
    // self 0,125: |0,13 − 0,125| = 0,005 (0,0050000000000000044 in floats) ≤ 0,005 + 1e-6.
    const fine = item('1.1', 1, [], { scoring: { type: 'bands', input: 'percent', bands: [{ above: 90, points: 0.13 }, { atLeast: 50, points: 0.125 }, { points: 0.1 }] } });
    expect(check(fine, 0.125, { declared: 95 })).toEqual([]);
    // Self 0,1 is 0,03 away: a mismatch.
    expect(codes(check(fine, 0.1, { declared: 95 }))).toEqual(['score.declaredMismatch@F11:warning:1.1']);
  });

  test('proportional: 85 % of 1 point is 0,85', () => {
    expect(check(proportional(), 0.85, { declared: '85%' })).toEqual([]);
    const f = check(proportional(), 0.9, { declared: '85%' });
    expect(f[0].message.vi).toContain('không khớp số liệu kê khai 85%: theo cách tính điểm phải là 0,85 điểm');
  });

  test('a score already wrong in shape is not also compared', () => {
    // 0,125 has too many decimals; the proportional 85 % → 0,85 mismatch is not added.
    expect(codes(check(proportional(), 0.125, { declared: '85%' }))).toEqual(['score.tooManyDecimals@F11:warning:1.1']);
  });
});
