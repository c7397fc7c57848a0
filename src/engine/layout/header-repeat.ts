/**
 * Header rows repeated down the sheet. People copy the header (and the column-number row) to the
 * top of every printed page; each copy must be skipped as such, not read as an option line (its
 * "Tự đánh giá" would land in an item's score) or, for a number row "1 2 3 …", as an item "1".
 */
import type { Grid } from '../grid';
import { textAt } from './cell-text';
import type { HeaderLayout } from './find-header';
import { fold } from '../text/normalize';

interface HeaderRowPrint {
  /** Folded text per column of one header row (non-empty cells only). */
  cells: Map<number, string>;
  /** First non-empty column and its raw length: a cheap first test on every data row. */
  anchorCol: number;
  anchorLength: number;
}

export class HeaderRepeats {
  private readonly prints: HeaderRowPrint[] = [];

  constructor(grid: Grid, header: HeaderLayout) {
    const rows: number[] = [];
    for (let r = header.first; r <= header.last; r++) rows.push(r);
    if (header.numberRow !== null) rows.push(header.numberRow);
    for (const r of rows) {
      const cells = new Map<number, string>();
      let anchorCol = -1;
      let anchorLength = 0;
      const width = grid.rows[r]?.length ?? 0;
      for (let c = 0; c < width; c++) {
        const t = textAt(grid, r, c);
        if (t === '') continue;
        cells.set(c, fold(t));
        if (anchorCol < 0) {
          anchorCol = c;
          anchorLength = t.length;
        }
      }
      if (cells.size >= 2) this.prints.push({ cells, anchorCol, anchorLength });
    }
  }

  /**
   * Row `r` is a copy of one of the header rows: at least two filled cells, each equal (folded)
   * to that header row's cell in the same column, and half of the header row's cells present.
   */
  isRepeat(grid: Grid, r: number): boolean {
    for (const p of this.prints) {
      const anchor = textAt(grid, r, p.anchorCol);
      if (anchor === '' || Math.abs(anchor.length - p.anchorLength) > 4) continue;
      if (this.matches(grid, r, p)) return true;
    }
    return false;
  }

  private matches(grid: Grid, r: number, p: HeaderRowPrint): boolean {
    const width = grid.rows[r]?.length ?? 0;
    let same = 0;
    for (let c = 0; c < width; c++) {
      const t = textAt(grid, r, c);
      if (t === '') continue;
      if (p.cells.get(c) !== fold(t)) return false;
      same++;
    }
    return same >= 2 && same * 2 >= p.cells.size;
  }
}
