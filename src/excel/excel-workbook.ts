/**
 * The Office.js adapter: WorkbookPort (src/workbook/port.ts) on the open Excel workbook.
 *
 * Round-trip budget (each context.sync crosses to Excel, which is slow in Excel on the web; a
 * settings.saveAsync costs as much, so the adapter's own records ride in its batches instead:
 * workbook-records.ts):
 *   readGrid   1 sync: used range values + formulas (+ links, hidden rows, merges where supported),
 *              and for a full read also what applyFlags needs (protection, our rules, our notes)
 *              and a change handler on the sheet (so watching it later costs nothing);
 *   readGridAndSheets  the same 1 sync with the sheet list in it (a re-check after an edit);
 *   previewSheets  2 syncs whatever the number of sheets: the list, then every visible sheet in
 *              one batch, each whole up to a shared row budget (the pane's check: see the method);
 *   applyFlags 1 sync after a full read of that sheet: remove our old marks, add the new ones,
 *              and the record of them.
 *   So the pane's check costs 2 syncs for 1 sheet or 20, and Flag 1 more. Extra syncs happen only in rare cases:
 *   user notes somewhere on the sheet (+1: which flagged cells hold one, so they are kept),
 *   applyFlags without a fresh readGrid (+1, and that read also does the note probe), and a
 *   stale snapshot (the sheet changed between read and write: read again and redo, +2).
 * No sync ever runs inside a loop.
 */
import type { Grid } from '../engine/grid';
import type { SheetSpec } from '../engine/sheet-spec';
import type { Flag } from '../engine/flags/format';
import type { SheetInfo, SheetPreview, WorkbookPort, WriteOptions } from '../workbook/port';
import { ChangeWatcher, type ChangeWatchOptions } from './change-watch';
import {
  ExcelAdapterError, isItemNotFoundError, isPayloadTooLargeError, isProtectionError, protectedSheetError, sheetMissingError,
  workbookProtectedError,
} from './excel-errors';
import { officeRunner, runWithRetry, type ExcelBatch, type ExcelRunner, type RetryOptions } from './excel-run';
import { recallFlags, rememberFlags } from './flag-memory';
import { queueFlagSnapshot, queueNoteScan, queueUserNoteProbe, type FlagSnapshot, type MarkedNote } from './flag-snapshot';
import { queueAddFlags, queueRemoveFlags } from './flag-writer';
import { currentSupports, type ExcelSupports } from './office-env';
import { queueGridRead, readLoadedGrid } from './read-grid';
import { officeSettings, type SettingsStore } from './settings';
import { sameSheetName, uniqueSheetName } from '../engine/text/sheet-names';
import { queueWriteSheet, rememberWrittenSheet, writtenSheets } from './sheet-writer';
import { WorkbookRecords } from './workbook-records';

/** Notes around the flags: the user's text on cells about to be flagged, and marked notes the record does not know. */
interface NoteState {
  userNotes: ReadonlyMap<string, string>;
  marked: MarkedNote[];
}

/** How long the flag state read with a grid is trusted for the following applyFlags/clearFlags. */
const SNAPSHOT_FRESH_MS = 30_000;

/**
 * previewSheets reads every visible sheet in one batch, each up to an equal share of this many
 * rows (at most WHOLE_ROWS, at least what the caller needs to recognise a scoresheet) and its
 * first PREVIEW_COLUMNS columns: a scoresheet of a few hundred rows (400 each with 20 sheets)
 * then comes whole in the same round trip, while a workbook of big data sheets stays away from
 * Excel's payload limit (about 5 MB on the web; should it be reached anyway, the batch is asked
 * again with only the top rows). A sheet longer or wider than its share is read again in full
 * if the check picks it (+1 round trip).
 */
export const PREVIEW_ROW_BUDGET = 8_000;
export const WHOLE_ROWS = 2_000;
export const PREVIEW_COLUMNS = 64;

export interface ExcelWorkbookOptions {
  run?: ExcelRunner;
  supports?: ExcelSupports;
  settings?: SettingsStore;
  watch?: ChangeWatchOptions;
  retry?: RetryOptions;
}

