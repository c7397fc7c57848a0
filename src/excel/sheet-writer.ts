/**
 * Adding the sheet a SheetSpec describes (the summary "Tổng hợp", the template) and remembering
 * which sheets the add-in wrote, so "replace" can never delete a user's sheet that merely shares
 * the name.
 */
import type { SheetSpec } from '../engine/sheet-spec';
import { sameSheetName } from '../engine/text/sheet-names';
import type { ExcelSupports } from './office-env';
import type { KeyValues } from './settings';
import { queueSheetSpec } from './write-sheet';

export const WRITTEN_SHEETS_KEY = 'par-check:written-sheets';

export function writtenSheets(settings: Pick<KeyValues, 'get'>): string[] {
  try {
    const v: unknown = JSON.parse(settings.get(WRITTEN_SHEETS_KEY) ?? '[]');
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

export function rememberWrittenSheet(settings: KeyValues, name: string): void {
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
