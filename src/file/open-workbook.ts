/**
 * Open a user's file for checking: recognise the usual wrong inputs first (sniff.ts), then let
 * ExcelJS parse it and turn any failure into a message that says what to do. Never throws.
 */
import type { Bilingual } from '../engine/text/lang';
import type { FileWorkbook } from './file-workbook';
import { InputLimitError } from './input-limits';
import { fileProblems, notWorkbookProblem, sniffWorkbookBytes } from './sniff';

/** `overLimit`: the file is over one of input-limits.ts's limits (its sentence is the problem). */
export type OpenResult = { ok: true; workbook: FileWorkbook } | { ok: false; problem: Bilingual; overLimit?: true };

export async function openWorkbook(data: Uint8Array): Promise<OpenResult> {
  const sniffed = sniffWorkbookBytes(data);
  if (sniffed.problem) return { ok: false, problem: sniffed.problem };
  // ExcelJS and JSZip load only here: a file the fast reader reads (most) never needs them.
  const { FileWorkbook } = await import('./file-workbook');
  let workbook: FileWorkbook;
  try {
    workbook = await FileWorkbook.fromBuffer(data);
  } catch (e) {
    // Over a limit (a bomb, a row beyond Excel's, too many cells): its own sentence.
    if (e instanceof InputLimitError) return { ok: false, problem: e.problem, overLimit: true };
    // A zip that JSZip or the XML parser cannot finish: truncated or damaged.
    return { ok: false, problem: fileProblems.corrupt };
  }
  // A zip without a workbook part (a .docx, a plain .zip) loads as a workbook with no sheets.
  if ((await workbook.listSheets()).length === 0) return { ok: false, problem: notWorkbookProblem(data) };
  return { ok: true, workbook };
}
