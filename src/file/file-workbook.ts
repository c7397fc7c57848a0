/**
 * WorkbookPort over an ExcelJS workbook: the CLI, the browser file mode and the tests use it.
 * Reading is read-grid.ts (B), writing sheets write-sheet.ts, flags flags.ts,
 * settings settings.ts; this class only ties them to the port.
 */
import { beforeWriting } from './exceljs-quirks';
import * as ExcelJS from 'exceljs';
import type { Bilingual } from '../engine/text/lang';
import type { Grid } from '../engine/grid';
import type { SheetSpec } from '../engine/sheet-spec';
import type { Flag, SheetInfo, SheetPreview, WorkbookPort, WriteOptions } from '../workbook/port';
import { applyFlags, clearFlags } from './flags';
import { isInternalSheet } from './internal-sheets';
import { preparePackage } from './prepare-package';
import { loadWorkbook, readGridFromWorksheet, type SheetExtras } from './read-grid';
import { getSetting, setSetting } from './settings';
import { findSheet, writeSheetSpec } from './write-sheet';

export class FileWorkbook implements WorkbookPort {
  /**
   * @param extras what ExcelJS loses of some cells, per sheet (prepare-package.ts)
   * @param copyNotes what a copy written from this workbook does not keep as the file had it
   */
  constructor(
    readonly workbook: ExcelJS.Workbook,
    private readonly extras: Map<string, SheetExtras> = new Map(),
    readonly copyNotes: Bilingual[] = [],
  ) {}

  /**
   * Open .xlsx bytes, made readable for ExcelJS first (prepare-package.ts: other programs' files,
   * huge data validations). Throws ExcelJS's error on a bad file: use openWorkbook() for user files.
   */
  static async fromBuffer(data: Buffer | ArrayBuffer | Uint8Array): Promise<FileWorkbook> {
    const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
    let prepared = await preparePackage(bytes);
    try {
      return new FileWorkbook(await loadWorkbook(prepared.bytes), prepared.extras, prepared.copyNotes);
    } catch (e) {
      // ExcelJS fails on some Excel tables; the cells are still read without them (and the copy says so).
      if (!prepared.hasTables) throw e;
      prepared = await preparePackage(bytes, { dropTables: true });
      return new FileWorkbook(await loadWorkbook(prepared.bytes), prepared.extras, prepared.copyNotes);
    }
  }

  /** A new, empty workbook (the template command). */
  static create(): FileWorkbook {
    return new FileWorkbook(new ExcelJS.Workbook());
  }

  /** The .xlsx bytes, in Node and in a browser (file mode: download them as a Blob). */
  async toBytes(): Promise<Uint8Array> {
    beforeWriting(this.workbook);
    const out: unknown = await this.workbook.xlsx.writeBuffer();
    return out instanceof Uint8Array ? out : new Uint8Array(out as ArrayBuffer);
  }

  /** The .xlsx bytes as a Node Buffer (CLI, tests). */
  async toBuffer(): Promise<Buffer> {
    const bytes = await this.toBytes();
    return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  /** The worksheet of that name; throws a bilingual error when there is none. */
  sheet(name: string): ExcelJS.Worksheet {
    const ws = findSheet(this.workbook, name);
    if (!ws || isInternalSheet(ws.name)) {
      const names = this.userSheets().map((w) => `"${w.name}"`).join(', ');
      throw new Error(
        `Không có sheet "${name}" (các sheet: ${names}). / There is no sheet "${name}" (sheets: ${names}).`,
      );
    }
    return ws;
  }

  private userSheets(): ExcelJS.Worksheet[] {
    return this.workbook.worksheets.filter((ws) => !isInternalSheet(ws.name));
  }

  async listSheets(): Promise<SheetInfo[]> {
    return this.userSheets().map((ws) => ({
      name: ws.name,
      visible: ws.state === undefined || ws.state === 'visible',
      protected: Boolean((ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet),
    }));
  }

  async readGrid(sheetName: string, options?: { maxRows?: number }): Promise<Grid> {
    const ws = this.sheet(sheetName);
    return readGridFromWorksheet(ws, { ...options, extras: this.extras.get(ws.name) });
  }

  /** The workbook is in memory: every visible sheet comes whole (`minRows` is a floor, not a cap). */
  async previewSheets(_minRows: number): Promise<{ sheets: SheetInfo[]; previews: SheetPreview[] }> {
    const sheets = await this.listSheets();
    const previews = sheets.filter((s) => s.visible).map((s) => ({ grid: readGridFromWorksheet(this.sheet(s.name), { extras: this.extras.get(s.name) }), whole: true }));
    return { sheets, previews };
  }

  /** Every worksheet's grid in tab order, hidden and internal sheets included (differential tests, tools). */
  readAllGrids(options: { maxRows?: number } = {}): Grid[] {
    return this.workbook.worksheets.map((ws) => readGridFromWorksheet(ws, { ...options, extras: this.extras.get(ws.name) }));
  }

  async applyFlags(sheetName: string, flags: Flag[]): Promise<void> {
    applyFlags(this.sheet(sheetName), flags);
  }

  async clearFlags(sheetName: string): Promise<number> {
    return clearFlags(this.sheet(sheetName));
  }

  async writeSheet(spec: SheetSpec, options?: WriteOptions): Promise<void> {
    writeSheetSpec(this.workbook, spec, options);
  }

  async getSetting(key: string): Promise<string | null> {
    return getSetting(this.workbook, key);
  }

  async setSetting(key: string, value: string): Promise<void> {
    setSetting(this.workbook, key, value);
  }
}
