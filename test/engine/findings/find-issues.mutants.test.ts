/**
 * findIssues runs every set-dependent check family in a fixed order, and one check that throws
 * becomes an internal.error finding naming it while the others still report
 * (src/engine/findings/find-issues.ts).
 */
import { alignRows } from '../../../src/engine/align';
import { CHECKS, findIssues, internalError } from '../../../src/engine/findings/find-issues';
import { buildParsed } from '../helpers/build-parsed';
import { cleanRows, ruleSet } from '../helpers/parsed-fixtures';

jest.mock('../../../src/engine/findings/title-checks', () => ({
  findTitleIssues: function findTitleIssues() {
    throw new Error('ô tiêu đề hỏng');
  },
}));

describe('findIssues', () => {
  test('the nine families, in order', () => {
    expect(CHECKS.map((c) => c.name)).toEqual([
      'findRowIssues',
      'findOrderIssues',
      'findTitleIssues',
      'findScoreIssues',
      'findReadingIssues',
      'findParentIssues',
      'findEvidenceIssues',
      'findAppraisalIssues',
      'findExemptionIssues',
    ]);
  });

  test('a check that throws becomes one internal.error naming it; the checks after it still run', () => {
    // 1.4 self 3 > max 2 (score checks, after the title checks); area 1 written 9 ≠ 6.6 (parent checks)
    const set = ruleSet();
    const parsed = buildParsed(cleanRows({ '1.4': { self: 3 }, '1': { self: 9 } }));
    const found = findIssues(parsed, set, alignRows(parsed, set));
    const internal = found.filter((f) => f.code === 'internal.error');
    expect(internal).toHaveLength(1);
    expect(internal[0]).toMatchObject({ severity: 'error', cell: null, item: null });
    expect(internal[0].message.vi).toBe(
      'Lỗi của chương trình kiểm tra (findTitleIssues): ô tiêu đề hỏng. Biểu vẫn được kiểm tra phần còn lại; đề nghị báo lỗi này kèm tệp biểu cho nhóm hỗ trợ.',
    );
    expect(found.map((f) => `${f.code}@${f.cell}`)).toEqual(expect.arrayContaining(['score.aboveMax@F18', 'score.parentMismatch@F11']));
    // order: the internal error sits where the title checks ran, before the score checks' findings
    const at = (code: string) => found.findIndex((f) => f.code === code);
    expect(at('internal.error')).toBeLessThan(at('score.aboveMax'));
  });
});

describe('internalError', () => {
  test('an Error gives its message; anything else its text', () => {
    expect(internalError(new Error('x is undefined'), 'findScoreIssues').message).toEqual({
      vi: 'Lỗi của chương trình kiểm tra (findScoreIssues): x is undefined. Biểu vẫn được kiểm tra phần còn lại; đề nghị báo lỗi này kèm tệp biểu cho nhóm hỗ trợ.',
      en: 'Checker error (findScoreIssues): x is undefined. The rest of the sheet was still checked; please report this with the workbook.',
    });
    expect(internalError('hỏng', 'w').message.en).toBe('Checker error (w): hỏng. The rest of the sheet was still checked; please report this with the workbook.');
    expect(internalError(42, 'w').message.vi.startsWith('Lỗi của chương trình kiểm tra (w): 42.')).toBe(true);
  });
});
