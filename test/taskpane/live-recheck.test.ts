/**
 * Live re-check, end to end on the strict fake Excel: the user edits the checked sheet
 * (FakeExcel.userEdit fires worksheet.onChanged) → ExcelWorkbook.onChange → LiveRecheck (the one
 * debounce) → runCheck through the port → the engine's findings. Fake timers: no real waits.
 */
import { a1 } from '../../src/engine/grid';
import { ExcelWorkbook } from '../../src/excel/excel-workbook';
import type { ExcelRunner } from '../../src/excel/excel-run';
import { LiveRecheck, RECHECK_DELAY_MS } from '../../src/taskpane/state/live-recheck';
import { runCheck, type CheckOutcome } from '../../src/taskpane/state/run-check';
import { FakeExcel } from '../excel/fake-excel';
import { flagsFor, generatedCriteriaSet, LEFT, scoresheetValues, SHEET, TOP } from '../excel/generated-sheet';

const ROWS = 300;
const sets = [generatedCriteriaSet(ROWS)];
/** Item i's score cell: sheet row TOP + 1 + i (title and header rows first), column LEFT + 3. */
const scoreCell = (i: number) => ({ row: TOP + 1 + i, col: LEFT + 3 });

const aboveMaxCells = (o: CheckOutcome | undefined): string[] =>
  o && o.kind === 'checked' ? o.result.findings.filter((f) => f.code === 'score.aboveMax').map((f) => f.cell ?? '') : [];

/** `latencyMs`: each Excel batch answers that long after it ran (a slow round trip). */
async function setup(latencyMs = 0) {
  let latency = 0; // the first check answers at once (it runs before the test moves the clock)
  const fake = new FakeExcel();
  fake.addSheet('Danh bạ', [['Họ tên', 'Điện thoại'], ['A', '1']]);
  fake.addSheet(SHEET, scoresheetValues(ROWS), TOP, LEFT);
  const run: ExcelRunner = async (batch, reuse) => {
    const result = await fake.run(batch, reuse);
    if (latency > 0) await new Promise((r) => setTimeout(r, latency));
    return result;
  };
  const wb = new ExcelWorkbook({ run, supports: fake.supports, settings: fake.settings });
  const starts: number[] = [];
  const outcomes: CheckOutcome[] = [];
  let running = 0;
  let mostAtOnce = 0;
  // What the pane's hook does on an edit (use-check.ts): re-read the sheet the last check picked.
  const live = new LiveRecheck(async () => {
    starts.push(Date.now());
    mostAtOnce = Math.max(mostAtOnce, ++running);
    try {
      outcomes.push(await runCheck(wb, { sheetName: null, criteria: null, sets, knownSheet: SHEET }));
    } finally {
      running--;
    }
  });
  // The first check, by hand: it picks the scoresheet among the sheets.
  const first = await runCheck(wb, { sheetName: null, criteria: null, sets });
  expect(first.kind === 'checked' && first.result.parsed !== null && first.autoPicked).toBe(true);
  await wb.onChange(SHEET, () => live.edit());
  fake.resetCounters();
  latency = latencyMs;
  const t0 = Date.now();
  return { fake, wb, live, starts, outcomes, t0, mostAtOnce: () => mostAtOnce };
}

/** Lets the fake's change events (delivered in a microtask) and the promises after a timer run. */
const tick = (ms = 0) => jest.advanceTimersByTimeAsync(ms);

