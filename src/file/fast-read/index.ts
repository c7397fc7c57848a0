/**
 * Fast read-only .xlsx reader for batch checking: about ten times less work than ExcelJS, which
 * parses every part and style of the package. It reads only what the checker needs and gives
 * exactly the Grid read-grid.ts gives (test/file/fast-read.test.ts compares them cell by cell).
 * It throws FastReadError on anything it does not handle (not a zip, encrypted, zip64, corrupt,
 * odd parts ExcelJS would refuse): the caller then opens the file with ExcelJS, whose path owns
 * the user-facing messages. A file over a limit (src/file/input-limits.ts: bytes inflated, rows,
 * columns, cells) throws InputLimitError instead, with its sentence: no other reader is tried.
 */
import type { Grid } from '../../engine/grid';
import type { InflateBudget } from '../input-limits';
import { readSheetsFromParts, type FastReadOptions, type FastSheet } from './sheets-from-parts';
import { openZip } from './zip';

export { FastReadError } from './errors';
export { readSheetsFromParts, type FastReadOptions, type FastSheet } from './sheets-from-parts';

/** Every worksheet (tab order, hidden ones included, as ExcelJS lists them) with its grid. */
export function readWorkbookSheetsFast(bytes: Uint8Array, options: FastReadOptions = {}, budget?: InflateBudget): FastSheet[] {
  return readSheetsFromParts(openZip(bytes, budget), options);
}

/** Every worksheet's grid in tab order: what readWorkbookGrids (read-grid.ts) gives, without ExcelJS. */
export function readWorkbookGridsFast(bytes: Uint8Array, options: { maxRows?: number } = {}): { sheets: Grid[] } {
  return { sheets: readWorkbookSheetsFast(bytes, options).map((s) => s.grid) };
}
