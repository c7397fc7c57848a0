/**
 * Differential test of the fast reader (src/file/fast-read): on every kind of file the CLI sees,
 * its grids must equal, cell by cell, what ExcelJS + read-grid.ts give, and the whole check
 * (findings and scores) must come out the same through either reader.
 */
import * as ExcelJS from 'exceljs';
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { checkWorkbookGrids } from '../../src/engine/check';
import { bundledSets } from '../../src/engine/criteria/registry';
import { buildTemplateSheet } from '../../src/engine/template/template-sheet';
import { FastReadError, readWorkbookGridsFast, readWorkbookSheetsFast } from '../../src/file/fast-read';
import { FileWorkbook } from '../../src/file/file-workbook';
import { generateFilledWorkbook, type DefectKind } from '../helpers/generate-workbook';

const SAMPLES = join(__dirname, '..', 'fixtures', 'samples');
const sets = bundledSets();

async function viaExcelJs(bytes: Uint8Array, maxRows?: number) {
  const file = await FileWorkbook.fromBuffer(bytes);
  const wb = file.workbook;
  return {
    grids: file.readAllGrids(maxRows === undefined ? {} : { maxRows }),
    visible: wb.worksheets.map((ws) => ws.state === undefined || ws.state === 'visible'),
  };
}

/** Grids equal cell by cell (with a readable pointer to the first difference), then as a whole. */
async function expectSameGrids(bytes: Uint8Array, maxRows?: number): Promise<void> {
  const slow = await viaExcelJs(bytes, maxRows);
  const fast = readWorkbookSheetsFast(bytes, maxRows === undefined ? {} : { maxRows });
  expect(fast.map((s) => s.name)).toEqual(slow.grids.map((g) => g.sheetName));
  expect(fast.map((s) => s.visible)).toEqual(slow.visible);
  fast.forEach((s, i) => {
    const a = slow.grids[i];
    const b = s.grid;
    const rows = Math.max(a.rows.length, b.rows.length);
    for (let r = 0; r < rows; r++) {
      const cols = Math.max(a.rows[r]?.length ?? 0, b.rows[r]?.length ?? 0);
      for (let c = 0; c < cols; c++) {
        expect({ sheet: s.name, r, c, cell: b.rows[r]?.[c] ?? null }).toStrictEqual({ sheet: s.name, r, c, cell: a.rows[r]?.[c] ?? null });
      }
    }
    expect(b).toStrictEqual(a);
  });
}

/** The CLI's check (visible sheets) gives the same result through both readers. */
async function expectSameCheck(bytes: Uint8Array): Promise<void> {
  const slow = await viaExcelJs(bytes);
  const slowGrids = slow.grids.filter((_g, i) => slow.visible[i]);
  const fastGrids = readWorkbookSheetsFast(bytes, { include: (_n, visible) => visible }).map((s) => s.grid);
  const a = checkWorkbookGrids(slowGrids, { sets });
  const b = checkWorkbookGrids(fastGrids, { sets });
  expect(b.findings).toStrictEqual(a.findings);
  expect(b.scores).toStrictEqual(a.scores);
  expect(b).toStrictEqual(a);
}

