/**
 * Which sheet of a workbook is the scoresheet. It is not always the first: workbooks carry
 * "Hướng dẫn", "Tổng hợp", "Sheet2"… A scoresheet has a recognisable header and many rows
 * with item codes under it; the sheet name only nudges the choice.
 */
import type { Grid } from '../grid';
import { cellAt } from '../grid';
import { findHeader, type HeaderLayout } from './find-header';
import { codeInTitle, parseCode } from './codes';
import { textOf } from './cell-text';
import { fold } from '../text/normalize';
import { readCellValue } from '../text/numbers';

/** Code-like rows counted under the header; enough to tell a scoresheet from a summary table. */
const ROWS_TO_COUNT = 400;
const CODES_FOR_FULL_MARK = 30;

const GOOD_NAME = /(cham diem|tu danh gia|tu cham|danh gia|bieu|tham dinh|chi so|cchc|par)/;
const BAD_NAME = /(huong dan|tong hop|ket qua tong|xep hang|danh muc|bo tieu chi|ghi chu|summary|guide)/;

function codeRows(grid: Grid, codeCol: number | undefined, titleCol: number | undefined, from: number): number {
  let count = 0;
  const end = Math.min(grid.rows.length, from + ROWS_TO_COUNT);
  for (let r = from; r < end; r++) {
    const code = codeCol !== undefined ? parseCode(cellAt(grid, r, codeCol)?.value ?? null) : null;
    if (code || (titleCol !== undefined && codeInTitle(textOf(cellAt(grid, r, titleCol))))) count++;
  }
  return count;
}

/**
 * How much a grid looks like a scoresheet, from 0 (not one: no header) to 1.
 * A header is worth 0.4, its roles up to 0.2, item codes under it up to 0.3, the name ±0.1.
 */
export function scoresheetLikelihood(grid: Grid): number {
  const header = findHeader(grid);
  if (!header) return 0;
  const roles = Object.keys(header.columns).length;
  const codes = codeRows(grid, header.columns.code, header.columns.title, header.dataStart);
  const name = fold(grid.sheetName);
  let score = 0.4 + 0.2 * Math.min(roles, 8) / 8 + 0.3 * Math.min(codes, CODES_FOR_FULL_MARK) / CODES_FOR_FULL_MARK;
  if (GOOD_NAME.test(name)) score += 0.1;
  if (BAD_NAME.test(name)) score -= 0.1;
  return Math.max(0.01, Math.min(1, score));
}

/** The most scoresheet-like grid, or null when none has a header. The first wins a tie. */
export function pickScoresheet(grids: Grid[]): Grid | null {
  let best: Grid | null = null;
  let bestScore = 0;
  for (const g of grids) {
    const s = scoresheetLikelihood(g);
    if (s > bestScore) {
      best = g;
      bestScore = s;
    }
  }
  return best;
}

/** Why a sheet of a workbook was not checked as a scoresheet. */
export type SkipReason =
  /** No scoresheet header (a cover page, a data list…). */
  | 'notScoresheet'
  /** An instructions sheet ("Hướng dẫn"). */
  | 'instructions'
  /** A summary or list with far fewer items than the scoresheets ("Tổng hợp", "Danh mục"). */
  | 'summary'
  /** A scoresheet form with no score entered, next to filled-in ones (the blank template). */
  | 'blankForm'
  /** Hidden in the workbook (the adapter did not hand it over). */
  | 'hidden'
  /** Also a scoresheet, but only one sheet was checked (the single-sheet check). */
  | 'otherScoresheet';

export interface SkippedSheet {
  sheetName: string;
  why: SkipReason;
}

export interface ScoresheetSurvey {
  /** Sheets to check as scoresheets, in workbook order. */
  scoresheets: Grid[];
  /** Every other sheet, with why it is not checked (workbook order, hidden ones last). */
  skipped: SkippedSheet[];
}

const INSTRUCTIONS = /(huong dan|guide|instruction|cach ghi|cach cham)/;
const MIN_CODES = 3;
/** Rows scanned for an entered score (a blank form has none). */
const SCORE_ROWS = 400;

function looksLikeInstructions(grid: Grid): boolean {
  if (INSTRUCTIONS.test(fold(grid.sheetName))) return true;
  for (let r = 0; r < Math.min(grid.rows.length, 5); r++) {
    // Stryker disable next-line ArrayDeclaration: a stand-in element is no GridCell; textOf reads it as '' like a missing row
    for (const cell of grid.rows[r] ?? []) {
      if (INSTRUCTIONS.test(fold(textOf(cell).slice(0, 80)))) return true;
    }
  }
  return false;
}

