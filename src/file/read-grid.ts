/**
 * ExcelJS worksheet → plain Grid (src/engine/grid.ts).
 * The file adapter's reading half: used by the CLI, the browser file mode and the tests.
 * It must never throw on an odd cell (a corrupt value is read as empty) and must be fast:
 * it walks only the rows and cells ExcelJS holds, never the whole rectangle.
 */
import * as ExcelJS from 'exceljs';
import type { CellScalar, Grid, GridCell, MergeRange } from '../engine/grid';
import { hyperlinkFormulaTarget } from '../engine/text/hyperlink-formula';
import { dateCellText } from './excel-dates';
import { installFastMerges } from './exceljs-quirks';

/**
 * What ExcelJS loses of some cells, noted by prepare-package.ts from the sheet's XML, by address:
 * a formula saved without a result (ExcelJS cannot tell it from a result of ""), and the text
 * result of a formula in a date-formatted cell (ExcelJS turns it into an invalid date).
 */
export interface CellExtra {
  noResult?: true;
  text?: string;
  /** A formula's TRUE/FALSE or error result (ExcelJS turns them into dates in a date-formatted cell). */
  bool?: boolean;
  error?: string;
}
export type SheetExtras = Map<string, CellExtra>;

export interface ReadGridOptions {
  maxRows?: number;
  extras?: SheetExtras;
}

/** Open an .xlsx from bytes (Node Buffer or browser ArrayBuffer). */
export async function loadWorkbook(data: Buffer | ArrayBuffer | Uint8Array): Promise<ExcelJS.Workbook> {
  installFastMerges(ExcelJS.Workbook);
  const wb = new ExcelJS.Workbook();
  // ExcelJS hands the bytes to JSZip, which takes a Buffer, an ArrayBuffer or a Uint8Array alike;
  // its typings only name Buffer.
  await wb.xlsx.load(data as unknown as Parameters<typeof wb.xlsx.load>[0]);
  return wb;
}

interface Scalar {
  value: CellScalar;
  error?: string;
}


function richTextOf(v: unknown): string | null {
  if (v && typeof v === 'object' && Array.isArray((v as { richText?: unknown }).richText)) {
    return ((v as { richText: { text?: unknown }[] }).richText)
      .map((r) => (typeof r?.text === 'string' ? r.text : ''))
      .join('');
  }
  return null;
}

/**
 * Any ExcelJS value (or formula result) → displayed scalar, error kept apart. Dates become ISO
 * text ("2024-01-15", with the time when there is one), corrected before 1900-03-01.
 */
function scalarOf(v: unknown, date1904: boolean): Scalar {
  if (v === null || v === undefined) return { value: null };
  if (typeof v === 'number') return { value: Number.isFinite(v) ? v : null };
  if (typeof v === 'string' || typeof v === 'boolean') return { value: v };
  if (v instanceof Date) return { value: dateCellText(v, date1904) };
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (typeof o.error === 'string') return { value: o.error, error: o.error };
    const rich = richTextOf(v);
    if (rich !== null) return { value: rich };
    if ('text' in o) return scalarOf(o.text, date1904); // hyperlink value: { text, hyperlink }
  }
  return { value: null };
}

function noteText(note: unknown): string | undefined {
  if (typeof note === 'string') return note || undefined;
  if (note && typeof note === 'object' && Array.isArray((note as { texts?: unknown }).texts)) {
    const t = (note as { texts: { text?: unknown }[] }).texts
      .map((x) => (typeof x?.text === 'string' ? x.text : ''))
      .join('');
    return t || undefined;
  }
  return undefined;
}

