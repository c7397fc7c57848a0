import { ExcelWorkbook } from '../../src/excel/excel-workbook';
import { charsToPoints } from '../../src/excel/write-sheet';
import type { SheetSpec } from '../../src/engine/sheet-spec';
import { num, text } from '../../src/engine/sheet-spec';
import { ALL_SUPPORTED, FakeExcel, ONLY_17 } from './fake-excel';

function setup(supports = ALL_SUPPORTED) {
  const fake = new FakeExcel();
  fake.supports = { ...supports };
  fake.addSheet('Tự đánh giá', [['STT', 'Nội dung']]);
  const wb = new ExcelWorkbook({ run: fake.run, supports: fake.supports, settings: fake.settings });
  return { fake, wb };
}

const spec: SheetSpec = {
  name: 'Tổng hợp',
  cells: [
    { row: 0, col: 0, value: text('Đơn vị'), style: { bold: true, fill: 'FFF2CC', border: true } },
    { row: 0, col: 1, value: text('=HYPERLINK("http://evil.example","bấm")'), style: { bold: true, fill: 'FFF2CC', border: true } },
    { row: 1, col: 0, value: text('+84 912 345 678') },
    { row: 1, col: 1, value: num(88.66), style: { numberFormat: '0.00' } },
    { row: 2, col: 1, value: { formula: 'SUM(B2:B2)', result: 88.66 } },
    { row: 3, col: 0, value: { link: { text: 'F12', sheet: "Tự đánh giá", cell: 'F12' } } },
    { row: 3, col: 1, value: text('0,5'), style: { locked: false } },
  ],
  columnWidths: [30, 12],
  merges: [{ top: 4, left: 0, bottom: 4, right: 1 }],
  validations: [{ row: 3, col: 1, type: 'list', list: ['0', '0,5', '1'], prompt: 'Chọn điểm', error: 'Điểm không hợp lệ' }],
  freezeRows: 1,
  print: { orientation: 'landscape', fitToWidth: true, repeatRows: { first: 0, last: 0 } },
  protect: true,
};

