/**
 * The output workbook of a batch run: "Xếp hạng", one sheet per readable unit, "Phát hiện"
 * and "Đề nghị giải trình". Pure data (SheetSpec); the ExcelJS adapter writes it.
 */
import type { CheckResult } from '../check-result';
import type { Lang } from '../findings/finding';
import type { SheetSpec } from '../sheet-spec';
import type { BatchFileResult } from './batch-file-result';
import { buildFindingsSheet } from './findings-sheet';
import { FIXED_SHEETS } from './labels';
import { rankUnits, type RankedUnit } from './rank';
import { buildRankingSheet } from './ranking-sheet';
import { buildRequestsSheet } from './requests-sheet';
import { uniqueSheetNames } from './sheet-names';
import { buildUnitSheet } from './unit-sheet';

export type { BatchFileResult } from './batch-file-result';

export function buildRankingWorkbook(input: { files: BatchFileResult[]; lang?: Lang }): SheetSpec[] {
  const lang = input.lang ?? 'vi';
  const groups = rankUnits(input.files);

  // Unit sheets in ranking order, then the readable files that could not be ranked: the
  // first-ranked of two homonymous units keeps the plain name.
  const units: { file: string; unit: string; result: CheckResult; ranked: RankedUnit | null; groupSize: number }[] = [];
  for (const g of groups) {
    for (const u of g.units) units.push({ file: u.file, unit: u.unit, result: u.result, ranked: u, groupSize: g.units.length });
    for (const e of g.unranked) {
      if (e.result) units.push({ file: e.file, unit: e.unit ?? e.file, result: e.result, ranked: null, groupSize: 0 });
    }
  }
  const names = uniqueSheetNames(units.map((u) => u.unit), FIXED_SHEETS);
  const sheetOf = new Map<CheckResult, string>(units.map((u, i) => [u.result, names[i]]));
  const unitSheets = units.map((u, i) => buildUnitSheet({ ...u, name: names[i], lang }));

  return [
    buildRankingSheet(groups, sheetOf, lang),
    ...unitSheets,
    buildFindingsSheet(input.files, lang),
    buildRequestsSheet(input.files, lang),
  ];
}
