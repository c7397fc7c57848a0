/**
 * Evidence checks (src/engine/findings/evidence-checks.ts), rule by rule, with the expected
 * findings and messages worked out by hand. Sheet: cleanRows() of ruleSet() (parsed-fixtures.ts),
 * rows from sheet row 11: 1 → 11, 1.1 → 12, 1.1.1 → 13, 1.1.2 → 14, 1.1.3 → 15, 1.2 → 16,
 * 1.3 → 17, 1.4 → 18; columns F self, G evidence, H explanation, I appraised. Assessment year:
 * the set's, 2024, unless the sheet's title says another.
 */
import { alignRows } from '../../../src/engine/align';
import type { CriteriaSet } from '../../../src/engine/criteria/schema';
import { buildContext } from '../../../src/engine/findings/context';
import { findEvidenceIssues } from '../../../src/engine/findings/evidence-checks';
import type { ColumnRole } from '../../../src/engine/layout/parsed-sheet';
import { buildParsed, type BuildOptions, type RowSpec } from '../helpers/build-parsed';
import { buildSet, item } from '../helpers/build-set';
import { cleanRows, EVIDENCE, keys, ruleSet, runCheck } from '../helpers/parsed-fixtures';

const run = (overrides: Parameters<typeof cleanRows>[0], opts: BuildOptions = {}, set?: CriteriaSet) =>
  runCheck(findEvidenceIssues, cleanRows(overrides), opts, set);

/** The check on a sheet whose reader found no column for `roles`. */
function runWithout(roles: ColumnRole[], specs: RowSpec[], opts: BuildOptions = {}, set: CriteriaSet = ruleSet()) {
  const parsed = buildParsed(specs, opts);
  for (const r of roles) delete parsed.columns[r];
  return findEvidenceIssues(buildContext(parsed, set, alignRows(parsed, set)));
}

/** ruleSet() with 1.1.1's title replaced (the "within the year" wording). */
function setTitled(title: string): CriteriaSet {
  const set = ruleSet();
  set.items[0].children![0].children![0].title = title;
  return set;
}

const sev = (f: ReturnType<typeof run>) => f.map((x) => `${x.code}@${x.cell ?? '-'}:${x.severity}:${x.item ?? '-'}`);