describe('ExcelWorkbook.writeSheet', () => {
  it('writes text as text: "=HYPERLINK(…)" and "+84…" never become formulas', async () => {
    const { fake, wb } = setup();
    await wb.writeSheet(spec);
    const s = fake.sheet('Tổng hợp');
    const evil = s.cells.get('0,1');
    expect(evil?.value).toBe('=HYPERLINK("http://evil.example","bấm")');
    expect(evil?.formula).toBeUndefined();
    expect(evil?.numberFormat).toBe('@');
    expect(s.cells.get('1,0')).toMatchObject({ value: '+84 912 345 678', numberFormat: '@' });
    expect(s.cells.get('3,1')?.value).toBe('0,5');
  });

  it('writes numbers, formulas, links, styles, widths, merges, validation, freeze, page setup and protection', async () => {
    const { fake, wb } = setup();
    await wb.writeSheet(spec, { activate: true });
    const s = fake.sheet('Tổng hợp');
    expect(s.cells.get('1,1')).toMatchObject({ value: 88.66, numberFormat: '0.00' });
    expect(s.cells.get('2,1')?.formula).toBe('=SUM(B2:B2)');
    expect(s.cells.get('3,0')?.hyperlink).toEqual({ documentReference: "'Tự đánh giá'!F12", textToDisplay: 'F12' });
    expect(s.cells.get('0,0')?.format).toMatchObject({ 'font.bold': true, 'fill.color': '#FFF2CC', 'borders.InsideVertical.style': 'Continuous' });
    expect(s.cells.get('3,1')?.format).toMatchObject({ 'protection.locked': false });
    expect(s.columnWidths).toEqual({ 0: charsToPoints(30), 1: charsToPoints(12) });
    expect(s.merges).toEqual(['A5:B5']);
    expect(s.validations.B4).toMatchObject({
      rule: { list: { inCellDropDown: true, source: '0,0.5,1' } },
      prompt: { showPrompt: true, message: 'Chọn điểm' },
      errorAlert: { showAlert: true, style: 'Stop', message: 'Điểm không hợp lệ' },
    });
    expect(s.frozenRows).toBe(1);
    expect(s.pageLayout).toMatchObject({ orientation: 'Landscape', paperSize: 'A4', zoom: { horizontalFitToPages: 1 }, printTitleRows: '$1:$1' });
    expect(s.protected).toBe(true);
    expect(fake.activeSheet).toBe('Tổng hợp');
    expect(fake.syncs).toBe(2);
  });

  it('writes page numbers in the footer, margins in points and centring', async () => {
    const { fake, wb } = setup();
    await wb.writeSheet({
      name: 'KQ',
      cells: [],
      print: {
        orientation: 'portrait',
        fitToWidth: true,
        footer: { center: 'Trang {page}/{pages}' },
        margins: { left: 2, right: 1.5, top: 1.5, bottom: 1 },
        centerHorizontally: true,
      },
    });
    const p = fake.sheet('KQ').pageLayout;
    // 2 cm = 56.69 pt; 1.5 cm = 42.52 pt; 1 cm = 28.35 pt; footer margin = half the bottom.
    expect(p['defaultForAllPages.centerFooter']).toBe('Trang &P/&N');
    expect(p.leftMargin as number).toBeCloseTo(56.69, 1);
    expect(p.topMargin as number).toBeCloseTo(42.52, 1);
    expect(p.bottomMargin as number).toBeCloseTo(28.35, 1);
    expect(p.footerMargin as number).toBeCloseTo(14.17, 1);
    expect(p.centerHorizontally).toBe(true);
    expect(p.paperSize).toBe('A4');
  });

  it('skips validation and page layout where Excel lacks ExcelApi 1.8/1.9, and still writes the sheet', async () => {
    const { fake, wb } = setup(ONLY_17);
    await wb.writeSheet(spec);
    const s = fake.sheet('Tổng hợp');
    expect(s.validations).toEqual({});
    expect(s.pageLayout).toEqual({});
    expect(s.cells.get('0,0')?.value).toBe('Đơn vị');
  });

  it('replaces the sheet it wrote before, even protected', async () => {
    const { fake, wb } = setup();
    await wb.writeSheet(spec);
    await wb.writeSheet({ name: 'Tổng hợp', cells: [{ row: 0, col: 0, value: text('Lần 2') }] });
    expect(fake.sheets.map((s) => s.name)).toEqual(['Tự đánh giá', 'Tổng hợp']);
    expect(fake.sheet('Tổng hợp').cells.get('0,0')?.value).toBe('Lần 2');
  });

  it("never deletes a user's sheet that merely has the same name", async () => {
    const { fake, wb } = setup();
    fake.addSheet('Tổng hợp', [['Sổ của tôi']]);
    await wb.writeSheet(spec);
    expect(fake.sheet('Tổng hợp').cells.get('0,0')?.value).toBe('Sổ của tôi');
    expect(fake.sheet('Tổng hợp (2)').cells.get('0,0')?.value).toBe('Đơn vị');
  });

  it("compares names as the engine's one sheet-name rule does: a user's sheet typed in another Unicode form is still a clash", async () => {
    // "Tổng hợp" typed on a Mac arrives decomposed (NFD); the add-in's own name is NFC. Compared
    // with toLocaleLowerCase alone (the adapter's old copy) they differed and the user's sheet
    // was not seen as taken.
    const { fake, wb } = setup();
    fake.addSheet('Tổng hợp'.normalize('NFD'), [['Sổ của tôi']]);
    await wb.writeSheet(spec);
    expect(fake.sheet('Tổng hợp (2)').cells.get('0,0')?.value).toBe('Đơn vị');
  });
});

describe('ExcelWorkbook small calls', () => {
  it('lists sheets with visibility and protection', async () => {
    const { fake, wb } = setup();
    const hidden = fake.addSheet('Ẩn');
    hidden.visibility = 'Hidden';
    hidden.protected = true;
    expect(await wb.listSheets()).toEqual([
      { name: 'Tự đánh giá', visible: true, protected: false },
      { name: 'Ẩn', visible: false, protected: true },
    ]);
  });

  it('selects a cell on its sheet', async () => {
    const { fake, wb } = setup();
    fake.addSheet('Khác');
    await wb.selectCell('Tự đánh giá', 'F12');
    expect(fake.activeSheet).toBe('Tự đánh giá');
    expect(fake.log).toContain('sync');
  });

  it('keeps settings in the document settings', async () => {
    const { fake, wb } = setup();
    expect(await wb.getSetting('criteria')).toBeNull();
    await wb.setSetting('criteria', '{"id":"x"}');
    expect(await wb.getSetting('criteria')).toBe('{"id":"x"}');
    expect(fake.settings.data.get('criteria')).toBe('{"id":"x"}');
  });
});
