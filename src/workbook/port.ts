/**
 * The one interface for a workbook. Two adapters implement it:
 * src/excel (Office.js, inside Excel) and src/file (ExcelJS: CLI, browser file mode, tests).
 * The task pane and the CLI only ever talk to this interface.
 */
import type { Grid } from '../engine/grid';
import type { SheetSpec } from '../engine/sheet-spec';
import type { Flag } from '../engine/flags/format';

export interface SheetInfo {
  name: string;
  visible: boolean;
  /** The sheet is protected: flags cannot be written on it. */
  protected: boolean;
}

/** A sheet read for a check that has to find the scoresheet. */
export interface SheetPreview {
  grid: Grid;
  /** The grid holds the whole sheet; false: only its top rows (read the sheet before checking it). */
  whole: boolean;
}

/** One mark to put on a cell; its format (rule, note block, look) lives in the engine. */
export type { Flag } from '../engine/flags/format';

export interface WriteOptions {
  /** Replace an existing sheet of the same name (default true). */
  replace?: boolean;
  /** Make the written sheet the active one. */
  activate?: boolean;
}

export interface WorkbookPort {
  listSheets(): Promise<SheetInfo[]>;
  /**
   * Read a sheet into a plain grid. `maxRows` limits how much is read (sheet detection reads
   * only the top rows of each sheet).
   */
  readGrid(sheetName: string, options?: { maxRows?: number }): Promise<Grid>;
  /**
   * Read a sheet in full AND list the sheets, in one round trip where the adapter can (the Excel
   * adapter: 1 context.sync instead of 2); a re-check after an edit uses it. `grid` is null when
   * the sheet is no longer there (renamed, deleted). Without it, callers use listSheets + readGrid.
   */
  readGridAndSheets?(sheetName: string): Promise<{ sheets: SheetInfo[]; grid: Grid | null }>;
  /**
   * The sheet list and every visible sheet (in the list's order), read together in as few round
   * trips as the adapter can (Excel: 2, whatever the number of sheets), at least the top
   * `minRows` rows of each; a sheet that fits what the adapter reads at once comes whole.
   * A check that must find the scoresheet uses it; without it, callers use listSheets + readGrid.
   */
  previewSheets?(minRows: number): Promise<{ sheets: SheetInfo[]; previews: SheetPreview[] }>;
  /** Put flags on the sheet, replacing the add-in's earlier flags there. */
  applyFlags(sheetName: string, flags: Flag[]): Promise<void>;
  /** Remove every mark the add-in put on the sheet, leaving the user's content as it was. Returns how many cells were cleared. */
  clearFlags(sheetName: string): Promise<number>;
  writeSheet(spec: SheetSpec, options?: WriteOptions): Promise<void>;
  /** Select a cell (the pane's finding list). */
  selectCell?(sheetName: string, address: string): Promise<void>;
  /** Watch edits on a sheet; the handler is not called for the add-in's own writes. Returns an unsubscribe function. */
  onChange?(sheetName: string, handler: () => void): Promise<() => void>;
  /**
   * Open an .xlsx (its bytes) as a new workbook in its own window, leaving the open one alone
   * (a unit's explanation request to save and send). Resolves false when this host cannot.
   */
  openNewWorkbook?(bytes: Uint8Array): Promise<boolean>;
  /** Workbook-level settings (a criteria set kept with the workbook). */
  getSetting?(key: string): Promise<string | null>;
  setSetting?(key: string, value: string): Promise<void>;
}