describe('evidence.missing (a claimed score with nothing behind it)', () => {
  test('required evidence: error on the evidence cell, the whole message', () => {
    const f = run({ '1.1.1': { evidence: undefined } });
    expect(sev(f)).toEqual(['evidence.missing@G13:error:1.1.1']);
    // itemName of a depth-2 item: "tiêu chí thành phần 1.1.1", capitalised at the start; score 1.
    expect(f[0].message).toEqual({
      vi: 'Tiêu chí thành phần 1.1.1 tự chấm 1 điểm nhưng không có tài liệu kiểm chứng và không có giải trình (bắt buộc có TLKC). Đề nghị đơn vị ghi tên, số, ký hiệu, ngày của văn bản kiểm chứng (hoặc đường dẫn tới văn bản), hoặc giải trình lý do.',
      en: "Sub-criterion 1.1.1 is self-scored 1 with no evidence and no explanation (evidence is required). Write the evidence document's name, number, symbol and date (or a link to it), or explain why there is none.",
    });
  });

  test('optional evidence: a warning, without the "required" words; the score written the Vietnamese way', () => {
    const f = run({ '1.1.3': { evidence: undefined, self: 0.85 } });
    expect(sev(f)).toEqual(['evidence.missing@G15:warning:1.1.3']);
    expect(f[0].message.vi).toBe(
      'Tiêu chí thành phần 1.1.3 tự chấm 0,85 điểm nhưng không có tài liệu kiểm chứng và không có giải trình. Đề nghị đơn vị ghi tên, số, ký hiệu, ngày của văn bản kiểm chứng (hoặc đường dẫn tới văn bản), hoặc giải trình lý do.',
    );
    expect(f[0].message.en).toBe(
      "Sub-criterion 1.1.3 is self-scored 0.85 with no evidence and no explanation. Write the evidence document's name, number, symbol and date (or a link to it), or explain why there is none.",
    );
  });

  test('a blank evidence cell is pointed at through the evidence column; without it, the explanation column', () => {
    // evidence undefined → no text cell → the cell is cellOf(evidence) = G13.
    expect(keys(run({ '1.1.1': { evidence: undefined } }))).toEqual(['evidence.missing@G13']);
    // No evidence column: the explanation column's cell of row 13 (H13).
    expect(keys(runWithout(['evidence'], cleanRows({ '1.1.1': { evidence: undefined } })))).toEqual(['evidence.missing@H13']);
  });

  test('a link alone, an added document or an answer of the explanation round is enough', () => {
    // Text cell '' with a hyperlink: nothing written, but the link names the document.
    expect(run({ '1.1.1': { evidence: undefined, evidenceLink: 'https://snv.gov.vn/kh.pdf' } })).toEqual([]);
    expect(run({ '1.1.1': { evidence: undefined, addedEvidence: 'Kế hoạch bổ sung' } })).toEqual([]);
    expect(run({ '1.1.1': { evidence: undefined, unitAnswer: 'Đơn vị đã gửi bổ sung' } })).toEqual([]);
    // Round columns present but both blank: still missing.
    expect(keys(run({ '1.1.1': { evidence: undefined, unitAnswer: '  ' } }))).toEqual(['evidence.missing@G13']);
  });

  test('only leaves that claim points are asked: not a parent row, not a survey item even with a rule, not 0', () => {
    // A parent row with a score and no evidence: parents have rule 'none' and are not leaves.
    expect(run({ '1.1': { self: 4 } })).toEqual([]);
    // A survey leaf whose set asks for evidence: surveys are scored by the survey, never asked.
    const set = ruleSet();
    set.items[0].children![2] = item('1.3', 2, [], { kind: 'survey', evidence: 'required' });
    expect(run({ '1.3': { self: 2 } }, {}, set)).toEqual([]);
    // Exactly 0 claims nothing (score <= 0 is skipped).
    expect(run({ '1.2': { self: 0, evidence: undefined } })).toEqual([]);
    // A text in the score cell is no claim.
    expect(run({ '1.2': { self: 'đạt', evidence: undefined } })).toEqual([]);
  });

  test('an item of the set missing from the sheet is skipped, the others still checked', () => {
    // Without the 1.1.1 row the rows below move up one: 1.2 is on sheet row 15.
    const specs = cleanRows({ '1.2': { evidence: undefined } }).filter((s) => Array.isArray(s) && s[0] !== '1.1.1');
    expect(keys(runCheck(findEvidenceIssues, specs))).toEqual(['evidence.missing@G15']);
  });

  test('a penalty deducted as a negative number claims its absolute value', () => {
    const set = buildSet(
      [item('1', 2, [item('1.1', 2, [], { evidence: 'required' })]), item('2', 1, [], { kind: 'penalty', evidence: 'required' })],
      { year: 2024 },
    );
    // Penalty −1: |−1| = 1 > 0, so it needs evidence; the message says 1, not −1.
    const f = runCheck(findEvidenceIssues, [['1', { max: 2 }], ['1.1', { max: 2, self: 0 }], ['2', { max: 1, self: -1 }]], {}, set);
    expect(sev(f)).toEqual(['evidence.missing@G13:error:2']);
    expect(f[0].message.vi).toMatch(/^Lĩnh vực 2 tự chấm 1 điểm nhưng/);
  });

  test('a sheet without self scores: the appraised column is the claim', () => {
    // No self column: appraised 1 on 1.1.1 with no evidence → missing; appraised 0 elsewhere.
    const specs: RowSpec[] = [
      ['1', { max: 10 }],
      ['1.1', { max: 4 }],
      ['1.1.1', { max: 1, self: 0, appraised: 1 }],
      ['1.1.2', { max: 2, self: 2, appraised: 0 }],
    ];
    expect(keys(runWithout(['self'], specs))).toEqual(['evidence.missing@G13']);
  });
});

