/**
 * Layout checks (src/engine/findings/layout-checks.ts): required columns, missing items, extra
 * rows, repeated codes and changed maxima, with the expected findings and messages worked out by
 * hand. Sheet: cleanRows() of ruleSet() (set "rule-set", version "2024.1"; items titled
 * "Tiêu chí <code>"), rows from sheet row 11: 1 → 11, 1.1 → 12, 1.1.1 → 13, 1.1.2 → 14,
 * 1.1.3 → 15, 1.2 → 16, 1.3 → 17, 1.4 → 18; A code, C max, F self.
 */
import { findColumnIssues, findRowIssues } from '../../../src/engine/findings/layout-checks';
import type { ColumnRole } from '../../../src/engine/layout/parsed-sheet';
import { buildParsed, type RowSpec } from '../helpers/build-parsed';
import { cleanRows, contextFor, keys, runCheck } from '../helpers/parsed-fixtures';

const sev = (f: ReturnType<typeof findRowIssues>) => f.map((x) => `${x.code}@${x.cell ?? '-'}:${x.severity}:${x.item ?? '-'}`);
const without = (...codes: string[]) => cleanRows().filter((r) => !Array.isArray(r) || !codes.includes(r[0] ?? ''));

function columnsWithout(roles: ColumnRole[], specs: RowSpec[] = cleanRows()) {
  const p = buildParsed(specs);
  for (const r of roles) delete p.columns[r];
  return findColumnIssues(p);
}

describe('layout.columnMissing', () => {
  test('no code column and no row with a code', () => {
    const f = columnsWithout(['code'], []);
    expect(sev(f)).toEqual(['layout.columnMissing@-:error:-']);
    expect(f[0].message).toEqual({
      vi: 'Không tìm thấy cột mã tiêu chí (STT, TT, Mã tiêu chí) và không dòng nào có mã như 1, 1.1, 1.1.1. Đề nghị đơn vị thêm cột STT ghi mã của từng tiêu chí theo bộ tiêu chí.',
      en: "No item code column (STT, TT, Mã tiêu chí) was found and no row carries a code such as 1, 1.1, 1.1.1. Add an STT column with each item's code from the criteria set.",
    });
    // A code column without rows is no missing column.
    expect(columnsWithout([], [])).toEqual([]);
  });

  test('no max column', () => {
    const f = columnsWithout(['max']);
    expect(sev(f)).toEqual(['layout.columnMissing@-:error:-']);
    expect(f[0].message).toEqual({
      vi: 'Không tìm thấy cột điểm tối đa (tiêu đề "Điểm tối đa", "Điểm chuẩn" hoặc "Thang điểm"). Đề nghị đơn vị thêm cột này hoặc sửa tiêu đề cột cho đúng.',
      en: 'No max points column was found (header "Điểm tối đa", "Điểm chuẩn" or "Thang điểm"). Add it or correct the column header.',
    });
  });

  test('no score column at all; either one alone is enough', () => {
    const p = buildParsed(cleanRows(), { appraised: true });
    delete p.columns.self;
    delete p.columns.appraised;
    const f = findColumnIssues(p);
    expect(sev(f)).toEqual(['layout.columnMissing@-:error:-']);
    expect(f[0].message).toEqual({
      vi: 'Không tìm thấy cột điểm tự đánh giá (tiêu đề "Điểm tự đánh giá", "Tự chấm"…) hay cột điểm thẩm định. Đề nghị đơn vị thêm cột điểm hoặc sửa tiêu đề cột cho đúng.',
      en: 'No self-assessed score column (header "Điểm tự đánh giá", "Tự chấm"…) and no appraised score column was found. Add a score column or correct its header.',
    });
    // Self column only (buildParsed has no appraised column without an appraised key).
    expect(findColumnIssues(buildParsed(cleanRows()))).toEqual([]);
  });

  test('all three at once, in that order', () => {
    const f = columnsWithout(['code', 'max', 'self'], []);
    expect(f.map((x) => x.message.en.slice(0, 12))).toEqual(['No item code', 'No max point', 'No self-asse']);
  });
});

