/**
 * The raw worksheet model the readers of a worksheet part build (sheet-xml.ts, sheet-data-scan.ts):
 * the cell models ExcelJS's CellXform would build, before styles, shared strings and hyperlinks are
 * applied; and the file layer's 1-based A1 helpers.
 */
export interface RawCell {
  /** The r attribute (or the address ExcelJS infers for a <c> without one). */
  address: string;
  col: number;
  styleId?: number;
  t?: string;
  /** <v> / inline <t> text, or the joined text of inline rich runs. */
  value?: string;
  /** A <v> element was there (possibly empty: a formula whose result is ""). */
  hasV?: boolean;
  rich?: boolean;
  formula?: string;
  shareType?: string;
  si?: string;
  ref?: string;
}

/**
 * A raw cell with every field present from the start (undefined until read): all raw cells share
 * one object shape, so the code reading them stays monomorphic (fields added one by one made a
 * shape per combination). Both readers of a worksheet part make them here.
 */
export function newRawCell(address: string, col: number, t: string | undefined, styleId?: number): RawCell {
  return { address, col, styleId, t, value: undefined, hasV: undefined, rich: undefined, formula: undefined, shareType: undefined, si: undefined, ref: undefined };
}

export interface RawRow {
  number: number;
  hidden: boolean;
  cells: RawCell[];
}

export interface RawSheet {
  rows: RawRow[];
  merges: string[];
  hyperlinks: { ref: string; rId: string | undefined }[];
}

/**
 * Column letters → column number, 1-based as in the file ("A" → 1, "BC" → 55). With columnName,
 * the one pair of 1-based A1 helpers of the file layer (the engine's grid.ts ones are 0-based).
 */
export function decodeColumn(letters: string): number {
  let col = 0;
  for (const ch of letters.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return col;
}

/**
 * "BC12" → column number (1-based) and row; null when not an A1 address (1–3 letters, "$"
 * allowed before letters and digits). Read by character codes: it runs for every cell.
 */
export function decodeAddress(a: string): { col: number; row: number } | null {
  const n = a.length;
  let i = a.charCodeAt(0) === 36 ? 1 : 0;
  const first = i;
  let col = 0;
  for (; i < n; i++) {
    let c = a.charCodeAt(i);
    if (c >= 97 && c <= 122) c -= 32;
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
  }
  if (i === first || i - first > 3) return null;
  if (a.charCodeAt(i) === 36) i++;
  if (i === n) return null;
  let row = 0;
  for (; i < n; i++) {
    const c = a.charCodeAt(i);
    if (c < 48 || c > 57) return null;
    row = row * 10 + (c - 48);
  }
  return { col, row };
}

export function columnName(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

