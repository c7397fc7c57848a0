/**
 * Watching a sheet for the user's edits (worksheet.onChanged), deaf to the add-in's own writes. Three guards, because Excel versions differ in what they offer:
 *  - while the adapter writes, context.runtime.enableEvents is off (ExcelApi 1.8) and a counter
 *    says "writing" (events already in flight are dropped);
 *  - events marked triggerSource "ThisLocalAddin" (ExcelApi 1.14) are dropped;
 *  - events arriving within `graceMs` after a write ended are dropped (older Excel delivers
 *    them after the sync has returned).
 * Each user edit reaches the handler right away: the ONE debounce lives in the pane's check loop
 * (src/taskpane/state/live-recheck.ts), which also keeps a re-check from being lost or doubled.
 * (A second debounce here used to add 800 ms before the pane's own wait even started.) The
 * re-read it triggers retries while the user is typing in a cell (see excel-run.ts).
 */
import type { ExcelRunner } from './excel-run';

export interface Clock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
};

export interface ChangeWatchOptions {
  graceMs?: number;
  clock?: Clock;
}

interface ChangedArgs {
  triggerSource?: string;
}

export class ChangeWatcher {
  private writing = 0;
  private lastWriteEnd = Number.NEGATIVE_INFINITY;
  private readonly graceMs: number;
  private readonly clock: Clock;

  constructor(
    private readonly run: ExcelRunner,
    options: ChangeWatchOptions = {},
  ) {
    this.graceMs = options.graceMs ?? 400;
    this.clock = options.clock ?? systemClock;
  }

  /** Runs one of the adapter's own writes with the watchers deaf to it. */
  async suppress<T>(write: () => Promise<T>): Promise<T> {
    this.writing++;
    try {
      return await write();
    } finally {
      this.writing--;
      this.lastWriteEnd = this.clock.now();
    }
  }

  /** True when an event is the echo of the add-in's own write. */
  isOwnEcho(args: ChangedArgs): boolean {
    if (args.triggerSource === 'ThisLocalAddin') return true;
    if (this.writing > 0) return true;
    return this.clock.now() - this.lastWriteEnd < this.graceMs;
  }

  async watch(sheetName: string, handler: () => void): Promise<() => Promise<void>> {
    let active = true;
    const onChanged = async (args: ChangedArgs) => {
      if (!active || this.isOwnEcho(args)) return;
      try {
        handler();
      } catch {
        /* the pane's handler reports its own errors; a throw must not kill the watcher */
      }
    };
    const registration = await this.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(sheetName);
      const reg = sheet.onChanged.add(onChanged);
      await context.sync();
      return reg;
    });
    return async () => {
      active = false;
      // Handlers belong to the context that added them: remove through that same context.
      await this.run(async (context) => {
        registration.remove();
        await context.sync();
      }, registration.context);
    };
  }
}