describe('layout.missingItem', () => {
  test('a missing leaf: no cell, where to insert it, the whole message', () => {
    const f = runCheck(findRowIssues, without('1.1.3'));
    expect(sev(f)).toEqual(['layout.missingItem@-:error:1.1.3']);
    // The previous item of the set on the sheet is 1.1.2, sheet row 14.
    expect(f[0].message).toEqual({
      vi: 'Thiếu tiêu chí thành phần 1.1.3 "Tiêu chí 1.1.3" (tối đa 1 điểm) trên biểu, nên được tính 0 điểm. Đề nghị đơn vị chèn dòng sau dòng 14 (mã 1.1.2) theo đúng bộ tiêu chí rule-set (2024.1).',
      en: 'Sub-criterion 1.1.3 "Tiêu chí 1.1.3" (max 1) is missing from the sheet, so it scores 0. Insert the row after row 14 (code 1.1.2) as in the criteria set rule-set (2024.1).',
    });
  });

  test('a missing criterion with its sub-criteria: one finding counting them; after the area row', () => {
    // 1.1, 1.1.1, 1.1.2, 1.1.3 missing: 3 below 1.1; the item before 1.1 is area 1 (row 11).
    const f = runCheck(findRowIssues, without('1.1', '1.1.1', '1.1.2', '1.1.3'));
    expect(sev(f)).toEqual(['layout.missingItem@-:error:1.1']);
    expect(f[0].message).toEqual({
      vi: 'Thiếu tiêu chí 1.1 "Tiêu chí 1.1" (tối đa 4 điểm) cùng 3 tiêu chí con trên biểu, nên được tính 0 điểm. Đề nghị đơn vị chèn dòng sau dòng 11 (mã 1) theo đúng bộ tiêu chí rule-set (2024.1).',
      en: 'Criterion 1.1 "Tiêu chí 1.1" (max 4) and its 3 sub-items are missing from the sheet, so it scores 0. Insert the row after row 11 (code 1) as in the criteria set rule-set (2024.1).',
    });
  });

  test('a missing first row: at the top of the table; the previous rows skipped back to one on the sheet', () => {
    const f = runCheck(findRowIssues, without('1'));
    expect(sev(f)).toEqual(['layout.missingItem@-:error:1']);
    expect(f[0].message.vi).toContain('Đề nghị đơn vị chèn dòng ở đầu bảng điểm theo đúng bộ tiêu chí');
    expect(f[0].message.en).toContain('Insert the row at the top of the score table as in');
    // 1.1.1 and 1.1.3 missing: 1.1.3's previous item 1.1.2 is on the sheet (now row 13).
    const g = runCheck(findRowIssues, without('1.1.1', '1.1.3'));
    expect(g.map((x) => x.message.vi.match(/chèn dòng (.*?) theo/)![1])).toEqual(['sau dòng 12 (mã 1.1)', 'sau dòng 13 (mã 1.1.2)']);
    // 1.1.2 and 1.1.3 missing: 1.1.3 goes after 1.1.1 (row 13), skipping the missing 1.1.2.
    const h = runCheck(findRowIssues, without('1.1.2', '1.1.3'));
    expect(h.map((x) => x.message.vi.match(/chèn dòng (.*?) theo/)![1])).toEqual(['sau dòng 13 (mã 1.1.1)', 'sau dòng 13 (mã 1.1.1)']);
  });
});

describe('layout.missingItem for a heading row alone', () => {
  test('an area row missing while its criteria are on the sheet: scored from them, not 0', () => {
    // Scoring sums an area from its children whether or not its own row is there
    // (scoring/compute.ts), so "and its 7 sub-items … scores 0" would be false.
    const f = runCheck(findRowIssues, without('1'));
    expect(sev(f)).toEqual(['layout.missingItem@-:error:1']);
    expect(f[0].message).toEqual({
      vi: 'Thiếu dòng của lĩnh vực 1 "Tiêu chí 1" (tối đa 10 điểm) trên biểu; điểm của lĩnh vực 1 được tính từ các tiêu chí con có trên biểu. Đề nghị đơn vị chèn dòng ở đầu bảng điểm theo đúng bộ tiêu chí rule-set (2024.1).',
      en: 'The row of area 1 "Tiêu chí 1" (max 10) is missing from the sheet; it is scored from the sub-items on the sheet. Insert the row at the top of the score table as in the criteria set rule-set (2024.1).',
    });
  });

  test('a criterion row and one of its sub-criteria missing: both said, each as it is', () => {
    // 1.1 and 1.1.1 missing, 1.1.2 and 1.1.3 present: 1.1 is a heading row only; 1.1.1 is a
    // missing leaf (scores 0). Both go after area 1's row (row 11): 1.1.1's previous item 1.1
    // is missing too.
    const f = runCheck(findRowIssues, without('1.1', '1.1.1'));
    expect(sev(f)).toEqual(['layout.missingItem@-:error:1.1', 'layout.missingItem@-:error:1.1.1']);
    expect(f[0].message.vi).toBe(
      'Thiếu dòng của tiêu chí 1.1 "Tiêu chí 1.1" (tối đa 4 điểm) trên biểu; điểm của tiêu chí 1.1 được tính từ các tiêu chí con có trên biểu. Đề nghị đơn vị chèn dòng sau dòng 11 (mã 1) theo đúng bộ tiêu chí rule-set (2024.1).',
    );
    expect(f[1].message.vi).toBe(
      'Thiếu tiêu chí thành phần 1.1.1 "Tiêu chí 1.1.1" (tối đa 1 điểm) trên biểu, nên được tính 0 điểm. Đề nghị đơn vị chèn dòng sau dòng 11 (mã 1) theo đúng bộ tiêu chí rule-set (2024.1).',
    );
  });

  test('a criterion on the sheet without any of its sub-criteria: each sub-criterion said', () => {
    // 1.1 present, 1.1.1–1.1.3 missing: the heading row is there, so each missing leaf is named.
    const f = runCheck(findRowIssues, without('1.1.1', '1.1.2', '1.1.3'));
    expect(sev(f)).toEqual(['layout.missingItem@-:error:1.1.1', 'layout.missingItem@-:error:1.1.2', 'layout.missingItem@-:error:1.1.3']);
  });

  test('a whole area missing: one finding for it, counting everything below', () => {
    // Everything missing: area 1 and its 7 items below.
    const f = runCheck(findRowIssues, []);
    expect(sev(f)).toEqual(['layout.missingItem@-:error:1']);
    expect(f[0].message.en).toBe(
      'Area 1 "Tiêu chí 1" (max 10) and its 7 sub-items are missing from the sheet, so it scores 0. Insert the row at the top of the score table as in the criteria set rule-set (2024.1).',
    );
  });
});

