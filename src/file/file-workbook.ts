/**
 * WorkbookPort over an ExcelJS workbook: the CLI, the browser file mode and the tests use it.
 * Reading is read-grid.ts (B), writing sheets write-sheet.ts, flags flags.ts,
 * settings settings.ts; this class only ties them to the port.
 */
import { beforeWriting } from './exceljs-quirks';
import * as ExcelJS from 'exceljs';
import type { Grid } from '../engine/grid';
import type { SheetSpec } from '../engine/sheet-spec';
import type { Flag, SheetInfo, WorkbookPort, WriteOptions } from '../workbook/port';
import { applyFlags, clearFlags } from './flags';
import { isInternalSheet } from './internal-sheets';
import { loadWorkbook, readGridFromWorksheet } from './read-grid';
import { getSetting, setSetting } from './settings';
import { findSheet, writeSheetSpec } from './write-sheet';

export class FileWorkbook implements WorkbookPort {
  constructor(readonly workbook: ExcelJS.Workbook) {}

  /** Open .xlsx bytes. Throws ExcelJS's error on a bad file: use openWorkbook() for user files. */
  static async fromBuffer(data: Buffer | ArrayBuffer | Uint8Array): Promise<FileWorkbook> {
    return new FileWorkbook(await loadWorkbook(data));
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
    return readGridFromWorksheet(this.sheet(sheetName), options);
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
