/**
 * A flagged copy, made the same way by the CLI (--annotate) and the checking page: the marks on
 * each checked sheet (flagsFromFindings → applyFlags) and, when some finding belongs to no cell,
 * a "Kết quả kiểm tra" sheet listing those (buildCheckResultSheet), so nothing is lost on the way
 * to the unit. `par-check clear` takes both off again (clearFlags, removeCheckResultSheets).
 */
import type { CheckResult } from '../engine/check-result';
import { buildCheckResultSheet, CHECK_RESULT_SHEET } from '../engine/findings/check-result-sheet';
import type { Lang } from '../engine/text/lang';
import { flagsFromFindings } from '../engine/findings/flags';
import { uniqueSheetNames } from '../engine/text/sheet-names';
import type { Worksheet } from 'exceljs';
import { parseA1 } from '../engine/grid';
import type { FileWorkbook } from './file-workbook';
import { removeCheckResultSheets } from './flags';

export interface CopySheet {
  result: CheckResult;
  /** The sheet to mark; null when no scoresheet was found (its findings still go in the results sheet). */
  sheet: string | null;
}

/** Mark the workbook in place; returns the number of cells flagged per entry. */
export async function annotateCopy(workbook: FileWorkbook, entries: CopySheet[], lang: Lang): Promise<number[]> {
  // A copy of a copy: its old results sheet goes, a fresh one is written below.
  removeCheckResultSheets(workbook.workbook);
  const counts: number[] = [];
  const unsaved: string[][] = [];
  for (const { result, sheet } of entries) {
    const flags = sheet ? flagsFromFindings(result.findings, lang) : [];
    // Applied even with no flag: it takes off stale marks of an earlier check, like the add-in.
    if (sheet) await workbook.applyFlags(sheet, flags);
    counts.push(flags.length);
    unsaved.push(sheet ? flags.map((f) => f.cell).filter((cell) => !keepsNote(workbook.sheet(sheet), cell)) : []);
  }
  const [name] = uniqueSheetNames([CHECK_RESULT_SHEET[lang]], workbook.workbook.worksheets.map((w) => w.name));
  const spec = buildCheckResultSheet(
    entries.map((e, i) => ({ result: e.result, flaggedCells: counts[i], unsavedNotes: unsaved[i] })),
    lang,
    name,
  );
  if (spec) await workbook.writeSheet(spec, { replace: false });
  return counts;
}

/** ExcelJS saves a note only on a cell that has a value or some format (see flags.ts). */
function keepsNote(ws: Worksheet, address: string): boolean {
  const at = parseA1(address);
  const cell = at ? ws.findCell(at.row + 1, at.col + 1) : undefined;
  if (!cell) return false;
  const hasValue = cell.value !== null && cell.value !== undefined;
  return hasValue || Object.keys(cell.style ?? {}).length > 0;
}
