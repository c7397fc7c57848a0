/**
 * Adding the sheet a SheetSpec describes (the summary "Tổng hợp", the template) and remembering
 * which sheets the add-in wrote, so "replace" can never delete a user's sheet that merely shares
 * the name.
 */
import type { SheetSpec } from '../engine/sheet-spec';
import type { ExcelSupports } from './office-env';
import type { SettingsStore } from './settings';
import { queueSheetSpec } from './write-sheet';

export const WRITTEN_SHEETS_KEY = 'par-check:written-sheets';
const MAX_SHEET_NAME = 31; // Excel's limit

/** Excel compares sheet names without case. */
export function sameSheetName(a: string, b: string): boolean {
  return a.toLocaleLowerCase() === b.toLocaleLowerCase();
}

/** `name`, or "name (2)", "name (3)"… whichever is not taken, within Excel's 31 characters. */
export function freeSheetName(name: string, taken: readonly string[]): string {
  const clean = name.replace(/[\\/?*[\]:]/g, ' ').slice(0, MAX_SHEET_NAME);
  if (!taken.some((t) => sameSheetName(t, clean))) return clean;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const candidate = clean.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
    if (!taken.some((t) => sameSheetName(t, candidate))) return candidate;
  }
}

export function writtenSheets(settings: SettingsStore): string[] {
  try {
    const v: unknown = JSON.parse(settings.get(WRITTEN_SHEETS_KEY) ?? '[]');
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

export function rememberWrittenSheet(settings: SettingsStore, name: string): void {
  const names = writtenSheets(settings).filter((n) => !sameSheetName(n, name));
  settings.set(WRITTEN_SHEETS_KEY, JSON.stringify([...names, name]));
}

/**
 * Queues: delete the add-in's old sheet `replace` (if given), add `spec.name`, render the spec,
 * optionally activate. No sync.
 */
export function queueWriteSheet(
  context: Excel.RequestContext,
  spec: SheetSpec,
  options: { replace?: string; activate: boolean },
  supports: ExcelSupports,
): void {
  const sheets = context.workbook.worksheets;
  if (options.replace !== undefined) {
    // Sheet protection does not stop deleting a sheet (only workbook-structure protection does).
    sheets.getItem(options.replace).delete();
  }
  const sheet = sheets.add(spec.name);
  queueSheetSpec(sheet, spec, supports);
  if (options.activate) sheet.activate();
}