/** Some score column of the sheet holds a number or a not-applicable word under the header. */
function hasEnteredScore(grid: Grid, columns: number[], from: number): boolean {
  const end = Math.min(grid.rows.length, from + SCORE_ROWS);
  for (let r = from; r < end; r++) {
    for (const c of columns) {
      const kind = readCellValue(cellAt(grid, r, c)).kind;
      if (kind === 'number' || kind === 'na') return true;
    }
  }
  return false;
}

interface Candidate {
  grid: Grid;
  codes: number;
  scored: boolean;
  badName: boolean;
}

/**
 * Every scoresheet of a workbook (a block workbook carries one per unit), and why each other
 * sheet is not one. A scoresheet has a header with a score column and item codes under it;
 * sheets with far fewer codes than the best (an area summary), summary-named sheets next to real
 * scoresheets and blank forms next to filled-in ones are set aside with their reason. When no
 * sheet qualifies, the most scoresheet-like one (pickScoresheet) is taken, as before.
 * `hiddenSheets`: names of sheets the adapter left out because they are hidden.
 * `headers`, when given, receives the header found on each grid (null: none), so that reading a
 * scoresheet afterwards does not search for it again (check.ts).
 */
export function surveyScoresheets(grids: Grid[], hiddenSheets: string[] = [], headers?: Map<Grid, HeaderLayout | null>): ScoresheetSurvey {
  // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent when false, the survey below gives a lone sheet the same answer
  if (grids.length === 1) return loneSheet(grids[0], hiddenSheets, headers);
  const skipped = new Map<Grid, SkipReason>();
  const candidates: Candidate[] = [];
  for (const grid of grids) {
    const header = findHeader(grid);
    headers?.set(grid, header);
    const c = header?.columns;
    const scoreCols = c ? [c.self, c.appraised, c.survey].filter((x): x is number => x !== undefined) : [];
    if (!header || !c || scoreCols.length === 0) {
      skipped.set(grid, looksLikeInstructions(grid) ? 'instructions' : 'notScoresheet');
      continue;
    }
    const codes = codeRows(grid, c.code, c.title, header.dataStart);
    if (codes < MIN_CODES) {
      skipped.set(grid, BAD_NAME.test(fold(grid.sheetName)) ? 'summary' : 'notScoresheet');
      continue;
    }
    const badName = BAD_NAME.test(fold(grid.sheetName));
    candidates.push({ grid, codes, scored: hasEnteredScore(grid, scoreCols, header.dataStart), badName });
  }
  let kept = candidates;
  const best = Math.max(0, ...kept.map((k) => k.codes));
  for (const k of kept) if (k.codes * 2 < best) skipped.set(k.grid, 'summary');
  kept = kept.filter((k) => k.codes * 2 >= best);
  if (kept.some((k) => !k.badName)) {
    for (const k of kept) if (k.badName) skipped.set(k.grid, looksLikeInstructions(k.grid) ? 'instructions' : 'summary');
    kept = kept.filter((k) => !k.badName);
  }
  if (kept.some((k) => k.scored)) {
    for (const k of kept) if (!k.scored) skipped.set(k.grid, 'blankForm');
    kept = kept.filter((k) => k.scored);
  }
  let scoresheets = kept.map((k) => k.grid);
  if (scoresheets.length === 0) {
    const picked = pickScoresheet(grids);
    if (picked) {
      scoresheets = [picked];
      skipped.delete(picked);
    }
  }
  const out: SkippedSheet[] = grids.filter((g) => skipped.has(g)).map((g) => ({ sheetName: g.sheetName, why: skipped.get(g)! }));
  for (const name of hiddenSheets) out.push({ sheetName: name, why: 'hidden' });
  return { scoresheets, skipped: out };
}

/**
 * A workbook with one (visible) sheet, the usual case: it is the scoresheet exactly when it has a
 * header — the survey would set it aside for few codes or no score column, then take it back as
 * the most scoresheet-like sheet (pickScoresheet) — so its codes and scores are not counted.
 */
function loneSheet(grid: Grid, hiddenSheets: string[], headers?: Map<Grid, HeaderLayout | null>): ScoresheetSurvey {
  const header = findHeader(grid);
  headers?.set(grid, header);
  const skipped: SkippedSheet[] = header ? [] : [{ sheetName: grid.sheetName, why: looksLikeInstructions(grid) ? 'instructions' : 'notScoresheet' }];
  for (const name of hiddenSheets) skipped.push({ sheetName: name, why: 'hidden' });
  return { scoresheets: header ? [grid] : [], skipped };
}
