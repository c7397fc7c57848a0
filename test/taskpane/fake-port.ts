/**
 * An in-memory WorkbookPort for the pane's tests and the browser harness: sheets are plain grids,
 * every call is recorded, and the state (selection, flags, written sheets) is open for asserts.
 * No Node API in here: the e2e harness bundles it for the browser.
 */
import type { Grid } from '../../src/engine/grid';
import type { SheetSpec } from '../../src/engine/sheet-spec';
import type { Flag, SheetInfo, WorkbookPort, WriteOptions } from '../../src/workbook/port';

export interface FakeCall {
  method: string;
  args: unknown[];
}

export interface FakeOptions {
  protectedSheets?: string[];
  hiddenSheets?: string[];
  /** Make the next calls of these methods reject with this error. */
  failWith?: Partial<Record<'listSheets' | 'readGrid' | 'applyFlags' | 'clearFlags' | 'writeSheet' | 'selectCell', Error>>;
  /** An ExcelApi 1.7 host: openNewWorkbook says it cannot (the pane downloads instead). */
  noNewWorkbook?: boolean;
}

/** A written sheet seen as a grid (text and numbers only), so the pane can read it back. */
function specToGrid(spec: SheetSpec): Grid {
  const rows: Grid['rows'] = [];
  let colCount = 0;
  for (const c of spec.cells) {
    const v = c.value;
    const value =
      v === null ? null : 'text' in v ? v.text : 'number' in v ? v.number : 'formula' in v ? (v.result ?? null) : v.link.text;
    rows[c.row] = rows[c.row] ?? [];
    rows[c.row][c.col] = value === null ? null : { value };
    colCount = Math.max(colCount, c.col + 1);
  }
  for (let r = 0; r < rows.length; r++) rows[r] = rows[r] ?? [];
  return { sheetName: spec.name, rows, hiddenRows: [], merges: spec.merges ?? [], rowCount: rows.length, colCount };
}

export class FakeWorkbook implements WorkbookPort {
  readonly calls: FakeCall[] = [];
  sheets: { name: string; grid: Grid; spec?: SheetSpec }[];
  selected: { sheet: string; cell: string } | null = null;
  readonly flags = new Map<string, Flag[]>();
  readonly settings = new Map<string, string>();
  activeSheet: string | null = null;
  /** Workbooks opened in a new window (openNewWorkbook), as .xlsx bytes. */
  readonly opened: Uint8Array[] = [];
  private handlers: { sheet: string; handler: () => void }[] = [];

  constructor(grids: Grid[], private options: FakeOptions = {}) {
    this.sheets = grids.map((g) => ({ name: g.sheetName, grid: g }));
  }

  private record(method: string, ...args: unknown[]) {
    this.calls.push({ method, args });
    const err = this.options.failWith?.[method as keyof NonNullable<FakeOptions['failWith']>];
    if (err) throw err;
  }

  private isProtected(name: string) {
    return this.options.protectedSheets?.includes(name) ?? false;
  }

  callsOf(method: string): FakeCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  setFailure(method: keyof NonNullable<FakeOptions['failWith']>, err: Error | null) {
    this.options.failWith = { ...this.options.failWith, [method]: err ?? undefined };
  }

  async listSheets(): Promise<SheetInfo[]> {
    this.record('listSheets');
    return this.sheets.map((s) => ({
      name: s.name,
      visible: !(this.options.hiddenSheets?.includes(s.name) ?? false),
      protected: this.isProtected(s.name),
    }));
  }

  async readGrid(sheetName: string, options?: { maxRows?: number }): Promise<Grid> {
    this.record('readGrid', sheetName, options);
    const sheet = this.sheets.find((s) => s.name === sheetName);
    if (!sheet) throw new Error(`No sheet named "${sheetName}"`);
    const g = sheet.grid;
    if (options?.maxRows === undefined || g.rows.length <= options.maxRows) return g;
    return { ...g, rows: g.rows.slice(0, options.maxRows) };
  }

  async applyFlags(sheetName: string, flags: Flag[]): Promise<void> {
    this.record('applyFlags', sheetName, flags);
    if (this.isProtected(sheetName)) throw new Error(`The sheet "${sheetName}" is protected.`);
    this.flags.set(sheetName, flags);
  }

  async clearFlags(sheetName: string): Promise<number> {
    this.record('clearFlags', sheetName);
    if (this.isProtected(sheetName)) throw new Error(`The sheet "${sheetName}" is protected.`);
    const n = this.flags.get(sheetName)?.length ?? 0;
    this.flags.delete(sheetName);
    return n;
  }

  async writeSheet(spec: SheetSpec, options?: WriteOptions): Promise<void> {
    this.record('writeSheet', spec, options);
    const i = this.sheets.findIndex((s) => s.name.toLowerCase() === spec.name.toLowerCase());
    if (i >= 0 && options?.replace === false) throw new Error(`A sheet named "${spec.name}" already exists.`);
    if (i >= 0 && this.isProtected(this.sheets[i].name)) throw new Error(`The sheet "${spec.name}" is protected.`);
    const entry = { name: spec.name, grid: specToGrid(spec), spec };
    if (i >= 0) this.sheets[i] = entry;
    else this.sheets.push(entry);
    if (options?.activate) this.activeSheet = spec.name;
  }

  async openNewWorkbook(bytes: Uint8Array): Promise<boolean> {
    this.record('openNewWorkbook', bytes.length);
    if (this.options.noNewWorkbook) return false;
    this.opened.push(bytes);
    return true;
  }

  async selectCell(sheetName: string, address: string): Promise<void> {
    this.record('selectCell', sheetName, address);
    this.selected = { sheet: sheetName, cell: address };
    this.activeSheet = sheetName;
  }

  async onChange(sheetName: string, handler: () => void): Promise<() => void> {
    this.record('onChange', sheetName);
    const entry = { sheet: sheetName, handler };
    this.handlers.push(entry);
    return () => {
      this.handlers = this.handlers.filter((h) => h !== entry);
    };
  }

  async getSetting(key: string): Promise<string | null> {
    return this.settings.get(key) ?? null;
  }

  async setSetting(key: string, value: string): Promise<void> {
    this.settings.set(key, value);
  }

  /** Simulate the user typing into a cell: change the grid, then fire the change handlers. */
  edit(sheetName: string, address: { row: number; col: number }, value: string | number | null) {
    const sheet = this.sheets.find((s) => s.name === sheetName);
    if (!sheet) throw new Error(`No sheet named "${sheetName}"`);
    const rows = sheet.grid.rows.map((r) => (r ? [...r] : []));
    while (rows.length <= address.row) rows.push([]);
    rows[address.row][address.col] = value === null ? null : { value };
    sheet.grid = { ...sheet.grid, rows };
    for (const h of this.handlers.filter((x) => x.sheet === sheetName)) h.handler();
  }

  /** How many change handlers are subscribed (the pane unsubscribes on unmount). */
  get subscriptions(): number {
    return this.handlers.length;
  }

  /** Plain snapshot for the browser test (window.__fakeWorkbook.state()). */
  state() {
    return {
      sheets: this.sheets.map((s) => s.name),
      selected: this.selected,
      flags: Object.fromEntries([...this.flags.entries()].map(([k, v]) => [k, v])),
      written: this.sheets.filter((s) => s.spec).map((s) => s.name),
      activeSheet: this.activeSheet,
      opened: this.opened.length,
      calls: this.calls.map((c) => c.method),
    };
  }
}
