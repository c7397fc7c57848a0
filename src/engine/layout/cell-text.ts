/** Small readers shared by the layout code: a cell as text, and merged-cell lookups. */
import type { Grid, GridCell, MergeRange } from '../grid';
import { cellAt } from '../grid';
import { trimmed } from '../text/trim';

/** The cell as display text, trimmed; '' when empty. Numbers print plainly ("1.1", "10"). */
export function textOf(cell: GridCell | null | undefined): string {
  if (!cell) return '';
  const v = cell.value;
  if (v === null || v === undefined) return cell.error ?? '';
  if (typeof v === 'string') return trimmed(v);
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  return v ? 'TRUE' : 'FALSE';
}

export function textAt(grid: Grid, row: number, col: number): string {
  return textOf(cellAt(grid, row, col));
}

/**
 * Lookup of merged ranges by cell, for the top rows only (headers, title block): merges of the
 * data area are not needed and a sheet may hold thousands.
 */
export class MergeIndex {
  private readonly byCell = new Map<number, MergeRange>();

  constructor(grid: Grid, maxRow: number) {
    for (const m of grid.merges) {
      if (m.top > maxRow) continue;
      const bottom = Math.min(m.bottom, maxRow);
      // Guard against absurd ranges (a whole-column merge) so the index stays small.
      if ((bottom - m.top + 1) * (m.right - m.left + 1) > 5000) continue;
      for (let r = m.top; r <= bottom; r++) {
        for (let c = m.left; c <= m.right; c++) this.byCell.set(r * 16384 + c, m);
      }
    }
  }

  /** The merged range covering (row, col), if any. */
  at(row: number, col: number): MergeRange | undefined {
    return this.byCell.get(row * 16384 + col);
  }
}
