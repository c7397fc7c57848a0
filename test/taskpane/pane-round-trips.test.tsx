/** @jest-environment jsdom */
/**
 * The round trips of the PANE (the real App and hooks over the Office.js adapter over the strict
 * fake Excel), not of the adapter driven by hand: what a user pays for "Kiểm tra" and then
 * "Đánh dấu trên bảng", with every context.sync AND every settings.saveAsync counted (the fake
 * counts both in `syncs`). Workbooks of 1, 5 and 20 sheets; the scoresheet is neither the first
 * nor the active sheet, so the pane has to find it.
 */
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ExcelWorkbook } from '../../src/excel/excel-workbook';
import { FLAG_MEMORY_KEY } from '../../src/excel/flag-memory';
import { App } from '../../src/taskpane/App';
import { CRITERIA_SET_SETTING } from '../../src/taskpane/state/criteria-setting';
import { FakeExcel } from '../excel/fake-excel';
import { generatedCriteriaSet, LEFT, scoresheetValues, SHEET, TOP } from '../excel/generated-sheet';
import { memoryStorage } from './render-pane';

jest.setTimeout(60_000);

const ITEMS = 40;
const RECHECK_MS = 30;

/** `count` sheets: short lists, and the scoresheet in the middle (for 1 sheet, the scoresheet alone). */
function workbook(count: number): FakeExcel {
  const fake = new FakeExcel();
  const at = Math.floor(count / 2);
  for (let i = 0; i < count; i++) {
    if (i === at) fake.addSheet(SHEET, scoresheetValues(ITEMS), TOP, LEFT);
    else fake.addSheet(`Danh sách ${i + 1}`, [['Họ tên', 'Đơn vị', 'Điện thoại'], ...Array.from({ length: 40 }, (_, r) => [`Người ${r}`, `Phòng ${r % 4}`, `09${r}`])]);
  }
  fake.activeSheet = fake.sheets[0].name;
  // The set is kept with the workbook (the "Bộ tiêu chí" tab), so the engine scores the sheet.
  fake.settings.set(CRITERIA_SET_SETTING, JSON.stringify(generatedCriteriaSet(ITEMS)));
  return fake;
}

/** Renders the pane over the fake (fake timers: the user events advance them). */
function pane(fake: FakeExcel) {
  const port = new ExcelWorkbook({ run: fake.run, supports: fake.supports, settings: fake.settings, retry: { sleep: async () => undefined } });
  const user = userEvent.setup({ advanceTimers: jest.advanceTimersByTime });
  render(<App port={port} initialLang="vi" storage={memoryStorage()} recheckDelayMs={RECHECK_MS} saveFile={() => undefined} />);
  return { user };
}

/** Lets every batch a click caused run to its end: the clock moves until no sync or save came for 5 turns. */
async function settle(fake: FakeExcel) {
  let last = -1;
  for (let quiet = 0; quiet < 5; ) {
    await act(async () => {
      await jest.advanceTimersByTimeAsync(20);
    });
    if (fake.syncs === last) quiet++;
    else {
      quiet = 0;
      last = fake.syncs;
    }
  }
}

/** The round trips (context.sync and settings.saveAsync, in order) since the last reset. */
const trips = (fake: FakeExcel) => fake.log.filter((l) => l === 'sync' || l === 'saveAsync');

async function checkAndFlag(count: number) {
  const fake = workbook(count);
  const { user } = pane(fake);
  await settle(fake);
  fake.resetCounters();
  await user.click(screen.getByRole('button', { name: 'Kiểm tra' }));
  await waitFor(() => expect(screen.getByTestId('live-region').textContent).not.toBe(''));
  await settle(fake);
  const check = trips(fake);
  fake.resetCounters();
  await user.click(screen.getByRole('button', { name: 'Đánh dấu' }));
  const notice = await screen.findByTestId('notice');
  await settle(fake);
  const flag = trips(fake);
  return { fake, user, check, flag, notice: notice.textContent ?? '' };
}

describe('round trips of the pane over the fake Excel (context.sync and saveAsync counted)', () => {
  beforeEach(() => jest.useFakeTimers({ now: 1_000_000 }));
  afterEach(() => jest.useRealTimers());

  it.each([1, 5, 20])('%i sheet(s): Kiểm tra in 2 round trips, Đánh dấu in 1, an edit re-checked in 1', async (count) => {
    const { fake, check, flag, notice } = await checkAndFlag(count);
    expect(document.body.textContent).not.toMatch(/vượt điểm tối đa/);
    // Before: 1 + count + 1 + 1 (list, one preview per sheet, the full read, the change handler);
    // now the list, then every sheet in one batch (the scoresheet whole, its flag state and its
    // change handler in it). No saveAsync: nothing was written.
    expect(check).toEqual(['sync', 'sync']);
    // Before: the write and a saveAsync of the flag record; now the record rides in the write.
    expect(flag).toEqual(['sync']);
    // Every item with a score flagged: items 7, 14, … (score "0,5" as text) and the ones without
    // evidence (every 5th) are the findings; whatever their number, each is a cell with a rule on it.
    const flagged = Number(/Đã đánh dấu (\d+) ô/.exec(notice)?.[1]);
    expect(flagged).toBeGreaterThan(0);
    const record = JSON.parse(JSON.parse(fake.workbookSettings.get(FLAG_MEMORY_KEY)!) as string);
    expect(record[SHEET].cells).toHaveLength(flagged);
    expect(fake.sheet(SHEET).rules.length).toBeGreaterThan(0);

    // The user edits the checked sheet (after the adapter's 400 ms deaf spell that follows its own
    // write): the pane re-checks it in 1 round trip.
    await act(async () => {
      await jest.advanceTimersByTimeAsync(500);
    });
    fake.resetCounters();
    fake.userEdit(SHEET, TOP + 2, LEFT + 3, 5); // item 1's score: 5 of 1
    await settle(fake);
    expect(trips(fake)).toEqual(['sync']);
    // …and shows what the edit broke: item 1.1's score (row 3 + 2 → E5) 5 above its max of 1.
    await waitFor(() => expect(document.body.textContent).toContain('E5 · 1.1: Điểm tự đánh giá 5 vượt điểm tối đa 1'));
  });
});
