/**
 * The layout's small readers: a cell as text, merged-cell lookups, the total row's label, and
 * copies of the header repeated down the sheet (each case worked out by hand).
 */
import { gridFromValues, type Grid } from '../../../src/engine/grid';
import { MergeIndex, textAt, textOf } from '../../../src/engine/layout/cell-text';
import { HeaderRepeats } from '../../../src/engine/layout/header-repeat';
import type { HeaderLayout } from '../../../src/engine/layout/find-header';
import { isTotalRow, isTotalText } from '../../../src/engine/layout/total-row';

describe('textOf', () => {
  test('strings trimmed, numbers plainly, booleans in capitals, errors by their code, nothing as ""', () => {
    expect(textOf({ value: '  Tổng cộng \n' })).toBe('Tổng cộng');
    expect(textOf({ value: 1.1 })).toBe('1.1');
    expect(textOf({ value: 10 })).toBe('10');
    expect(textOf({ value: 0 })).toBe('0');
    expect(textOf({ value: Number.NaN })).toBe('');
    expect(textOf({ value: Number.POSITIVE_INFINITY })).toBe('');
    expect(textOf({ value: true })).toBe('TRUE');
    expect(textOf({ value: false })).toBe('FALSE');
    expect(textOf({ value: null, error: '#REF!' })).toBe('#REF!');
    expect(textOf({ value: null })).toBe('');
    expect(textOf(null)).toBe('');
    expect(textOf(undefined)).toBe('');
  });

  test('textAt reads a cell of a grid; missing rows and cells are ""', () => {
    const g = gridFromValues('s', [['a', 2], [], [null, ' b ']]);
    expect([textAt(g, 0, 0), textAt(g, 0, 1), textAt(g, 1, 0), textAt(g, 2, 1), textAt(g, 9, 9)]).toEqual(['a', '2', '', 'b', '']);
  });
});

describe('MergeIndex', () => {
  const grid = (merges: Grid['merges']): Grid => ({ ...gridFromValues('s', [['x']]), merges });

  test('every cell of a merge in the top rows finds it; cells outside do not', () => {
    const m = { top: 1, left: 2, bottom: 2, right: 3 };
    const idx = new MergeIndex(grid([m]), 10);
    for (const [r, c] of [[1, 2], [1, 3], [2, 2], [2, 3]]) expect(idx.at(r, c)).toBe(m);
    for (const [r, c] of [[0, 2], [3, 2], [1, 1], [1, 4]]) expect(idx.at(r, c)).toBeUndefined();
  });

  test('merges starting below maxRow are left out; one crossing it is cut there', () => {
    const below = { top: 11, left: 0, bottom: 12, right: 0 };
    const crossing = { top: 9, left: 0, bottom: 20, right: 1 };
    const idx = new MergeIndex(grid([below, crossing]), 10);
    expect(idx.at(11, 0)).toBeUndefined();
    expect(idx.at(10, 1)).toBe(crossing);
    expect(idx.at(9, 0)).toBe(crossing);
    expect(idx.at(11, 1)).toBeUndefined(); // below maxRow: not indexed
    const edge = new MergeIndex(grid([{ top: 10, left: 0, bottom: 10, right: 0 }]), 10);
    expect(edge.at(10, 0)).toEqual({ top: 10, left: 0, bottom: 10, right: 0 });
  });

  test('absurd ranges (more than 5,000 cells) are skipped; 5,000 exactly is kept', () => {
    const huge = { top: 0, left: 0, bottom: 5000, right: 0 }; // 5,001 cells
    const exact = { top: 0, left: 1, bottom: 4999, right: 1 }; // 5,000 cells
    const idx = new MergeIndex(grid([huge, exact]), 100000);
    expect(idx.at(0, 0)).toBeUndefined();
    expect(idx.at(4999, 1)).toBe(exact);
  });
});

