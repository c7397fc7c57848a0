/**
 * Raw worksheet models → Grid, reproducing what ExcelJS 4 + read-grid.ts produce: the same cell
 * types (ExcelJS's CellXform.reconcile), the same merge handling (slaves become merge cells and
 * read as null; merges create rows and cells) and the same rowCount/colCount.
 */
import type { CellScalar, Grid, GridCell, MergeRange } from '../../engine/grid';
import { hyperlinkFormulaTarget } from '../../engine/text/hyperlink-formula';
import { FastReadError } from './errors';
import { xmlDecodeAgain } from './package-parts';
import type { RawCell, RawSheet } from './sheet-xml';
import { decodeAddress } from './sheet-xml';
import { dateCellText, excelJsDate, isoCellText } from '../excel-dates';
import { cellsIn, cutToUsedArea, MERGE_CELL_LIMIT } from '../huge-ranges';
import { GridBudget } from '../input-limits';
import { columnName } from './sheet-xml';
import { isDateFormat } from '../number-format';
import { slideFormula } from './slide-formula';

export interface SheetContext {
  sharedStrings: string[] | null;
  formats: (string | undefined)[];
  date1904: boolean;
  /** Hyperlink targets by cell address (only those with a relationship, as ExcelJS). */
  hyperlinks: Map<string, string>;
  notes: Map<string, string>;
}

interface ErrorValue { error: string }
/** A date, already as the grid's ISO text (null: not a valid date). */
interface DateValue { date: string | null }
type Raw = number | string | boolean | DateValue | ErrorValue | undefined;

/** A cell as ExcelJS holds it after loading. 'null' = styled but empty; 'merge' = merge slave. */
interface Cell {
  kind: 'null' | 'merge' | 'value' | 'formula' | 'hyperlink';
  address: string;
  value?: Raw;
  formula?: string;
  sharedFrom?: string;
  hyperlink?: string;
  note?: string;
  numFmt?: string;
  /** A formula saved without a cached result (no <v>). */
  noResult?: boolean;
}

interface Row {
  hidden: boolean;
  cells: (Cell | undefined)[];
}

/** A number in a date-formatted cell → date text, as ExcelJS's Date corrected by excel-dates.ts. */
function dateOf(n: number, date1904: boolean): DateValue {
  return { date: dateCellText(excelJsDate(n, date1904), date1904) };
}

/** A `t="d"` value: ISO text → date text; text that is not a date stays text. */
function isoDateOf(v: string): DateValue | string {
  const text = isoCellText(v);
  return text === null ? v : { date: text };
}

/**
 * CellXform.parseClose + reconcile; null for the cells ExcelJS drops (no value, no style).
 * Where ExcelJS loses a value, this reads it and read-grid.ts restores it from what
 * prepare-package.ts noted (formula results "" / text in date cells / no result; t="d" dates).
 */
function reconcile(raw: RawCell, ctx: SheetContext, formulae: Map<string, string>): Cell | null {
  const fmt = raw.styleId ? ctx.formats[raw.styleId] : undefined;
  const cell: Cell = { kind: 'value', address: raw.address, numFmt: fmt };
  const t = raw.t;
  if (raw.formula || raw.shareType) {
    cell.kind = 'formula';
    cell.formula = raw.formula;
    let result: Raw;
    if (raw.hasV) {
      const v = raw.value ?? '';
      if (t === 'str') result = xmlDecodeAgain(v);
      else if (t === 'b') result = parseInt(v, 10) !== 0;
      else if (t === 'e') result = { error: v };
      else if (t === 'd') result = isoDateOf(v);
      else {
        const n = parseFloat(v);
        result = isDateFormat(fmt) ? dateOf(n, ctx.date1904) : n;
      }
    } else cell.noResult = true;
    cell.value = result;
    if (raw.shareType === 'shared') {
      if (raw.ref) formulae.set(raw.si ?? 'undefined', raw.address);
      else cell.sharedFrom = formulae.get(raw.si ?? 'undefined');
    }
  } else if (raw.value !== undefined) {
    const v = raw.value;
    if (t === 's') {
      const strings = ctx.sharedStrings;
      const s = strings ? strings[parseInt(v, 10)] : undefined;
      if (s === undefined) throw new FastReadError('shared string index out of range');
      cell.value = s;
    } else if (t === 'str') cell.value = xmlDecodeAgain(v);
    else if (t === 'inlineStr') cell.value = v;
    else if (t === 'b') cell.value = parseInt(v, 10) !== 0;
    else if (t === 'e') cell.value = { error: v };
    else if (t === 'd') cell.value = isoDateOf(v);
    else {
      const n = parseFloat(v);
      cell.value = isDateFormat(fmt) ? dateOf(n, ctx.date1904) : n;
    }
  } else if (raw.styleId) cell.kind = 'null';
  else cell.kind = 'merge';
  const link = ctx.hyperlinks.get(raw.address);
  if (link) {
    cell.kind = 'hyperlink';
    cell.hyperlink = link;
    cell.formula = undefined;
    cell.sharedFrom = undefined;
    cell.noResult = undefined;
  }
  if (cell.kind === 'merge') return null; // Row.model skips these
  const note = ctx.notes.get(raw.address);
  if (note !== undefined) cell.note = note;
  return cell;
}