describe('fast reader = ExcelJS reader', () => {
  const samples = readdirSync(SAMPLES).filter((f) => f.endsWith('.xlsx'));

  test.each(samples)('sample %s: grids and check', async (file) => {
    const bytes = readFileSync(join(SAMPLES, file));
    await expectSameGrids(bytes);
    await expectSameGrids(bytes, 20);
    await expectSameCheck(bytes);
    // Not a vacuous comparison: the sample holds a scoresheet with scores.
    const result = checkWorkbookGrids(readWorkbookGridsFast(bytes).sheets, { sets });
    expect(result.scores).not.toBeNull();
  });

  const defects: DefectKind[][] = [[], ['aboveMax', 'missingEvidence'], ['notNumber', 'negative'], ['missingItem', 'selfOnSurvey']];
  const cases = [1, 2, 3, 7, 11, 42].map((seed, i) => ({ seed, set: sets[i % sets.length], defects: defects[i % defects.length] }));

  test.each(cases)('generated workbook, seed $seed', async ({ seed, set, defects: kinds }) => {
    const bytes = await generateFilledWorkbook(set, {
      unit: `Đơn vị ${seed}`,
      seed,
      rows: seed === 42 ? 400 : undefined,
      defects: kinds.map((kind) => ({ kind })),
    });
    await expectSameGrids(bytes);
    await expectSameCheck(bytes);
    if (kinds.length) {
      const result = checkWorkbookGrids(readWorkbookGridsFast(bytes).sheets, { sets });
      expect(result.findings.length).toBeGreaterThan(0);
    }
  });

  test('template written by FileWorkbook', async () => {
    const wb = FileWorkbook.create();
    await wb.writeSheet(buildTemplateSheet(sets[0], { unit: 'Sở Nội vụ' }));
    const bytes = await wb.toBuffer();
    await expectSameGrids(bytes);
    await expectSameCheck(bytes);
  });

  test('every kind of cell', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Biểu');
    ws.getCell('A1').value = 'STT';
    ws.getCell('B1').value = 1.5;
    ws.getCell('C1').value = { formula: 'SUM(B1:B1)', result: 1.5 } as ExcelJS.CellFormulaValue;
    ws.getCell('D1').value = { richText: [{ text: 'Kế hoạch ' }, { font: { bold: true }, text: 'số 12' }] };
    ws.getCell('E1').value = { text: 'Văn bản', hyperlink: 'https://example.gov.vn/vb.pdf?a=1&b=2' };
    ws.getCell('F1').value = { formula: 'HYPERLINK("https://example.gov.vn/kh.pdf","KH 12")', result: 'KH 12' } as ExcelJS.CellFormulaValue;
    ws.getCell('G1').value = new Date(Date.UTC(2024, 0, 15));
    ws.getCell('H1').value = { error: '#REF!' } as ExcelJS.CellErrorValue;
    ws.getCell('I1').value = { formula: '1/0', result: { error: '#DIV/0!' } } as ExcelJS.CellFormulaValue;
    ws.getCell('J1').value = true;
    ws.getCell('K1').value = false;
    ws.getCell('L1').value = { text: 'Sang sheet 2', hyperlink: "#'Phụ lục'!B2" };
    ws.getCell('M1').value = new Date(Date.UTC(2024, 5, 30, 14, 30, 0));
    ws.getCell('N1').value = { formula: 'TODAY()', result: new Date(Date.UTC(2024, 2, 1)) } as ExcelJS.CellFormulaValue;
    ws.getCell('O1').value = 'a < b & "c" \'d\' &amp;';
    ws.getCell('A2').value = 'Gộp';
    ws.mergeCells('A2:C3');
    ws.getCell('B3').value = 'bị che';
    ws.getCell('A4').value = 'ẩn';
    ws.getRow(4).hidden = true;
    ws.getCell('B5').value = 'có ghi chú';
    ws.getCell('B5').note = 'Ghi chú của người lập';
    ws.getCell('C5').note = { texts: [{ text: 'ghi ' }, { font: { bold: true }, text: 'chú đậm' }] };
    ws.getCell('B6').value = 0.8;
    ws.getCell('B6').numFmt = '0%';
    ws.getCell('C6').value = 0.125;
    ws.getCell('C6').numFmt = '0.00%';
    ws.getCell('D6').value = 12;
    ws.getCell('D6').numFmt = '0.00';
    ws.getCell('E6').value = { formula: 'B6', result: 0.8 } as ExcelJS.CellFormulaValue;
    ws.getCell('E6').numFmt = '0%';
    ws.getCell('F6').value = '';
    ws.getCell('G6').value = '   ';
    ws.getCell('H6').value = 'dòng 1\ndòng 2';
    ws.getCell('Z8').style = { font: { bold: true } }; // styled but empty, far right
    ws.mergeCells('D10:F12');
    ws.getCell('A15').value = { formula: 'A1&"x"' } as ExcelJS.CellFormulaValue; // no cached result
    ws.getCell('B15').value = { sharedFormula: 'C1', result: 3 } as unknown as ExcelJS.CellValue;
    ws.getCell('C15').value = { formula: 'B1*2', result: 3 } as ExcelJS.CellFormulaValue;
    ws.getCell('D15').value = { formula: 'B1*2', result: 3 } as ExcelJS.CellFormulaValue;
    ws.getCell('E15').value = { sharedFormula: 'D15', result: 4 } as unknown as ExcelJS.CellValue;
    const other = wb.addWorksheet('Phụ lục');
    other.getCell('B2').value = 'đích';
    const hidden = wb.addWorksheet('Cũ');
    hidden.state = 'hidden';
    hidden.getCell('A1').value = 'bản cũ';
    const veryHidden = wb.addWorksheet('_par_check_settings');
    veryHidden.state = 'veryHidden';
    veryHidden.getCell('A1').value = 'criteria';
    veryHidden.getCell('B1').value = 'mau-so-nganh-2024';
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    await expectSameGrids(bytes);
    await expectSameGrids(bytes, 3);
    await expectSameCheck(bytes);
    // Spot checks, so a reader that loses everything cannot pass by agreeing with a broken one.
    const [grid] = readWorkbookGridsFast(bytes).sheets;
    expect(grid.rows[0][3]).toEqual({ value: 'Kế hoạch số 12' });
    expect(grid.rows[0][4]).toEqual({ value: 'Văn bản', hyperlink: 'https://example.gov.vn/vb.pdf?a=1&b=2' });
    expect(grid.rows[0][7]).toEqual({ value: '#REF!', error: '#REF!' });
    expect(grid.rows[5][1]).toEqual({ value: 0.8, numFmt: '0%' });
    expect(grid.rows[2][1] ?? null).toBeNull();
    expect(grid.hiddenRows).toEqual([3]);
    expect(grid.merges).toContainEqual({ top: 1, left: 0, bottom: 2, right: 2 });
  });

  test('not an xlsx: a typed error for the caller to fall back on', () => {
    expect(() => readWorkbookGridsFast(new Uint8Array([1, 2, 3]))).toThrow(FastReadError);
    expect(() => readWorkbookGridsFast(Buffer.from('%PDF-1.4 lorem ipsum dolor sit amet consectetur'))).toThrow(FastReadError);
  });
});
