/**
 * Work-arounds for ExcelJS 4 round trips, so a copy the CLI writes (a flagged copy, a cleared
 * copy) reads back exactly like the user's original.
 *
 * Page setup: ExcelJS reads a missing firstPageNumber as 1 and, on writing, sets
 * useFirstPageNumber="1" whenever firstPageNumber has a value, so every copy would turn on
 * "first page number" in Page Setup. Leaving the number unset when it is not in use writes
 * neither attribute, as in the original.
 * FileWorkbook.toBytes applies it, so the CLI's copies and the browser page's copies both benefit.
 */
import type ExcelJS from 'exceljs';

export function beforeWriting(workbook: ExcelJS.Workbook): void {
  for (const ws of workbook.worksheets) {
    const setup = ws.pageSetup as { firstPageNumber?: number; useFirstPageNumber?: boolean } | undefined;
    if (setup && !setup.useFirstPageNumber) setup.firstPageNumber = undefined;
  }
}
