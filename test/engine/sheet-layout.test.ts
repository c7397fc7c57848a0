import { estimateRowHeights, linesNeeded, BASE_ROW_HEIGHT } from '../../src/engine/sheet-layout';
import type { SheetSpec } from '../../src/engine/sheet-spec';

describe('estimateRowHeights', () => {
  const long = 'Điểm tự đánh giá 1,25 vượt điểm tối đa 1 của tiêu chí thành phần 2.3.3. Sửa lại điểm không quá 1.';

  test('a wrapped long text in a narrow column gets the lines it needs', () => {
    const spec: SheetSpec = { name: 's', columnWidths: [20], cells: [{ row: 3, col: 0, value: { text: long }, style: { wrap: true } }] };
    const h = estimateRowHeights(spec).get(3);
    expect(h).toBe(linesNeeded(long, 20) * BASE_ROW_HEIGHT);
    expect(linesNeeded(long, 20)).toBeGreaterThan(3);
  });

  test('short or unwrapped text keeps the default height', () => {
    const spec: SheetSpec = {
      name: 's',
      columnWidths: [20],
      cells: [
        { row: 0, col: 0, value: { text: 'Ngắn' }, style: { wrap: true } },
        { row: 1, col: 0, value: { text: long } },
      ],
    };
    expect(estimateRowHeights(spec).size).toBe(0);
  });

  test('a merged cell is measured across its merge, explicit line breaks count', () => {
    const spec: SheetSpec = {
      name: 's',
      columnWidths: [20, 20, 20],
      merges: [{ top: 0, left: 0, bottom: 0, right: 2 }],
      cells: [
        { row: 0, col: 0, value: { text: long }, style: { wrap: true } },
        { row: 1, col: 0, value: { text: 'a\nb\nc' }, style: { wrap: true, fontSize: 22 } },
      ],
    };
    const heights = estimateRowHeights(spec);
    expect(heights.get(0)).toBe(2 * BASE_ROW_HEIGHT);
    expect(heights.get(1)).toBe(3 * 2 * BASE_ROW_HEIGHT);
  });
});
