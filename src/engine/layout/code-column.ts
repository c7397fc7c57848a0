/**
 * The code column when its header does not say so: a blank "STT" cell (someone cleared A9), an
 * unusual word. Without it every row loses its code and the sheet matches no criteria set, so
 * the column is recognised by its data instead: left of the title column (or the first column
 * when there is no title column), most of its filled cells are codes ("1", "1.1", "1.1.1", "II",
 * the number 1.1) and they differ from one another (a column of 1s is not a code column).
 */
import type { Grid } from '../grid';
import { cellAt } from '../grid';
import type { ColumnRole, ParsedSheet } from './parsed-sheet';
import { parseCode } from './codes';
import { textOf } from './cell-text';
import { isTotalRow } from './total-row';

/** Enough rows to see a whole scoresheet (about 110 items) and its option lines. */
const ROWS_TO_SCAN = 300;
const MIN_CODES = 3;
/** Share of the filled cells that must be codes: area headings or a stray note may be text. */
const MIN_CODE_SHARE = 0.8;

interface ColumnTally {
  col: number;
  codes: number;
  filled: number;
  distinct: number;
}

function tally(grid: Grid, col: number, titleCol: number | undefined, dataStart: number): ColumnTally {
  const seen = new Set<string>();
  let codes = 0;
  let filled = 0;
  const end = Math.min(grid.rows.length, dataStart + ROWS_TO_SCAN);
  // Without a title column the total label may still sit just right of the codes.
  const labelsUpTo = Math.max(col, titleCol ?? col + 1);
  for (let r = dataStart; r < end; r++) {
    // Items end at the total row; the signature block below it is not data.
    if (isTotalRow(grid, r, labelsUpTo)) break;
    const cell = cellAt(grid, r, col);
    const text = textOf(cell);
    if (text === '') continue;
    filled++;
    const code = parseCode(cell?.value ?? null);
    if (!code) continue;
    codes++;
    seen.add(code.code);
  }
  return { col, codes, filled, distinct: seen.size };
}

function isCodeColumn(t: ColumnTally): boolean {
  return t.codes >= MIN_CODES && t.codes >= MIN_CODE_SHARE * t.filled && t.distinct * 2 >= t.codes;
}

/**
 * The 0-based column that holds item codes although its header was not recognised, or null.
 * Only columns without a role are considered; the one with the most codes wins, the nearest to
 * the title on a tie.
 */
export function inferCodeColumn(
  grid: Grid,
  columns: Partial<Record<ColumnRole, number>>,
  dataStart: number,
): number | null {
  if (columns.code !== undefined) return columns.code;
  const taken = new Set(Object.values(columns));
  const titleCol = columns.title;
  const candidates = titleCol !== undefined ? Array.from({ length: titleCol }, (_, i) => i) : [0];
  let best: ColumnTally | null = null;
  for (const col of candidates) {
    if (taken.has(col)) continue;
    const t = tally(grid, col, titleCol, dataStart);
    if (isCodeColumn(t) && (!best || t.codes >= best.codes)) best = t;
  }
  return best ? best.col : null;
}

/**
 * No row got a code, and there is no code column: layout.columnMissing reports it (see
 * findColumnIssues), and nothing else that follows from it (no set can match) is reported again.
 */
export function codesMissing(parsed: ParsedSheet): boolean {
  return parsed.columns.code === undefined && parsed.rows.length === 0;
}