describe('sheets without a claim column', () => {
  test('neither a self nor an appraised column: nothing is claimed, row by row or for the sheet', () => {
    expect(runWithout(['self'], cleanRows({ '1.1.1': { evidence: undefined } }))).toEqual([]);
    expect(runWithout(['self', 'evidence', 'explanation'], cleanRows())).toEqual([]);
  });
});

describe('evidence.missing for a sheet without an evidence and an explanation column', () => {
  test('one sheet-level error listing the claimed leaves', () => {
    // Claimed: 1.1.1 (1), 1.1.2 (1), 1.1.3 (0,85), 1.2 (1,75); 1.3 is a survey, 1.4 needs none.
    const f = runWithout(['evidence', 'explanation'], cleanRows());
    expect(sev(f)).toEqual(['evidence.missing@-:error:-']);
    expect(f[0].message).toEqual({
      vi: 'Biểu không có cột "Tài liệu kiểm chứng" hay "Giải trình" nên 4 tiêu chí được chấm điểm (1.1.1, 1.1.2, 1.1.3, 1.2) không có tài liệu kiểm chứng (bắt buộc có TLKC). Đề nghị đơn vị thêm cột "Tài liệu kiểm chứng" và ghi số, ký hiệu, ngày văn bản cho từng tiêu chí, hoặc gửi kèm bảng tài liệu kiểm chứng.',
      en: 'The sheet has no "Tài liệu kiểm chứng" (evidence) or "Giải trình" (explanation) column, so 4 scored items (1.1.1, 1.1.2, 1.1.3, 1.2) have no evidence (evidence is required). Add an evidence column and write each document\'s number, symbol and date, or attach the evidence list.',
    });
  });

  test('only optional items claimed: a warning without "required"', () => {
    // Only 1.1.3 (optional) keeps a score above 0.
    const f = runWithout(['evidence', 'explanation'], cleanRows({ '1.1.1': { self: 0 }, '1.1.2': { self: 0 }, '1.2': { self: 'KAD' } }));
    expect(sev(f)).toEqual(['evidence.missing@-:warning:-']);
    expect(f[0].message.vi).toContain('nên 1 tiêu chí được chấm điểm (1.1.3) không có tài liệu kiểm chứng. Đề nghị');
    expect(f[0].message.en).toContain('so 1 scored items (1.1.3) have no evidence. Add');
  });

  test('nothing claimed, nothing said; parents, surveys, missing rows and zeros are not claims', () => {
    expect(runWithout(['evidence', 'explanation'], cleanRows({ '1.1.1': { self: 0 }, '1.1.2': { self: 0 }, '1.1.3': { self: 0 }, '1.2': { self: 0 }, '1.1': { self: 4 }, '1.3': { self: 2 } }))).toEqual([]);
    // 1.1.1 missing from the sheet: not listed (and no crash on the missing row).
    const specs = cleanRows().filter((s) => Array.isArray(s) && s[0] !== '1.1.1');
    expect(runWithout(['evidence', 'explanation'], specs)[0].message.vi).toContain('nên 3 tiêu chí được chấm điểm (1.1.2, 1.1.3, 1.2)');
  });

  test('a survey leaf with its own evidence rule is still not listed', () => {
    const set = ruleSet();
    set.items[0].children![2] = item('1.3', 2, [], { kind: 'survey', evidence: 'required' });
    const f = runWithout(['evidence', 'explanation'], cleanRows({ '1.3': { self: 2 } }), {}, set);
    expect(f[0].message.vi).toContain('nên 4 tiêu chí được chấm điểm (1.1.1, 1.1.2, 1.1.3, 1.2)');
  });

  test('more than 8 claimed: the first 8 and an ellipsis', () => {
    // Nine leaves 1.1 … 1.9, each claiming 1 point.
    const codes = ['1.1', '1.2', '1.3', '1.4', '1.5', '1.6', '1.7', '1.8', '1.9'];
    const set = buildSet([item('1', 9, codes.map((c) => item(c, 1)))], { year: 2024 });
    const specs: RowSpec[] = [['1', { max: 9 }], ...codes.map((c) => [c, { max: 1, self: 1 }] as RowSpec)];
    const f = runWithout(['evidence', 'explanation'], specs, {}, set);
    expect(f[0].message.vi).toContain('nên 9 tiêu chí được chấm điểm (1.1, 1.2, 1.3, 1.4, 1.5, 1.6, 1.7, 1.8, …) không có');
    // Exactly 8: all listed, no ellipsis.
    const f8 = runWithout(['evidence', 'explanation'], specs.slice(0, 9), {}, set);
    expect(f8[0].message.vi).toContain('nên 8 tiêu chí được chấm điểm (1.1, 1.2, 1.3, 1.4, 1.5, 1.6, 1.7, 1.8) không có');
  });

  test('one of the two columns is enough to check row by row', () => {
    // Evidence column only: 1.1.1 without evidence is reported on its own cell.
    expect(keys(runWithout(['explanation'], cleanRows({ '1.1.1': { evidence: undefined } })))).toEqual(['evidence.missing@G13']);
    expect(keys(runWithout(['evidence'], cleanRows({ '1.1.1': { evidence: undefined } })))).toEqual(['evidence.missing@H13']);
  });
});

