/**
 * A batch keeps every file's CheckResult until the ranking workbook is written at the end, so
 * what a result holds is multiplied by hundreds of files. Its bulky part is the parsed sheet's
 * text that no output of the run reads once the checks are done: the option lines printed under
 * a criterion (one string per sheet row: 30,000 on a padded sheet) and the scoring-method text.
 * Both are dropped here; every row keeps its code, title, score cells, evidence and notes, which
 * the reports, the ranking workbook and the explanation requests use.
 *
 * Rows are shared between the parsed sheet and the alignment, so each is copied once and every
 * reference is pointed at the copy (otherwise the originals would stay alive through the map).
 */
import type { Alignment, CheckResult } from '../../engine/check-result';
import type { ParsedSheet, SheetRow } from '../../engine/layout/parsed-sheet';

export function slimResult(result: CheckResult): CheckResult {
  if (!result.parsed) return result;
  const copies = new Map<SheetRow, SheetRow>();
  const slim = (row: SheetRow): SheetRow => {
    let copy = copies.get(row);
    if (!copy) {
      copy = { ...row, method: null, optionLines: [] };
      copies.set(row, copy);
    }
    return copy;
  };
  const parsed: ParsedSheet = {
    ...result.parsed,
    rows: result.parsed.rows.map(slim),
    totalRow: result.parsed.totalRow ? slim(result.parsed.totalRow) : null,
  };
  const a = result.alignment;
  const alignment: Alignment | null = a
    ? {
        rowFor: new Map([...a.rowFor].map(([code, row]) => [code, slim(row)])),
        extra: a.extra.map(slim),
        missing: a.missing,
        duplicates: a.duplicates.map(slim),
      }
    : null;
  return { ...result, parsed, alignment };
}
