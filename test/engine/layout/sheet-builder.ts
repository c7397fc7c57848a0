/** Test helper: small synthetic scoresheet grids, built row by row. */
import type { CellScalar, Grid, GridCell, MergeRange } from '../../../src/engine/grid';
import { TEMPLATE_HEADERS } from '../../../src/engine/template/template-sheet';

export class SheetBuilder {
  private readonly rows: (GridCell | null)[][] = [];
  private readonly merges: MergeRange[] = [];
  private readonly hidden: number[] = [];

  constructor(private readonly name = 'Sheet1') {}

  /** Add a row of plain values ('' and null are empty). Returns its 0-based index. */
  row(...values: (CellScalar | GridCell)[]): number {
    this.rows.push(
      values.map((v) => {
        if (v === null || v === '') return null;
        if (typeof v === 'object') return v;
        return { value: v };
      }),
    );
    return this.rows.length - 1;
  }

  blank(n = 1): this {
    for (let i = 0; i < n; i++) this.rows.push([]);
    return this;
  }

  hide(row: number): this {
    this.hidden.push(row);
    return this;
  }

  /** Merge a range; slave cells are set to null, as the adapters do. */
  merge(top: number, left: number, bottom: number, right: number): this {
    this.merges.push({ top, left, bottom, right });
    for (let r = top; r <= bottom; r++) {
      for (let c = left; c <= right; c++) {
        if (r === top && c === left) continue;
        const row = this.rows[r] ?? (this.rows[r] = []);
        row[c] = null;
      }
    }
    return this;
  }

  build(): Grid {
    const rows = this.rows.map((r) => Array.from(r, (c) => c ?? null));
    const colCount = rows.reduce((m, r) => Math.max(m, r.length), 0);
    return { sheetName: this.name, rows, hiddenRows: [...this.hidden], merges: [...this.merges], rowCount: rows.length, colCount };
  }
}

/** The header of the plain shape (one row, eight columns like the samples). */
export const PLAIN_HEADER = TEMPLATE_HEADERS.slice(0, 8);

/** A plain sheet: title block, header on row `headerRow` (0-based), then the given data rows. */
export function plainSheet(data: (CellScalar | GridCell)[][], options: { headerRow?: number; name?: string } = {}): Grid {
  const b = new SheetBuilder(options.name);
  const headerRow = options.headerRow ?? 3;
  b.row('UBND TỈNH MINH SƠN');
  for (let i = 1; i < headerRow; i++) b.row(i === 1 ? 'BẢNG TỰ ĐÁNH GIÁ CHỈ SỐ CCHC NĂM 2024' : '');
  b.row(...PLAIN_HEADER);
  for (const d of data) b.row(...d);
  return b.build();
}
