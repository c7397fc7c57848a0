import { ChangeWatcher, type Clock } from '../../src/excel/change-watch';
import { ExcelWorkbook } from '../../src/excel/excel-workbook';
import { ALL_SUPPORTED, FakeExcel, ONLY_17 } from './fake-excel';
import { flagsFor, LEFT, scoresheetValues, SHEET, TOP } from './generated-sheet';

/** A clock the test moves by hand. */
class ManualClock implements Clock {
  t = 1_000_000;
  private timers: { at: number; fn: () => void; id: number }[] = [];
  private ids = 0;
  now = () => this.t;
  setTimeout = (fn: () => void, ms: number) => {
    const id = ++this.ids;
    this.timers.push({ at: this.t + ms, fn, id });
    return id;
  };
  clearTimeout = (h: unknown) => {
    this.timers = this.timers.filter((x) => x.id !== h);
  };
  advance(ms: number) {
    this.t += ms;
    const due = this.timers.filter((x) => x.at <= this.t);
    this.timers = this.timers.filter((x) => x.at > this.t);
    due.forEach((x) => x.fn());
  }
}

const flush = () => new Promise<void>((r) => setImmediate(r));

function setup(supports = ALL_SUPPORTED, ownTriggerSource: string | undefined = 'ThisLocalAddin') {
  const fake = new FakeExcel();
  fake.supports = { ...supports };
  fake.ownTriggerSource = ownTriggerSource;
  fake.addSheet(SHEET, scoresheetValues(30), TOP, LEFT);
  const clock = new ManualClock();
  const wb = new ExcelWorkbook({ run: fake.run, supports: fake.supports, settings: fake.settings, watch: { clock, graceMs: 400 } });
  return { fake, wb, clock };
}

describe('ExcelWorkbook.onChange', () => {
  it("calls the handler at once for each user edit (the one debounce is the pane's: live-recheck.ts)", async () => {
    const { fake, wb } = setup();
    const handler = jest.fn();
    await wb.onChange(SHEET, handler);
    fake.userEdit(SHEET, 5, 4, 2);
    await flush();
    expect(handler).toHaveBeenCalledTimes(1);
    fake.userEdit(SHEET, 6, 4, 3);
    await flush();
    expect(handler).toHaveBeenCalledTimes(2);
  });

  it.each([
    ['Excel with enableEvents (1.8) and triggerSource (1.14)', ALL_SUPPORTED, 'ThisLocalAddin'],
    ['ExcelApi 1.7 only: events arrive, unmarked', ONLY_17, undefined],
  ])('ignores the add-in own writes — %s', async (_name, supports, trigger) => {
    const { fake, wb, clock } = setup(supports, trigger);
    const handler = jest.fn();
    await wb.onChange(SHEET, handler);
    await wb.readGrid(SHEET);
    await wb.applyFlags(SHEET, flagsFor(30, 3));
    await wb.writeSheet({ name: SHEET, cells: [{ row: 0, col: 0, value: { text: 'x' } }] }, { replace: false });
    await wb.clearFlags(SHEET);
    await flush();
    clock.advance(5000);
    expect(handler).not.toHaveBeenCalled();
    // …but the user's next edit still counts.
    fake.userEdit(SHEET, 5, 4, 2);
    await flush();
    clock.advance(900);
    expect(handler).toHaveBeenCalledTimes(1);
  });

  it('the events of its own writes really were raised on old Excel (so the guard is what stops them)', async () => {
    const { fake, wb } = setup(ONLY_17, undefined);
    await wb.onChange(SHEET, () => undefined);
    await wb.applyFlags(SHEET, flagsFor(30, 3));
    await flush();
    expect(fake.delivered.length).toBeGreaterThan(0);
  });

  it('stops after unsubscribe and removes its handler from the sheet', async () => {
    const { fake, wb, clock } = setup();
    const handler = jest.fn();
    const stop = await wb.onChange(SHEET, handler);
    expect(fake.sheet(SHEET).handlers).toHaveLength(1);
    stop();
    await flush();
    expect(fake.sheet(SHEET).handlers).toHaveLength(0);
    fake.userEdit(SHEET, 5, 4, 2);
    await flush();
    clock.advance(2000);
    expect(handler).not.toHaveBeenCalled();
  });
});

describe('ChangeWatcher.isOwnEcho', () => {
  it('drops events marked as this add-in, during a write and just after it', async () => {
    const clock = new ManualClock();
    const w = new ChangeWatcher(new FakeExcel().run, { clock, graceMs: 400 });
    expect(w.isOwnEcho({ triggerSource: 'ThisLocalAddin' })).toBe(true);
    expect(w.isOwnEcho({ triggerSource: 'Unknown' })).toBe(false);
    let during = false;
    await w.suppress(async () => {
      during = w.isOwnEcho({});
    });
    expect(during).toBe(true);
    expect(w.isOwnEcho({})).toBe(true);
    clock.advance(401);
    expect(w.isOwnEcho({})).toBe(false);
  });
});
