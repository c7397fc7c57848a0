import * as ExcelJS from 'exceljs';
import { FileWorkbook } from '../../src/file/file-workbook';
import { loadWorkbook } from '../../src/file/read-grid';
import { LISTS_SHEET, SETTINGS_SHEET } from '../../src/file/internal-sheets';
import type { SheetSpec } from '../../src/engine/sheet-spec';

const spec: SheetSpec = {
  name: 'Tổng hợp',
  cells: [
    { row: 0, col: 0, value: { text: '=HYPERLINK("http://x","bẫy")' }, style: { bold: true, fontSize: 14, fill: 'FFF2CC' } },
    { row: 1, col: 0, value: { text: '+84 912' } },
    { row: 1, col: 1, value: { number: 88.657 }, style: { numberFormat: '0.00', border: true, hAlign: 'right' } },
    { row: 2, col: 1, value: { formula: 'SUM(B2:B2)', result: 88.657 } },
    { row: 3, col: 0, value: { link: { text: 'F35', sheet: "Biểu chấm điểm", cell: 'F35' } } },
    { row: 3, col: 1, value: { link: { text: 'web', url: 'https://example.org/' } } },
    { row: 4, col: 1, value: null, style: { locked: false, wrap: true, vAlign: 'top' } },
    { row: 6, col: 1, value: { text: 'Tiêu chí thành phần 5.2.2 tự chấm 1 điểm nhưng không có tài liệu kiểm chứng' }, style: { wrap: true } },
  ],
  columnWidths: [30, 12],
  merges: [{ top: 5, left: 0, bottom: 5, right: 1 }],
  validations: [
    { row: 4, col: 1, type: 'decimal', min: 0, max: 1.5, prompt: 'Nhập 0 … 1,5', error: 'Điểm phải từ 0 đến 1,5' },
    { row: 4, col: 2, type: 'list', list: ['1', '0.5', '0'] },
    { row: 4, col: 3, type: 'list', list: ['1', '0,5', '0'] },
  ],
  freezeRows: 3,
  print: { orientation: 'landscape', fitToWidth: true, repeatRows: { first: 0, last: 2 } },
  protect: true,
};

async function written(extra?: (wb: FileWorkbook) => Promise<void>): Promise<ExcelJS.Workbook> {
  const fw = FileWorkbook.create();
  fw.workbook.addWorksheet('Biểu chấm điểm').getCell('A1').value = 'x';
  await fw.writeSheet(spec);
  if (extra) await extra(fw);
  return loadWorkbook(await fw.toBuffer());
}

describe('FileWorkbook.writeSheet', () => {
  let ws: ExcelJS.Worksheet;
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    wb = await written();
    ws = wb.getWorksheet('Tổng hợp')!;
  });

  it('writes text as text even when it looks like a formula or a phone number', () => {
    expect(ws.getCell('A1').value).toBe('=HYPERLINK("http://x","bẫy")');
    expect(ws.getCell('A1').type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell('A2').value).toBe('+84 912');
  });

  it('writes numbers, formulas with cached results and links', () => {
    expect(ws.getCell('B2').value).toBe(88.657);
    expect(ws.getCell('B3').value).toEqual({ formula: 'SUM(B2:B2)', result: 88.657 });
    expect(ws.getCell('A4').value).toEqual({ text: 'F35', hyperlink: "#'Biểu chấm điểm'!F35" });
    expect(ws.getCell('B4').value).toEqual({ text: 'web', hyperlink: 'https://example.org/' });
  });

  it('applies styles, widths, merges, freeze panes and A4 print setup', () => {
    expect(ws.getCell('A1').font).toMatchObject({ bold: true, size: 14 });
    expect(ws.getCell('A1').fill).toMatchObject({ pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } });
    expect(ws.getCell('B2').numFmt).toBe('0.00');
    expect(ws.getCell('B2').border.left?.style).toBe('thin');
    expect(ws.getCell('B2').alignment.horizontal).toBe('right');
    expect(ws.getColumn(1).width).toBe(30);
    expect(ws.model.merges).toEqual(['A6:B6']);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(ws.pageSetup.printTitlesRow).toBe('1:3');
  });

  it('gives rows with wrapped long text the height they need (printable, not clipped)', () => {
    expect(ws.getRow(7).height).toBeGreaterThanOrEqual(90);
    expect(ws.getRow(2).height ?? 15).toBe(15);
  });

  it('protects the sheet without a password and leaves input cells unlocked', () => {
    const protection = (ws as unknown as { sheetProtection: Record<string, unknown> }).sheetProtection;
    expect(protection.sheet).toBe(true);
    expect(protection.hashValue).toBeUndefined();
    expect(ws.getCell('B5').protection).toMatchObject({ locked: false });
    expect(ws.getCell('B2').protection?.locked).not.toBe(false);
  });

  it('writes decimal and list validations; lists with decimal commas go to the hidden lists sheet', () => {
    expect(ws.getCell('B5').dataValidation).toMatchObject({
      type: 'decimal', operator: 'between', formulae: [0, 1.5], prompt: 'Nhập 0 … 1,5', error: 'Điểm phải từ 0 đến 1,5',
    });
    expect(ws.getCell('C5').dataValidation).toMatchObject({ type: 'list', formulae: ['"1,0.5,0"'] });
    expect(ws.getCell('D5').dataValidation.formulae[0]).toBe(`'${LISTS_SHEET}'!$A$1:$A$3`);
    const lists = wb.getWorksheet(LISTS_SHEET)!;
    expect(lists.state).toBe('veryHidden');
    expect([1, 2, 3].map((r) => lists.getCell(r, 1).value)).toEqual(['1', '0,5', '0']);
  });

  it('replaces an existing sheet of that name in place, and refuses when replace is false', async () => {
    const fw = FileWorkbook.create();
    fw.workbook.addWorksheet('A');
    fw.workbook.addWorksheet('tổng hợp').getCell('Z9').value = 'cũ';
    fw.workbook.addWorksheet('C');
    await fw.writeSheet(spec);
    expect((await fw.listSheets()).map((w) => w.name)).toEqual(['A', 'Tổng hợp', 'C']);
    expect(fw.workbook.getWorksheet('Tổng hợp')!.getCell('Z9').value).toBeNull();
    await expect(fw.writeSheet(spec, { replace: false })).rejects.toThrow(/already has a sheet/);
  });

  it('activates the written sheet when asked', async () => {
    let selected: unknown[] = [];
    const back = await written(async (fw) => {
      await fw.writeSheet({ name: 'Khác', cells: [] }, { activate: true });
      // ExcelJS does not read tabSelected back, so look before saving.
      selected = fw.workbook.worksheets.map((w) => (w.views[0] as { tabSelected?: boolean } | undefined)?.tabSelected);
    });
    expect(back.views[0].activeTab).toBe(back.worksheets.findIndex((w) => w.name === 'Khác'));
    expect(selected.filter(Boolean)).toHaveLength(1);
    expect(selected[back.worksheets.findIndex((w) => w.name === 'Khác')]).toBe(true);
  });
});