/** The displayed scalar of a value (an error reads as its text); errorOf gives the error apart. */
function scalarOf(v: Raw): CellScalar {
  if (v === undefined) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if ('date' in v) return v.date;
  return v.error;
}

const errorOf = (v: Raw): string | undefined => (v !== null && typeof v === 'object' && 'error' in v ? v.error : undefined);

/** read-grid.ts toGridCell, over the reconciled cell. */
function gridCell(cell: Cell, masterFormula: (address: string) => string | undefined | null): GridCell | null {
  if (cell.kind === 'merge' || cell.kind === 'null') return null;
  const out: GridCell = { value: null };
  if (cell.kind === 'formula') {
    let formula = cell.formula;
    if (!formula && cell.sharedFrom !== undefined) {
      const master = masterFormula(cell.sharedFrom);
      if (master === null) return null; // ExcelJS throws reading it; read-grid reads it as empty
      formula = master === undefined ? undefined : slideFormula(master, cell.sharedFrom, cell.address);
    }
    if (formula) {
      out.formula = formula.charCodeAt(0) === 61 /* = */ ? formula.slice(1) : formula;
      const link = hyperlinkFormulaTarget(out.formula);
      if (link !== null) out.hyperlink = link;
    }
  }
  // A formula's cached result is read whatever it is: 0 and FALSE are values, not blanks.
  // One scalar per cell, no object for it (the reader runs this for every cell of a batch).
  const value = scalarOf(cell.value);
  out.value = value === '' ? null : value;
  if (cell.kind === 'formula' && cell.noResult) out.noResult = true;
  const error = errorOf(cell.value);
  if (error) out.error = error;
  if (cell.kind === 'hyperlink' && cell.hyperlink) out.hyperlink = cell.hyperlink;
  if (cell.note) out.note = cell.note;
  if (typeof out.value === 'number' && cell.numFmt && cell.numFmt !== 'General') out.numFmt = cell.numFmt;
  if (out.value === null && !out.formula && !out.error && !out.note && !out.hyperlink) return null;
  return out;
}

function decodeRange(ref: string): MergeRange {
  const [a, b = a] = ref.split(':');
  const p = decodeAddress(a);
  const q = decodeAddress(b);
  if (!p || !q) throw new FastReadError(`bad merge range ${ref}`);
  return {
    top: Math.min(p.row, q.row), left: Math.min(p.col, q.col),
    bottom: Math.max(p.row, q.row), right: Math.max(p.col, q.col),
  };
}

/** Last row and column holding a <c> (prepare-package.ts's usedArea over the same XML). */
function usedArea(raw: RawSheet): { rows: number; cols: number } {
  let rows = 0;
  let cols = 0;
  for (const r of raw.rows) {
    for (const c of r.cells) {
      const at = decodeAddress(c.address);
      if (!at) continue;
      rows = Math.max(rows, at.row);
      cols = Math.max(cols, at.col);
    }
  }
  return { rows, cols };
}

/**
 * Rows and columns within Excel's limits and the cells the grid will span within the budget,
 * checked before anything is built (a row numbered 2,000,000,000 or column XFD on 100,000 rows
 * would otherwise take gigabytes). Returns the cells counted, for the merges to add to.
 */
function checkSize(sheetName: string, raw: RawSheet, budget: GridBudget): { cells: number; widest: number } {
  let cells = 0;
  let widest = 0;
  for (const r of raw.rows) {
    budget.row(sheetName, r.number);
    let last = 0;
    for (const c of r.cells) {
      budget.column(sheetName, c.col, c.address);
      if (c.col > last) last = c.col;
    }
    cells += last;
    if (last > widest) widest = last;
  }
  budget.sheet(sheetName, cells, raw.rows.length, columnName(widest));
  return { cells, widest };
}

