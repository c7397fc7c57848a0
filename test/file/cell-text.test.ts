/** Texts written into a workbook are XML-safe and within Excel's cell limit (issue 14). */
import ExcelJS from 'exceljs';
import { CUT_NOTE, EXCEL_CELL_LIMIT, cellText, safeSheetSpec, xmlSafe } from '../../src/engine/cell-text';
import type { SheetSpec } from '../../src/engine/sheet-spec';
import { FileWorkbook } from '../../src/file/file-workbook';

const spec = (unit: string, long: string): SheetSpec => ({
  name: 'Xếp hạng',
  cells: [
    { row: 0, col: 0, value: { text: unit } },
    { row: 1, col: 0, value: { text: long } },
    { row: 2, col: 0, value: { link: { text: unit, sheet: 'Xếp hạng', cell: 'A1' } } },
  ],
  validations: [{ row: 3, col: 0, type: 'list', list: ['Đạt', unit] }],
  print: { orientation: 'portrait', fitToWidth: true, footer: { left: unit } },
});

describe('cellText', () => {
  it('drops exactly the characters XML 1.0 forbids, keeping tab, line feed, CR and surrogate pairs', () => {
    const all = 'A\u0000\u0008\t\n\u000B\u000C\r\u000E\u001F\uFFFE\uFFFF\uD800x\uDC00y😀\uFFFDZ';
    // Kept: A, tab, LF, CR, x, y, the pair for 😀, U+FFFD (allowed), Z.
    expect(xmlSafe(all)).toBe('A\t\n\rxy😀\uFFFDZ');
  });

  it('cuts a 40,000-character text to 32,767 characters ending in the cut note', () => {
    const cut = cellText('a'.repeat(40_000));
    expect(cut.length).toBe(32_767);
    expect(EXCEL_CELL_LIMIT).toBe(32_767);
    // 32,767 − the note's length characters of the text, then the note.
    expect(cut).toBe('a'.repeat(32_767 - CUT_NOTE.length) + CUT_NOTE);
    expect(cellText('b'.repeat(32_767))).toBe('b'.repeat(32_767));
  });

  it('never splits a surrogate pair at the cut', () => {
    const keep = 32_767 - CUT_NOTE.length;
    const text = 'a'.repeat(keep - 1) + '😀'.repeat(5000);
    const cut = cellText(text);
    // The pair would straddle the cut: it goes whole, the text is one unit shorter.
    expect(cut).toBe('a'.repeat(keep - 1) + CUT_NOTE);
  });

  it('does not change the spec it is given', () => {
    const given = spec('X\uFFFE', 'y');
    safeSheetSpec(given);
    expect(given.cells[0].value).toEqual({ text: 'X\uFFFE' });
  });
});

describe('the file adapter writes a workbook ExcelJS reads back', () => {
  it('a unit name with U+FFFE/U+FFFF and a 40,000-character text', async () => {
    const wb = FileWorkbook.create();
    await wb.writeSheet(spec('Sở Tư pháp\uFFFE\uFFFF\u0001', 'x'.repeat(40_000)));
    const bytes = await wb.toBuffer();
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(bytes as unknown as ArrayBuffer);
    const ws = back.getWorksheet('Xếp hạng')!;
    expect(ws.getCell('A1').value).toBe('Sở Tư pháp');
    expect(String(ws.getCell('A2').value).length).toBe(32_767);
    expect((ws.getCell('A3').value as { text: string }).text).toBe('Sở Tư pháp');
    expect(ws.headerFooter.oddFooter).toBe('&LSở Tư pháp');
  });
});
