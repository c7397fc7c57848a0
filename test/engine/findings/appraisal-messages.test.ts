/**
 * The exact words of the appraisal findings, and the comparisons behind them (penalties by size,
 * N/A shown in words, formulas without results not compared). Sheet of build-parsed.ts: self F,
 * round 1 I, round-1 note J, round 2 M, round-2 note N; rows 1.1.1 → 13, 1.2 → 16, 1.4 → 18.
 */
import { findAppraisalIssues } from '../../../src/engine/findings/appraisal-checks';
import type { CheckContext } from '../../../src/engine/findings/context';
import { buildSet, item } from '../helpers/build-set';
import type { RowInput } from '../helpers/build-parsed';
import { cleanRows, keys, runCheck } from '../helpers/parsed-fixtures';

const run = (overrides: Record<string, RowInput>, rounds = false) =>
  runCheck(findAppraisalIssues, cleanRows(overrides), { appraised: true, rounds });

describe('appraisal.noNote', () => {
  test('the message names both scores and asks the appraisers for the reason', () => {
    const f = run({ '1.4': { self: 2, appraised: 1.5 } });
    expect(keys(f)).toEqual(['appraisal.noNote@I18']);
    expect(f[0].item).toBe('1.4');
    expect(f[0].message).toEqual({
      vi: 'Điểm thẩm định 1,5 của tiêu chí 1.4 khác điểm tự đánh giá 2 nhưng không có ý kiến thẩm định. Đề nghị tổ thẩm định ghi lý do điều chỉnh vào cột ý kiến thẩm định để đơn vị có căn cứ giải trình.',
      en: "The appraised score 1.5 of criterion 1.4 differs from the self-score 2 with no appraiser note. Write the reason for the change in the appraiser's note column so the unit can respond.",
    });
  });

  test('N/A is shown in words; a note of spaces is no note', () => {
    const f = run({ '1.2': { self: 1.75, appraised: 'KAD', appraiserNote: '   ' } });
    expect(f[0].message.vi).toContain('Điểm thẩm định "Không áp dụng" của tiêu chí 1.2 khác điểm tự đánh giá 1,75');
    expect(f[0].message.en).toContain('The appraised score "not applicable" of criterion 1.2 differs from the self-score 1.75');
  });

  test('differences within a millionth are the same score; words and errors are not compared', () => {
    expect(run({ '1.4': { self: 2, appraised: 2.0000005 } })).toEqual([]);
    expect(keys(run({ '1.4': { self: 2, appraised: 1.99999 } }))).toEqual(['appraisal.noNote@I18']);
    expect(run({ '1.4': { self: 2, appraised: 'đạt' } })).toEqual([]);
    expect(run({ '1.4': { self: '#REF!', appraised: 1 } })).toEqual([]);
    expect(run({ '1.4': { self: '-', appraised: 0 } })).toEqual([]); // a dash claims 0
  });

  test('a penalty written "-1" by one side and "1" by the other is the same deduction', () => {
    const set = buildSet([item('1', 2, [item('1.1', 2)]), item('P', 1, [], { kind: 'penalty' })]);
    const rows = (self: number, appraised: number) => [
      ['1', {}],
      ['1.1', { self: 2, appraised: 2 }],
      ['P', { self, appraised }],
    ] as [string, RowInput][];
    expect(runCheck(findAppraisalIssues, rows(-1, 1), { appraised: true }, set)).toEqual([]);
    const f = runCheck(findAppraisalIssues, rows(-1, 0.5), { appraised: true }, set);
    expect(f.map((x) => x.message.en.split(' with ')[0])).toEqual(['The appraised score 0.5 of area P differs from the self-score 1']);
  });

  test('a formula without a stored result on either side is not compared', () => {
    const noResult = (role: 'self' | 'appraised') => (ctx: CheckContext) => {
      const row = ctx.alignment.rowFor.get('1.4')!;
      row[role] = { ...row[role]!, noResult: true };
      return findAppraisalIssues(ctx);
    };
    const specs = cleanRows({ '1.4': { self: 2, appraised: 1 } });
    expect(runCheck(noResult('self'), specs, { appraised: true })).toEqual([]);
    expect(runCheck(noResult('appraised'), specs, { appraised: true })).toEqual([]);
  });

  test('a sheet without a self column has nothing to compare', () => {
    const f = runCheck((ctx) => {
      delete ctx.parsed.columns.self;
      return findAppraisalIssues(ctx);
    }, cleanRows({ '1.4': { self: 2, appraised: 1 } }), { appraised: true });
    expect(f).toEqual([]);
  });
});