function toGridCell(cell: ExcelJS.Cell, date1904: boolean, extras: SheetExtras | undefined): GridCell | null {
  const type = cell.type;
  if (type === ExcelJS.ValueType.Merge) return null; // the value lives on the merge master
  let raw: unknown = cell.value;
  const out: GridCell = { value: null };
  const extra = extras?.get(cell.address);
  if (type === ExcelJS.ValueType.Formula) {
    const formula = cell.formula;
    if (typeof formula === 'string' && formula !== '') {
      out.formula = formula.replace(/^=/, '');
      const link = hyperlinkFormulaTarget(out.formula);
      if (link !== null) out.hyperlink = link;
    }
    // cell.value leaves out a falsy result (0, FALSE): the result itself is read, whatever it is.
    raw = (cell as unknown as { result?: unknown }).result;
    if (extra?.noResult) out.noResult = true;
  }
  if (type !== ExcelJS.ValueType.Hyperlink && extra) {
    if (extra.text !== undefined) raw = extra.text;
    else if (extra.bool !== undefined) raw = extra.bool;
    else if (extra.error !== undefined) raw = { error: extra.error };
  }
  const s = scalarOf(raw, date1904);
  out.value = s.value === '' ? null : s.value;
  if (s.error) out.error = s.error;
  if (type === ExcelJS.ValueType.Hyperlink) {
    const h = (raw as { hyperlink?: unknown }).hyperlink;
    if (typeof h === 'string' && h) out.hyperlink = h;
  }
  const note = noteText(cell.note);
  if (note) out.note = note;
  if (typeof out.value === 'number') {
    const fmt = cell.numFmt;
    if (typeof fmt === 'string' && fmt !== '' && fmt !== 'General') out.numFmt = fmt;
  }
  if (out.value === null && !out.formula && !out.error && !out.note && !out.hyperlink) return null;
  return out;
}

function safeGridCell(cell: ExcelJS.Cell, date1904: boolean, extras: SheetExtras | undefined): GridCell | null {
  try {
    return toGridCell(cell, date1904, extras);
  } catch {
    return null; // a malformed cell must not stop the reading of the sheet
  }
}

interface RangeLike {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Merged ranges, 0-based. ExcelJS keeps them in a private index keyed by master address. */
function mergesOf(ws: ExcelJS.Worksheet, rowLimit: number): MergeRange[] {
  const index = (ws as unknown as { _merges?: Record<string, RangeLike | undefined> })._merges;
  const out: MergeRange[] = [];
  if (!index) return out;
  for (const key of Object.keys(index)) {
    const m = index[key];
    if (!m || !(m.top >= 1) || m.top > rowLimit) continue;
    out.push({ top: m.top - 1, left: m.left - 1, bottom: m.bottom - 1, right: m.right - 1 });
  }
  out.sort((a, b) => a.top - b.top || a.left - b.left);
  return out;
}

/**
 * Read a worksheet into a Grid. `maxRows` reads only the top rows (sheet detection);
 * rowCount still reports the sheet's real size.
 */
export function readGridFromWorksheet(ws: ExcelJS.Worksheet, options: ReadGridOptions = {}): Grid {
  const date1904 = Boolean((ws.workbook as unknown as { properties?: { date1904?: boolean } }).properties?.date1904);
  const realRows = ws.rowCount;
  const limit = options.maxRows === undefined ? realRows : Math.max(0, Math.min(realRows, Math.floor(options.maxRows)));
  const rows: (GridCell | null)[][] = new Array(limit);
  const hiddenRows: number[] = [];
  let colCount = 0;
  for (let r = 1; r <= limit; r++) {
    const cells: (GridCell | null)[] = [];
    rows[r - 1] = cells;
    const row = ws.findRow(r);
    if (!row) continue;
    if (row.hidden) hiddenRows.push(r - 1);
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      const g = safeGridCell(cell, date1904, options.extras);
      if (g === null) return;
      while (cells.length < col - 1) cells.push(null);
      cells[col - 1] = g;
      if (col > colCount) colCount = col;
    });
  }
  let sheetCols = colCount;
  try {
    sheetCols = Math.max(colCount, ws.columnCount);
  } catch {
    // keep what was seen
  }
  return {
    sheetName: ws.name,
    rows,
    hiddenRows,
    merges: mergesOf(ws, limit),
    rowCount: Math.max(realRows, limit),
    colCount: sheetCols,
  };
}

/** Every worksheet of a workbook as grids, in tab order. */
export function readWorkbookGrids(wb: ExcelJS.Workbook, options: { maxRows?: number } = {}): Grid[] {
  return wb.worksheets.map((ws) => readGridFromWorksheet(ws, options));
}
