/**
 * Round trips of the Office.js adapter, counted on the fake Excel (test/excel/fake-excel.ts):
 * a full check (readGrid + applyFlags) on generated 300- and 3,000-row sheets, a re-check and an
 * unflag. Round trips, not milliseconds, are what make a pane slow in Excel on the web, and
 * their number must not grow with the sheet. Prints, never asserts.
 */
import { performance } from 'perf_hooks';
import { ExcelWorkbook } from '../src/excel/excel-workbook';
import { FakeExcel } from '../test/excel/fake-excel';
import { flagsFor, LEFT, scoresheetValues, SHEET, TOP } from '../test/excel/generated-sheet';

async function measure(items: number): Promise<string> {
  const fake = new FakeExcel();
  fake.addSheet(SHEET, scoresheetValues(items), TOP, LEFT);
  const wb = new ExcelWorkbook({ run: fake.run, supports: fake.supports, settings: fake.settings });
  const flags = flagsFor(items, 5);
  const t = performance.now();
  await wb.readGrid(SHEET);
  await wb.applyFlags(SHEET, flags);
  const check = fake.syncs;
  fake.resetCounters();
  await wb.readGrid(SHEET);
  await wb.applyFlags(SHEET, flags);
  const recheck = fake.syncs;
  fake.resetCounters();
  const cleared = await wb.clearFlags(SHEET);
  const clear = fake.syncs;
  const ms = performance.now() - t;
  return (
    `${items} dòng/rows, ${flags.length} ô đánh dấu/flagged cells: kiểm tra/check ${check} sync, ` +
    `kiểm tra lại/re-check ${recheck} sync, bỏ đánh dấu/unflag ${clear} sync (${cleared} ô/cells) — fake ${ms.toFixed(0)} ms`
  );
}

export default async function excelBench(): Promise<void> {
  for (const items of [300, 3000]) console.log(await measure(items));
}

if (require.main === module) {
  excelBench().catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
}
