/**
 * Property test of the fast reader: random workbooks written by ExcelJS (any text, numbers,
 * booleans, errors, dates, formulas with or without results, links, notes, number formats,
 * merges, hidden rows and sheet states) read the same through both readers.
 */
import * as ExcelJS from 'exceljs';
import fc from 'fast-check';
import { readWorkbookSheetsFast } from '../../src/file/fast-read';
import { FileWorkbook } from '../../src/file/file-workbook';

const FORMATS = ['General', '0%', '0.00%', '0.00', '#,##0', 'dd/mm/yyyy', 'mm-dd-yy', '@', '0.0"%"', '[Red]0.00'];

const value = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.constantFrom('0,5', 'KAD', 'Không áp dụng', ' ', '&amp;', '<v>', '_x000D_', 'a\r\nb'),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: -5, max: 100 }),
  fc.boolean(),
  fc.constantFrom('#REF!', '#N/A', '#DIV/0!').map((error) => ({ error })),
  fc.date({ min: new Date(Date.UTC(1950, 0, 1)), max: new Date(Date.UTC(2090, 0, 1)), noInvalidDate: true }),
  fc.record({ formula: fc.constantFrom('A1', 'SUM(B1:B3)', 'HYPERLINK("http://a.vn","x")'), result: fc.oneof(fc.integer(), fc.constant(0), fc.string({ maxLength: 4 })) }),
  fc.record({ text: fc.string({ maxLength: 6 }), hyperlink: fc.constantFrom('https://a.gov.vn/x?y=1&z=2', 'mailto:a@b.vn', "#'Khác'!A1") }),
  fc.constant(null),
);

const cell = fc.record({ row: fc.integer({ min: 1, max: 30 }), col: fc.integer({ min: 1, max: 12 }), value, fmt: fc.constantFrom(...FORMATS), note: fc.option(fc.string({ maxLength: 8 }), { nil: undefined }) });
const merge = fc.record({ row: fc.integer({ min: 1, max: 30 }), col: fc.integer({ min: 1, max: 10 }), h: fc.integer({ min: 0, max: 2 }), w: fc.integer({ min: 0, max: 2 }) });
const sheet = fc.record({
  cells: fc.array(cell, { maxLength: 40 }),
  merges: fc.array(merge, { maxLength: 4 }),
  hidden: fc.array(fc.integer({ min: 1, max: 32 }), { maxLength: 4 }),
  state: fc.constantFrom('visible', 'hidden', 'veryHidden'),
});

type SheetDef = typeof sheet extends fc.Arbitrary<infer T> ? T : never;

async function build(sheets: SheetDef[], date1904: boolean): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.properties.date1904 = date1904;
  sheets.forEach((s, i) => {
    const ws = wb.addWorksheet(i === 1 ? 'Khác' : `Biểu ${i + 1}`);
    if (i > 0) ws.state = s.state as ExcelJS.WorksheetState;
    for (const c of s.cells) {
      const target = ws.getCell(c.row, c.col);
      target.value = c.value as ExcelJS.CellValue;
      if (c.fmt !== 'General') target.numFmt = c.fmt;
      if (c.note) target.note = c.note;
    }
    const taken: { t: number; l: number; b: number; r: number }[] = [];
    for (const m of s.merges) {
      const r = { t: m.row, l: m.col, b: m.row + m.h, r: m.col + m.w };
      if (taken.some((o) => o.l <= r.r && r.l <= o.r && o.t <= r.b && r.t <= o.b)) continue;
      taken.push(r);
      ws.mergeCells(r.t, r.l, r.b, r.r);
    }
    for (const h of s.hidden) ws.getRow(h).hidden = true;
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

test('random ExcelJS workbooks read the same through both readers', async () => {
  let nonEmpty = 0;
  await fc.assert(
    fc.asyncProperty(fc.array(sheet, { minLength: 1, maxLength: 3 }), fc.boolean(), fc.option(fc.integer({ min: 0, max: 40 }), { nil: undefined }), async (sheets, date1904, maxRows) => {
      const bytes = await build(sheets, date1904);
      const opts = maxRows === undefined ? {} : { maxRows };
      const slow = (await FileWorkbook.fromBuffer(bytes)).readAllGrids(opts);
      const fast = readWorkbookSheetsFast(bytes, opts).map((s) => s.grid);
      expect(fast).toStrictEqual(slow);
      if (fast.some((g) => g.rows.some((r) => r.some((c) => c !== null)))) nonEmpty++;
    }),
    { numRuns: 60, seed: 20261128 },
  );
  expect(nonEmpty).toBeGreaterThan(20); // the property saw real content, not only empty sheets
}, 60_000);