describe('evidence.noReference (the text names no document well enough)', () => {
  test('a number without a date', () => {
    const f = run({ '1.1.1': { evidence: 'Kế hoạch số 12/KH-UBND' } });
    expect(sev(f)).toEqual(['evidence.noReference@G13:warning:1.1.1']);
    expect(f[0].message).toEqual({
      vi: 'Tài liệu kiểm chứng của tiêu chí thành phần 1.1.1 "Kế hoạch số 12/KH-UBND" có số, ký hiệu nhưng không ghi ngày ban hành. Đề nghị đơn vị ghi rõ, ví dụ "Kế hoạch số 12/KH-UBND ngày 15/01/2024", hoặc gắn đường dẫn tới văn bản.',
      en: 'The evidence of sub-criterion 1.1.1 "Kế hoạch số 12/KH-UBND" has a number but no date of issue. Write it out, e.g. "Kế hoạch số 12/KH-UBND ngày 15/01/2024", or add a link to the document.',
    });
  });

  test('a date without a number', () => {
    const f = run({ '1.1.1': { evidence: 'Kế hoạch ngày 15/01/2024' } });
    expect(keys(f)).toEqual(['evidence.noReference@G13']);
    expect(f[0].message.vi).toBe(
      'Tài liệu kiểm chứng của tiêu chí thành phần 1.1.1 "Kế hoạch ngày 15/01/2024" có ngày nhưng không ghi số, ký hiệu văn bản. Đề nghị đơn vị ghi rõ, ví dụ "Kế hoạch số 12/KH-UBND ngày 15/01/2024", hoặc gắn đường dẫn tới văn bản.',
    );
    expect(f[0].message.en).toContain('"Kế hoạch ngày 15/01/2024" has a date but no document number/symbol. Write');
  });

  test('neither; the example uses the sheet year', () => {
    // Sheet of 2025: the other rows' 2024 evidence are notes (outsideYear), not looked at here.
    const f = run({ '1.1.1': { evidence: 'Kế hoạch CCHC' } }, { year: 2025 }).filter((x) => x.code === 'evidence.noReference');
    expect(keys(f)).toEqual(['evidence.noReference@G13']);
    expect(f[0].message.vi).toBe(
      'Tài liệu kiểm chứng của tiêu chí thành phần 1.1.1 "Kế hoạch CCHC" không ghi số, ký hiệu và ngày văn bản. Đề nghị đơn vị ghi rõ, ví dụ "Kế hoạch số 12/KH-UBND ngày 15/01/2025", hoặc gắn đường dẫn tới văn bản.',
    );
    expect(f[0].message.en).toContain('"Kế hoạch CCHC" names no document number, symbol or date. Write it out, e.g. "Kế hoạch số 12/KH-UBND ngày 15/01/2025"');
  });

  test('a number with a date, or a legal number carrying its year, is complete', () => {
    expect(run({ '1.1.1': { evidence: EVIDENCE } })).toEqual([]);
    expect(run({ '1.1.1': { evidence: 'Quyết định số 05/2024/QĐ-UBND' } })).toEqual([]);
  });

  test('one legal number carrying its year dates the whole text', () => {
    // 12/KH-UBND has no year, 05/2024/QĐ-UBND has: some number is dated → complete.
    expect(run({ '1.1.1': { evidence: 'Kế hoạch số 12/KH-UBND và Quyết định số 05/2024/QĐ-UBND' } })).toEqual([]);
  });

  test('a number without a year gives no date to judge, even where the title ties the work to the year', () => {
    const f = run({ '1.1.1': { evidence: 'Kế hoạch số 12/KH-UBND' } }, {}, setTitled('Kiểm tra trong năm'));
    expect(keys(f)).toEqual(['evidence.noReference@G13']);
  });

  test('a link on the cell makes an incomplete text enough; so does a URL in the text', () => {
    expect(run({ '1.1.1': { evidence: 'Kế hoạch số 12/KH-UBND', evidenceLink: 'https://snv.gov.vn/12.pdf' } })).toEqual([]);
    expect(run({ '1.1.1': { evidence: 'Kế hoạch CCHC, www.snv.gov.vn/kh' } })).toEqual([]);
  });

  test('an explanation without evidence is not asked for a document number', () => {
    expect(run({ '1.1.1': { evidence: undefined, explanation: 'Đơn vị chưa ban hành' } })).toEqual([]);
  });
});