describe('live re-check after an edit (fake Excel, 300 rows)', () => {
  beforeEach(() => jest.useFakeTimers({ now: 1_000_000 }));
  afterEach(() => jest.useRealTimers());

  it(`starts exactly RECHECK_DELAY_MS (${RECHECK_DELAY_MS} ms, ≤ 250) after an edit, not before, and shows the edited score`, async () => {
    expect(RECHECK_DELAY_MS).toBeLessThanOrEqual(250);
    const { fake, starts, outcomes, t0 } = await setup();
    const { row, col } = scoreCell(10);
    fake.userEdit(SHEET, row, col, 5); // max is 1: 5 is above it
    await tick(RECHECK_DELAY_MS - 1);
    expect(starts).toEqual([]);
    await tick(1);
    expect(starts).toEqual([t0 + RECHECK_DELAY_MS]);
    // Item 10 (row 3 + 10 = 13, 0-based) column E (1 + 3): E14.
    expect(a1(row, col)).toBe('E14');
    expect(aboveMaxCells(outcomes[0])).toEqual(['E14']);
  });

  it('reads the list and the sheet in exactly 1 context.sync, and only the checked sheet', async () => {
    const { fake, outcomes } = await setup();
    fake.userEdit(SHEET, scoreCell(1).row, scoreCell(1).col, 2);
    await tick(RECHECK_DELAY_MS);
    expect(outcomes).toHaveLength(1);
    expect(fake.syncs).toBe(1);
    expect(outcomes[0].sheets.map((s) => s.name)).toEqual(['Danh bạ', SHEET]);
    expect(aboveMaxCells(outcomes[0])).toEqual(['E5']); // item 1: row 3 + 1 = 4 → E5
  });

  it('gives one re-check for a burst of edits, RECHECK_DELAY_MS after the last one', async () => {
    const { fake, starts, outcomes, t0 } = await setup();
    const gap = RECHECK_DELAY_MS - 50; // each edit lands inside the previous one's wait
    for (const [i, value] of [[1, 3], [2, 3], [3, 3]] as const) {
      fake.userEdit(SHEET, scoreCell(i).row, scoreCell(i).col, value);
      await tick(gap);
    }
    expect(starts).toEqual([]);
    await tick(RECHECK_DELAY_MS);
    // Last edit at t0 + 2 × gap; its wait ends RECHECK_DELAY_MS later.
    expect(starts).toEqual([t0 + 2 * gap + RECHECK_DELAY_MS]);
    expect(aboveMaxCells(outcomes[0])).toEqual(['E5', 'E6', 'E7']);
    await tick(5000);
    expect(starts).toHaveLength(1);
  });

  it('re-checks again after a re-check that an edit overtook, so the latest edit ends checked', async () => {
    // Each round trip answers 500 ms after it read: longer than the debounce.
    const { fake, starts, outcomes, t0, mostAtOnce } = await setup(500);
    fake.userEdit(SHEET, scoreCell(1).row, scoreCell(1).col, 3);
    await tick(RECHECK_DELAY_MS); // re-check 1 starts and reads at t0 + 200
    expect(starts).toEqual([t0 + RECHECK_DELAY_MS]);
    await tick(50);
    fake.userEdit(SHEET, scoreCell(2).row, scoreCell(2).col, 3); // while re-check 1 is out
    await tick(50);
    fake.userEdit(SHEET, scoreCell(3).row, scoreCell(3).col, 3);
    await tick(RECHECK_DELAY_MS); // the wait ended at t0 + 500, re-check 1 still out: none started
    expect(starts).toHaveLength(1);
    await tick(200); // re-check 1 answers at t0 + 200 + 500 = t0 + 700; re-check 2 starts then
    expect(aboveMaxCells(outcomes[0])).toEqual(['E5']);
    expect(starts).toEqual([t0 + RECHECK_DELAY_MS, t0 + RECHECK_DELAY_MS + 500]);
    await tick(500);
    expect(outcomes).toHaveLength(2);
    expect(aboveMaxCells(outcomes[1])).toEqual(['E5', 'E6', 'E7']);
    expect(mostAtOnce()).toBe(1);
    await tick(5000);
    expect(starts).toHaveLength(2);
  });

  it("is not triggered by the add-in's own writes (flags, a summary sheet, unflag)", async () => {
    const { wb, starts } = await setup();
    await wb.readGrid(SHEET);
    await wb.applyFlags(SHEET, flagsFor(ROWS, 10));
    await wb.writeSheet({ name: 'Tổng hợp', cells: [{ row: 0, col: 0, value: { text: 'x' } }] });
    await wb.clearFlags(SHEET);
    await tick(5000);
    expect(starts).toEqual([]);
  });

  it('waits out the user typing in a cell (Excel refuses the read) and still checks the edit', async () => {
    const { fake, outcomes } = await setup();
    fake.userEdit(SHEET, scoreCell(1).row, scoreCell(1).col, 4);
    fake.failNext = ['InvalidOperationInCellEditMode'];
    await tick(RECHECK_DELAY_MS);
    expect(outcomes).toHaveLength(0);
    await tick(500); // excel-run.ts retries after 500 ms
    expect(fake.syncs).toBe(2); // the refused one and the read
    expect(aboveMaxCells(outcomes[0])).toEqual(['E5']);
  });

  it('finds the sheet again when the user renamed it (the combined read misses it: list + detection)', async () => {
    const { fake, outcomes } = await setup();
    fake.sheet(SHEET).name = 'Tự đánh giá (sửa)';
    fake.userEdit('Tự đánh giá (sửa)', scoreCell(1).row, scoreCell(1).col, 4);
    await tick(RECHECK_DELAY_MS);
    const o = outcomes[0];
    expect(o.kind === 'checked' && o.result.sheetName).toBe('Tự đánh giá (sửa)');
    expect(aboveMaxCells(o)).toEqual(['E5']);
    // The refused combined read, the list it falls back on, then detection: the list and both
    // sheets in one batch (the 300-row scoresheet comes whole, so no further read).
    expect(fake.syncs).toBe(4);
  });

  it('drops a waiting re-check when cancelled (the user checked by hand)', async () => {
    const { fake, live, starts } = await setup();
    fake.userEdit(SHEET, scoreCell(1).row, scoreCell(1).col, 4);
    await tick(100);
    live.cancel();
    await tick(5000);
    expect(starts).toEqual([]);
  });
});
