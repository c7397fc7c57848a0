/**
 * What the reader could read only by assuming something: numbers with a unit or stray characters
 * (score.readAsNumber) and formulas saved without a result (score.formulaNoValue), and the one
 * note naming the sheets that were not checked. Rows of cleanRows(): 1 (row 11), 1.1 (12),
 * 1.1.1 (13), 1.1.2 (14), 1.1.3 (15), 1.2 (16), 1.3 (17), 1.4 (18); columns C max, E declared,
 * F self, I appraised, K survey.
 */
import { findReadingIssues, formulaWithoutValue } from '../../../src/engine/findings/reading-checks';
import { sheetsNotReadFinding } from '../../../src/engine/findings/sheets-not-read';
import type { CheckContext } from '../../../src/engine/findings/context';
import type { ReadCell } from '../../../src/engine/layout/parsed-sheet';
import type { RowSpec } from '../helpers/build-parsed';
import { cleanRows, contextFor, keys } from '../helpers/parsed-fixtures';

type Role = 'max' | 'declared' | 'self' | 'appraised' | 'survey';

/** The context of a clean sheet with some cells changed after reading. */
function ctxWith(changes: { code: string | 'total'; role: Role; cell: Partial<ReadCell> }[], specs: RowSpec[] = cleanRows()): CheckContext {
  const ctx = contextFor(specs, { appraised: true, survey: true });
  for (const c of changes) {
    const row = c.code === 'total' ? ctx.parsed.totalRow! : ctx.alignment.rowFor.get(c.code)!;
    row[c.role] = { ...row[c.role]!, ...c.cell };
  }
  return ctx;
}
const assumed = (value: number, text: string): Partial<ReadCell> => ({ reading: { kind: 'number', value, fromText: true, assumed: text } });
const noResult = (formula: string): Partial<ReadCell> => ({ reading: { kind: 'blank' }, formula, noResult: true });

describe('score.readAsNumber', () => {
  test('a number with a unit, in each score column, says what was read and what to write', () => {
    const f = findReadingIssues(ctxWith([{ code: '1.4', role: 'self', cell: assumed(1.5, '1,5 điểm') }]));
    expect(keys(f)).toEqual(['score.readAsNumber@F18']);
    expect(f[0].item).toBe('1.4');
    expect(f[0].severity).toBe('warning');
    expect(f[0].message).toEqual({
      vi: 'Điểm tự đánh giá của tiêu chí 1.4 ghi "1,5 điểm", có chữ hoặc ký tự lạ kèm theo số; chương trình đã đọc là 1,5. Đề nghị đơn vị chỉ ghi số (1,5) trong ô này.',
      en: 'Self-assessed score of criterion 1.4 reads "1,5 điểm", which is a number with a unit or stray characters; it was read as 1.5. Write the number alone (1.5) in this cell.',
    });
  });

  test('every column is looked at, each named', () => {
    const f = findReadingIssues(
      ctxWith([
        { code: '1.1.1', role: 'max', cell: assumed(1, '1đ') },
        { code: '1.1.2', role: 'declared', cell: assumed(80, '80 %') },
        { code: '1.2', role: 'appraised', cell: assumed(1, '1*') },
        { code: '1.3', role: 'survey', cell: assumed(2, '2đ') },
      ]),
    );
    expect(keys(f)).toEqual(['score.readAsNumber@C13', 'score.readAsNumber@E14', 'score.readAsNumber@I16', 'score.readAsNumber@K17']);
    expect(f.map((x) => x.message.vi.split(' ghi ')[0])).toEqual([
      'Điểm tối đa của tiêu chí thành phần 1.1.1',
      'Số liệu kê khai của tiêu chí thành phần 1.1.2',
      'Điểm thẩm định của tiêu chí 1.2',
      'Điểm điều tra xã hội học của tiêu chí 1.3',
    ]);
    expect(f.map((x) => x.message.en.split(' reads ')[0])).toEqual([
      'Max points of sub-criterion 1.1.1',
      'Declared figure of sub-criterion 1.1.2',
      'Appraised score of criterion 1.2',
      'Survey score of criterion 1.3',
    ]);
  });

  test('a non-breaking space is named as such (the quote shows the text trimmed); the total row is named as the total row', () => {
    const specs: RowSpec[] = [...cleanRows(), { total: { self: 6.6 } }];
    const f = findReadingIssues(ctxWith([{ code: 'total', role: 'self', cell: assumed(6.6, '6,6\u00a0') }], specs));
    expect(keys(f)).toEqual(['score.readAsNumber@F19']);
    expect(f[0].item).toBeNull();
    expect(f[0].message.vi).toBe(
      'Điểm tự đánh giá (dòng tổng) ghi "6,6", có khoảng trắng đặc biệt hoặc ký tự ẩn (thường do sao chép từ Word, trang web); chương trình đã đọc là 6,6. Đề nghị đơn vị chỉ ghi số (6,6) trong ô này.',
    );
    expect(f[0].message.en).toBe(
      'Self-assessed score (total row) reads "6,6", which holds a non-breaking space or an invisible character (often copied from Word or the web); it was read as 6.6. Write the number alone (6.6) in this cell.',
    );
  });

  test('plain numbers, read without assuming anything, say nothing', () => {
    expect(findReadingIssues(ctxWith([]))).toEqual([]);
  });
});

