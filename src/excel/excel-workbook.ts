/**
 * The Office.js adapter: WorkbookPort (src/workbook/port.ts) on the open Excel workbook.
 *
 * Round-trip budget (each context.sync crosses to Excel, which is slow in Excel on the web):
 *   readGrid   1 sync: used range values + formulas (+ links, hidden rows, merges where supported),
 *              and for a full read also what applyFlags needs (protection, our rules, our notes);
 *   readGridAndSheets  the same 1 sync with the sheet list in it (a re-check after an edit);
 *   applyFlags 1 sync after a full readGrid of that sheet: remove our old marks, add the new ones.
 *   So a full check costs 2 syncs for 300 rows or 3,000. Extra syncs happen only in rare cases:
 *   user notes somewhere on the sheet (+1: which flagged cells hold one, so they are kept),
 *   applyFlags without a fresh readGrid (+1, and that read also does the note probe), and a
 *   stale snapshot (the sheet changed between read and write: read again and redo, +2).
 * No sync ever runs inside a loop.
 */
import type { Grid } from '../engine/grid';
import type { SheetSpec } from '../engine/sheet-spec';
import type { Flag } from '../engine/flags/format';
import type { SheetInfo, WorkbookPort, WriteOptions } from '../workbook/port';
import { ChangeWatcher, type ChangeWatchOptions } from './change-watch';
import {
  ExcelAdapterError, isItemNotFoundError, isProtectionError, protectedSheetError, sheetMissingError, workbookProtectedError,
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

/** Notes around the flags: the user's text on cells about to be flagged, and marked notes the record does not know. */
interface NoteState {
  userNotes: ReadonlyMap<string, string>;
  marked: MarkedNote[];
}

/** How long the flag state read with a grid is trusted for the following applyFlags/clearFlags. */
const SNAPSHOT_FRESH_MS = 30_000;

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
  private readonly watcher: ChangeWatcher;
  private readonly retry: RetryOptions;
  /** Flag state read along with the last full readGrid of each sheet; used once, while fresh. */
  private readonly snapshots = new Map<string, { snapshot: FlagSnapshot; at: number }>();

  constructor(options: ExcelWorkbookOptions = {}) {
    this.run = options.run ?? officeRunner;
    this.supports = options.supports ?? currentSupports();
    this.settings = options.settings ?? officeSettings();
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
      const read = queueSheetList(context);
      await context.sync();
      return read();
    });
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
    const record = recallFlags(this.settings, sheetName);
    try {
      const { grid, snapshot, sheets } = await this.exec(async (context) => {
        const sheet = context.workbook.worksheets.getItem(sheetName);
        const pending = queueGridRead(sheet, sheetName, this.supports, maxRows);
        const readSnapshot = full ? queueFlagSnapshot(sheet, sheetName, record, this.supports) : null;
        const readList = withList ? queueSheetList(context) : null;
        await context.sync();
        return { grid: readLoadedGrid(pending), snapshot: readSnapshot ? readSnapshot() : null, sheets: readList ? readList() : null };
      });
      if (snapshot) this.snapshots.set(sheetName, { snapshot, at: Date.now() });
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
    const record = recallFlags(this.settings, sheetName);
    const probeCells = cells?.length ? cells : null;
    try {
      return await this.exec(async (context) => {
        const sheet = context.workbook.worksheets.getItem(sheetName);
        const read = queueFlagSnapshot(sheet, sheetName, record, this.supports);
        const probe = this.supports.notes && probeCells ? queueUserNoteProbe(sheet, probeCells) : null;
        const scan = this.supports.notes ? queueNoteScan(sheet) : null;
        await context.sync();
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
    const record = await this.write(sheetName, (context) => {
      const sheet = context.workbook.worksheets.getItem(sheetName);
      queueRemoveFlags(sheet, snapshot, state.marked, this.supports);
      const added = queueAddFlags(sheet, flags, userNotes, this.supports);
      return () => added;
    });
    rememberFlags(this.settings, sheetName, record);
    await this.settings.save();
  }

  async clearFlags(sheetName: string): Promise<number> {
    const { snapshot, marked } = await this.takeSnapshot(sheetName);
    const record = recallFlags(this.settings, sheetName);
    const noteCells = new Set([...snapshot.ourNotes, ...marked].map((n) => n.cell));
    const found = snapshot.ruleIds.length + noteCells.size;
    if (found > 0) {
      if (snapshot.protected) throw protectedSheetError(sheetName);
      await this.write(sheetName, (context) => {
        queueRemoveFlags(context.workbook.worksheets.getItem(sheetName), snapshot, marked, this.supports);
        return () => undefined;
      });
    }
    if (record.cells.length || record.notes.length) {
      rememberFlags(this.settings, sheetName, { cells: [], notes: [] });
      await this.settings.save();
    }
    if (found === 0) return 0;
    // The record knows the flagged cells. Without it (settings lost, or marks put on by the file
    // adapter) the cells whose notes were cleared stand for them: every flagged cell gets a note,
    // and a rule's cells would cost a round trip more (at least one per rule is counted).
    return Math.max(record.cells.length, noteCells.size, snapshot.ruleIds.length);
  }

  /**
   * Writes a sheet (2 syncs: the sheet names, then everything). `replace` only ever replaces a
   * sheet this add-in wrote before (remembered in the settings); a user's sheet that happens to
   * have the same name is left alone and the new sheet gets a free name ("Tổng hợp (2)").
   */
  async writeSheet(spec: SheetSpec, options: WriteOptions = {}): Promise<void> {
    const existing = await this.exec(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name');
      await context.sync();
      return sheets.items.map((s) => s.name);
    });
    const ours = writtenSheets(this.settings);
    const clash = existing.find((n) => sameSheetName(n, spec.name));
    const replace = (options.replace ?? true) && clash !== undefined && ours.some((n) => sameSheetName(n, spec.name));
    const name = clash === undefined || replace ? spec.name : uniqueSheetName(spec.name, existing);
    await this.write(
      name,
      (context) => {
        queueWriteSheet(context, { ...spec, name }, { replace: replace ? clash : undefined, activate: options.activate ?? false }, this.supports);
        return () => undefined;
      },
      workbookProtectedError,
    );
    rememberWrittenSheet(this.settings, name);
    await this.settings.save();
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

  async setSetting(key: string, value: string): Promise<void> {
    this.settings.set(key, value);
    await this.settings.save();
  }
}

/** Queues the load of the sheet list (no sync); call the result after the sync. */
function queueSheetList(context: Excel.RequestContext): () => SheetInfo[] {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name,items/visibility,items/protection/protected');
  return () => sheets.items.map((s) => ({ name: s.name, visible: s.visibility === 'Visible', protected: s.protection.protected }));
}

/** Base64 of the bytes, in chunks (String.fromCharCode with a whole workbook would overflow the stack). */
export function base64Of(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