export class ExcelWorkbook implements WorkbookPort {
  private readonly run: ExcelRunner;
  private readonly supports: ExcelSupports;
  private readonly settings: SettingsStore;
  private readonly records: WorkbookRecords;
  private readonly watcher: ChangeWatcher;
  private readonly retry: RetryOptions;
  /** Flag state read along with the last full readGrid of each sheet; used once, while fresh. */
  private readonly snapshots = new Map<string, { snapshot: FlagSnapshot; at: number }>();

  constructor(options: ExcelWorkbookOptions = {}) {
    this.run = options.run ?? officeRunner;
    this.supports = options.supports ?? currentSupports();
    this.settings = options.settings ?? officeSettings();
    this.records = new WorkbookRecords(this.settings);
    this.retry = options.retry ?? {};
    // Watch (un)registration also waits out the user typing in a cell.
    const retrying: ExcelRunner = (batch, reuse) => (reuse ? this.run(batch, reuse) : this.exec(batch));
    this.watcher = new ChangeWatcher(retrying, options.watch);
  }

  private exec<T>(batch: ExcelBatch<T>): Promise<T> {
    return runWithRetry(this.run, batch, this.retry);
  }

  /**
   * Runs one write batch: `queue` queues the writes (no sync) and returns a reader for after the
   * sync. Events are off while Excel executes it and the watchers are deaf to it; Excel's
   * refusals become clear bilingual errors.
   */
  private write<T>(sheetName: string, queue: (context: Excel.RequestContext) => () => T, onRefused = protectedSheetError): Promise<T> {
    return this.watcher.suppress(async () => {
      try {
        return await this.exec(async (context) => {
          if (this.supports.enableEvents) context.runtime.enableEvents = false;
          const read = queue(context);
          if (this.supports.enableEvents) context.runtime.enableEvents = true;
          await context.sync();
          return read();
        });
      } catch (e) {
        // A failed batch stops half-way: make sure events are not left off.
        if (this.supports.enableEvents) await this.restoreEvents();
        if (e instanceof ExcelAdapterError) throw e;
        if (isProtectionError(e)) throw onRefused(sheetName, e);
        throw e;
      }
    });
  }

  // requires ExcelApi 1.8: guarded by supports.enableEvents
  private async restoreEvents(): Promise<void> {
    try {
      await this.run(async (context) => {
        context.runtime.enableEvents = true;
        await context.sync();
      });
    } catch {
      /* nothing more to do: Excel re-enables events when the pane reloads */
    }
  }

  async listSheets(): Promise<SheetInfo[]> {
    return this.exec(async (context) => {
      const read = this.queueSheetList(context);
      const loadRecords = this.records.queueLoad(context);
      await context.sync();
      loadRecords();
      return read();
    });
  }

  /** Queues the load of the sheet list (no sync); call the result after the sync. */
  private queueSheetList(context: Excel.RequestContext): () => SheetInfo[] {
    const sheets = context.workbook.worksheets;
    sheets.load('items/id,items/name,items/visibility,items/protection/protected');
    return () => {
      this.watcher.learnIds(sheets.items.map((s) => ({ name: s.name, id: s.id })));
      return sheets.items.map((s) => ({ name: s.name, visible: s.visibility === 'Visible', protected: s.protection.protected }));
    };
  }

  /**
   * The sheet list, then every visible sheet in ONE batch (2 syncs for 1 sheet or 20), each read
   * whole when it fits its share of PREVIEW_ROW_BUDGET and PREVIEW_COLUMNS, else its top rows
   * (never fewer than `minRows`). The flag state and a change handler of each come in the same batch, so Flag and
   * watching the sheet the check picks cost nothing more to prepare.
   */
  async previewSheets(minRows: number): Promise<{ sheets: SheetInfo[]; previews: SheetPreview[] }> {
    const sheets = await this.listSheets();
    const names = sheets.filter((s) => s.visible).map((s) => s.name);
    if (names.length === 0) return { sheets, previews: [] };
    const rows = Math.max(minRows, Math.min(WHOLE_ROWS, Math.floor(PREVIEW_ROW_BUDGET / names.length)));
    try {
      return { sheets, previews: await this.readSheets(names, rows) };
    } catch (e) {
      if (!isPayloadTooLargeError(e) || rows <= minRows) throw e;
      return { sheets, previews: await this.readSheets(names, minRows) };
    }
  }