describe('total row', () => {
  test('the long labels, with anything after them', () => {
    for (const t of ['Tổng cộng', 'TỔNG CỘNG (I+II+III)', 'Tổng số điểm đạt được', 'Tổng điểm', 'Điểm tổng cộng', '  Tổng cộng:'])
      expect([t, isTotalText(t)]).toEqual([t, true]);
  });

  test('the short labels only alone (with a colon, a dot or a bracket)', () => {
    for (const t of ['Tổng', 'Cộng', 'Tổng số', 'Tổng:', 'Cộng.', 'Tổng (A+B)', 'Tổng (A+B):']) expect([t, isTotalText(t)]).toEqual([t, true]);
    for (const t of ['Tổng hợp kết quả', 'Cộng tác viên', 'Tổng kết năm', 'Công tác chỉ đạo', 'Tổng cộngđ', 'Đánh giá', 'Điểm tối đa', '1. Tổng cộng', ''])
      expect([t, isTotalText(t)]).toEqual([t, false]);
  });

  test('only the first 60 characters are read', () => {
    expect(isTotalText(`Tổng${' '.repeat(70)}x`)).toBe(true);
    expect(isTotalText(`Tổng ${'x'.repeat(60)}`)).toBe(false);
  });

  test('a row is a total row when one of its first three texts, up to a column, is a label', () => {
    const g = gridFromValues('s', [
      [null, 'Tổng cộng', 100],
      ['a', 'b', 'c', 'Tổng cộng'],
      ['a', null, 'Tổng'],
      [null, null, null, 'Cộng'],
    ]);
    expect(isTotalRow(g, 0, 1)).toBe(true);
    expect(isTotalRow(g, 0, 0)).toBe(false); // up to column A only
    expect(isTotalRow(g, 1, 5)).toBe(false); // the fourth text is not looked at
    expect(isTotalRow(g, 2, 2)).toBe(true); // blanks do not count among the three
    expect(isTotalRow(g, 3, 3)).toBe(true);
    expect(isTotalRow(g, 3, 2)).toBe(false);
    expect(isTotalRow(g, 9, 3)).toBe(false); // no such row
  });
});

describe('header repeated down the sheet', () => {
  const header: HeaderLayout = {
    first: 0,
    last: 0,
    columns: {},
    headerText: {},
    numberRow: 1,
    dataStart: 2,
    codeInferred: false,
  };
  const rows = [
    ['STT', 'Nội dung', 'Điểm tối đa', 'Tự đánh giá'],
    [1, 2, 3, 4],
  ];

  test('a copy of the header row or of the number row is a repeat, written in any case', () => {
    const g = gridFromValues('s', [...rows, ['1', 'Lĩnh vực', 10, 8], ['STT', 'NỘI DUNG', 'điểm tối đa', 'Tự đánh giá'], [1, 2, 3, 4], ['stt', 'Nội dung']]);
    const h = new HeaderRepeats(g, header);
    expect([2, 3, 4, 5].map((r) => h.isRepeat(g, r))).toEqual([false, true, true, true]);
  });

  test('a row with one cell that differs, or with too few of the header cells, is not a repeat', () => {
    const g = gridFromValues('s', [
      ...rows,
      ['STT', 'Nội dung', 'Điểm tối đa', 'Khác'], // one cell differs
      ['STT', null, null, null], // one cell: fewer than two
      [1, 2], // 2 of the number row's 4 cells: half is enough
      [1], // one
      [null, 2, 3], // anchor column A empty
      ['STT       x', 'Nội dung'], // anchor longer by more than 4
    ]);
    const h = new HeaderRepeats(g, header);
    expect([2, 3, 4, 5, 6, 7].map((r) => h.isRepeat(g, r))).toEqual([false, false, true, false, false, false]);
  });

  test('header rows with fewer than two cells are not looked for; without a number row only the header', () => {
    const g = gridFromValues('s', [['Biểu chấm điểm'], ['STT', 'Nội dung'], ['Biểu chấm điểm'], ['STT', 'Nội dung'], [1, 2]]);
    const h = new HeaderRepeats(g, { ...header, first: 0, last: 1, numberRow: null });
    expect([2, 3, 4].map((r) => h.isRepeat(g, r))).toEqual([false, true, false]);
  });
});
