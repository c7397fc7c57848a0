/**
 * Round 2 of the appraisal (after the unit's explanation): a changed round-2 score needs a
 * round-2 note (error), a round-2 score above the self score needs a reason (warning).
 * Sheet of build-parsed.ts: self F, round 1 I, round-1 note J, note L, round 2 M, round-2 note N;
 * rows: 1.1.1 → 13, 1.2 → 16, 1.3 → 17, 1.4 → 18.
 */
import { findAppraisalIssues } from '../../../src/engine/findings/appraisal-checks';
import { findScoreIssues } from '../../../src/engine/findings/score-checks';
import { findEvidenceIssues } from '../../../src/engine/findings/evidence-checks';
import { FINDING_CODES, severityOf } from '../../../src/engine/findings/codes';
import { cleanRows, keys, runCheck } from '../helpers/parsed-fixtures';
import type { RowInput } from '../helpers/build-parsed';

const NOTE1 = 'Ban hành chậm so với quy định';
const run = (overrides: Record<string, RowInput>, rounds = true) =>
  runCheck(findAppraisalIssues, cleanRows(overrides), { appraised: true, rounds });

/** The same sheet without a round-2 note column (one note column for both rounds). */
const runSharedNote = (overrides: Record<string, RowInput>) => {
  const specs = cleanRows(overrides);
  return runCheck((ctx) => {
    delete ctx.parsed.columns.appraiserNote2;
    for (const r of ctx.parsed.rows) r.appraiserNote2 = null;
    return findAppraisalIssues(ctx);
  }, specs, { appraised: true, rounds: true });
};

