import { flagFormula, groupCells, isFlagFormula, isOurNote, noteText } from '../../src/excel/flag-style';
import { parseMergedAddress, toGrid } from '../../src/excel/read-grid';
import { hyperlinkFormulaTarget } from '../../src/engine/text/hyperlink-formula';

describe('flag marks', () => {
  it('uses an always-true formula that names the add-in', () => {
    expect(flagFormula()).toBe('="par-check"="par-check"');
    expect(isFlagFormula(flagFormula())).toBe(true);
    // the add-in's per-severity formula of earlier versions is still recognised (to clear old workbooks)
    expect(isFlagFormula('="par-check:warning"="par-check:warning"')).toBe(true);
    expect(isFlagFormula('="par-check:error"="par-check:warning"')).toBe(false);
    expect(isFlagFormula('=$E4>1')).toBe(false);
    expect(isFlagFormula('="par-check"')).toBe(false);
    expect(isFlagFormula(null)).toBe(false);
  });

  it("tells its notes from the user's", () => {
    expect(isOurNote(noteText('Điểm vượt mức'))).toBe(true);
    expect(isOurNote('par-check là gì?')).toBe(false);
    // earlier versions' markers: the add-in's header, the file adapter's block
    expect(isOurNote('par-check · Kiểm tra CCHC / PAR check\nĐiểm vượt mức')).toBe(true);
    expect(isOurNote('ghi chú\n--- Kiểm tra CCHC ---\nĐiểm vượt mức\n---')).toBe(true);
    expect(isOurNote(undefined)).toBe(false);
  });

  it('groups cells into column runs and short multi-area addresses', () => {
    expect(groupCells(['E5', 'E6', 'E7', 'F9', 'E9', '$E$10', 'e5'])).toEqual(['E5:E7,E9:E10,F9']);
    const many = Array.from({ length: 500 }, (_, i) => `E${i * 2 + 1}`);
    const chunks = groupCells(many, 240);
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.every((c) => c.length <= 240)).toBe(true);
    expect(chunks.join(',').split(',')).toHaveLength(500);
  });
});

describe('read-grid helpers', () => {
  it('reads =HYPERLINK targets and merged-area addresses', () => {
    expect(hyperlinkFormulaTarget('=HYPERLINK("https://a.vn/x?a=""b""","Xem")')).toBe('https://a.vn/x?a="b"');
    expect(hyperlinkFormulaTarget('=SUM(A1)')).toBeNull();
    expect(parseMergedAddress("Sheet1!A1:B2, 'Tự đánh giá'!C5")).toEqual([
      { top: 0, left: 0, bottom: 1, right: 1 },
      { top: 4, left: 2, bottom: 4, right: 2 },
    ]);
    expect(parseMergedAddress(null)).toEqual([]);
  });

  it('pads a range that does not start at A1 and blanks merge slaves', () => {
    const grid = toGrid({
      sheetName: 'S', rowIndex: 1, columnIndex: 2,
      values: [['a', 'b'], ['', 3]], formulas: [['a', 'b'], ['', '=1+2']], valueTypes: [['String', 'String'], ['Empty', 'Double']],
      mergedAddress: 'S!C2:D2', usedRowCount: 3, usedColCount: 4,
    });
    expect(grid.rows).toEqual([[], [null, null, { value: 'a' }, null], [null, null, null, { value: 3, formula: '1+2' }]]);
    expect(grid.merges).toEqual([{ top: 1, left: 2, bottom: 1, right: 3 }]);
    expect([grid.rowCount, grid.colCount]).toEqual([3, 4]);
  });
});
