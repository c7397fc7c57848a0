/**
 * Round trips counted on the fake Excel (test/excel/fake-excel.ts; context.sync and
 * settings.saveAsync alike). First what the PANE pays (runCheck as the pane calls it, watching the
 * checked sheet, then Flag through sheet-actions) with 1, 5 and 20 sheets; then the adapter alone:
 * readGrid + applyFlags on generated 300- and 3,000-row sheets, a re-check and an unflag. Round trips, not milliseconds, are what make a pane slow in Excel on the web, and
 * their number must not grow with the sheet. Then "edit → scores updated": the user edits a score
 * cell, the pane's live re-check (LiveRecheck's one debounce + runCheck) ends with the new
 * findings; wall time with real timers on the fake (which answers at once: add one real Excel
 * round trip). Prints, never asserts.
 */
import { performance } from 'perf_hooks';
import { ExcelWorkbook } from '../src/excel/excel-workbook';
import { LiveRecheck, RECHECK_DELAY_MS } from '../src/taskpane/state/live-recheck';
import { flagSheet } from '../src/taskpane/state/sheet-actions';
import { runCheck, type CheckOutcome } from '../src/taskpane/state/run-check';
import { FakeExcel } from '../test/excel/fake-excel';
import { flagsFor, generatedCriteriaSet, LEFT, scoresheetValues, SHEET, TOP } from '../test/excel/generated-sheet';

/** The pane's Kiểm tra (check + watching the sheet) and Đánh dấu, with `sheets` sheets (the scoresheet in the middle). */
async function paneRoundTrips(sheets: number): Promise<string> {
  const fake = new FakeExcel();
  for (let i = 0; i < sheets; i++) {
    if (i === Math.floor(sheets / 2)) fake.addSheet(SHEET, scoresheetValues(300), TOP, LEFT);
    else fake.addSheet(`Danh sách ${i + 1}`, Array.from({ length: 40 }, (_, r) => [`Người ${r}`, r]));
  }
  const wb = new ExcelWorkbook({ run: fake.run, supports: fake.supports, settings: fake.settings });
  const outcome = await runCheck(wb, { sheetName: null, criteria: null, sets: [generatedCriteriaSet(300)] });
  if (outcome.kind !== 'checked') throw new Error('bench: the scoresheet was not found');
  const stop = await wb.onChange(outcome.result.sheetName, () => undefined);
  const check = fake.log.filter((l) => l === 'sync' || l === 'saveAsync').length;
  fake.resetCounters();
  await flagSheet(wb, outcome.result, 'vi', outcome.sheets);
  const flag = fake.log.filter((l) => l === 'sync' || l === 'saveAsync').length;
  stop();
  return `ngăn/pane, ${sheets} trang tính/sheets: Kiểm tra/check ${check}, Đánh dấu/flag ${flag} lượt khứ hồi/round trips (sync + saveAsync)`;
}

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
    `bộ chuyển đổi/adapter, ${items} dòng/rows, ${flags.length} ô đánh dấu/flagged cells: đọc + đánh dấu/read + flag ${check} sync, ` +
    `kiểm tra lại/re-check ${recheck} sync, bỏ đánh dấu/unflag ${clear} sync (${cleared} ô/cells) — fake ${ms.toFixed(0)} ms`
  );
}

/** Median wall time from a user's edit to the re-checked findings, and the syncs of one re-check. */
async function editToScores(items: number, runs = 7): Promise<string> {
  const fake = new FakeExcel();
  fake.addSheet(SHEET, scoresheetValues(items), TOP, LEFT);
  const wb = new ExcelWorkbook({ run: fake.run, supports: fake.supports, settings: fake.settings });
  const sets = [generatedCriteriaSet(items)];
  await runCheck(wb, { sheetName: null, criteria: null, sets });
  let done: ((o: CheckOutcome) => void) | null = null;
  let checkMs = 0;
  const live = new LiveRecheck(async () => {
    const t = performance.now();
    const outcome = await runCheck(wb, { sheetName: null, criteria: null, sets, knownSheet: SHEET });
    checkMs = performance.now() - t;
    done?.(outcome);
  });
  const stop = await wb.onChange(SHEET, () => live.edit());
  const totals: number[] = [];
  const checks: number[] = [];
  let syncs = 0;
  for (let i = 0; i < runs; i++) {
    fake.resetCounters();
    const finished = new Promise<CheckOutcome>((resolve) => (done = resolve));
    const t = performance.now();
    fake.userEdit(SHEET, TOP + 2, LEFT + 3, i % 2 ? 1 : 5); // item 1's score: above its max of 1, then back
    const outcome = await finished;
    totals.push(performance.now() - t);
    checks.push(checkMs);
    syncs = fake.syncs;
    const above = outcome.kind === 'checked' && outcome.result.findings.some((f) => f.code === 'score.aboveMax');
    if (above !== (i % 2 === 0)) throw new Error('bench: the re-check did not see the edit');
  }
  stop();
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return (
    `sửa ô → điểm cập nhật/edit → scores updated, ${items} dòng/rows: ${median(totals).toFixed(0)} ms ` +
    `(chờ/debounce ${RECHECK_DELAY_MS} ms + kiểm tra/check ${median(checks).toFixed(1)} ms, ${syncs} sync; trung vị/median of ${runs}) ` +
    `+ 1 lượt Excel thật/real Excel round trip`
  );
}

export default async function excelBench(): Promise<void> {
  for (const sheets of [1, 5, 20]) console.log(await paneRoundTrips(sheets));
  for (const items of [300, 3000]) console.log(await measure(items));
  // The generated sheet's codes run 1.1 … 1.N, and the sheet reader takes at most 3 digits per
  // code segment (1.1000 is not a code), so the edit figure stops at 999 rows.
  for (const items of [300, 999]) console.log(await editToScores(items));
}

if (require.main === module) {
  excelBench().catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
}
