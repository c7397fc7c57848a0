/**
 * The writer makes a sheet's column widths and print setup XML once per widths' array and print
 * object (every unit sheet shares them): sheets sharing those objects give, part for part, the
 * workbook of sheets that each have their own copies — with different margins, headers, widths and
 * orientations among them, so a text made for one object is never given to another.
 */
import JSZip from 'jszip';
import type { SheetSpec } from '../../src/engine/sheet-spec';
import { StreamedWorkbook } from '../../src/file/xlsx-writer/workbook-writer';

async function partsOf(bytes: Buffer): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out: Record<string, string> = {};
  for (const name of Object.keys(zip.files).sort()) if (name !== 'docProps/core.xml') out[name] = await zip.files[name].async('string');
  return out;
}

type Print = NonNullable<SheetSpec['print']>;
const PRINTS: Print[] = [
  { orientation: 'portrait', fitToWidth: true },
  { orientation: 'landscape', fitToWidth: false, centerHorizontally: true, margins: { left: 1.5, right: 1, top: 2, bottom: 2.5 } },
  { orientation: 'portrait', fitToWidth: false, footer: { center: 'Trang {page}' } },
];
const WIDTHS = [
  [12, 48, 11, 11],
  [9, 9, 30],
];

function sheets(shared: boolean): SheetSpec[] {
  const out: SheetSpec[] = [];
  for (let i = 0; i < 12; i++) {
    const print = PRINTS[i % PRINTS.length];
    const widths = WIDTHS[i % WIDTHS.length];
    out.push({
      name: `Đơn vị số ${i + 1}`,
      cells: [
        { row: 0, col: 0, value: { text: `Sở ${i}` } },
        { row: 1, col: 1, value: { number: i * 1.25 } },
      ],
      merges: i % 2 ? [{ top: 2, left: 0, bottom: 2, right: 2 }] : [],
      columnWidths: shared ? widths : [...widths],
      print: shared ? print : { ...print },
    });
  }
  return out;
}

test('sheets sharing widths and print objects = sheets with their own copies, part for part', async () => {
  const now = new Date('2026-01-02T03:04:05Z');
  const shared = await partsOf(StreamedWorkbook.toBuffer(sheets(true), {}, now));
  const own = await partsOf(StreamedWorkbook.toBuffer(sheets(false), {}, now));
  expect(shared).toEqual(own);
  // The setups differ between sheets, and each sheet's part says its own.
  expect(shared['xl/worksheets/sheet1.xml']).toContain('orientation="portrait"');
  expect(shared['xl/worksheets/sheet2.xml']).toContain('orientation="landscape"');
  expect(shared['xl/worksheets/sheet2.xml']).toContain('<printOptions horizontalCentered="1"/>');
  expect(shared['xl/worksheets/sheet3.xml']).toContain('<oddFooter>');
  expect(shared['xl/worksheets/sheet4.xml']).not.toContain('<oddFooter>');
  expect(shared['xl/worksheets/sheet2.xml']).toContain('<col min="3" max="3" width="30" customWidth="1"/>');
  expect(shared['xl/worksheets/sheet3.xml']).toContain('<col min="2" max="2" width="48" customWidth="1"/>');
});
