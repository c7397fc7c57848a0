import * as ExcelJS from 'exceljs';
import { readFileSync } from 'fs';
import { join } from 'path';
import { cellAt } from '../../src/engine/grid';
import { loadWorkbook, readGridFromWorksheet, readWorkbookGrids } from '../../src/file/read-grid';

const SAMPLES = join(__dirname, '..', 'fixtures', 'samples');

/** Build a workbook with ExcelJS, save it and load it back, as the CLI would see the file. */
async function roundTrip(fill: (ws: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  fill(wb.addWorksheet('Biểu'), wb);
  const buf = await wb.xlsx.writeBuffer();
  return loadWorkbook(Buffer.from(buf));
}

describe('readGridFromWorksheet', () => {
  let grid: ReturnType<typeof readGridFromWorksheet>;

  beforeAll(async () => {
    const wb = await roundTrip((ws) => {
      ws.getCell('A1').value = 'STT';
      ws.getCell('B1').value = 1.5;
      ws.getCell('C1').value = { formula: 'SUM(B1:B1)', result: 1.5 } as ExcelJS.CellFormulaValue;
      ws.getCell('D1').value = { richText: [{ text: 'Kế hoạch ' }, { font: { bold: true }, text: 'số 12' }] };
      ws.getCell('E1').value = { text: 'Văn bản', hyperlink: 'https://example.gov.vn/vb.pdf' };
      ws.getCell('F1').value = {
        formula: 'HYPERLINK("https://example.gov.vn/kh.pdf","KH 12")',
        result: 'KH 12',
      } as ExcelJS.CellFormulaValue;
      ws.getCell('G1').value = new Date(Date.UTC(2024, 0, 15));
      ws.getCell('H1').value = { error: '#REF!' } as ExcelJS.CellErrorValue;
      ws.getCell('I1').value = { formula: '1/0', result: { error: '#DIV/0!' } } as ExcelJS.CellFormulaValue;
      ws.getCell('J1').value = true;
      ws.getCell('A2').value = 'Gộp';
      ws.mergeCells('A2:C3');
      ws.getCell('A4').value = 'ẩn';
      ws.getRow(4).hidden = true;
      ws.getCell('B5').value = 'có ghi chú';
      ws.getCell('B5').note = 'Ghi chú của người lập';
      ws.getCell('C6').value = 0.8;
      ws.getCell('C6').numFmt = '0%';
      ws.getCell('E8').value = 'xa';
    });
    grid = readGridFromWorksheet(wb.getWorksheet('Biểu')!);
  });

  it('reads plain values, cached formula results and rich text', () => {
    expect(cellAt(grid, 0, 0)).toEqual({ value: 'STT' });
    expect(cellAt(grid, 0, 1)).toEqual({ value: 1.5 });
    expect(cellAt(grid, 0, 2)).toEqual({ value: 1.5, formula: 'SUM(B1:B1)' });
    expect(cellAt(grid, 0, 3)?.value).toBe('Kế hoạch số 12');
    expect(cellAt(grid, 0, 9)?.value).toBe(true);
  });

  it('reads hyperlinks from cell links and from =HYPERLINK formulas', () => {
    expect(cellAt(grid, 0, 4)).toEqual({ value: 'Văn bản', hyperlink: 'https://example.gov.vn/vb.pdf' });
    expect(cellAt(grid, 0, 5)?.hyperlink).toBe('https://example.gov.vn/kh.pdf');
    expect(cellAt(grid, 0, 5)?.value).toBe('KH 12');
  });

  it('keeps dates as ISO text so that years can be found', () => {
    expect(cellAt(grid, 0, 6)?.value).toBe('2024-01-15');
  });

  it('reads Excel errors, typed and as formula results', () => {
    expect(cellAt(grid, 0, 7)).toMatchObject({ error: '#REF!' });
    expect(cellAt(grid, 0, 8)).toMatchObject({ error: '#DIV/0!', formula: '1/0' });
  });

  it('nulls merge slaves and lists the merged range', () => {
    expect(cellAt(grid, 1, 0)?.value).toBe('Gộp');
    expect(cellAt(grid, 1, 1)).toBeNull();
    expect(cellAt(grid, 2, 0)).toBeNull();
    expect(cellAt(grid, 2, 2)).toBeNull();
    expect(grid.merges).toContainEqual({ top: 1, left: 0, bottom: 2, right: 2 });
  });

  it('lists hidden rows, reads notes and per-cent formats', () => {
    expect(grid.hiddenRows).toEqual([3]);
    expect(cellAt(grid, 4, 1)).toEqual({ value: 'có ghi chú', note: 'Ghi chú của người lập' });
    expect(cellAt(grid, 5, 2)).toEqual({ value: 0.8, numFmt: '0%' });
  });

  it('pads the grid from A1 and reports its size', () => {
    expect(grid.rows.length).toBe(8);
    expect(cellAt(grid, 7, 4)?.value).toBe('xa');
    expect(cellAt(grid, 6, 0)).toBeNull();
    expect(grid.rowCount).toBe(8);
    expect(grid.colCount).toBe(10);
  });
});

describe('maxRows and large sheets', () => {
  it('truncates to maxRows but reports the real row count', async () => {
    const wb = await roundTrip((ws) => {
      for (let r = 1; r <= 50; r++) ws.getCell(r, 1).value = r;
    });
    const g = readGridFromWorksheet(wb.worksheets[0], { maxRows: 10 });
    expect(g.rows.length).toBe(10);
    expect(g.rowCount).toBe(50);
    expect(cellAt(g, 9, 0)?.value).toBe(10);
  });

  it('reads a 30,000-row sheet completely', () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('big');
    for (let r = 1; r <= 30000; r++) ws.getRow(r).values = [String(r), `Tiêu chí ${r}`, 1, '0,5'];
    const g = readGridFromWorksheet(ws);
    expect(g.rows.length).toBe(30000);
    expect(cellAt(g, 29999, 0)?.value).toBe('30000');
    expect(cellAt(g, 12345, 3)?.value).toBe('0,5');
  });

  it('does not throw on a cell whose value getter fails', () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('odd');
    ws.getCell('A1').value = 'ok';
    const odd = ws.getCell('B1');
    odd.value = 'x';
    Object.defineProperty(odd, 'value', { get: () => { throw new Error('corrupt'); } });
    const g = readGridFromWorksheet(ws);
    expect(cellAt(g, 0, 0)?.value).toBe('ok');
    expect(cellAt(g, 0, 1)).toBeNull();
  });
});

