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
 * The handler on a sheet is put on inside the read batch that reads it (queueRegistration): the
 * pane watches the sheet its check picked without a round trip of its own.
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

type Listener = (args: ChangedArgs) => void;

/** One onChanged handler on a sheet, shared by every watcher of that sheet. */
interface Registration {
  handler: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs>;
  listeners: Set<Listener>;
}

export class ChangeWatcher {
  private writing = 0;
  private lastWriteEnd = Number.NEGATIVE_INFINITY;
  private readonly graceMs: number;
  private readonly clock: Clock;
  /** Handlers on sheets, by worksheet id (a sheet deleted and made again under its name is another sheet). */
  private readonly registrations = new Map<string, Registration>();
  /** Sheet name → worksheet id, as last read. */
  private readonly ids = new Map<string, string>();

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

  /** Sheet names and ids from a sheet list the adapter read anyway. */
  learnIds(sheets: readonly { name: string; id: string }[]): void {
    this.ids.clear();
    for (const s of sheets) this.ids.set(s.name, s.id);
  }

  private handlerFor(listeners: Set<Listener>) {
    return async (args: ChangedArgs) => {
      if (this.isOwnEcho(args)) return;
      for (const listener of [...listeners]) listener(args);
    };
  }

  /**
   * Queues a handler on a sheet the adapter is reading anyway, in that read's batch (no sync of
   * its own), so that watching the sheet the check picks costs no round trip. Call the result
   * after the sync. A sheet that already has one gets nothing.
   */
  queueRegistration(sheet: Excel.Worksheet, sheetName: string): () => void {
    const known = this.ids.get(sheetName);
    if (known !== undefined && this.registrations.has(known)) return () => undefined;
    sheet.load('id');
    const listeners = new Set<Listener>();
    const handler = sheet.onChanged.add(this.handlerFor(listeners));
    return () => {
      this.ids.set(sheetName, sheet.id);
      // Two reads of one sheet in flight at once: the first registration wins, the other stays idle.
      if (!this.registrations.has(sheet.id)) this.registrations.set(sheet.id, { handler, listeners });
    };
  }

  /**
   * Calls `handler` for each user edit of the sheet. Free when a read already put a handler on
   * the sheet; else 1 round trip. The returned function stops it (and, for the last watcher of
   * the sheet, takes the handler off: 1 round trip).
   */
  async watch(sheetName: string, handler: () => void): Promise<() => Promise<void>> {
    const listener: Listener = () => {
      try {
        handler();
      } catch {
        /* the pane's handler reports its own errors; a throw must not kill the watcher */
      }
    };
    const id = this.ids.get(sheetName);
    let registration = id === undefined ? undefined : this.registrations.get(id);
    let key = id;
    if (!registration) {
      const listeners = new Set<Listener>();
      const made = await this.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem(sheetName);
        sheet.load('id');
        const reg = sheet.onChanged.add(this.handlerFor(listeners));
        await context.sync();
        return { reg, id: sheet.id };
      });
      key = made.id;
      this.ids.set(sheetName, made.id);
      registration = this.registrations.get(made.id) ?? { handler: made.reg, listeners };
      this.registrations.set(made.id, registration);
    }
    const own = registration;
    own.listeners.add(listener);
    return async () => {
      own.listeners.delete(listener);
      if (own.listeners.size > 0 || key === undefined || this.registrations.get(key) !== own) return;
      this.registrations.delete(key);
      // Handlers belong to the context that added them: remove through that same context.
      await this.run(async (context) => {
        own.handler.remove();
        await context.sync();
      }, own.handler.context);
    };
  }
}