describe('layout.extraRow', () => {
  test('a row not in the set, without a score: not scored', () => {
    const f = runCheck(findRowIssues, [...cleanRows(), ['1.5', { title: 'Công tác tuyên truyền', max: 1 }]]);
    expect(sev(f)).toEqual(['layout.extraRow@A19:warning:1.5']);
    expect(f[0].message).toEqual({
      vi: 'Dòng 19 mã 1.5 "Công tác tuyên truyền" không có trong bộ tiêu chí rule-set (2024.1) nên không được tính điểm. Đề nghị đơn vị xóa dòng này (có thể là mẫu biểu cũ) hoặc sửa lại mã cho đúng.',
      en: 'Row 19 with code 1.5 "Công tác tuyên truyền" is not in the criteria set rule-set (2024.1), so it is not scored. Delete the row (it may come from an old template) or correct its code.',
    });
  });

  test('with a score in any score column: the score is not counted; without a title, none quoted', () => {
    const f = runCheck(findRowIssues, [...cleanRows(), ['1.5', { title: '', max: 1, self: 1 }]]);
    expect(f[0].message).toEqual({
      vi: 'Dòng 19 mã 1.5 không có trong bộ tiêu chí rule-set (2024.1); điểm ghi ở dòng này không được tính. Đề nghị đơn vị xóa dòng này (có thể là mẫu biểu cũ) hoặc sửa lại mã cho đúng.',
      en: 'Row 19 with code 1.5 is not in the criteria set rule-set (2024.1); the score on this row is not counted. Delete the row (it may come from an old template) or correct its code.',
    });
    // A score in the appraised or survey column only counts as a score too; a text does not.
    const appraised = runCheck(findRowIssues, [...cleanRows(), ['1.5', { max: 1, self: 'x', appraised: 0 }]]);
    expect(appraised[0].message.vi).toContain('; điểm ghi ở dòng này không được tính.');
    const survey = runCheck(findRowIssues, [...cleanRows(), ['1.5', { max: 1, survey: 2 }]], { survey: true });
    expect(survey[0].message.vi).toContain('; điểm ghi ở dòng này không được tính.');
    const text = runCheck(findRowIssues, [...cleanRows(), ['1.5', { max: 1, self: 'đạt' }]]);
    expect(text[0].message.vi).toContain(' nên không được tính điểm.');
  });

  test('a row without a code or a title cell', () => {
    // No code at all: "mã" and nothing after it; the code column's cell (A19).
    const f = runCheck(findRowIssues, [...cleanRows(), [null, { title: 'Ghi chú', max: 1 }]]);
    expect(sev(f)).toEqual(['layout.extraRow@A19:warning:-']);
    expect(f[0].message.vi).toMatch(/^Dòng 19 mã  "Ghi chú" không có trong bộ tiêu chí/);
    const ctx = contextFor([...cleanRows(), ['1.5', { max: 1 }]]);
    ctx.alignment.extra[0].title = null;
    expect(findRowIssues(ctx)[0].message.vi).toMatch(/^Dòng 19 mã 1\.5 không có trong bộ tiêu chí/);
  });

  test('the code as written on the sheet is quoted', () => {
    const ctx = contextFor([...cleanRows(), ['1.5', { title: 'X', max: 1 }]]);
    ctx.alignment.extra[0].codeRaw = '1.5.';
    expect(findRowIssues(ctx)[0].message.vi).toMatch(/^Dòng 19 mã 1\.5\. "X" không có/);
    ctx.alignment.extra[0].codeRaw = null;
    expect(findRowIssues(ctx)[0].message.vi).toMatch(/^Dòng 19 mã 1\.5 "X" không có/);
  });
});

