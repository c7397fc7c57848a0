/**
 * findHeader, rule by rule (mutants find-header.test.ts left alive): the column-number row under
 * a header (token shapes, rising numbers, how many cells), round sub-headings under a self-score
 * parent, and how far the search runs. Each case is worked out by hand from the rule it names.
 */
import { findHeader, isColumnNumberRow } from '../../../src/engine/layout/find-header';
import { gridFromValues, type CellScalar } from '../../../src/engine/grid';
import { PLAIN_HEADER, SheetBuilder } from './sheet-builder';

/** Row 0 of a one-row grid as a column-number row, every filled column being a role column. */
function numberRow(cells: CellScalar[], roles = cells.map((_, i) => i)): boolean {
  return isColumnNumberRow(gridFromValues('s', [cells]), 0, roles);
}

describe('a row of column numbers: every filled cell a number token, the numbers rising', () => {
  test.each<[CellScalar[]]>([
    [['( 1)', '( 2)']], // spaces inside the bracket
    [['(1 )', '(2 )']],
    [['(9)', '(10)']], // two digits, and 10 > 9 read as 10
    [['A', '(5) = (3) + (4)']], // spaces around the operators
    [['(4)', '(5)=( 3)+( 4)']],
    [['(4)', '(5)=(3 )+(4 )']],
    [['(11)', '(12)=(10)+(2)']],
    [['A+B', '(1)']], // letters after an operator
    [['(1)', '(2)']], // exactly two cells
  ])('%j is one', (cells) => {
    expect(numberRow(cells)).toBe(true);
  });

  test.each<[CellScalar[]]>([
    [['ab1', '2']], // text before the number
    [['1abc', '2']], // text after it
    [['#1', '#2']], // a sign that is no bracket
    [['(5)=3+4', '(6)']], // an operand without its bracket after "=" is fine…
  ])('%j: the token must be the whole cell', (cells) => {
    // …but the first three are not tokens at all
    expect(numberRow(cells)).toBe(cells[0] === '(5)=3+4');
  });

  test('numbers must rise: equal or falling numbers are data', () => {
    expect(numberRow(['(2)', '(1)'])).toBe(false);
    expect(numberRow(['1', '1'])).toBe(false);
    expect(numberRow([1, 2, 3])).toBe(true);
  });

  test('at least two filled cells, on at least half of the role columns', () => {
    expect(numberRow(['(1)'])).toBe(false);
    // 2 of 4 role columns filled: 2 × 2 ≥ 4
    expect(isColumnNumberRow(gridFromValues('s', [['(1)', '(2)']]), 0, [0, 1, 2, 3])).toBe(true);
    // 2 of 5: 4 < 5
    expect(isColumnNumberRow(gridFromValues('s', [['(1)', '(2)']]), 0, [0, 1, 2, 3, 4])).toBe(false);
    // blanks between the numbers do not count
    expect(isColumnNumberRow(gridFromValues('s', [['(1)', null, '(3)']]), 0, [0, 2])).toBe(true);
  });
});

describe('round sub-headings under a self-score parent: the latest round counts', () => {
  function rounds(first: string, second: string) {
    const b = new SheetBuilder();
    b.row('STT', 'Nội dung', 'Điểm tối đa', 'Điểm tự đánh giá', '');
    b.row('', '', '', first, second);
    b.merge(0, 3, 0, 4);
    for (const c of [0, 1, 2]) b.merge(0, c, 1, c);
    b.row('1', 'Công tác chỉ đạo', 10, 9, 9);
    return findHeader(b.build())!;
  }

  test('"Lần 1 | Lần 2": the self score is read from "Lần 2"', () => {
    const h = rounds('Lần 1', 'Lần 2');
    expect(h.columns.self).toBe(4);
    expect(h.headerText.self).toBe('Điểm tự đánh giá / Lần 2');
  });

  test.each([
    ['Lần1', 'Lần2'],
    ['Lần thứ 1', 'Lần thứ 2'],
    ['Lần thứ1', 'Lần thứ2'],
    ['Lần 10', 'Lần 11'],
  ])('%j | %j: the second', (a, b) => {
    expect(rounds(a, b).columns.self).toBe(4);
  });

  test('"Lần 1 | Sau lần 2": only a sub-heading that starts with the round counts; the first wins', () => {
    expect(rounds('Lần 1', 'Sau lần 2').columns.self).toBe(3);
  });
});

describe('how far down the header is looked for', () => {
  test('a better header up to four rows under the first is taken; further down it is data', () => {
    const near = new SheetBuilder();
    near.row('STT', 'Nội dung', 'Điểm tự đánh giá'); // 3 roles
    near.blank(3);
    near.row(...PLAIN_HEADER); // row 4 = last + 1 + 3: still looked at
    expect(findHeader(near.build())!.first).toBe(4);
    const far = new SheetBuilder();
    far.row('STT', 'Nội dung', 'Điểm tự đánh giá');
    far.blank(4);
    far.row(...PLAIN_HEADER); // row 5: past the four rows
    expect(findHeader(far.build())!.first).toBe(0);
  });

  test('a header with more roles wins over an earlier one; with as many, the first stays', () => {
    const b = new SheetBuilder();
    b.row('STT', 'Nội dung', 'Điểm tự đánh giá');
    b.row('TT', 'Tiêu chí', 'Tự chấm');
    expect(findHeader(b.build())!.first).toBe(0);
  });
});