describe('round 2', () => {
  test('changed from round 1 without a round-2 note: the error names both rounds and the round-2 note column', () => {
    const f = run({ '1.4': { self: 2, appraised: 1, appraiserNote: 'Thiếu tài liệu', appraised2: 1.5 } }, true);
    expect(keys(f)).toEqual(['appraisal.roundTwoNoNote@M18']);
    expect(f[0].message).toEqual({
      vi: 'Điểm thẩm định lần 2 1,5 của tiêu chí 1.4 khác điểm thẩm định lần 1 1 nhưng không có ý kiến thẩm định lần 2. Đề nghị tổ thẩm định ghi lý do điều chỉnh (ví dụ: chấp nhận giải trình, tài liệu bổ sung đạt yêu cầu) vào cột ý kiến thẩm định lần 2.',
      en: 'The round-2 score 1.5 of criterion 1.4 differs from the round-1 score 1 with no round-2 appraiser note. Write the reason for the change (e.g. explanation accepted, added evidence sufficient) in the round-2 appraiser note column.',
    });
  });

  test('round 1 blank and round 2 above the self score: one error saying both', () => {
    const f = run({ '1.2': { self: 1, appraised2: 1.5 } }, true);
    expect(keys(f)).toEqual(['appraisal.roundTwoNoNote@M16']);
    expect(f[0].message.vi).toBe(
      'Điểm thẩm định lần 2 1,5 của tiêu chí 1.2 khác điểm tự đánh giá 1, cao hơn cả điểm đơn vị tự đánh giá 1, nhưng không có ý kiến thẩm định lần 2. Đề nghị tổ thẩm định ghi lý do điều chỉnh (ví dụ: chấp nhận giải trình, tài liệu bổ sung đạt yêu cầu) vào cột ý kiến thẩm định lần 2.',
    );
    expect(f[0].message.en).toBe(
      "The round-2 score 1.5 of criterion 1.2 differs from the self-score 1, above even the unit's self-score 1, with no round-2 appraiser note. Write the reason for the change (e.g. explanation accepted, added evidence sufficient) in the round-2 appraiser note column.",
    );
  });

  test('unchanged from round 1 but above the self score: the warning', () => {
    const f = run({ '1.2': { self: 1, appraised: 1.5, appraiserNote: 'Đủ tài liệu', appraised2: 1.5 } }, true);
    expect(keys(f)).toEqual(['appraisal.roundTwoAboveSelf@M16']);
    expect(f[0].message).toEqual({
      vi: 'Điểm thẩm định lần 2 1,5 của tiêu chí 1.2 cao hơn điểm đơn vị tự đánh giá 1 mà không có ý kiến thẩm định lần 2. Chấm cao hơn mức đơn vị tự nhận là bất thường: đề nghị tổ thẩm định kiểm tra lại điểm và ghi rõ lý do vào cột ý kiến thẩm định lần 2.',
      en: "The round-2 score 1.5 of criterion 1.2 is above the unit's self-score 1 with no round-2 appraiser note. Scoring above what the unit claimed is unusual: check the score and write the reason in the round-2 appraiser note column.",
    });
    // within a millionth above is not above
    expect(run({ '1.2': { self: 1, appraised: 1.0000005, appraiserNote: 'x', appraised2: 1.0000005 } }, true)).toEqual([]);
  });

  test('one note column for both rounds: the message points at it', () => {
    const f = runCheck(
      (ctx) => {
        delete ctx.parsed.columns.appraiserNote2;
        for (const r of ctx.parsed.rows) r.appraiserNote2 = null;
        return findAppraisalIssues(ctx);
      },
      cleanRows({ '1.4': { self: 2, appraised: 2, appraised2: 1 } }),
      { appraised: true, rounds: true },
    );
    expect(f).toHaveLength(1);
    expect(f[0].message.vi.endsWith('đạt yêu cầu) vào cột ý kiến thẩm định (hoặc thêm cột "Ý kiến thẩm định lần 2").')).toBe(true);
    expect(f[0].message.en.endsWith('in the appraiser note column (or add a column "Ý kiến thẩm định lần 2").')).toBe(true);
  });
});
