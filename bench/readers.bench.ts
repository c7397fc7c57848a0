/**
 * File readers benchmark (prints, never asserts): a sheet with many merged ranges (the fast
 * reader's overlap check was quadratic: 50,000 merges took 5.8 s; ExcelJS's own check never
 * finished in 5 minutes before src/file/exceljs-quirks.ts gave it an index), and a whole-column
 * data validation plus a whole-column merge through the ExcelJS path (prepare-package.ts cuts them).
 */
import { performance } from 'perf_hooks';
import { readWorkbookSheetsFast } from '../src/file/fast-read';
import { FileWorkbook } from '../src/file/file-workbook';
import { rawPackage } from '../test/helpers/raw-package';

const ms = (x: number) => `${x.toFixed(0)} ms`;

async function time(label: string, run: () => unknown | Promise<unknown>): Promise<void> {
  const t = performance.now();
  await run();
  console.log(`${label}: ${ms(performance.now() - t)}`);
}

export default async function main(): Promise<void> {
  const merges = Array.from({ length: 50_000 }, (_, i) => `<mergeCell ref="A${i + 1}:B${i + 1}"/>`).join('');
  const many = await rawPackage({ sheets: [{ name: 'S', body: `<sheetData/><mergeCells count="50000">${merges}</mergeCells>` }] });
  readWorkbookSheetsFast(many); // warm-up
  await time('fast reader, 50,000 merges', () => readWorkbookSheetsFast(many));
  await time('ExcelJS path (prepare + load), 50,000 merges', () => FileWorkbook.fromBuffer(many));
  const rows = Array.from({ length: 300 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`).join('');
  const huge = await rawPackage({
    sheets: [{
      name: 'S',
      body: `<sheetData>${rows}</sheetData><mergeCells><mergeCell ref="B1:B1048576"/></mergeCells>` +
        '<dataValidations count="1"><dataValidation type="decimal" sqref="C:F"><formula1>0</formula1><formula2>10</formula2></dataValidation></dataValidations>',
    }],
  });
  await time('fast reader, whole-column merge', () => readWorkbookSheetsFast(huge));
  await time('ExcelJS path, whole-column merge + validation on C:F, load and write', async () => (await FileWorkbook.fromBuffer(huge)).toBuffer());
}
