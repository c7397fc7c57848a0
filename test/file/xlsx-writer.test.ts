/**
 * The streamed writer (src/file/xlsx-writer) writes what the ExcelJS writer (write-sheet.ts)
 * writes for the same SheetSpecs: both workbooks are read back with ExcelJS and compared sheet by
 * sheet — cell values, styles, merges, column widths, row heights, frozen panes, print setup,
 * header/footer, print titles, protection, validations, visibility and the document properties.
 * The specs are the results workbook of the three samples plus one sheet using every SheetSpec
 * field the results workbook does not.
 */
import * as ExcelJS from 'exceljs';
import * as path from 'path';
import { checkFiles } from '../../src/cli/check/check-files';
import { isRankingWorkbook, rankingWorkbookBytes, writeRankingWorkbook } from '../../src/cli/check/ranking-output';
import JSZip from 'jszip';
import { createRegistry } from '../../src/engine/criteria/registry';
import { rankingWorkbookSheets } from '../../src/engine/ranking/ranking-workbook';
import type { SheetSpec } from '../../src/engine/sheet-spec';
import { FileWorkbook } from '../../src/file/file-workbook';
import { StreamedWorkbook } from '../../src/file/xlsx-writer/workbook-writer';
import { removeTempDirs, SAMPLES, tempDir } from '../cli/run-cli';
import * as fs from 'fs';

afterAll(removeTempDirs);

/** Everything the results workbook does not use: formulas, a URL, validations, protection, hidden. */
const extraSheet: SheetSpec = {
  name: "Đặc biệt & 'ký' tự",
  cells: [
    { row: 0, col: 0, value: { text: '  lề trái <b> & "ngoặc"' }, style: { bold: true, italic: true, fontColor: 'C00000', fontSize: 13 } },
    { row: 0, col: 1, value: { formula: '=SUM(C1:C2)', result: 3 }, style: { numberFormat: '0.000' } },
    { row: 0, col: 2, value: { number: 1 } },
    { row: 1, col: 2, value: { number: 2.5 }, style: { locked: false, fill: 'fff2cc', border: true } },
    { row: 1, col: 0, value: { formula: 'A1&"x"', result: 'văn bản' } },
    { row: 2, col: 0, value: { link: { text: 'Trang web', url: 'https://example.org/a?b=1&c=2' } } },
    { row: 2, col: 1, value: { link: { text: 'Về đầu', cell: 'A1' } } },
    { row: 3, col: 0, value: { text: '=1+1' }, style: { wrap: true, hAlign: 'right', vAlign: 'bottom' } },
    { row: 4, col: 0, value: { text: 'gộp' }, style: { border: true, fill: 'DDEBF7', vAlign: 'middle', hAlign: 'center' } },
    { row: 4, col: 1, value: { text: 'bị che' } },
  ],
  columnWidths: [20, 9, 12, 0, 12],
  merges: [{ top: 4, left: 0, bottom: 5, right: 2 }],
  validations: [
    { row: 1, col: 2, type: 'decimal', min: 0, max: 5, prompt: 'Từ 0 đến 5', error: 'Sai' },
    { row: 1, col: 3, type: 'list', list: ['Có', 'Không'] },
  ],
  minRowHeights: { 6: 40 },
  freezeRows: 1,
  print: {
    orientation: 'portrait',
    fitToWidth: false,
    repeatRows: { first: 0, last: 1 },
    header: { left: 'A & B', right: '{page}' },
    margins: { left: 2, right: 1.5, top: 1.5, bottom: 1.5 },
  },
  protect: true,
  visibility: 'hidden',
};

async function sampleSpecs(): Promise<SheetSpec[]> {
  const inputs = fs.readdirSync(SAMPLES).filter((f) => f.endsWith('.xlsx')).map((f) => ({ file: f, path: path.join(SAMPLES, f) }));
  const checks = await checkFiles(inputs, { sets: createRegistry().list(), lang: 'vi' }, { workers: false });
  return [...rankingWorkbookSheets({ files: checks, lang: 'vi', official: { issuer: 'SỞ NỘI VỤ TỈNH A' } })];
}

async function withExcelJS(specs: SheetSpec[]): Promise<Buffer> {
  const wb = FileWorkbook.create();
  for (const spec of specs) await wb.writeSheet(spec);
  return wb.toBuffer();
}

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

