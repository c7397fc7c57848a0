/**
 * inferCodeColumn's thresholds, each at its boundary (mutants code-column.test.ts left alive):
 * at least 3 codes, codes ≥ 80 % of the filled cells, distinct codes ≥ half the codes, 300 rows
 * scanned, the most codes winning and the nearer column to the title on a tie. Grids are built
 * here: the candidate columns' cells under row 0, the title in the given column.
 */
import { codesMissing, inferCodeColumn } from '../../../src/engine/layout/code-column';
import { gridFromValues, type CellScalar } from '../../../src/engine/grid';
import type { ParsedSheet } from '../../../src/engine/layout/parsed-sheet';

/** Column A holds `cells` from row 1 on; column B is the title (text on every row). */
function columnA(cells: CellScalar[]) {
  return gridFromValues('s', [['', 'Nội dung'], ...cells.map((c) => [c, 'tiêu chí'])]);
}
const infer = (cells: CellScalar[]) => inferCodeColumn(columnA(cells), { title: 1 }, 1);

describe('how many codes make a code column', () => {
  test('3 distinct codes are enough, 2 are not', () => {
    expect(infer(['1', '1.1', '1.2'])).toBe(0);
    expect(infer(['1', '1.1'])).toBeNull();
  });

  test('codes must be 80 % of the filled cells: 4 of 5 is, 3 of 4 is not', () => {
    expect(infer(['1', '1.1', '1.2', '1.3', 'Ghi chú'])).toBe(0); // 4 ≥ 0.8 × 5 = 4
    expect(infer(['1', '1.1', '1.2', 'Ghi chú'])).toBeNull(); // 3 < 0.8 × 4 = 3.2
  });

  test('distinct codes must be half the codes: 2 of 4 is, 2 of 5 is not', () => {
    expect(infer(['1', '1', '2', '2'])).toBe(0); // 2 × 2 ≥ 4
    expect(infer(['1', '1', '2', '2', '2'])).toBeNull(); // 2 × 2 < 5
  });

  test('blank cells count for nothing', () => {
    expect(infer(['1', '', '', '1.1', '', '1.2', ''])).toBe(0);
  });
});

describe('where codes are looked for', () => {
  test('300 rows from the data start: the 300th row counts, the 301st does not', () => {
    const pad = (n: number) => Array.from({ length: n }, () => '');
    // codes on rows 298, 299, 300 (1-based from data start): all within the first 300
    expect(infer([...pad(297), '1', '1.1', '1.2'])).toBe(0);
    // codes on rows 299, 300, 301: the last one is not scanned → only 2
    expect(infer([...pad(298), '1', '1.1', '1.2'])).toBeNull();
  });

  test('the data start is where the scan begins', () => {
    const g = columnA(['1', '1.1', '1.2']);
    expect(inferCodeColumn(g, { title: 1 }, 2)).toBeNull(); // rows 2 and 3 only: two codes
  });

  test('a total label just right of the codes ends the scan when there is no title column', () => {
    // A codes, B the total label on row 3; without a title column the labels are looked for up to B
    const g = gridFromValues('s', [['', ''], ['1', ''], ['1.1', ''], ['', 'Tổng cộng'], ['1.2', ''], ['1.3', '']]);
    expect(inferCodeColumn(g, {}, 1)).toBeNull(); // 2 codes before the total
    // with the total in C it is not seen from A: all four codes count
    const h = gridFromValues('s', [['', '', ''], ['1', '', ''], ['1.1', '', ''], ['', '', 'Tổng cộng'], ['1.2', '', ''], ['1.3', '', '']]);
    expect(inferCodeColumn(h, {}, 1)).toBe(0);
  });

  test('the most codes win; on a tie the column nearer the title', () => {
    // A: 3 codes, B: 4 codes, C title
    const more = gridFromValues('s', [['', '', 'Nội dung'], ['1', '1', 't'], ['2', '1.1', 't'], ['3', '1.2', 't'], ['', '1.3', 't']]);
    expect(inferCodeColumn(more, { title: 2 }, 1)).toBe(1);
    const moreLeft = gridFromValues('s', [['', '', 'Nội dung'], ['1', '1', 't'], ['1.1', '2', 't'], ['1.2', '3', 't'], ['1.3', '', 't']]);
    expect(inferCodeColumn(moreLeft, { title: 2 }, 1)).toBe(0);
    const tie = gridFromValues('s', [['', '', 'Nội dung'], ['1', '1', 't'], ['2', '1.1', 't'], ['3', '1.2', 't']]);
    expect(inferCodeColumn(tie, { title: 2 }, 1)).toBe(1);
  });
});

describe('codesMissing', () => {
  const parsed = (columns: ParsedSheet['columns'], rows: number) => ({ columns, rows: Array(rows).fill({}) }) as unknown as ParsedSheet;
  test('only when there is no code column and no row got a code', () => {
    expect(codesMissing(parsed({}, 0))).toBe(true);
    expect(codesMissing(parsed({ code: 0 }, 0))).toBe(false);
    expect(codesMissing(parsed({}, 1))).toBe(false);
  });
});