describe('round-2 appraisal checks', () => {
  test('the codes are catalogued: a changed round 2 without a note is an error, above-self a warning', () => {
    expect(severityOf('appraisal.roundTwoNoNote')).toBe('error');
    expect(severityOf('appraisal.roundTwoAboveSelf')).toBe('warning');
    expect(FINDING_CODES.map((c) => c.code)).toEqual(expect.arrayContaining(['appraisal.roundTwoNoNote', 'appraisal.roundTwoAboveSelf']));
  });

  test('round 2 equal to round 1, or left blank (round 2 is optional per item), needs nothing', () => {
    expect(run({ '1.1.1': { self: 1, appraised: 0.5, appraiserNote: NOTE1, appraised2: 0.5 } })).toEqual([]);
    expect(run({ '1.1.1': { self: 1, appraised: 0.5, appraiserNote: NOTE1, appraised2: null } })).toEqual([]);
    expect(run({ '1.1.1': { self: 1, appraised: 0.5, appraiserNote: NOTE1, appraised2: '-' } })).toEqual([]);
  });

  test('round 2 changed from round 1 with no round-2 note: error on the round-2 cell', () => {
    // 0.5 in round 1 (noted), restored to 1 in round 2 with an empty round-2 note.
    const f = run({ '1.1.1': { self: 1, appraised: 0.5, appraiserNote: NOTE1, appraised2: 1 } });
    expect(keys(f)).toEqual(['appraisal.roundTwoNoNote@M13']);
    expect(f[0].severity).toBe('error');
    expect(f[0].message.vi).toContain('Điểm thẩm định lần 2 1');
    expect(f[0].message.vi).toContain('điểm thẩm định lần 1 0,5');
    expect(f[0].message.vi).toContain('ý kiến thẩm định lần 2');
    expect(f[0].message.en).toContain('round-2');
  });

  test('a round-2 note (or the general note) clears it; the round-1 note does not when round 2 has its own column', () => {
    expect(run({ '1.1.1': { self: 1, appraised: 0.5, appraiserNote: NOTE1, appraised2: 1, appraiserNote2: 'Chấp nhận giải trình' } })).toEqual([]);
    expect(run({ '1.1.1': { self: 1, appraised: 0.5, appraiserNote: NOTE1, appraised2: 1, note: 'Đã bổ sung TLKC' } })).toEqual([]);
    expect(keys(run({ '1.1.1': { self: 1, appraised: 0.5, appraiserNote: NOTE1, appraised2: 1 } }))).toEqual(['appraisal.roundTwoNoNote@M13']);
  });

  test('a sheet with one note column for both rounds: the note there counts for round 2', () => {
    expect(runSharedNote({ '1.1.1': { self: 1, appraised: 0.5, appraiserNote: NOTE1, appraised2: 1 } })).toEqual([]);
    const f = runSharedNote({ '1.2': { self: 1.75, appraised: 1.75, appraised2: 1.5 } });
    expect(keys(f)).toEqual(['appraisal.roundTwoNoNote@M16']);
    expect(f[0].message.vi).toContain('Ý kiến thẩm định lần 2'); // tells where a round-2 note could go
  });

  test('round 2 above the self score with no reason: a warning, also when round 1 was already there', () => {
    // 1.4: self 1, round 1 = 1, round 2 = 2 with no note → changed (error, which names the self score too)
    const changed = run({ '1.4': { self: 1, appraised: 1, appraised2: 2 } });
    expect(keys(changed)).toEqual(['appraisal.roundTwoNoNote@M18']);
    expect(changed[0].message.vi).toContain('cao hơn cả điểm đơn vị tự đánh giá 1');
    // round 1 = 2 (noted), round 2 confirms 2 > self 1 without a round-2 reason → warning
    const confirmed = run({ '1.4': { self: 1, appraised: 2, appraiserNote: 'Đơn vị chấm thiếu', appraised2: 2 } });
    expect(keys(confirmed)).toEqual(['appraisal.roundTwoAboveSelf@M18']);
    expect(confirmed[0].severity).toBe('warning');
    expect(confirmed[0].message.vi).toContain('cao hơn điểm đơn vị tự đánh giá 1');
    // with a round-2 note nothing is said
    expect(run({ '1.4': { self: 1, appraised: 2, appraiserNote: 'x', appraised2: 2, appraiserNote2: 'Giữ nguyên: đơn vị chấm thiếu' } })).toEqual([]);
  });

  test('round 1 blank: round 2 is compared with the self score', () => {
    expect(run({ '1.1.1': { self: 1, appraised: null, appraised2: 1 } })).toEqual([]);
    const f = run({ '1.1.1': { self: 1, appraised: null, appraised2: 0.5 } });
    expect(keys(f)).toEqual(['appraisal.roundTwoNoNote@M13']);
    expect(f[0].message.vi).toContain('khác điểm tự đánh giá 1');
  });

  test('N/A in round 2 against a number in round 1 is a change', () => {
    expect(keys(run({ '1.2': { self: 1.75, appraised: 1.75, appraised2: 'Không áp dụng' } }))).toEqual(['appraisal.roundTwoNoNote@M16']);
  });

  test('survey items are not compared; a sheet without a round-2 column has no round-2 findings', () => {
    expect(run({ '1.3': { appraised: 1, appraised2: 2 } })).toEqual([]);
    expect(run({ '1.1.1': { self: 1, appraised: 1 } }, false)).toEqual([]);
  });

  test('round-2 cells get the score checks (range, options); a blank round 2 is not "missing"', () => {
    const appraisedAll = { '1.1.2': { appraised: 1 }, '1.1.3': { appraised: 0.85 }, '1.3': { appraised: 2 } };
    const f = runCheck(
      findScoreIssues,
      cleanRows({ ...appraisedAll, '1.1.1': { appraised: 1, appraised2: 0.7 }, '1.4': { appraised: 2, appraised2: 3 }, '1.2': { appraised: 1.75, appraised2: null } }),
      { appraised: true, rounds: true },
    );
    expect(keys(f)).toEqual(['score.notAllowed@M13', 'score.aboveMax@M18']);
    expect(f[0].message.vi).toContain('Điểm thẩm định lần 2');
  });

  test("the unit's added evidence or answer makes up for missing evidence", () => {
    const missing = runCheck(findEvidenceIssues, cleanRows({ '1.1.1': { evidence: undefined } }), { appraised: true, rounds: true });
    expect(keys(missing)).toEqual(['evidence.missing@G13']);
    expect(runCheck(findEvidenceIssues, cleanRows({ '1.1.1': { evidence: undefined, addedEvidence: 'Quyết định số 5/QĐ-UBND ngày 3/2/2024' } }), { rounds: true })).toEqual([]);
    expect(runCheck(findEvidenceIssues, cleanRows({ '1.1.1': { evidence: undefined, unitAnswer: 'Kế hoạch ban hành kèm báo cáo quý I' } }), { rounds: true })).toEqual([]);
  });
});
