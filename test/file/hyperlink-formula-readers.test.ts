/**
 * One rule for =HYPERLINK targets (src/engine/text/hyperlink-formula.ts) read by every reader: the
 * Office.js grid (toGrid), ExcelJS (read-grid) and the fast reader. A doubled quote inside the
 * target ("" is how Excel escapes a quote) used to cut the link at the first quote in both file
 * readers; now all three give the whole target with one quote.
 */
import * as ExcelJS from 'exceljs';
import { cellAt } from '../../src/engine/grid';
import { hyperlinkFormulaTarget } from '../../src/engine/text/hyperlink-formula';
import { toGrid } from '../../src/excel/read-grid';
import { readWorkbookSheetsFast } from '../../src/file/fast-read';
import { loadWorkbook, readGridFromWorksheet } from '../../src/file/read-grid';

// Typed in Excel as =HYPERLINK("https://a.vn/tim?q=""Sở Y tế""";"Xem") — the target, unescaped by hand:
const FORMULA = 'HYPERLINK("https://a.vn/tim?q=""Sở Y tế""";"Xem")';
const TARGET = 'https://a.vn/tim?q="Sở Y tế"';

describe('hyperlinkFormulaTarget', () => {
  it('unescapes doubled quotes, allows spaces and a leading "=", ignores other formulas', () => {
    expect(hyperlinkFormulaTarget(FORMULA)).toBe(TARGET);
    expect(hyperlinkFormulaTarget(` = hyperlink ( "x.pdf" , "y")`)).toBe('x.pdf');
    expect(hyperlinkFormulaTarget('=HYPERLINK(A1,"y")')).toBeNull(); // not a literal: target unknown
    expect(hyperlinkFormulaTarget('=SUM(A1)')).toBeNull();
  });
});

describe('every reader takes the whole target of a HYPERLINK with doubled quotes', () => {
  it('Office.js grid (toGrid)', () => {
    const grid = toGrid({
      sheetName: 'S', rowIndex: 0, columnIndex: 0,
      values: [['Xem']], formulas: [[`=${FORMULA}`]], valueTypes: [['String']], usedRowCount: 1, usedColCount: 1,
    });
    expect(cellAt(grid, 0, 0)?.hyperlink).toBe(TARGET);
  });

  it('ExcelJS reader and fast reader', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Biểu').getCell('A1').value = { formula: FORMULA, result: 'Xem' } as ExcelJS.CellFormulaValue;
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const slow = readGridFromWorksheet((await loadWorkbook(bytes)).worksheets[0]);
    expect(cellAt(slow, 0, 0)?.hyperlink).toBe(TARGET);
    const [fast] = readWorkbookSheetsFast(bytes);
    expect(cellAt(fast.grid, 0, 0)?.hyperlink).toBe(TARGET);
  });
});
