/**
 * The results workbook of a batch run (`check --summary`, the checking page's download):
 * per block (criteria set id and version) the official results table and its component indices
 * ("KQ …", "LV …": printed and signed), "Chưa xếp hạng" (units not ranked, with status and what
 * is missing), "Theo dõi" (every file), "Điểm XHH" (with a survey table), "Phát hiện",
 * "Đề nghị giải trình", then one sheet per unit. Pure data (SheetSpec); an adapter writes it.
 */
import type { CheckResult } from '../check-result';
import type { Lang } from '../text/lang';
import type { SheetSpec } from '../sheet-spec';
import { componentsSheetRows, resultsSheetRows, unrankedSheetRows } from '../results/official-sheets';
import { blockShort, type OfficialOptions } from '../results/official-layout';
import { seasonResults, type Season, type SeasonInput } from '../results/season';
import { surveySheetRows, trackingSheetRows, type SurveyTableSummary } from '../results/tracking-sheets';
import { asSheetSpec, type AnySheet } from '../results/sheet-rows';
import { findingsSheetRows } from './findings-sheet';
import { FIXED_SHEETS, SHEET_SURVEY, SHEET_TRACKING, SHEET_UNRANKED } from './labels';
import { rankGroups, type RankedUnit } from './rank';
import { requestsSheetRows } from './requests-sheet';
import { uniqueSheetNames } from '../text/sheet-names';
import { buildUnitSheet } from './unit-sheet';

export type { BatchFileResult } from './batch-file-result';

export interface RankingWorkbookInput {
  files: SeasonInput[];
  lang?: Lang;
  /** Issuing body and place-and-date line of the printed tables. */
  official?: OfficialOptions;
  /** With a survey table: what it gave the run as a whole. */
  survey?: SurveyTableSummary | null;
  /** The season of `files` when the caller made it already (the CLI shares one with its report): not made again. */
  season?: Season;
}

export function buildRankingWorkbook(input: RankingWorkbookInput): SheetSpec[] {
  return [...rankingWorkbookSheets(input)];
}

/** The same sheets one at a time, each a whole SheetSpec (the ExcelJS writer, the browser page). */
export function* rankingWorkbookSheets(input: RankingWorkbookInput): Generator<SheetSpec> {
  for (const sheet of rankingWorkbookParts(input)) yield asSheetSpec(sheet);
}

/**
 * The sheets one at a time, each unit sheet built only when asked for, and the sheets with a row
 * per unit or file (results tables, unranked, tracking, survey, findings, requests) as blocks of rows
 * (results/sheet-rows.ts): a writer that writes each sheet before taking the next (the CLI's
 * streamed workbook) then holds one unit sheet or one block of rows at a time, not 10,000.
 */
export function* rankingWorkbookParts(input: RankingWorkbookInput): Generator<AnySheet> {
  const lang = input.lang ?? 'vi';
  const official = input.official ?? {};
  const season = input.season ?? seasonResults(input.files);
  // The groups from the same season: reading every file's scores once more cost as much again.
  const groups = rankGroups(season);

  // Block sheets: "KQ sở ngành", "LV sở ngành"… (two versions of one level get " (2)").
  const blockNames = uniqueSheetNames(season.blocks.map((b) => `KQ ${blockShort(b.set.unitLevel)}`), FIXED_SHEETS);
  const componentNames = uniqueSheetNames(season.blocks.map((b) => `LV ${blockShort(b.set.unitLevel)}`), [...FIXED_SHEETS, ...blockNames]);

  // Unit sheets in ranking order, then the readable files not ranked.
  const units: { file: string; unit: string; result: CheckResult; ranked: RankedUnit | null; groupSize: number; entry: RankedUnit['entry'] }[] = [];
  for (const g of groups) {
    for (const u of g.units) units.push({ file: u.file, unit: u.unit, result: u.result, ranked: u, groupSize: g.units.length, entry: u.entry });
    for (const e of g.unranked) {
      if (e.result) units.push({ file: e.file, unit: e.unit ?? e.file, result: e.result, ranked: null, groupSize: 0, entry: e.entry });
    }
  }
  const names = uniqueSheetNames(units.map((u) => u.unit), [...FIXED_SHEETS, ...blockNames, ...componentNames]);
  const sheetOf = new Map<CheckResult, string>(units.map((u, i) => [u.result, names[i]]));

  for (const [i, b] of season.blocks.entries()) {
    yield resultsSheetRows(b, blockNames[i], official);
    yield componentsSheetRows(b, componentNames[i], official);
  }
  yield unrankedSheetRows(season, SHEET_UNRANKED, official);
  yield trackingSheetRows(season, SHEET_TRACKING, sheetOf, official);
  if (input.survey) yield surveySheetRows(season, input.survey, SHEET_SURVEY, official);
  yield findingsSheetRows(input.files, lang);
  yield requestsSheetRows(input.files, lang);
  for (const [i, u] of units.entries()) yield buildUnitSheet({ ...u, name: names[i], lang });
}
