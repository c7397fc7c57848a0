/**
 * What a survey table (`--survey`, the checking page's survey upload) gave one checked sheet:
 * the points used for its survey items, and the table values that were not used and why.
 * Recorded on CheckResult.survey so every output can say which points came from the table.
 */
import type { Bilingual } from '../text/lang';

/** Points of one unit's row of the survey table, as handed to the check. */
export interface UnitSurveyPoints {
  /** The table's file name (no folders), for messages. */
  source: string;
  /** 1-based row of the unit in the table. */
  row: number;
  /** Column header code (item or area code, normalised: "8.1", "8") → points and the table cell. */
  values: Map<string, { points: number; cell: string }>;
}

export interface SurveyPointUsed {
  /** The survey leaf that received the points. */
  item: string;
  points: number;
  /** The table cell the points came from. */
  cell: string;
  /** Set when the table gave the area's total, spread over its blank survey items by their maxima. */
  area: string | null;
}

export interface SurveyValueNotUsed {
  code: string;
  cell: string;
  reason: Bilingual;
}

export interface SurveyUse {
  source: string;
  row: number;
  used: SurveyPointUsed[];
  notUsed: SurveyValueNotUsed[];
}

/** What a survey table gave a batch as a whole (per-file details are on CheckResult.survey). */
export interface SurveyTableSummary {
  /** File name of the table (no folders). */
  source: string;
  /** Problems of the table itself (no unit column, rows without a unit, duplicate rows). */
  problems: { cell: string | null; message: Bilingual }[];
  /** Units of the table that no checked workbook matched (1-based table row). */
  rowsWithoutWorkbook: { row: number; unit: string }[];
  /** Checked workbooks the table has no row for. */
  filesWithoutRow: { fileName: string; unit: string }[];
}