  private async readSheets(names: string[], maxRows: number): Promise<SheetPreview[]> {
    const recordKnown = this.records.loaded;
    const read = await this.exec(async (context) => {
      const loadRecords = this.records.queueLoad(context);
      const queued = names.map((name) => {
        const sheet = context.workbook.worksheets.getItem(name);
        return {
          name,
          pending: queueGridRead(sheet, name, this.supports, maxRows, PREVIEW_COLUMNS),
          snapshot: queueFlagSnapshot(sheet, name, recallFlags(this.records, name), this.supports),
          registered: this.watcher.queueRegistration(sheet, name),
        };
      });
      try {
        await context.sync();
      } catch (e) {
        // A sheet renamed or deleted since the list: say which one is gone if we can tell.
        if (isItemNotFoundError(e)) throw sheetMissingError(names.length === 1 ? names[0] : names.join('", "'), e);
        throw e;
      }
      loadRecords();
      return queued.map((q) => {
        q.registered();
        return { name: q.name, grid: readLoadedGrid(q.pending), snapshot: q.snapshot() };
      });
    });
    const at = Date.now();
    return read.map(({ name, grid, snapshot }) => {
      this.keepSnapshot(name, snapshot, recordKnown, at);
      return { grid, whole: grid.rowCount <= maxRows && grid.colCount <= PREVIEW_COLUMNS };
    });
  }

  /**
   * Keeps the flag state read with a sheet for the applyFlags/clearFlags that follows. Not when
   * the record of our notes was read only in that same batch and names notes on this sheet:
   * the state was queued without them (applyFlags then reads it afresh).
   */
  private keepSnapshot(sheetName: string, snapshot: FlagSnapshot, recordKnown: boolean, at = Date.now()): void {
    if (!recordKnown && recallFlags(this.records, sheetName).notes.length > 0) {
      this.snapshots.delete(sheetName);
      return;
    }
    this.snapshots.set(sheetName, { snapshot, at });
  }

  async readGrid(sheetName: string, options: { maxRows?: number } = {}): Promise<Grid> {
    return (await this.readSheet(sheetName, options.maxRows, false)).grid;
  }

  /**
   * The sheet list rides in the grid's round trip: a re-check after an edit costs 1 sync. A sheet
   * renamed or deleted meanwhile fails that batch; the list is then read on its own (+1 sync).
   */
  async readGridAndSheets(sheetName: string): Promise<{ sheets: SheetInfo[]; grid: Grid | null }> {
    try {
      const { grid, sheets } = await this.readSheet(sheetName, undefined, true);
      return { grid, sheets: sheets ?? [] };
    } catch (e) {
      if (e instanceof ExcelAdapterError && e.kind === 'sheetMissing') return { grid: null, sheets: await this.listSheets() };
      throw e;
    }
  }

  private async readSheet(sheetName: string, maxRows: number | undefined, withList: boolean): Promise<{ grid: Grid; sheets: SheetInfo[] | null }> {
    const full = maxRows === undefined;
    const recordKnown = this.records.loaded;
    try {
      const { grid, snapshot, sheets } = await this.exec(async (context) => {
        const loadRecords = this.records.queueLoad(context);
        const sheet = context.workbook.worksheets.getItem(sheetName);
        const pending = queueGridRead(sheet, sheetName, this.supports, maxRows);
        const readSnapshot = full ? queueFlagSnapshot(sheet, sheetName, recallFlags(this.records, sheetName), this.supports) : null;
        const registered = full ? this.watcher.queueRegistration(sheet, sheetName) : null;
        const readList = withList ? this.queueSheetList(context) : null;
        await context.sync();
        loadRecords();
        const list = readList ? readList() : null;
        registered?.();
        return { grid: readLoadedGrid(pending), snapshot: readSnapshot ? readSnapshot() : null, sheets: list };
      });
      if (snapshot) this.keepSnapshot(sheetName, snapshot, recordKnown);
      return { grid, sheets };
    } catch (e) {
      if (isItemNotFoundError(e)) throw sheetMissingError(sheetName, e);
      throw e;
    }
  }