describe('the sample workbooks', () => {
  async function sampleGrid(file: string) {
    const wb = await loadWorkbook(readFileSync(join(SAMPLES, file)));
    return readWorkbookGrids(wb)[0];
  }

  it('so-y-te: two-row header merges, text scores, N/A', async () => {
    const g = await sampleGrid('so-y-te-2024.xlsx');
    expect(g.sheetName).toBe('Biểu chấm điểm');
    expect(cellAt(g, 8, 5)?.value).toBe('Điểm đánh giá');
    expect(cellAt(g, 8, 6)).toBeNull(); // slave of F9:G9
    expect(cellAt(g, 9, 0)).toBeNull(); // slave of A9:A10
    expect(cellAt(g, 9, 5)?.value).toBe('Tự đánh giá');
    expect(g.merges).toContainEqual({ top: 8, left: 5, bottom: 8, right: 6 });
    expect(cellAt(g, 34, 5)?.value).toBe('1,25');
    expect(cellAt(g, 26, 5)?.value).toBe('Không áp dụng');
  });

  it('so-tu-phap: numeric codes and SUM formulas with cached results', async () => {
    const g = await sampleGrid('so-tu-phap-2024.xlsx');
    expect(cellAt(g, 9, 0)?.value).toBe(1);
    expect(cellAt(g, 10, 0)?.value).toBe(1.1);
    expect(cellAt(g, 9, 5)).toEqual({ value: 7.75, formula: 'SUM(F11,F16,F19,F23)' });
  });
});
