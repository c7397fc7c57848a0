/**
 * Workbook settings (WorkbookPort.getSetting/setSetting) for the file adapter, kept in the very
 * hidden sheet SETTINGS_SHEET: key in column A, value in column B, one row each.
 * See internal-sheets.ts for why a sheet rather than custom document properties.
 */
import type { Workbook, Worksheet } from 'exceljs';
import { SETTINGS_SHEET } from './internal-sheets';

function settingsSheet(wb: Workbook, create: boolean): Worksheet | null {
  let ws = wb.getWorksheet(SETTINGS_SHEET) ?? null;
  if (!ws && create) {
    ws = wb.addWorksheet(SETTINGS_SHEET);
    ws.state = 'veryHidden';
  }
  return ws;
}

function findRow(ws: Worksheet, key: string): number | null {
  for (let r = 1; r <= ws.rowCount; r++) if (ws.getCell(r, 1).value === key) return r;
  return null;
}

export function getSetting(wb: Workbook, key: string): string | null {
  const ws = settingsSheet(wb, false);
  if (!ws) return null;
  const row = findRow(ws, key);
  if (row === null) return null;
  const v = ws.getCell(row, 2).value;
  return typeof v === 'string' ? v : v === null || v === undefined ? null : String(v);
}

export function setSetting(wb: Workbook, key: string, value: string): void {
  const ws = settingsSheet(wb, true) as Worksheet;
  const row = findRow(ws, key) ?? ws.rowCount + 1;
  ws.getCell(row, 1).value = key;
  // Stored as a string even when it looks like a formula or a number (JSON of a criteria set).
  ws.getCell(row, 2).value = value;
}
