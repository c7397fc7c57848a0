/**
 * Reading checks (src/engine/findings/reading-checks.ts): the cases reading-checks.test.ts leaves
 * open, worked out by hand. Rows of cleanRows(): 1 (row 11), 1.1 (12), 1.1.1 (13), 1.1.2 (14),
 * 1.1.3 (15), 1.2 (16), 1.3 (17), 1.4 (18); columns C max, F self, I appraised, K survey.
 */
import type { CheckContext } from '../../../src/engine/findings/context';
import { findReadingIssues } from '../../../src/engine/findings/reading-checks';
import type { ReadCell } from '../../../src/engine/layout/parsed-sheet';
import type { BuildOptions, RowSpec } from '../helpers/build-parsed';
import { cleanRows, contextFor, keys } from '../helpers/parsed-fixtures';

type Role = 'max' | 'declared' | 'self' | 'appraised' | 'survey';

function ctxWith(changes: { code: string | 'total'; role: Role; cell: Partial<ReadCell> }[], specs: RowSpec[] = cleanRows(), opts: BuildOptions = { appraised: true, survey: true }): CheckContext {
  const ctx = contextFor(specs, opts);
  for (const c of changes) {
    const row = c.code === 'total' ? ctx.parsed.totalRow! : ctx.alignment.rowFor.get(c.code)!;
    row[c.role] = { ...row[c.role]!, ...c.cell };
  }
  return ctx;
}
const assumed = (value: number, text: string): Partial<ReadCell> => ({ reading: { kind: 'number', value, fromText: true, assumed: text } });
const noResult = (formula: string): Partial<ReadCell> => ({ reading: { kind: 'blank' }, formula, noResult: true });

describe('reading checks on sheets with fewer rows and columns', () => {
  test('a sheet without appraised and survey columns: only the cells that exist are looked at', () => {
    const f = findReadingIssues(ctxWith([{ code: '1.4', role: 'self', cell: assumed(2, '2đ') }], cleanRows(), {}));
    expect(keys(f)).toEqual(['score.readAsNumber@F18']);
  });

  test('an item missing from the sheet is skipped, the rest still read', () => {
    const specs = cleanRows().filter((r) => !Array.isArray(r) || r[0] !== '1.2');
    // Without 1.2 the rows below move up one: 1.4 is on row 17.
    const f = findReadingIssues(ctxWith([{ code: '1.4', role: 'self', cell: assumed(2, '2đ') }], specs));
    expect(keys(f)).toEqual(['score.readAsNumber@F17']);
  });

  test('a number read as written on a parent row names the parent', () => {
    const f = findReadingIssues(ctxWith([{ code: '1.1', role: 'self', cell: assumed(4, '4 điểm') }]));
    expect(f.map((x) => `${x.code}@${x.cell}:${x.item}`)).toEqual(['score.readAsNumber@F12:1.1']);
    expect(f[0].message.vi).toBe(
      'Điểm tự đánh giá của tiêu chí 1.1 ghi "4 điểm", có chữ hoặc ký tự lạ kèm theo số; chương trình đã đọc là 4. Đề nghị đơn vị chỉ ghi số (4) trong ô này.',
    );
  });
});

describe('formulas without results', () => {
  test('exactly 8 parent and total cells: all listed, no "…"', () => {
    // (1, 1.1) × (self, appraised, survey) = 6, plus the total row's self and appraised = 8.
    const specs: RowSpec[] = [...cleanRows(), { total: {} }];
    const changes = [
      ...(['1', '1.1'] as const).flatMap((code) => (['self', 'appraised', 'survey'] as const).map((role) => ({ code, role, cell: noResult('SUM(A1)') }))),
      { code: 'total', role: 'self' as const, cell: noResult('SUM(A1)') },
      { code: 'total', role: 'appraised' as const, cell: noResult('SUM(A1)') },
    ];
    const f = findReadingIssues(ctxWith(changes, specs));
    expect(f).toHaveLength(1);
    expect(f[0].message.vi).toContain('8 ô công thức ở dòng tổng hoặc dòng lĩnh vực, tiêu chí chưa có kết quả (F11, I11, K11, F12, I12, K12, F19, I19) nên');
  });

  test('a leaf formula names the leaf by its depth; a survey leaf too', () => {
    const f = findReadingIssues(ctxWith([{ code: '1.1.2', role: 'appraised', cell: noResult('E14*2') }, { code: '1.3', role: 'survey', cell: noResult('X1') }]));
    expect(f.map((x) => `${x.code}@${x.cell}:${x.item}:${x.severity}`)).toEqual(['score.formulaNoValue@I14:1.1.2:error', 'score.formulaNoValue@K17:1.3:error']);
    expect(f[0].message.vi).toMatch(/^Điểm thẩm định của tiêu chí thành phần 1\.1\.2 là ô công thức chưa có kết quả \(=E14\*2\)/);
    expect(f[1].message.en).toMatch(/^Survey score of criterion 1\.3 is a formula without a stored result \(=X1\)/);
  });

  test('a leaf formula and a parent formula: the leaf one by one, the parent in the note', () => {
    const f = findReadingIssues(ctxWith([{ code: '1', role: 'self', cell: noResult('SUM(F12:F18)') }, { code: '1.4', role: 'self', cell: noResult('2') }]));
    expect(f.map((x) => `${x.code}@${x.cell ?? '-'}:${x.severity}`)).toEqual(['score.formulaNoValue@F18:error', 'score.formulaNoValue@-:info']);
    expect(f[1].message.vi).toContain('1 ô công thức ở dòng tổng hoặc dòng lĩnh vực, tiêu chí chưa có kết quả (F11) nên');
  });
});
