/**
 * Sheets the add-in keeps for itself inside a workbook, always "very hidden" (Excel's UI cannot
 * unhide them, so users do not stumble on them). They are machinery, not content: listSheets
 * leaves them out and nothing else reads them as a scoresheet.
 *
 * - SETTINGS_SHEET: workbook settings (the port's getSetting/setSetting), key in column A and
 *   value in column B. A sheet, not custom document properties, because ExcelJS cannot write
 *   custom properties and Office.js keeps its own settings in a different place anyway.
 * - LISTS_SHEET: allowed-value lists of data validations whose items contain a comma
 *   ("0,5" in Vietnamese): an inline list in the file format is comma-separated with no escape,
 *   so such lists are stored in cells and the validation refers to the range.
 * - SEAL_SHEET: the seal on a submitted workbook (engine/seal/seal-record.ts, seal-sheet.ts).
 */
import { SEAL_SHEET } from '../engine/seal/seal-sheet-name';

export const SETTINGS_SHEET = '_par_check_settings';
export const LISTS_SHEET = '_par_check_lists';

export function isInternalSheet(name: string): boolean {
  return name === SETTINGS_SHEET || name === LISTS_SHEET || name === SEAL_SHEET;
}