  /**
   * Reads the flag state now (1 sync). Given the cells about to be flagged, it also asks, in the
   * same round trip, which of them hold a user's note, and looks for marks of ours the record
   * does not know (+1 sync only when there are some: see withNoteScan).
   */
  private async freshSnapshot(sheetName: string, cells?: string[]): Promise<NoteState & { snapshot: FlagSnapshot }> {
    const probeCells = cells?.length ? cells : null;
    try {
      return await this.exec(async (context) => {
        // Before the first read of the session the record is unknown: the note scan below still
        // finds our marked notes (by their block), the record only spares it a round trip.
        const loadRecords = this.records.queueLoad(context);
        const record = recallFlags(this.records, sheetName);
        const sheet = context.workbook.worksheets.getItem(sheetName);
        const read = queueFlagSnapshot(sheet, sheetName, record, this.supports);
        const probe = this.supports.notes && probeCells ? queueUserNoteProbe(sheet, probeCells) : null;
        const scan = this.supports.notes ? queueNoteScan(sheet) : null;
        await context.sync();
        loadRecords();
        if (scan?.locate()) await context.sync();
        return { snapshot: read(), userNotes: probe ? probe() : new Map(), marked: scan ? scan.result() : [] };
      });
    } catch (e) {
      if (isItemNotFoundError(e)) throw sheetMissingError(sheetName, e);
      throw e;
    }
  }

  /**
   * The user's notes on `cells` and every note holding a block of ours, for a snapshot taken
   * without them (readGrid's). Costs nothing when the sheet has no notes but the recorded ones of
   * ours; else 1 sync, +1 when some note holds a block the record does not know (marks put on by
   * the file adapter, `par-check --annotate`, or an earlier version).
   */
  private async noteState(sheetName: string, snapshot: FlagSnapshot, cells: string[]): Promise<NoteState> {
    if (!this.supports.notes || snapshot.userNoteCount === 0) return { userNotes: new Map(), marked: [] };
    return this.exec(async (context) => {
      const sheet = context.workbook.worksheets.getItem(sheetName);
      const probe = cells.length ? queueUserNoteProbe(sheet, cells) : null;
      const scan = queueNoteScan(sheet);
      await context.sync();
      if (scan.locate()) await context.sync();
      return { userNotes: probe ? probe() : new Map(), marked: scan.result() };
    });
  }

  /** The snapshot from the last full readGrid of the sheet, used once; otherwise a fresh read. */
  private async takeSnapshot(sheetName: string, cells: string[] = []): Promise<NoteState & { snapshot: FlagSnapshot; cached: boolean }> {
    const cached = this.snapshots.get(sheetName);
    this.snapshots.delete(sheetName);
    // A check writes right after it reads; an older snapshot may no longer match the sheet.
    if (cached && Date.now() - cached.at < SNAPSHOT_FRESH_MS) {
      return { snapshot: cached.snapshot, ...(await this.noteState(sheetName, cached.snapshot, cells)), cached: true };
    }
    return { ...(await this.freshSnapshot(sheetName, cells)), cached: false };
  }

  async applyFlags(sheetName: string, flags: Flag[]): Promise<void> {
    const cells = [...new Set(flags.map((f) => f.cell.toUpperCase()))];
    const first = await this.takeSnapshot(sheetName, cells);
    try {
      await this.writeFlags(sheetName, flags, first);
    } catch (e) {
      if (!first.cached || e instanceof ExcelAdapterError) throw e;
      // The sheet changed since readGrid (a rule or note removed, a note added): read again, redo.
      await this.writeFlags(sheetName, flags, await this.freshSnapshot(sheetName, cells));
    }
  }

  private async writeFlags(sheetName: string, flags: Flag[], state: NoteState & { snapshot: FlagSnapshot }): Promise<void> {
    const { snapshot } = state;
    if (snapshot.protected) throw protectedSheetError(sheetName);
    // What stays of each marked note once our block is out is the user's note the new block goes
    // after; the probe, when there was one, is the fresher word.
    const userNotes = new Map<string, string>();
    for (const { cell, rest } of [...snapshot.ourNotes, ...state.marked]) if (rest) userNotes.set(cell, rest);
    for (const [cell, text] of state.userNotes) userNotes.set(cell, text);
    await this.write(sheetName, (context) => {
      const sheet = context.workbook.worksheets.getItem(sheetName);
      queueRemoveFlags(sheet, snapshot, state.marked, this.supports);
      const added = queueAddFlags(sheet, flags, userNotes, this.supports);
      // The record of the new marks rides in the same batch (no saveAsync round trip after it).
      const records = this.records.stage();
      rememberFlags(records, sheetName, added);
      return records.queue(context);
    });
  }

