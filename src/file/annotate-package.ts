/**
 * A flagged copy written by patching the workbook's package (src/file/package-marks): the marks of
 * each checked sheet and, when some finding belongs to no cell, the "Kết quả kiểm tra" sheet
 * listing those. Everything else in the workbook — charts, pivot tables, images, tables, names,
 * data validation — is kept exactly, which a read-and-rewrite through ExcelJS cannot promise.
 * Used by `check --annotate` and the checking page; `par-check clear` takes it all off again.
 */
import { buildCheckResultSheet, CHECK_RESULT_SHEET } from '../engine/findings/check-result-sheet';
import { flagsFromFindings } from '../engine/findings/flags';
import type { Lang } from '../engine/text/lang';
import { uniqueSheetNames } from '../engine/text/sheet-names';
import type { CheckResult } from '../engine/check-result';
import { flagPackage } from './package-marks';

export interface CopySheet {
  result: CheckResult;
  /** The sheet to mark; null when no scoresheet was found (its findings still go in the results sheet). */
  sheet: string | null;
}

export interface AnnotatedPackage {
  bytes: Uint8Array;
  /** Cells flagged, per entry. */
  counts: number[];
}

export async function annotatePackage(original: Uint8Array, entries: CopySheet[], lang: Lang): Promise<AnnotatedPackage> {
  const { bytes, flagged } = await flagPackage(
    original,
    entries.map((e) => (e.sheet ? { sheet: e.sheet, flags: flagsFromFindings(e.result.findings, lang) } : null)),
    (counts, unsavedNotes, sheetNames) => {
      const [name] = uniqueSheetNames([CHECK_RESULT_SHEET[lang]], sheetNames);
      return buildCheckResultSheet(
        entries.map((e, i) => ({ result: e.result, flaggedCells: counts[i], unsavedNotes: unsavedNotes[i] })),
        lang,
        name,
      );
    },
  );
  return { bytes, counts: flagged };
}