describe('layout.duplicateCode', () => {
  test('a repeated code: where it first is, the whole message', () => {
    const f = runCheck(findRowIssues, [...cleanRows(), ['1.4', { max: 2, self: 1 }]]);
    expect(sev(f)).toEqual(['layout.duplicateCode@A19:error:1.4']);
    expect(f[0].message).toEqual({
      vi: 'Mã 1.4 ở dòng 19 đã có ở dòng 18; dòng lặp này không được tính điểm. Đề nghị đơn vị xóa dòng thừa hoặc sửa lại mã cho đúng.',
      en: 'Code 1.4 on row 19 already appears on row 18; this repeated row is not scored. Delete the extra row or correct its code.',
    });
  });

  test('the code as written; "above" when the first row cannot be named', () => {
    const ctx = contextFor([...cleanRows(), ['1.4', { max: 2, self: 1 }]]);
    const dup = ctx.alignment.duplicates[0];
    dup.codeRaw = '1.4.';
    expect(findRowIssues(ctx)[0].message.vi).toBe(
      'Mã 1.4. ở dòng 19 đã có ở dòng 18; dòng lặp này không được tính điểm. Đề nghị đơn vị xóa dòng thừa hoặc sửa lại mã cho đúng.',
    );
    ctx.alignment.rowFor.delete('1.4');
    ctx.alignment.missing.push('1.4');
    dup.codeRaw = null;
    const f = findRowIssues(ctx).filter((x) => x.code === 'layout.duplicateCode');
    expect(f[0].message).toEqual({
      vi: 'Mã 1.4 ở dòng 19 đã có ở dòng trên; dòng lặp này không được tính điểm. Đề nghị đơn vị xóa dòng thừa hoặc sửa lại mã cho đúng.',
      en: 'Code 1.4 on row 19 already appears above; this repeated row is not scored. Delete the extra row or correct its code.',
    });
  });
});

describe('layout.maxChanged', () => {
  test('a max that differs from the set: on the max cell, the whole message', () => {
    const f = runCheck(findRowIssues, cleanRows({ '1.2': { max: 2.5 } }));
    expect(sev(f)).toEqual(['layout.maxChanged@C16:error:1.2']);
    expect(f[0].message).toEqual({
      vi: 'Điểm tối đa của tiêu chí 1.2 ghi 2,5, bộ tiêu chí rule-set (2024.1) quy định 2. Đề nghị đơn vị sửa lại thành 2 (dùng đúng mẫu biểu của bộ tiêu chí); điểm được chấm theo mức 2.',
      en: "The max points of criterion 1.2 say 2.5; the criteria set rule-set (2024.1) sets 2. Change it to 2 (use the set's own template); scoring uses 2.",
    });
  });

  test('the max written negative (points deducted) or within 1e-6 is the same max', () => {
    expect(runCheck(findRowIssues, cleanRows({ '1.2': { max: -2 } }))).toEqual([]);
    expect(runCheck(findRowIssues, cleanRows({ '1.2': { max: 2 + 1e-7 } }))).toEqual([]);
    expect(keys(runCheck(findRowIssues, cleanRows({ '1.2': { max: 2 + 1e-5 } })))).toEqual(['layout.maxChanged@C16']);
    // −2,5 is still 2,5 points: changed, and said as written.
    expect(runCheck(findRowIssues, cleanRows({ '1.2': { max: -2.5 } }))[0].message.vi).toContain('ghi -2,5, bộ tiêu chí');
  });

  test('a blank or text max is not compared', () => {
    expect(runCheck(findRowIssues, cleanRows({ '1.2': { max: undefined }, '1.4': { max: 'hai' } }))).toEqual([]);
  });

  test('an area and a leaf changed: both, in set order', () => {
    expect(keys(runCheck(findRowIssues, cleanRows({ '1': { max: 12 }, '1.4': { max: 3 } })))).toEqual(['layout.maxChanged@C11', 'layout.maxChanged@C18']);
  });
});

describe('the four row checks together', () => {
  test('missing, extra, duplicate, changed max: in that order', () => {
    const specs: RowSpec[] = [...without('1.3').map((s) => (Array.isArray(s) && s[0] === '1.2' ? (['1.2', { ...s[1], max: 3 }] as RowSpec) : s)), ['1.9', { max: 1 }], ['1.4', { max: 2 }]];
    expect(runCheck(findRowIssues, specs).map((x) => x.code)).toEqual(['layout.missingItem', 'layout.extraRow', 'layout.duplicateCode', 'layout.maxChanged']);
  });
});
