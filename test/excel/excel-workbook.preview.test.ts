/**
 * previewSheets and the adapter's records on the strict fake: round trips counted with
 * settings.saveAsync (the fake counts both), the shared row budget, the payload fallback, and
 * where the records live (the workbook's own settings, written with the change).
 */
import { ExcelWorkbook, PREVIEW_COLUMNS, PREVIEW_ROW_BUDGET, WHOLE_ROWS } from '../../src/excel/excel-workbook';
import { FLAG_MEMORY_KEY } from '../../src/excel/flag-memory';
import { text } from '../../src/engine/sheet-spec';
import { WRITTEN_SHEETS_KEY } from '../../src/excel/sheet-writer';
import { FakeExcel } from './fake-excel';
import { flagsFor, scoresheetValues, SHEET, TOP, LEFT } from './generated-sheet';

const rowsOf = (n: number, tag: string) => Array.from({ length: n }, (_, i) => [`${tag} ${i + 1}`, i + 1]);

function setup(sheetCount: number, longRows = 0, items = 100) {
  const fake = new FakeExcel();
  fake.addSheet(SHEET, scoresheetValues(items), TOP, LEFT); // 2 blank rows, title, header, then the items
  for (let i = 1; i < sheetCount; i++) fake.addSheet(`Dữ liệu ${i}`, rowsOf(longRows || 20, `d${i}`));
  const wb = new ExcelWorkbook({ run: fake.run, supports: fake.supports, settings: fake.settings, retry: { sleep: async () => undefined } });
  fake.resetCounters();
  return { fake, wb };
}

const trips = (fake: FakeExcel) => fake.log.filter((l) => l === 'sync' || l === 'saveAsync');

describe('previewSheets (Office.js adapter)', () => {
  it.each([1, 5, 20, 40])('costs 2 syncs with %i sheet(s), the scoresheet whole', async (n) => {
    const { fake, wb } = setup(n);
    const { previews } = await wb.previewSheets(60);
    expect(trips(fake)).toEqual(['sync', 'sync']);
    expect(previews).toHaveLength(n);
    const sheet = previews.find((p) => p.grid.sheetName === SHEET)!;
    expect(sheet.whole).toBe(true);
    expect(sheet.grid.rows).toHaveLength(TOP + 2 + 100); // two blank rows, title, header, 100 items
  });

  it('gives a 300-item scoresheet whole next to 19 sheets of 1,000 rows (304 rows ≤ 8,000 / 20)', async () => {
    const { fake, wb } = setup(20, 1_000, 300);
    const sheet = (await wb.previewSheets(60)).previews.find((p) => p.grid.sheetName === SHEET)!;
    expect([sheet.whole, sheet.grid.rows.length]).toEqual([true, TOP + 2 + 300]);
    expect(trips(fake)).toEqual(['sync', 'sync']);
  });

  it('shares the row budget: 20 sheets of 1,000 rows come as their top 400 rows (8,000 / 20)', async () => {
    expect(PREVIEW_ROW_BUDGET / 20).toBe(400);
    const { fake, wb } = setup(20, 1_000);
    const { previews } = await wb.previewSheets(60);
    const data = previews.filter((p) => p.grid.sheetName !== SHEET);
    expect(data.every((p) => !p.whole && p.grid.rows.length === 400 && p.grid.rowCount === 1_000)).toBe(true);
    expect(trips(fake)).toEqual(['sync', 'sync']);
  });

  it(`reads ${PREVIEW_COLUMNS} columns of a wider sheet, and says it is not whole`, async () => {
    const fake = new FakeExcel();
    fake.addSheet('Rộng', [Array.from({ length: PREVIEW_COLUMNS + 1 }, (_, c) => `c${c + 1}`)]);
    const wb = new ExcelWorkbook({ run: fake.run, supports: fake.supports, settings: fake.settings });
    const [p] = (await wb.previewSheets(60)).previews;
    expect([p.whole, p.grid.rows[0].length, p.grid.colCount]).toEqual([false, PREVIEW_COLUMNS, PREVIEW_COLUMNS + 1]);
    expect(p.grid.rows[0][PREVIEW_COLUMNS - 1]?.value).toBe(`c${PREVIEW_COLUMNS}`);
  });

  it(`reads a sheet whole up to ${WHOLE_ROWS} rows when it is alone`, async () => {
    const fake = new FakeExcel();
    fake.addSheet('Một', rowsOf(WHOLE_ROWS, 'r'));
    const wb = new ExcelWorkbook({ run: fake.run, supports: fake.supports, settings: fake.settings });
    expect((await wb.previewSheets(60)).previews[0].whole).toBe(true);
    fake.addSheet('Hai', []);
    fake.sheet('Một').cells.set(`${WHOLE_ROWS},0`, { value: 'one more' }); // row WHOLE_ROWS + 1
    const again = (await wb.previewSheets(60)).previews[0];
    expect(again.whole).toBe(false);
    expect(again.grid.rows).toHaveLength(WHOLE_ROWS);
  });

  it('asks again for the top rows only when Excel refuses the batch as too large', async () => {
    const { fake, wb } = setup(5, 1_000);
    fake.failNext = ['', 'RequestPayloadSizeLimitExceeded']; // the list passes, the big batch is refused
    const { previews } = await wb.previewSheets(60);
    expect(trips(fake)).toEqual(['sync', 'sync', 'sync']);
    const data = previews.filter((p) => p.grid.sheetName !== SHEET);
    expect(data.map((p) => [p.whole, p.grid.rows.length])).toEqual(Array(4).fill([false, 60]));
  });

  it('names the sheet when it vanished between the list and the read', async () => {
    const { fake, wb } = setup(1);
    const run = fake.run;
    let batches = 0;
    fake.run = (batch, reuse) => {
      if (++batches === 2) fake.sheet(SHEET).name = 'Đổi tên';
      return run(batch, reuse);
    };
    const wb2 = new ExcelWorkbook({ run: fake.run, supports: fake.supports, settings: fake.settings });
    await expect(wb2.previewSheets(60)).rejects.toMatchObject({ kind: 'sheetMissing' });
    expect(batches).toBe(2);
    expect(wb).not.toBe(wb2);
  });

  it('puts a change handler on each sheet it read: watching the picked one then costs nothing', async () => {
    const { fake, wb } = setup(3);
    await wb.previewSheets(60);
    fake.resetCounters();
    const calls: number[] = [];
    const stop = await wb.onChange(SHEET, () => calls.push(1));
    expect(fake.syncs).toBe(0);
    fake.userEdit(SHEET, TOP + 2, LEFT + 3, 5);
    await Promise.resolve();
    await Promise.resolve();
    expect(calls).toHaveLength(1);
    stop();
  });
});