describe('FileWorkbook other port methods', () => {
  it('keeps settings in a very hidden sheet that listSheets leaves out', async () => {
    const fw = FileWorkbook.create();
    fw.workbook.addWorksheet('Biểu');
    await fw.setSetting('criteria', '={"id":"x"}');
    await fw.setSetting('criteria', '{"id":"y"}');
    await fw.setSetting('lang', 'vi');
    const back = await FileWorkbook.fromBuffer(await fw.toBuffer());
    expect(await back.getSetting('criteria')).toBe('{"id":"y"}');
    expect(await back.getSetting('lang')).toBe('vi');
    expect(await back.getSetting('missing')).toBeNull();
    expect(back.workbook.getWorksheet(SETTINGS_SHEET)!.state).toBe('veryHidden');
    expect(await back.listSheets()).toEqual([{ name: 'Biểu', visible: true, protected: false }]);
  });

  it('reads a grid and reports hidden and protected sheets', async () => {
    const fw = FileWorkbook.create();
    const a = fw.workbook.addWorksheet('Biểu');
    a.getCell('B2').value = 'STT';
    fw.workbook.addWorksheet('Ẩn').state = 'hidden';
    await fw.writeSheet({ name: 'Khóa', cells: [], protect: true });
    const back = await FileWorkbook.fromBuffer(await fw.toBuffer());
    expect(await back.listSheets()).toEqual([
      { name: 'Biểu', visible: true, protected: false },
      { name: 'Ẩn', visible: false, protected: false },
      { name: 'Khóa', visible: true, protected: true },
    ]);
    const grid = await back.readGrid('Biểu');
    expect(grid.rows[1][1]?.value).toBe('STT');
    await expect(back.readGrid('Không có')).rejects.toThrow(/There is no sheet "Không có"/);
  });

  it('applies and clears flags through the port', async () => {
    const fw = FileWorkbook.create();
    fw.workbook.addWorksheet('Biểu').getCell('F12').value = 5;
    await fw.applyFlags('Biểu', [{ cell: 'F12', severity: 'error', text: 'Vượt tối đa' }]);
    const back = await FileWorkbook.fromBuffer(await fw.toBuffer());
    expect(back.workbook.getWorksheet('Biểu')!.getCell('F12').note).toBe('--- par-check · Kiểm tra CCHC / PAR check ---\nVượt tối đa\n--- hết / end ---');
    expect(await back.clearFlags('Biểu')).toBe(1);
    expect(back.workbook.getWorksheet('Biểu')!.getCell('F12').note).toBeUndefined();
  });
});
