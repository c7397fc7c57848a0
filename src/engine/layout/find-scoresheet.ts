/**
 * Which sheet of a workbook is the scoresheet. It is not always the first: workbooks carry
 * "Hướng dẫn", "Tổng hợp", "Sheet2"… A scoresheet has a recognisable header and many rows
 * with item codes under it; the sheet name only nudges the choice.
 */
import type { Grid } from '../grid';
import { cellAt } from '../grid';
import { findHeader } from './find-header';
import { codeInTitle, parseCode } from './codes';
import { textOf } from './cell-text';
import { fold } from '../text/normalize';

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