describe('score.formulaNoValue', () => {
  test('formulaWithoutValue: only a cell marked noResult', () => {
    expect(formulaWithoutValue({ address: 'A1', reading: { kind: 'blank' }, noResult: true })).toBe(true);
    expect(formulaWithoutValue({ address: 'A1', reading: { kind: 'blank' }, formula: 'IF(A2,"",1)' })).toBe(false);
    expect(formulaWithoutValue(null)).toBe(false);
    expect(formulaWithoutValue(undefined)).toBe(false);
  });

  test('a leaf score formula without a result: an error at its cell, counted as 0', () => {
    const f = findReadingIssues(ctxWith([{ code: '1.4', role: 'self', cell: noResult('B2*2') }]));
    expect(keys(f)).toEqual(['score.formulaNoValue@F18']);
    expect(f[0].item).toBe('1.4');
    expect(f[0].severity).toBe('error');
    expect(f[0].message).toEqual({
      vi: 'Điểm tự đánh giá của tiêu chí 1.4 là ô công thức chưa có kết quả (=B2*2): chưa biết điểm nên được tính 0 điểm. Đề nghị mở tệp bằng Excel và lưu lại (Excel tính và lưu kết quả công thức), rồi kiểm tra lại.',
      en: 'Self-assessed score of criterion 1.4 is a formula without a stored result (=B2*2): the score is unknown, so it counts as 0. Please open the file in Excel and save it again (Excel computes and stores the results), then check again.',
    });
  });

  test('max and declared formulas without results are not score cells', () => {
    expect(
      findReadingIssues(
        ctxWith([
          { code: '1.4', role: 'max', cell: noResult('2') },
          { code: '1.1.2', role: 'declared', cell: noResult('A1/B1') },
        ]),
      ),
    ).toEqual([]);
  });

  test('parent and total rows: one info note listing the cells', () => {
    const specs: RowSpec[] = [...cleanRows(), { total: {} }];
    const f = findReadingIssues(
      ctxWith(
        [
          { code: '1', role: 'self', cell: noResult('SUM(F12:F18)') },
          { code: '1.1', role: 'appraised', cell: noResult('SUM(I13:I15)') },
          { code: 'total', role: 'self', cell: noResult('F11') },
        ],
        specs,
      ),
    );
    expect(f).toEqual([
      {
        code: 'score.formulaNoValue',
        severity: 'info',
        cell: null,
        item: null,
        message: {
          vi: '3 ô công thức ở dòng tổng hoặc dòng lĩnh vực, tiêu chí chưa có kết quả (F11, I12, F19) nên không đối chiếu được với tổng các dòng con. Đề nghị mở tệp bằng Excel và lưu lại (Excel tính và lưu kết quả công thức), rồi kiểm tra lại.',
          en: '3 formula cells on total or parent rows have no stored result (F11, I12, F19), so they could not be compared with their children. Please open the file in Excel and save it again (Excel computes and stores the results), then check again.',
        },
      },
    ]);
  });

  test('more than 8 parent cells: the first 8 and "…"', () => {
    // 2 parents × (self, appraised, survey) = 6, plus 3 on the total row = 9
    const specs: RowSpec[] = [...cleanRows(), { total: {} }];
    const changes = (['1', '1.1', 'total'] as const).flatMap((code) =>
      (['self', 'appraised', 'survey'] as const).map((role) => ({ code, role, cell: noResult('SUM(A1)') })),
    );
    const f = findReadingIssues(ctxWith(changes, specs));
    expect(f).toHaveLength(1);
    expect(f[0].message.vi).toContain('9 ô công thức ở dòng tổng hoặc dòng lĩnh vực, tiêu chí chưa có kết quả (F11, I11, K11, F12, I12, K12, F19, I19, …) nên');
  });

  test('up to 10 leaf cells are listed one by one; 11 become one sheet-level error naming the first 6', () => {
    const leaves = ['1.1.1', '1.1.2', '1.1.3', '1.2', '1.4'];
    const ten = leaves.flatMap((code) => (['self', 'appraised'] as const).map((role) => ({ code, role, cell: noResult('X1') })));
    const f10 = findReadingIssues(ctxWith(ten));
    expect(f10).toHaveLength(10);
    expect(f10.every((x) => x.code === 'score.formulaNoValue' && x.cell !== null)).toBe(true);
    const f11 = findReadingIssues(ctxWith([...ten, { code: '1.3', role: 'survey', cell: noResult('X1') }]));
    expect(f11).toEqual([
      {
        code: 'score.formulaNoValue',
        severity: 'error',
        cell: null,
        item: null,
        message: {
          vi: '11 ô điểm là ô công thức chưa có kết quả (F13, I13, F14, I14, F15, I15, …): chưa biết điểm nên các ô này được tính 0 điểm. Đề nghị mở tệp bằng Excel và lưu lại (Excel tính và lưu kết quả công thức), rồi kiểm tra lại.',
          en: '11 score cells are formulas without a stored result (F13, I13, F14, I14, F15, I15, …): their scores are unknown, so they count as 0. Please open the file in Excel and save it again (Excel computes and stores the results), then check again.',
        },
      },
    ]);
  });
});

