/**
 * Ranges too big to copy cell by cell. ExcelJS makes one object per cell of a merged range and of
 * a data validation: a merge over a whole column (B1:B1048576) took 20 s to load and 77 s to write
 * back, a validation over whole columns tens of seconds or never ended. Such a range is cut to the
 * used area of its sheet plus a margin, by the same rule in both readers (the fast reader cuts
 * merges; prepare-package.ts cuts both in the XML it hands ExcelJS), so they still agree and the
 * flagged copy says what it cut. Pure: the browser page uses it too.
 */

export interface Bounds {
  /** 1-based, inclusive. */
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** A merged range bigger than this is cut (a real scoresheet's biggest merge is a few hundred cells). */
export const MERGE_CELL_LIMIT = 100_000;
/** Above this many validated cells in a sheet, its validations are cut. */
export const VALIDATION_CELL_BUDGET = 100_000;
/** Rows (columns) kept below (right of) the used area when a range is cut. */
export const MARGIN_ROWS = 1000;
export const MARGIN_COLS = 26;

export const cellsIn = (b: Bounds): number => (b.bottom - b.top + 1) * (b.right - b.left + 1);

/** The range cut to the used area plus the margin (never above or left of its own start). */
export function cutToUsedArea(b: Bounds, used: { rows: number; cols: number }): Bounds {
  return {
    top: b.top,
    left: b.left,
    bottom: Math.min(b.bottom, Math.max(b.top, Math.max(used.rows, 1) + MARGIN_ROWS)),
    right: Math.min(b.right, Math.max(b.left, Math.max(used.cols, 1) + MARGIN_COLS)),
  };
}
