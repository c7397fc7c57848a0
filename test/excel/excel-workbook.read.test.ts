import { ExcelWorkbook } from '../../src/excel/excel-workbook';
import { cellEditingError } from '../../src/excel/excel-errors';
import { cellAt } from '../../src/engine/grid';
import { ALL_SUPPORTED, FakeExcel, ONLY_17 } from './fake-excel';
import { flagsFor, LEFT, scoresheetValues, SHEET, TOP } from './generated-sheet';

function setup(items: number, supports = ALL_SUPPORTED) {
  const fake = new FakeExcel();
  fake.supports = { ...supports };
  fake.addSheet(SHEET, scoresheetValues(items), TOP, LEFT);
  const wb = new ExcelWorkbook({ run: fake.run, supports: fake.supports, settings: fake.settings, retry: { sleep: async () => undefined } });
  return { fake, wb };
}

describe('ExcelWorkbook.readGrid', () => {
  it('pads the grid so a table starting at B3 keeps its sheet coordinates', async () => {
    const { wb } = setup(20);
    const grid = await wb.readGrid(SHEET);
    expect(grid.sheetName).toBe(SHEET);
    expect(grid.rows[0]).toEqual([]);
    expect(cellAt(grid, TOP, LEFT)?.value).toBe('BIỂU TỰ ĐÁNH GIÁ CHỈ SỐ CCHC');
    expect(cellAt(grid, TOP + 1, LEFT + 3)?.value).toBe('Điểm tự chấm');
    expect(cellAt(grid, TOP + 2, LEFT)?.value).toBe('1.1');
    expect(cellAt(grid, TOP + 2, 0)).toBeNull();
    expect(cellAt(grid, TOP + 1 + 7, LEFT + 3)?.value).toBe('0,5'); // text stays text
    expect(cellAt(grid, TOP + 1 + 5, LEFT + 4)).toBeNull(); // missing evidence
    expect(grid.rowCount).toBe(TOP + 2 + 20);
    expect(grid.colCount).toBe(LEFT + 5);
  });

  it('reports formulas without "=", Excel errors, links, hidden rows and merges', async () => {
    const { fake, wb } = setup(5);
    const s = fake.sheet(SHEET);
    s.cells.set('9,4', { value: 4, formula: '=SUM(E4:E8)' });
    s.cells.set('9,5', { value: '#REF!', error: true, formula: '=#REF!+1' });
    s.cells.set('9,6', { value: 'Xem', formula: '=HYPERLINK("https://vb.gov.vn/qd-1",  "Xem")' });
    s.cells.set('10,6', { value: 'QĐ 5', hyperlink: { address: 'https://vb.gov.vn/qd-5' } });
    s.cells.set('10,4', { value: 0.8, numberFormat: '0%' });
    s.hiddenRows.add(5);
    s.merges.push('B3:F3');
    const grid = await wb.readGrid(SHEET);
    expect(cellAt(grid, 9, 4)).toEqual({ value: 4, formula: 'SUM(E4:E8)' });
    expect(cellAt(grid, 9, 5)?.error).toBe('#REF!');
    expect(cellAt(grid, 9, 6)?.hyperlink).toBe('https://vb.gov.vn/qd-1');
    expect(cellAt(grid, 10, 6)?.hyperlink).toBe('https://vb.gov.vn/qd-5');
    expect(cellAt(grid, 10, 4)).toEqual({ value: 0.8, numFmt: '0%' });
    expect(cellAt(grid, TOP + 2, LEFT)?.numFmt).toBeUndefined(); // "General" is not reported
    expect(grid.hiddenRows).toEqual([5]);
    expect(grid.merges).toEqual([{ top: 2, left: 1, bottom: 2, right: 5 }]);
  });

  it('reads only the top rows with maxRows, but reports the full size', async () => {
    const { wb } = setup(300);
    const grid = await wb.readGrid(SHEET, { maxRows: 10 });
    expect(grid.rows).toHaveLength(10);
    expect(grid.rowCount).toBe(TOP + 2 + 300);
  });

  it('loads everything before reading anything, in one sync', async () => {
    const { fake, wb } = setup(50);
    await wb.readGrid(SHEET);
    expect(fake.syncs).toBe(1);
    const sync = fake.log.indexOf('sync');
    const loads = fake.log.flatMap((l, i) => (l.startsWith('load') ? [i] : []));
    const reads = fake.log.flatMap((l, i) => (l.startsWith('read') ? [i] : []));
    expect(loads.length).toBeGreaterThan(0);
    expect(reads.length).toBeGreaterThan(0);
    expect(Math.max(...loads)).toBeLessThan(sync);
    expect(Math.min(...reads)).toBeGreaterThan(sync);
  });

  it('works on Excel with only ExcelApi 1.7 (no cell properties, no merges)', async () => {
    const { fake, wb } = setup(5, ONLY_17);
    fake.sheet(SHEET).hiddenRows.add(4);
    const grid = await wb.readGrid(SHEET);
    expect(cellAt(grid, TOP + 2, LEFT)?.value).toBe('1.1');
    expect(grid.hiddenRows).toEqual([]); // documented: needs ExcelApi 1.9
    expect(fake.log.some((l) => l.includes('getCellProperties'))).toBe(false);
    expect(fake.syncs).toBe(1);
  });

  it('names a missing sheet in both languages', async () => {
    const { wb } = setup(1);
    await expect(wb.readGrid('Không có')).rejects.toMatchObject({ kind: 'sheetMissing', bilingual: { vi: expect.stringContaining('Không tìm thấy'), en: expect.stringContaining('not found') } });
  });

  it('waits while the user is typing in a cell, then reads', async () => {
    const { fake, wb } = setup(3);
    fake.failNext = ['InvalidOperationInCellEditMode', 'InvalidOperationInCellEditMode'];
    const grid = await wb.readGrid(SHEET);
    expect(cellAt(grid, TOP + 2, LEFT)?.value).toBe('1.1');
    expect(fake.syncs).toBe(3);
  });

  it('gives up with a bilingual "press Enter or Esc" error when editing never ends', async () => {
    const { fake, wb } = setup(3);
    fake.failNext = new Array(50).fill('InvalidOperationInCellEditMode');
    await expect(wb.readGrid(SHEET)).rejects.toMatchObject({ kind: 'cellEditing', bilingual: cellEditingError().bilingual });
  });
});

describe('a full check (readGrid + applyFlags)', () => {
  async function fullCheckSyncs(items: number): Promise<number> {
    const { fake, wb } = setup(items);
    await wb.readGrid(SHEET);
    await wb.applyFlags(SHEET, flagsFor(items));
    return fake.syncs;
  }

  it('costs at most 2 syncs, the same for 300 and 3,000 rows', async () => {
    const small = await fullCheckSyncs(300);
    const large = await fullCheckSyncs(3000);
    expect(small).toBeLessThanOrEqual(2);
    expect(large).toBe(small);
  });

  it('costs the same on a second check (old flags replaced in the same write)', async () => {
    const { fake, wb } = setup(3000);
    await wb.readGrid(SHEET);
    await wb.applyFlags(SHEET, flagsFor(3000));
    fake.resetCounters();
    await wb.readGrid(SHEET);
    await wb.applyFlags(SHEET, flagsFor(3000, 7));
    expect(fake.syncs).toBe(2);
  });
});