export function buildGrid(
  sheetName: string,
  raw: RawSheet,
  ctx: SheetContext,
  options: { maxRows?: number; budget?: GridBudget },
): Grid {
  const budget = options.budget ?? new GridBudget();
  const size = checkSize(sheetName, raw, budget);
  const rows: (Row | undefined)[] = [];
  const formulae = new Map<string, string>();
  for (const r of raw.rows) {
    const row: Row = { hidden: r.hidden, cells: [] };
    rows[r.number] = row; // a repeated row number replaces the earlier row, as in ExcelJS
    for (const rc of r.cells) {
      const c = reconcile(rc, ctx, formulae);
      if (c) row.cells[rc.col] = c;
    }
  }
  // Merges (1-based here), applied like Worksheet._mergeCellsInternal.
  const applied: MergeRange[] = [];
  const getRow = (n: number): Row => (rows[n] ??= { hidden: false, cells: [] });
  // Cells already inside a merge, by row: an overlap is found in time linear in the merged cells
  // (comparing each merge with every earlier one took 5.8 s for 50,000 merges).
  const covered = new Map<number, Set<number>>();
  let used: { rows: number; cols: number } | null = null;
  for (const ref of raw.merges) {
    let m = decodeRange(ref);
    // A merge over whole columns or rows: cut to the used area, as prepare-package.ts does for ExcelJS.
    if (cellsIn(m) > MERGE_CELL_LIMIT) m = cutToUsedArea(m, (used ??= usedArea(raw)));
    budget.row(sheetName, m.bottom);
    budget.column(sheetName, m.right, ref);
    // The merged cells join the grid (as merge slaves): counted before they are made.
    budget.sheet(sheetName, cellsIn(m), Math.max(raw.rows.length, m.bottom), columnName(Math.max(size.widest, m.right)));
    for (let i = m.top; i <= m.bottom; i++) {
      let set = covered.get(i);
      if (!set) covered.set(i, (set = new Set()));
      for (let j = m.left; j <= m.right; j++) {
        if (set.has(j)) throw new FastReadError('overlapping merges'); // ExcelJS refuses the file
        set.add(j);
      }
    }
    const masterRow = getRow(m.top);
    masterRow.cells[m.left] ??= { kind: 'null', address: '' };
    for (let i = m.top; i <= m.bottom; i++) {
      const row = getRow(i);
      for (let j = m.left; j <= m.right; j++) if (i > m.top || j > m.left) row.cells[j] = { kind: 'merge', address: '' };
    }
    applied.push(m);
  }
  const masterFormula = (address: string): string | undefined | null => {
    const at = decodeAddress(address);
    const c = at ? rows[at.row]?.cells[at.col] : undefined;
    if (!c) return undefined;
    return c.kind === 'formula' && c.formula ? c.formula : null;
  };
  const realRows = Math.max(0, rows.length - 1);
  const limit = options.maxRows === undefined ? realRows : Math.max(0, Math.min(realRows, Math.floor(options.maxRows)));
  const out: (GridCell | null)[][] = new Array(limit);
  const hiddenRows: number[] = [];
  let colCount = 0;
  let columnCount = 0;
  for (let n = 1; n < rows.length; n++) {
    const row = rows[n];
    if (!row) {
      if (n <= limit) out[n - 1] = [];
      continue;
    }
    if (row.cells.some((c) => c && c.kind !== 'null')) columnCount = Math.max(columnCount, row.cells.length - 1);
    if (n > limit) continue;
    const cells: (GridCell | null)[] = [];
    out[n - 1] = cells;
    if (row.hidden) hiddenRows.push(n - 1);
    for (let col = 1; col < row.cells.length; col++) {
      const c = row.cells[col];
      if (!c) continue;
      const g = gridCell(c, masterFormula);
      if (g === null) continue;
      while (cells.length < col - 1) cells.push(null);
      cells[col - 1] = g;
      if (col > colCount) colCount = col;
    }
  }
  const merges = applied
    .filter((m) => m.top <= limit)
    .map((m) => ({ top: m.top - 1, left: m.left - 1, bottom: m.bottom - 1, right: m.right - 1 }))
    .sort((a, b) => a.top - b.top || a.left - b.left);
  return { sheetName, rows: out, hiddenRows, merges, rowCount: Math.max(realRows, limit), colCount: Math.max(colCount, columnCount) };
}