describe('layout.sheetsNotRead', () => {
  test('nothing skipped: no note', () => {
    expect(sheetsNotReadFinding(['Biểu'], [])).toBeNull();
  });

  test('one sheet checked, the others with why', () => {
    const f = sheetsNotReadFinding(
      ['Tự đánh giá'],
      [
        { sheetName: 'Hướng dẫn', why: 'instructions' },
        { sheetName: 'DM', why: 'hidden' },
        { sheetName: 'Bìa', why: 'notScoresheet' },
        { sheetName: 'Tổng hợp', why: 'summary' },
      ],
    )!;
    expect(f.code).toBe('layout.sheetsNotRead');
    expect(f.severity).toBe('info');
    expect([f.cell, f.item]).toEqual([null, null]);
    expect(f.message).toEqual({
      vi: 'Đã kiểm tra sheet "Tự đánh giá". Các sheet không được kiểm tra: "Hướng dẫn" (sheet hướng dẫn); "DM" (sheet ẩn); "Bìa" (không có dạng biểu chấm điểm); "Tổng hợp" (bảng tổng hợp hoặc danh mục, không phải biểu chấm điểm của một đơn vị).',
      en: 'Checked sheet "Tự đánh giá". Sheets not checked: "Hướng dẫn" (instructions); "DM" (hidden); "Bìa" (not a scoresheet); "Tổng hợp" (a summary or list, not a unit\'s scoresheet).',
    });
  });

  test('several checked; another scoresheet or a blank form left out gets the advice to check it on its own', () => {
    const f = sheetsNotReadFinding(['A', 'B'], [{ sheetName: 'Mẫu', why: 'blankForm' }])!;
    expect(f.message).toEqual({
      vi: 'Đã kiểm tra các sheet "A", "B". Các sheet không được kiểm tra: "Mẫu" (biểu mẫu chưa nhập điểm). Nếu một sheet trong số đó là biểu chấm điểm cần kiểm tra, đề nghị chọn sheet đó để kiểm tra riêng.',
      en: 'Checked sheets "A", "B". Sheets not checked: "Mẫu" (a blank form, no score entered). If one of them is a scoresheet to check, choose that sheet to check it on its own.',
    });
    const other = sheetsNotReadFinding(['A'], [{ sheetName: 'C', why: 'otherScoresheet' }])!;
    expect(other.message.en).toBe(
      'Checked sheet "A". Sheets not checked: "C" (also a scoresheet, but only one sheet was checked). If one of them is a scoresheet to check, choose that sheet to check it on its own.',
    );
    expect(other.message.vi).toContain('"C" (cũng là biểu chấm điểm nhưng chỉ một sheet được kiểm tra). Nếu một sheet');
  });
});
