/**
 * Reading the seal sheet (engine/seal/seal-record.ts) of an .xlsx file with the fast reader: only
 * that sheet is parsed. Writing it is seal-sheet.ts (JSZip); this half loads without JSZip.
 * Pure (no Node APIs): the browser page can use it too.
 */
import { SEAL_SHEET } from '../engine/seal/seal-sheet-name';
import { readWorkbookSheetsFast } from './fast-read';

/** The seal sheet's cells as text rows (column A, B…), or null when the file has no seal sheet. */
export function readSealSheet(bytes: Uint8Array): string[][] | null {
  const sheets = readWorkbookSheetsFast(bytes, { include: (name) => name === SEAL_SHEET });
  const sheet = sheets[0];
  if (!sheet) return null;
  return sheet.grid.rows.map((row) => (row ?? []).map((c) => (c?.value === null || c?.value === undefined ? '' : String(c.value))));
}
