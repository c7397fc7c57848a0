/**
 * A small fake of the Excel object model, enough for src/excel: worksheets, ranges with values
 * and formulas, conditional formats, notes, onChanged events, runtime.enableEvents, and a recorder
 * of loads, writes and sync() calls, the workbook's settings and the document settings, whose
 * saveAsync counts as a round trip in `syncs`. It is strict where the real thing is: commands run
 * only at sync, unloaded reads throw, protected sheets refuse writes, missing items fail the sync.
 *
 *   const fake = new FakeExcel();
 *   fake.addSheet('Tự đánh giá', values);
 *   const wb = new ExcelWorkbook({ run: fake.run, supports: fake.supports, settings: fake.settings });
 */
import type { ExcelRunner } from '../../src/excel/excel-run';
import type { ExcelSupports } from '../../src/excel/office-env';
import { officeSettings, type SettingsStore } from '../../src/excel/settings';
import { FakeContextBase, type FakeHost } from './fake-base';
import { fillSheet, key, newSheet, snapshotSheet, type FakeSheet } from './fake-model';
import { FakeDocumentSettings, FakeSettingCollection } from './fake-settings';
import { FakeWorksheets, type FakeBook } from './fake-sheet';

export const ALL_SUPPORTED: ExcelSupports = {
  excel17: true, dataValidation: true, enableEvents: true, createWorkbook: true, pageLayout: true, comments: true, mergedAreas: true, notes: true,
};

/** Excel 2021 without updates-ish: only the floor. */
export const ONLY_17: ExcelSupports = {
  excel17: true, dataValidation: false, enableEvents: false, createWorkbook: false, pageLayout: false, comments: false, mergedAreas: false, notes: false,
};

class FakeContext extends FakeContextBase {
  readonly workbook: { worksheets: FakeWorksheets; settings: FakeSettingCollection };
  readonly runtime: { enableEvents: boolean };

  constructor(host: FakeHost, book: FakeBook, workbookSettings: Map<string, string>) {
    super(host);
    this.workbook = { worksheets: new FakeWorksheets(this, book), settings: new FakeSettingCollection(this, workbookSettings) };
    const ctx = this;
    this.runtime = {
      get enableEvents(): boolean {
        throw new Error('fake: runtime.enableEvents read without load');
      },
      set enableEvents(v: boolean) {
        ctx.host.log.push(`write runtime.enableEvents=${v}`);
        ctx.enqueue('enableEvents', () => void (ctx.host.enableEvents = v));
      },
    };
  }
}

export class FakeExcel implements FakeHost, FakeBook {
  syncs = 0;
  log: string[] = [];
  enableEvents = true;
  touched = new Set<FakeSheet>();
  failNext: string[] = [];
  ownTriggerSource: string | undefined = 'ThisLocalAddin';
  sheets: FakeSheet[] = [];
  activeSheet: string | null = null;
  supports: ExcelSupports = { ...ALL_SUPPORTED };
  /** Office.context.document.settings: free to read and set, saveAsync counted in `syncs`. */
  document = new FakeDocumentSettings(this);
  /** The adapter's view of the document settings (officeSettings over the fake document). */
  settings: SettingsStore & { data: Map<string, string> } = Object.assign(officeSettings(() => this.document as unknown as Office.Settings), {
    data: this.document.data,
  });
  /** Excel's workbook.settings (key → JSON), written by commands at sync. */
  workbookSettings = new Map<string, string>();
  /** Events delivered to handlers (after their microtask). */
  delivered: Record<string, unknown>[] = [];
  private ids = 1;

  newId(): string {
    return `sheet${this.ids++}`;
  }

  addSheet(name: string, values: (string | number | boolean | null)[][] = [], top = 0, left = 0): FakeSheet {
    const sheet = newSheet(this.newId(), name);
    fillSheet(sheet, values, top, left);
    this.sheets.push(sheet);
    return sheet;
  }

  sheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`fake: no sheet ${name}`);
    return s;
  }

  /** Excel.run: a new context per batch (or the one given); unsynced commands are a bug. */
  run: ExcelRunner = async <T>(batch: (ctx: Excel.RequestContext) => Promise<T>, reuse?: unknown): Promise<T> => {
    const ctx = (reuse as FakeContext | undefined) ?? new FakeContext(this, this, this.workbookSettings);
    const result = await batch(ctx as unknown as Excel.RequestContext);
    if (ctx.pending() > 0) throw new Error(`fake: ${ctx.pending()} command(s) queued but never synced`);
    return result;
  };

  fireChanged(sheet: FakeSheet, address: string, triggerSource: string | undefined): void {
    const args: Record<string, unknown> = { type: 'WorksheetChanged', worksheetId: sheet.id, address, source: 'Local', changeType: 'RangeEdited' };
    if (triggerSource !== undefined) args.triggerSource = triggerSource;
    for (const h of [...sheet.handlers]) {
      void Promise.resolve().then(() => {
        this.delivered.push(args);
        return h(args);
      });
    }
  }

  /** The user types a value (events fire unless the add-in turned them off). */
  userEdit(sheetName: string, row: number, col: number, value: string | number): void {
    const s = this.sheet(sheetName);
    s.cells.set(key(row, col), { value });
    if (this.enableEvents) this.fireChanged(s, `R${row + 1}C${col + 1}`, this.ownTriggerSource === undefined ? undefined : 'Unknown');
  }

  /** Everything a user could see or save, settings included. */
  snapshot(): unknown {
    return {
      sheets: this.sheets.map(snapshotSheet),
      settings: [...this.settings.data.entries()].sort(),
      workbookSettings: [...this.workbookSettings.entries()].sort(),
    };
  }

  resetCounters(): void {
    this.syncs = 0;
    this.log = [];
  }
}
