/**
 * Reading the survey table the page is given (.csv or .xlsx) into the engine's unit table
 * (src/engine/results/unit-table.ts). A workbook's first sheet with a unit-name column is used.
 */
import type { Bilingual } from '../engine/text/lang';
import { readUnitTable, type UnitTable } from '../engine/results/unit-table';
import { readTableGrids } from './table-file';

export type SurveyRead = { ok: true; table: UnitTable } | { ok: false; problem: Bilingual };

export async function readSurveyTable(name: string, bytes: Uint8Array): Promise<SurveyRead> {
  const read = await readTableGrids(name, bytes);
  if (!read.ok) return read;
  let first: UnitTable | null = null;
  for (const grid of read.grids) {
    const table = readUnitTable(grid, name);
    if (table.headerRow >= 0) return { ok: true, table };
    first ??= table;
  }
  return first ? { ok: true, table: first } : { ok: false, problem: { vi: 'Tệp không có trang tính nào.', en: 'The file has no sheet.' } };
}
