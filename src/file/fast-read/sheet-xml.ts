/**
 * One worksheet part → the raw cell models ExcelJS's CellXform would build (before styles,
 * shared strings and hyperlinks are applied). Only <sheetData>, <mergeCells> and <hyperlinks>
 * are looked at.
 */
import { FastReadError } from './errors';
import { unescapeX } from './shared-parts';
import { columnName, decodeAddress, newRawCell, type RawCell, type RawRow, type RawSheet } from './raw-sheet';
import { memoByPartText } from './part-memo';
import { scanSheetData } from './sheet-data-scan';
import { isSpace, scanXml, tagEnd } from './xml-scan';

export { columnName, decodeAddress, decodeColumn, type RawCell, type RawRow, type RawSheet } from './raw-sheet';

/**
 * The part's rows, merges and links. The rows of a <sheetData> of the usual shape are read by
 * sheet-data-scan.ts; the rest of the part (and any part it does not take) by the tokenizer.
 */
export function readSheetXml(xml: string): RawSheet {
  const start = xml.indexOf('<sheetData');
  // Not when a comment or CDATA comes before it (it could hide the text "<sheetData").
  if (start >= 0 && xml.lastIndexOf('<!', start) < 0) {
    const c = xml.charCodeAt(start + 10);
    const open = c === 62 || isSpace(c) ? tagEnd(xml, start + 1) : -1;
    // Its end found from the part's end (only a few elements follow it, thousands of cells come
    // before): another "</sheetData>" before that one is then inside the range, where
    // scanSheetData refuses it, and the tokenizer reads the part as before.
    const last = open >= 0 && xml.charCodeAt(open - 1) !== 47 ? xml.lastIndexOf('</sheetData>') : -1;
    const end = last > open ? last : -1;
    const rows = end >= 0 ? scanSheetData(xml, open + 1, end) : null;
    if (rows) {
      const rest = rememberedRest(xml.slice(0, start) + xml.slice(end + 12));
      // (Copies: the lists are remembered for the next file.)
      if (rest) return { rows, merges: rest.merges.slice(), hyperlinks: rest.hyperlinks.slice() };
    }
  }
  return tokenizedSheetXml(xml);
}

const REST_NAMES = ['row', 'mergeCell', 'hyperlink'];

/** restOfSheet remembered by text (part-memo.ts): a template's sheets share their header and merges. */
const rememberedRest = memoByPartText(restOfSheet);

/**
 * The merges and links of a worksheet part without its <sheetData>: what tokenizedSheetXml reads
 * there, looking at those elements alone; null when the rest holds a row (the whole part is then
 * read by the tokenizer).
 */
function restOfSheet(xml: string): Pick<RawSheet, 'merges' | 'hyperlinks'> | null {
  const out: Pick<RawSheet, 'merges' | 'hyperlinks'> = { merges: [], hyperlinks: [] };
  let row = false;
  scanXml(xml, {
    open(name, a) {
      if (name === 'row') row = true;
      else if (name === 'mergeCell' && a.ref) out.merges.push(a.ref);
      else if (name === 'hyperlink' && a.ref !== undefined) out.hyperlinks.push({ ref: a.ref, rId: a['r:id'] });
    },
    close() {},
  }, REST_NAMES);
  return row ? null : out;
}

/** Every part through the tokenizer (also what readSheetXml falls back on; the tests compare the two). */
export function tokenizedSheetXml(xml: string): RawSheet {
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
        cell = newRawCell(address, at.col, a.t, a.s ? parseInt(a.s, 10) : undefined);
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
