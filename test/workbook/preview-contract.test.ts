/**
 * One contract for previewSheets (the pane's "find the scoresheet" read), run against BOTH
 * adapters on the same workbook: the Office.js adapter over the strict fake Excel, and the file
 * adapter (ExcelJS) over the same sheets saved as .xlsx. What both must give: the sheet list as
 * listSheets gives it, one preview per VISIBLE sheet in list order, at least the top `minRows`
 * rows of each exactly as readGrid reads them, and a preview marked whole only when it is the
 * whole sheet (the same grid as readGrid without a limit). How much more than `minRows` an
 * adapter reads is its own business (the file adapter has everything in memory; Excel reads a
 * shared row budget), so the long sheet may come whole or not, but never wrongly marked.
 */
import * as ExcelJS from 'exceljs';
import { ExcelWorkbook } from '../../src/excel/excel-workbook';
import { FileWorkbook } from '../../src/file/file-workbook';
import type { WorkbookPort } from '../../src/workbook/port';
import { FakeExcel } from '../excel/fake-excel';

type Row = (string | number | null)[];

const LONG_ROWS = 2_500;
const SHEETS: { name: string; rows: Row[]; hidden?: boolean }[] = [
  { name: 'Hướng dẫn', rows: [['Hướng dẫn điền biểu'], ['Điền điểm vào cột D']] },
  { name: 'Ẩn', rows: [['dữ liệu ẩn', 1]], hidden: true },
  {
    name: 'Tự đánh giá',
    rows: [
      ['STT', 'Nội dung', 'Điểm tối đa', 'Điểm tự chấm'],
      ['1', 'Công tác chỉ đạo', 2, 1.5],
      ['1.1', 'Kế hoạch CCHC', 1, 1],
      ['1.2', 'Báo cáo', 1, 0.5],
    ],
  },
  { name: 'Trống', rows: [] },
  { name: 'Dữ liệu', rows: Array.from({ length: LONG_ROWS }, (_, i) => [`Người ${i + 1}`, i + 1]) },
];

function fakeSide(): WorkbookPort {
  const fake = new FakeExcel();
  for (const s of SHEETS) {
    const sheet = fake.addSheet(s.name, s.rows);
    if (s.hidden) sheet.visibility = 'Hidden';
  }
  return new ExcelWorkbook({ run: fake.run, supports: fake.supports, settings: fake.settings });
}

async function fileSide(): Promise<WorkbookPort> {
  const wb = new ExcelJS.Workbook();
  for (const s of SHEETS) {
    const ws = wb.addWorksheet(s.name, s.hidden ? { state: 'hidden' } : {});
    for (const row of s.rows) ws.addRow(row);
  }
  return FileWorkbook.fromBuffer(Buffer.from(await wb.xlsx.writeBuffer()));
}

const ADAPTERS: [string, () => Promise<WorkbookPort>][] = [
  ['Excel add-in (Office.js over the fake)', async () => fakeSide()],
  ['file adapter (ExcelJS)', fileSide],
];

describe.each(ADAPTERS)('previewSheets contract: %s', (_name, make) => {
  it('lists the sheets as listSheets does and previews every visible one, in order', async () => {
    const port = await make();
    const { sheets, previews } = await port.previewSheets!(60);
    expect(sheets).toEqual(await port.listSheets());
    expect(sheets.map((s) => [s.name, s.visible])).toEqual([
      ['Hướng dẫn', true], ['Ẩn', false], ['Tự đánh giá', true], ['Trống', true], ['Dữ liệu', true],
    ]);
    expect(previews.map((p) => p.grid.sheetName)).toEqual(['Hướng dẫn', 'Tự đánh giá', 'Trống', 'Dữ liệu']);
  });

  it('gives the small sheets whole, exactly as readGrid reads them', async () => {
    const port = await make();
    const { previews } = await port.previewSheets!(60);
    for (const name of ['Hướng dẫn', 'Tự đánh giá', 'Trống']) {
      const p = previews.find((x) => x.grid.sheetName === name)!;
      expect(p.whole).toBe(true);
      expect(p.grid).toEqual(await port.readGrid(name));
    }
    // By hand: 4 rows of 4 columns; 1.2's self score 0.5 at D4.
    const sheet = previews.find((x) => x.grid.sheetName === 'Tự đánh giá')!.grid;
    expect(sheet.rows).toHaveLength(4);
    expect(sheet.rows[3][3]?.value).toBe(0.5);
  });

  it('gives the long sheet whole or its top rows, and says which, never fewer than minRows', async () => {
    const port = await make();
    const { previews } = await port.previewSheets!(60);
    const p = previews.find((x) => x.grid.sheetName === 'Dữ liệu')!;
    expect(p.grid.rowCount).toBe(LONG_ROWS);
    if (p.whole) {
      expect(p.grid).toEqual(await port.readGrid('Dữ liệu'));
    } else {
      expect(p.grid.rows.length).toBeGreaterThanOrEqual(60);
      expect(p.grid.rows.length).toBeLessThan(LONG_ROWS);
      expect(p.grid).toEqual(await port.readGrid('Dữ liệu', { maxRows: p.grid.rows.length }));
    }
    // Row 60 (index 59) is "Người 60" on both, whatever was read beyond it.
    expect(p.grid.rows[59][0]?.value).toBe('Người 60');
  });
});