/** What a reader of the sheet sees, as plain data. */
function describeSheet(ws: ExcelJS.Worksheet) {
  const cells: Record<string, unknown> = {};
  ws.eachRow({ includeEmpty: true }, (row) => {
    row.eachCell({ includeEmpty: true }, (cell) => {
      cells[cell.address] = { value: cell.value, type: cell.type, style: JSON.parse(JSON.stringify(cell.style ?? {})) };
    });
  });
  const heights: Record<number, number | undefined> = {};
  ws.eachRow({ includeEmpty: true }, (row, n) => (heights[n] = row.height));
  const widths = Array.from({ length: ws.columnCount }, (_, i) => ws.getColumn(i + 1).width);
  const setup = ws.pageSetup;
  return {
    name: ws.name,
    state: ws.state,
    cells,
    heights,
    widths,
    merges: Object.keys((ws as unknown as { _merges: Record<string, unknown> })._merges).sort(),
    views: ws.views.map((v) => ({ state: v.state, ySplit: (v as { ySplit?: number }).ySplit, topLeftCell: (v as { topLeftCell?: string }).topLeftCell })),
    print: {
      paperSize: setup.paperSize,
      orientation: setup.orientation,
      fitToPage: setup.fitToPage,
      fitToWidth: setup.fitToPage ? setup.fitToWidth : undefined,
      fitToHeight: setup.fitToPage ? setup.fitToHeight : undefined,
      printTitlesRow: setup.printTitlesRow,
      horizontalCentered: setup.horizontalCentered,
      margins: setup.margins,
    },
    headerFooter: { oddHeader: ws.headerFooter?.oddHeader, oddFooter: ws.headerFooter?.oddFooter },
    protection: (ws as unknown as { sheetProtection: unknown }).sheetProtection ?? null,
    validations: JSON.parse(JSON.stringify((ws as unknown as { dataValidations: { model: unknown } }).dataValidations.model)),
  };
}

describe('streamed workbook = ExcelJS workbook, read back', () => {
  test('the results workbook of the samples and a sheet using every other spec field', async () => {
    const specs = [...(await sampleSpecs()), extraSheet];
    expect(specs.length).toBeGreaterThan(8);
    const streamed = StreamedWorkbook.toBuffer(specs, { creator: 'par-check', title: 'Tiêu đề', keywords: 'par-check-ranking' });
    const [ours, theirs] = await Promise.all([load(streamed), withExcelJS(specs).then(load)]);
    expect(ours.worksheets.map((w) => w.name)).toEqual(theirs.worksheets.map((w) => w.name));
    for (const ws of theirs.worksheets) {
      expect(describeSheet(ours.getWorksheet(ws.name)!)).toEqual(describeSheet(ws));
    }
    expect([ours.creator, ours.title, ours.keywords]).toEqual(['par-check', 'Tiêu đề', 'par-check-ranking']);
    // The planted details, stated once by hand (not only "equal to ExcelJS").
    const extra = ours.getWorksheet(extraSheet.name)!;
    expect(extra.state).toBe('hidden');
    expect(extra.getCell('A1').value).toBe('  lề trái <b> & "ngoặc"');
    expect(extra.getCell('B1').value).toEqual({ formula: 'SUM(C1:C2)', result: 3 });
    expect(extra.getCell('A4').value).toBe('=1+1');
    expect(extra.getCell('B5').value).toBe('gộp'); // covered by the merge A5:C6: shows the master
    expect(extra.getCell('C6').style.fill).toEqual({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } });
    expect(extra.getCell('A3').value).toEqual({ text: 'Trang web', hyperlink: 'https://example.org/a?b=1&c=2' });
  }, 120_000);

  test('the CLI results workbook is ours (keywords) and opens on its first sheet', async () => {
    const dir = tempDir('xlsx-writer');
    const file = path.join(dir, 'kq.xlsx');
    const inputs = fs.readdirSync(SAMPLES).filter((f) => f.endsWith('.xlsx')).map((f) => ({ file: f, path: path.join(SAMPLES, f) }));
    const checks = await checkFiles(inputs, { sets: createRegistry().list(), lang: 'vi' }, { workers: false });
    fs.writeFileSync(file, await rankingWorkbookBytes(checks, 'vi'));
    expect(await isRankingWorkbook(file)).toBe(true);
    const wb = await load(fs.readFileSync(file));
    expect(wb.views[0]).toMatchObject({ activeTab: 0, firstSheet: 0 });
    // Written to its file as it is made (the CLI's way): the same parts as in memory, the time aside.
    expect(await writeRankingWorkbook(checks, 'kq-tep.xlsx', dir, 'vi')).toBeNull();
    expect(fs.readdirSync(dir).sort()).toEqual(['kq-tep.xlsx', 'kq.xlsx']);
    const parts = async (bytes: Buffer) => {
      const zip = await JSZip.loadAsync(bytes);
      const names = Object.keys(zip.files).filter((n) => n !== 'docProps/core.xml');
      return Promise.all(names.map(async (n) => [n, await zip.files[n].async('string')]));
    };
    const [inMemory, inFile] = await Promise.all([parts(fs.readFileSync(file)), parts(fs.readFileSync(path.join(dir, 'kq-tep.xlsx')))]);
    expect(inFile).toEqual(inMemory);
    expect(inFile.length).toBeGreaterThan(20);
    // Three sample units: one sheet each after the fixed sheets.
    expect(wb.worksheets.map((w) => w.name).filter((n) => n.startsWith('Sở '))).toEqual(
      expect.arrayContaining(['Sở Tư pháp', 'Sở Y tế', 'Sở Xây dựng']),
    );
  }, 120_000);
});