describe('evidence.outsideYear (dates against the assessment year 2024)', () => {
  test('a date after the year: a warning naming it', () => {
    const f = run({ '1.1.1': { evidence: 'Báo cáo số 12/BC-UBND ngày 20/06/2025' } });
    expect(sev(f)).toEqual(['evidence.outsideYear@G13:warning:1.1.1']);
    expect(f[0].message).toEqual({
      vi: 'Tài liệu kiểm chứng của tiêu chí thành phần 1.1.1 dẫn văn bản ngày 20/06/2025, sau năm đánh giá 2024. Đề nghị đơn vị kiểm tra lại ngày ghi (có thể gõ nhầm năm) hoặc dẫn văn bản ban hành trong năm 2024.',
      en: 'The evidence of sub-criterion 1.1.1 cites a document dated 20/06/2025, after the assessment year 2024. Check the date (the year may be mistyped) or cite a document issued in 2024.',
    });
  });

  test('early next year (to the end of March) is the year-end report season; April is not', () => {
    expect(run({ '1.1.1': { evidence: 'Báo cáo số 12/BC-UBND ngày 31/03/2025' } })).toEqual([]);
    expect(keys(run({ '1.1.1': { evidence: 'Báo cáo số 12/BC-UBND ngày 01/04/2025' } }))).toEqual(['evidence.outsideYear@G13']);
    // Two years later, even in January: wrong.
    expect(keys(run({ '1.1.1': { evidence: 'Báo cáo số 12/BC-UBND ngày 10/01/2026' } }))).toEqual(['evidence.outsideYear@G13']);
  });

  test('a legal number of next year is not wrong; of two years later it is, named by its number', () => {
    expect(run({ '1.1.1': { evidence: 'Quyết định số 05/2025/QĐ-UBND' } })).toEqual([]);
    const f = run({ '1.1.1': { evidence: 'Quyết định số 05/2026/QĐ-UBND' } });
    expect(sev(f)).toEqual(['evidence.outsideYear@G13:warning:1.1.1']);
    expect(f[0].message.vi).toBe(
      'Tài liệu kiểm chứng của tiêu chí thành phần 1.1.1 dẫn văn bản số 05/2026/QĐ-UBND, sau năm đánh giá 2024. Đề nghị đơn vị kiểm tra lại ngày ghi (có thể gõ nhầm năm) hoặc dẫn văn bản ban hành trong năm 2024.',
    );
    expect(f[0].message.en).toContain('cites a document no. 05/2026/QĐ-UBND, after the assessment year 2024.');
  });

  test('a legal number of an earlier year is a regulation in force: nothing; a plain date then is a note', () => {
    expect(run({ '1.1.1': { evidence: 'Quyết định số 05/2022/QĐ-UBND' } })).toEqual([]);
    const f = run({ '1.1.1': { evidence: 'Kế hoạch số 12/KH-UBND ngày 20/12/2023' } });
    expect(sev(f)).toEqual(['evidence.outsideYear@G13:info:1.1.1']);
    expect(f[0].message).toEqual({
      vi: 'Tài liệu kiểm chứng của tiêu chí thành phần 1.1.1 dẫn văn bản ngày 20/12/2023, trước năm đánh giá 2024. Nếu đó là văn bản ban hành cuối năm trước cho năm 2024 hoặc văn bản còn hiệu lực thì không cần sửa; nếu không, đề nghị đơn vị dẫn văn bản ban hành trong năm 2024.',
      en: 'The evidence of sub-criterion 1.1.1 cites a document dated 20/12/2023, before the assessment year 2024. If it was issued late in the previous year for 2024, or is still in force, nothing needs fixing; otherwise cite a document issued in 2024.',
    });
  });

  test('the dates written win over a number\'s year: a 2022 number dated in 2024 is fine', () => {
    expect(run({ '1.1.1': { evidence: 'Quyết định số 05/2022/QĐ-UBND ngày 15/01/2024' } })).toEqual([]);
  });

  test('before the year where the title ties the work to the year: a warning with the reason', () => {
    for (const title of ['Tỷ lệ đơn vị được kiểm tra trong năm', 'Kết quả năm đánh giá']) {
      const f = run({ '1.1.1': { evidence: 'Kế hoạch số 12/KH-UBND ngày 20/12/2023' } }, {}, setTitled(title));
      expect(sev(f)).toEqual(['evidence.outsideYear@G13:warning:1.1.1']);
      expect(f[0].message).toEqual({
        vi: 'Tài liệu kiểm chứng của tiêu chí thành phần 1.1.1 dẫn văn bản ngày 20/12/2023, trước năm đánh giá 2024, trong khi tiêu chí yêu cầu thực hiện trong năm. Đề nghị đơn vị kiểm tra lại ngày ghi (có thể gõ nhầm năm) hoặc dẫn văn bản ban hành trong năm 2024.',
        en: 'The evidence of sub-criterion 1.1.1 cites a document dated 20/12/2023, before the assessment year 2024, while the criterion asks for work done within the year. Check the date (the year may be mistyped) or cite a document issued in 2024.',
      });
    }
    // Words that only contain "trong nam" inside another word do not tie it ("xtrong nam", "trong namxyz").
    expect(sev(run({ '1.1.1': { evidence: 'Kế hoạch số 12/KH-UBND ngày 20/12/2023' } }, {}, setTitled('Kế hoạch xtrong năm')))).toEqual([
      'evidence.outsideYear@G13:info:1.1.1',
    ]);
    expect(sev(run({ '1.1.1': { evidence: 'Kế hoạch số 12/KH-UBND ngày 20/12/2023' } }, {}, setTitled('Kế hoạch trong namxyz')))).toEqual([
      'evidence.outsideYear@G13:info:1.1.1',
    ]);
  });

  test('wrong dates before and after the year: only "after" is said; wrong dates hide the notes', () => {
    // Title ties the work to the year: 20/12/2023 and 20/06/2025 are both wrong, not all before.
    const f = run({ '1.1.1': { evidence: 'Kế hoạch số 12/KH-UBND ngày 20/12/2023, Báo cáo số 3/BC-UBND ngày 20/06/2025' } }, {}, setTitled('Kiểm tra trong năm'));
    expect(f.map((x) => x.message.vi)).toEqual([
      'Tài liệu kiểm chứng của tiêu chí thành phần 1.1.1 dẫn văn bản ngày 20/12/2023; ngày 20/06/2025, sau năm đánh giá 2024. Đề nghị đơn vị kiểm tra lại ngày ghi (có thể gõ nhầm năm) hoặc dẫn văn bản ban hành trong năm 2024.',
    ]);
    // Plain title: 20/12/2023 is a note, 20/06/2025 is wrong → only the wrong one, a warning.
    const g = run({ '1.1.1': { evidence: 'Kế hoạch số 12/KH-UBND ngày 20/12/2023, Báo cáo số 3/BC-UBND ngày 20/06/2025' } });
    expect(sev(g)).toEqual(['evidence.outsideYear@G13:warning:1.1.1']);
    expect(g[0].message.vi).toContain('dẫn văn bản ngày 20/06/2025, sau năm');
    expect(g[0].message.en).toContain('cites a document dated 20/06/2025, after');
  });

  test('the same date written twice is named once', () => {
    const f = run({ '1.1.1': { evidence: 'Kế hoạch số 1/KH-UBND ngày 20/12/2023 và Công văn số 2/UBND-VP ngày 20/12/2023' } });
    expect(f[0].message.vi).toContain('dẫn văn bản ngày 20/12/2023, trước năm');
  });

  test('an explanation: its own cell and wording; next year is always fine there', () => {
    const f = run({ '1.1.1': { evidence: undefined, explanation: 'Theo văn bản ngày 10/01/2022' } });
    expect(sev(f)).toEqual(['evidence.outsideYear@H13:info:1.1.1']);
    expect(f[0].message.vi).toBe(
      'Giải trình của tiêu chí thành phần 1.1.1 dẫn văn bản ngày 10/01/2022, trước năm đánh giá 2024. Nếu đó là văn bản ban hành cuối năm trước cho năm 2024 hoặc văn bản còn hiệu lực thì không cần sửa; nếu không, đề nghị đơn vị dẫn văn bản ban hành trong năm 2024.',
    );
    expect(f[0].message.en).toMatch(/^The explanation of sub-criterion 1\.1\.1 cites a document dated 10\/01\/2022, before/);
    // June of next year: wrong in evidence (above), fine in an explanation ("kế hoạch năm sau").
    expect(run({ '1.1.1': { evidence: undefined, explanation: 'Đưa vào kế hoạch ngày 20/06/2025' } })).toEqual([]);
    // Two years later is wrong even there.
    expect(sev(run({ '1.1.1': { evidence: undefined, explanation: 'Đưa vào kế hoạch ngày 20/06/2026' } }))).toEqual([
      'evidence.outsideYear@H13:warning:1.1.1',
    ]);
  });

  test('an explanation is not read when there is evidence text', () => {
    expect(run({ '1.1.1': { evidence: EVIDENCE, explanation: 'Theo văn bản ngày 10/01/2022' } })).toEqual([]);
  });

  test('an explanation found without its own cell is pointed at through the evidence cell', () => {
    // Explanation column dropped after reading: the row still holds its text cell (H13), used first.
    const f = runWithout(['evidence'], cleanRows({ '1.1.1': { evidence: undefined, explanation: 'Theo văn bản ngày 10/01/2022' } }));
    expect(keys(f)).toEqual(['evidence.outsideYear@H13']);
  });
});
