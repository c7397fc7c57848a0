/**
 * One worksheet part → the raw cell models ExcelJS's CellXform would build (before styles,
 * shared strings and hyperlinks are applied). Only <sheetData>, <mergeCells> and <hyperlinks>
 * are looked at.
 */
import { FastReadError } from './errors';
import { unescapeX } from './shared-parts';
import { scanXml } from './xml-scan';

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

export function readSheetXml(xml: string): RawSheet {
  const sheet: RawSheet = { rows: [], merges: [], hyperlinks: [] };
  let row: RawRow | null = null;
  let cell: RawCell | null = null;
  let node: 'f' | 'v' | 't' | null = null;
  let runs: string[] | null = null; // inline rich text of the current cell
  let inRun = false;
  let runText: string[] | null = null;
  let prev: { col: number; row: number } | null = null;
  let lastRow = 0;
  scanXml(xml, {
    open(name, a) {
      if (cell) {
        if (inRun) {
          if (name === 't') runText = [];
          return;
        }
        if (name === 'r') {
          // An inline string after a <v> (some writers put both): the inline string is the text.
          if (cell.value !== undefined && !cell.rich && cell.t !== 'inlineStr') throw new FastReadError('rich run after inline text');
          if (!cell.rich && !runs) cell.value = undefined;
          inRun = true;
          runs ??= [];
          runs.push('');
        } else if (name === 'f') {
          node = 'f';
          cell.si = a.si;
          cell.shareType = a.t;
          cell.ref = a.ref;
        } else if (name === 'v' || name === 't') {
          node = name;
          if (name === 'v') cell.hasV = true;
        }
        return;
      }
      if (name === 'row') {
        // A row without r follows the previous one (allowed by the format; some libraries write it).
        const number = a.r === undefined ? lastRow + 1 : parseInt(a.r, 10);
        if (!(number >= 1)) throw new FastReadError('row without a number');
        lastRow = number;
        row = { number, hidden: a.hidden === '1' || a.hidden === 'true', cells: [] };
        sheet.rows.push(row);
        prev = null;
      } else if (name === 'c' && row) {
        let address = a.r;
        let at = address === undefined ? null : decodeAddress(address);
        if (address === undefined) {
          // A cell without r follows the previous cell of its row, or starts the row at column A.
          at = { col: prev ? prev.col + 1 : 1, row: row.number };
          address = columnName(at.col) + String(at.row);
        }
        if (!at || address === undefined) throw new FastReadError('cell without a usable address');
        prev = at;
        cell = { address, col: at.col, t: a.t };
        if (a.s) cell.styleId = parseInt(a.s, 10);
      } else if (name === 'mergeCell' && a.ref) sheet.merges.push(a.ref);
      else if (name === 'hyperlink' && a.ref !== undefined) sheet.hyperlinks.push({ ref: a.ref, rId: a['r:id'] });
    },
    text(t) {
      if (!cell) return;
      if (inRun) {
        if (runText) runText.push(t);
      } else if (node === 'f') cell.formula = (cell.formula ?? '') + t;
      else if (node === 'v' || node === 't') {
        if (!cell.rich) cell.value = (cell.value ?? '') + t; // text after rich runs is dropped, as in ExcelJS
      }
    },
    close(name) {
      if (!cell) {
        if (name === 'row') row = null;
        return;
      }
      if (inRun) {
        if (name === 't' && runText && runs) {
          runs[runs.length - 1] = unescapeX(runText.join(''));
          runText = null;
        } else if (name === 'r') {
          inRun = false;
          cell.rich = true;
          cell.value = (runs ?? []).join('');
        }
        return;
      }
      if (name === 'f' || name === 'v' || name === 't' || name === 'is') node = null;
      else if (name === 'c') {
        row?.cells.push(cell);
        cell = null;
        runs = null;
        node = null;
      }
    },
  });
  return sheet;
}