  async clearFlags(sheetName: string): Promise<number> {
    const { snapshot, marked } = await this.takeSnapshot(sheetName);
    const record = recallFlags(this.records, sheetName);
    const noteCells = new Set([...snapshot.ourNotes, ...marked].map((n) => n.cell));
    const found = snapshot.ruleIds.length + noteCells.size;
    const forget = record.cells.length > 0 || record.notes.length > 0;
    if (found > 0 && snapshot.protected) throw protectedSheetError(sheetName);
    if (found > 0 || forget) {
      // Marks and their record go in one batch: 1 round trip.
      await this.write(sheetName, (context) => {
        if (found > 0) queueRemoveFlags(context.workbook.worksheets.getItem(sheetName), snapshot, marked, this.supports);
        const records = this.records.stage();
        if (forget) rememberFlags(records, sheetName, { cells: [], notes: [] });
        return records.queue(context);
      });
    }
    if (found === 0) return 0;
    // The record knows the flagged cells. Without it (settings lost, or marks put on by the file
    // adapter) the cells whose notes were cleared stand for them: every flagged cell gets a note,
    // and a rule's cells would cost a round trip more (at least one per rule is counted).
    return Math.max(record.cells.length, noteCells.size, snapshot.ruleIds.length);
  }

  /**
   * Writes a sheet (2 syncs: the sheet names, then everything with the record of it). `replace` only ever replaces a
   * sheet this add-in wrote before (remembered in the settings); a user's sheet that happens to
   * have the same name is left alone and the new sheet gets a free name ("Tổng hợp (2)").
   */
  async writeSheet(spec: SheetSpec, options: WriteOptions = {}): Promise<void> {
    const existing = await this.exec(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name');
      const loadRecords = this.records.queueLoad(context);
      await context.sync();
      loadRecords();
      return sheets.items.map((s) => s.name);
    });
    const ours = writtenSheets(this.records);
    const clash = existing.find((n) => sameSheetName(n, spec.name));
    const replace = (options.replace ?? true) && clash !== undefined && ours.some((n) => sameSheetName(n, spec.name));
    const name = clash === undefined || replace ? spec.name : uniqueSheetName(spec.name, existing);
    await this.write(
      name,
      (context) => {
        queueWriteSheet(context, { ...spec, name }, { replace: replace ? clash : undefined, activate: options.activate ?? false }, this.supports);
        const records = this.records.stage();
        rememberWrittenSheet(records, name);
        return records.queue(context);
      },
      workbookProtectedError,
    );
  }

  async selectCell(sheetName: string, address: string): Promise<void> {
    await this.exec(async (context) => {
      const sheet = context.workbook.worksheets.getItem(sheetName);
      sheet.activate();
      sheet.getRange(address).select();
      await context.sync();
    });
  }

  async onChange(sheetName: string, handler: () => void): Promise<() => void> {
    const stop = await this.watcher.watch(sheetName, handler);
    return () => void stop().catch(() => undefined);
  }

  async openNewWorkbook(bytes: Uint8Array): Promise<boolean> {
    // ExcelApi 1.7 hosts (the manifest's floor) have no createWorkbook: the pane then downloads the file.
    if (!this.supports.createWorkbook) return false;
    await Excel.createWorkbook(base64Of(bytes));
    return true;
  }

  async getSetting(key: string): Promise<string | null> {
    return this.settings.get(key);
  }

  /** What the user keeps with the workbook on purpose (the criteria set): 1 saveAsync per change. */
  async setSetting(key: string, value: string): Promise<void> {
    this.settings.set(key, value);
    await this.settings.save();
  }
}

/** Base64 of the bytes, in chunks (String.fromCharCode with a whole workbook would overflow the stack). */
export function base64Of(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
