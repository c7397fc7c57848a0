/**
 * Contract of SheetSpec.print for the file adapter: footer/header with page numbers, margins,
 * centring, A4, repeated title rows — written by ExcelJS and read back from the saved bytes.
 */
import { FileWorkbook } from '../../src/file/file-workbook';
import { loadWorkbook } from '../../src/file/read-grid';
import { headerFooterCode, printLineCode, type SheetSpec } from '../../src/engine/sheet-spec';

const spec: SheetSpec = {
  name: 'KQ xã',
  cells: [{ row: 0, col: 0, value: { text: 'KẾT QUẢ' } }],
  print: {
    orientation: 'landscape',
    fitToWidth: true,
    repeatRows: { first: 7, last: 8 },
    footer: { center: 'Trang {page}/{pages}', right: 'Sở Nội vụ & Tư pháp' },
    margins: { left: 2, right: 1.5, top: 1.5, bottom: 1.5 },
    centerHorizontally: true,
  },
};

describe('print setup (file adapter)', () => {
  test('codes: & doubled, {page} → &P, {pages} → &N', () => {
    expect(headerFooterCode('Trang {page}/{pages} & hết')).toBe('Trang &P/&N && hết');
    expect(printLineCode({ left: 'a', center: 'b{page}' })).toBe('&La&Cb&P');
  });

  test('written and read back: A4, fit to width, title rows, footer, margins in inches, centred', async () => {
    const fw = FileWorkbook.create();
    await fw.writeSheet(spec);
    const ws = (await loadWorkbook(await fw.toBuffer())).getWorksheet('KQ xã')!;
    expect(ws.pageSetup).toMatchObject({
      paperSize: 9, // A4
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '8:9',
      horizontalCentered: true,
    });
    // 2 cm = 0.7874 in; 1.5 cm = 0.5906 in; header/footer half of top/bottom = 0.2953 in.
    expect(ws.pageSetup.margins!.left).toBeCloseTo(0.7874, 3);
    expect(ws.pageSetup.margins!.right).toBeCloseTo(0.5906, 3);
    expect(ws.pageSetup.margins!.footer).toBeCloseTo(0.2953, 3);
    expect(ws.headerFooter.oddFooter).toBe('&CTrang &P/&N&RSở Nội vụ && Tư pháp');
  });
});
