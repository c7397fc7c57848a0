/**
 * The total row: "Tổng cộng", "Tổng điểm (I+II)", "Tổng số điểm đạt được", or just "Tổng" /
 * "Cộng", in the code or title column (or a merged A:B). Items end there; a signature block
 * follows it.
 */
import type { Grid } from '../grid';
import { textOf } from './cell-text';
import { fold } from '../text/normalize';

const TOTAL_LONG = /^(tong cong|tong so diem|tong diem|diem tong cong)(?![a-z])/;
const TOTAL_SHORT = /^(tong so|tong|cong)\s*[:.]?\s*(\(.*\))?\s*[:.]?$/;

// Every total label starts with T (Tổng), C (Cộng) or Đ/D (Điểm tổng cộng): a cheap first test,
// since this runs on the first cells of every row.
const TOTAL_FIRST = /^\s*[TtCcĐđDd]/;

export function isTotalText(text: string): boolean {
  if (!TOTAL_FIRST.test(text)) return false;
  const f = fold(text.slice(0, 60));
  return TOTAL_LONG.test(f) || TOTAL_SHORT.test(f);
}

/** One of the first three texts of row `r`, up to column `upToCol`, is a total label. */
export function isTotalRow(grid: Grid, r: number, upToCol: number): boolean {
  // Stryker disable next-line ArrayDeclaration: a stand-in element is no GridCell; textOf reads it as '' like a missing row
  const row = grid.rows[r] ?? [];
  let seen = 0;
  // Cells past the row's end read as '' and are skipped (upToCol is a label column, a few at most).
  for (let c = 0; c <= upToCol && seen < 3; c++) {
    const t = textOf(row[c]);
    if (t === '') continue;
    if (isTotalText(t)) return true;
    seen++;
  }
  return false;
}