describe('the adapter records (flag record, written sheets) and the document settings', () => {
  it('flags after previewSheets in 1 sync and no saveAsync; the record is in the workbook settings', async () => {
    const { fake, wb } = setup(3);
    await wb.previewSheets(60);
    fake.resetCounters();
    const flags = flagsFor(100); // items 1, 11, …, 91: 10 cells
    await wb.applyFlags(SHEET, flags);
    expect(trips(fake)).toEqual(['sync']);
    const record = JSON.parse(JSON.parse(fake.workbookSettings.get(FLAG_MEMORY_KEY)!) as string);
    expect(record[SHEET].cells).toHaveLength(10);
    expect(fake.document.saved.size).toBe(0); // nothing went through saveAsync
  });

  it('clears in 1 sync with the record, which is then gone from the workbook', async () => {
    const { fake, wb } = setup(1);
    await wb.readGrid(SHEET);
    await wb.applyFlags(SHEET, flagsFor(100));
    await wb.readGrid(SHEET);
    fake.resetCounters();
    expect(await wb.clearFlags(SHEET)).toBe(10);
    expect(trips(fake)).toEqual(['sync']);
    expect(fake.workbookSettings.has(FLAG_MEMORY_KEY)).toBe(false);
  });

  it('a new session reads the record from the workbook in its first batch', async () => {
    const { fake, wb } = setup(1);
    await wb.readGrid(SHEET);
    await wb.applyFlags(SHEET, flagsFor(100));
    const next = new ExcelWorkbook({ run: fake.run, supports: fake.supports, settings: fake.settings });
    await next.previewSheets(60);
    fake.resetCounters();
    // The record names the 10 cells: clearing needs no note scan, 1 sync.
    expect(await next.clearFlags(SHEET)).toBe(10);
    expect(trips(fake)).toEqual(['sync']);
  });

  it('keeps the set the user saves with the workbook through one saveAsync, counted as a round trip', async () => {
    const { fake, wb } = setup(1);
    await wb.setSetting('par-check.criteriaSet', '{"id":"x"}');
    expect(trips(fake)).toEqual(['saveAsync']);
    expect(fake.document.saved.get('par-check.criteriaSet')).toBe('{"id":"x"}');
    expect(await wb.getSetting('par-check.criteriaSet')).toBe('{"id":"x"}');
  });

  it('says so when the host refuses to save the settings', async () => {
    const { fake, wb } = setup(1);
    fake.document.failNextSave = true;
    await expect(wb.setSetting('k', 'v')).rejects.toThrow('fake: saveAsync refused');
    expect(fake.document.saved.size).toBe(0);
  });

  it('still knows a summary sheet an older version listed in the document settings, and writes it in 2 syncs', async () => {
    const { fake, wb } = setup(1);
    fake.addSheet('Tổng hợp', [['cũ']]);
    fake.settings.set(WRITTEN_SHEETS_KEY, JSON.stringify(['Tổng hợp']));
    fake.resetCounters();
    await wb.writeSheet({ name: 'Tổng hợp', cells: [{ row: 0, col: 0, value: text('mới') }] }, { replace: true });
    expect(trips(fake)).toEqual(['sync', 'sync']);
    expect(fake.sheets.filter((s) => s.name.startsWith('Tổng hợp')).map((s) => s.name)).toEqual(['Tổng hợp']);
    expect(fake.sheet('Tổng hợp').cells.get('0,0')?.value).toBe('mới');
    expect(JSON.parse(JSON.parse(fake.workbookSettings.get(WRITTEN_SHEETS_KEY)!) as string)).toEqual(['Tổng hợp']);
  });
});
