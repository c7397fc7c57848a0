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
  formats: readonly (string | undefined)[];
  date1904: boolean;
  /** Hyperlink targets by cell address (only those with a relationship, as ExcelJS). */
  hyperlinks: Map<string, string>;
  notes: Map<string, string>;
}

/**
 * A grid position after the merges: the raw cell that sits there (ExcelJS's reconciled cell is
 * derived from it when the grid cell is made: no object per cell in between), or a merged cell's
 * mark: MERGED for the cells a merge covers but its first (ExcelJS's merge slaves, read as empty),
 * EMPTY_MASTER for a merge's first cell that had no <c> (a styled empty cell in ExcelJS).
 */
const MERGED = 1;
const EMPTY_MASTER = 2;
type Slot = RawCell | typeof MERGED | typeof EMPTY_MASTER;

interface Row {
  hidden: boolean;
  cells: (Slot | undefined)[];
}

/** The link ExcelJS puts on the cell at this address (only links with a relationship), if any. */
const linkAt = (address: string, ctx: SheetContext): string | undefined => (ctx.hyperlinks.size > 0 ? ctx.hyperlinks.get(address) : undefined);

const hasFormula = (raw: RawCell): boolean => !!(raw.formula || raw.shareType);

/**
 * Whether ExcelJS keeps the cell (CellXform.reconcile, then Row.model): it holds a formula, a
 * value or a style, or carries a link; false for a <c> with none of these.
 */
function kept(raw: RawCell, ctx: SheetContext): boolean {
  return hasFormula(raw) || raw.value !== undefined || !!raw.styleId || !!linkAt(raw.address, ctx);
}

/** A kept cell that ExcelJS holds as a styled empty cell (no formula, no value, no link). */
function styledEmpty(raw: RawCell, ctx: SheetContext): boolean {
  return !hasFormula(raw) && raw.value === undefined && !linkAt(raw.address, ctx);
}

/** Whether the row holds a cell other than a styled empty one (ExcelJS's column count then reaches its end). */
function holdsMoreThanStyles(row: Row, ctx: SheetContext): boolean {
  const cells = row.cells;
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i];
    if (c === undefined || c === EMPTY_MASTER) continue;
    if (c === MERGED || !styledEmpty(c, ctx)) return true;
  }
  return false;
}

/** A `t="d"` value: ISO text → date text; text that is not a date stays text. */
function isoDateText(v: string): string {
  const text = isoCellText(v);
  return text === null ? v : text;
}

/** The error text of the value cellScalar read last (undefined: not an error). */
let lastError: string | undefined;

/**
 * A number as read: its date text in a date-formatted cell (ExcelJS's Date corrected by
 * excel-dates.ts; null when not a valid date), null when not finite, else the number.
 */
function numberScalar(v: string, fmt: string | undefined, date1904: boolean): CellScalar {
  const n = parseFloat(v);
  if (fmt !== undefined && isDateFormatKnown(fmt)) return dateCellText(excelJsDate(n, date1904), date1904);
  return Number.isFinite(n) ? n : null;
}

/**
 * isDateFormat remembered by format code. WHY: it runs two regular-expression replaces and a test
 * for every number in a formatted cell, and a workbook has a few formats for thousands of cells.
 * Bounded: forgotten at DATE_FORMATS_KEEP codes.
 */
const DATE_FORMATS_KEEP = 256;
const dateFormats = new Map<string, boolean>();
function isDateFormatKnown(fmt: string): boolean {
  let known = dateFormats.get(fmt);
  if (known === undefined) {
    if (dateFormats.size >= DATE_FORMATS_KEEP) dateFormats.clear();
    known = isDateFormat(fmt);
    dateFormats.set(fmt, known);
  }
  return known;
}

/** parseInt(v, 10), by character codes for the usual index of up to nine digits (read twice a cell). */
function sharedIndex(v: string): number {
  const n = v.length;
  if (n === 0 || n > 9) return parseInt(v, 10);
  let x = 0;
  for (let i = 0; i < n; i++) {
    const d = v.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return parseInt(v, 10);
    x = x * 10 + d;
  }
  return x;
}

function sharedString(v: string, ctx: SheetContext): string {
  const strings = ctx.sharedStrings;
  const s = strings ? strings[sharedIndex(v)] : undefined;
  if (s === undefined) throw new FastReadError('shared string index out of range');
  return s;
}

/**
 * The displayed scalar of a cell's value or formula result, typed as CellXform.reconcile types
 * it and shown as read-grid.ts shows it (an error reads as its text, also left in lastError);
 * undefined when the cell has none (a formula without a result, a link on an empty cell).
 */
function cellScalar(raw: RawCell, fmt: string | undefined, ctx: SheetContext): CellScalar | undefined {
  lastError = undefined;
  const t = raw.t;
  // (A cell without t is a number: said first, so that the comparisons below only ever see
  // strings and V8 compiles them as such; mixed with undefined each became a generic call.)
  if (hasFormula(raw)) {
    if (!raw.hasV) return undefined;
    const v = raw.value ?? '';
    if (t === undefined) return numberScalar(v, fmt, ctx.date1904);
    if (t === 'str') return xmlDecodeAgain(v);
    if (t === 'b') return parseInt(v, 10) !== 0;
    if (t === 'e') return (lastError = v);
    if (t === 'd') return isoDateText(v);
    return numberScalar(v, fmt, ctx.date1904);
  }
  const v = raw.value;
  if (v === undefined) return undefined;
  if (t === undefined) return numberScalar(v, fmt, ctx.date1904);
  if (t === 's') return sharedString(v, ctx);
  if (t === 'str') return xmlDecodeAgain(v);
  if (t === 'inlineStr') return v;
  if (t === 'b') return parseInt(v, 10) !== 0;
  if (t === 'e') return (lastError = v);
  if (t === 'd') return isoDateText(v);
  return numberScalar(v, fmt, ctx.date1904);
}

/**
 * read-grid.ts toGridCell over the cell ExcelJS holds at this position (CellXform.reconcile of
 * the raw cell, after the merges), made straight from the raw cell. `sharedFrom`: the first cell
 * of the shared formula this cell only refers to.
 */
function gridCell(
  slot: Slot,
  ctx: SheetContext,
  sharedFrom: string | undefined,
  masterFormula: (address: string) => string | undefined | null,
): GridCell | null {
  if (slot === MERGED || slot === EMPTY_MASTER) return null;
  const raw = slot;
  const link = linkAt(raw.address, ctx);
  const isFormula = hasFormula(raw);
  if (!link && !isFormula && raw.value === undefined) return null; // styled empty
  const fmt = raw.styleId ? ctx.formats[raw.styleId] : undefined;
  // The cell's parts in locals, its object made once they are known (none for a cell that shows
  // nothing): reading them back from objects of a dozen shapes cost a generic load each.
  let formulaText: string | undefined;
  let formulaLink: string | null = null;
  // A cell with a link is a hyperlink cell in ExcelJS: its formula is dropped, its value kept.
  if (isFormula && !link) {
    let formula = raw.formula;
    if (!formula && sharedFrom !== undefined) {
      const master = masterFormula(sharedFrom);
      if (master === null) return null; // ExcelJS throws reading it; read-grid reads it as empty
      formula = master === undefined ? undefined : slideFormula(master, sharedFrom, raw.address);
    }
    if (formula) {
      formulaText = formula.charCodeAt(0) === 61 /* = */ ? formula.slice(1) : formula;
      formulaLink = hyperlinkFormulaTarget(formulaText);
    }
  }
  // A formula's cached result is read whatever it is: 0 and FALSE are values, not blanks.
  // One scalar per cell, no object for it (the reader runs this for every cell of a batch).
  const scalar = cellScalar(raw, fmt, ctx);
  const error = lastError;
  const value = scalar === undefined || (typeof scalar === 'string' && scalar.length === 0) ? null : scalar;
  const note = ctx.notes.size > 0 ? ctx.notes.get(raw.address) : undefined;
  if (value === null && !formulaText && !error && !note && !link && !formulaLink) return null;
  // (Fields in the order they were always added: the grids' JSON stays the same bytes.)
  const out: GridCell = { value };
  if (formulaText !== undefined) out.formula = formulaText;
  if (formulaLink !== null) out.hyperlink = formulaLink;
  if (isFormula && !link && !raw.hasV) out.noResult = true;
  if (error) out.error = error;
  if (link) out.hyperlink = link;
  if (note) out.note = note;
  if (typeof value === 'number' && fmt && fmt !== 'General') out.numFmt = fmt;
  return out;
}

function decodeRange(ref: string): MergeRange {
  // ref.split(':')'s first two pieces, without the array (a lone address is both ends).
  const colon = ref.indexOf(':');
  const a = colon < 0 ? ref : ref.slice(0, colon);
  const next = colon < 0 ? -1 : ref.indexOf(':', colon + 1);
  const b = colon < 0 ? a : ref.slice(colon + 1, next < 0 ? ref.length : next);
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
  // Shared formulas: the first cell of each, by si (a later one with the same si wins), and for
  // each cell that only refers to one, the first cell it referred to when it was read.
  const formulae = new Map<string, string>();
  let sharedFrom: Map<RawCell, string | undefined> | null = null;
  for (const r of raw.rows) {
    const row: Row = { hidden: r.hidden, cells: [] };
    rows[r.number] = row; // a repeated row number replaces the earlier row, as in ExcelJS
    for (const rc of r.cells) {
      if (hasFormula(rc)) {
        if (rc.shareType === 'shared') {
          if (rc.ref) formulae.set(rc.si ?? 'undefined', rc.address);
          else (sharedFrom ??= new Map()).set(rc, formulae.get(rc.si ?? 'undefined'));
        }
      } else if (rc.t !== undefined && rc.t === 's' && rc.value !== undefined) sharedString(rc.value, ctx); // ExcelJS reads it on load, kept or not
      if (kept(rc, ctx)) row.cells[rc.col] = rc;
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
    masterRow.cells[m.left] ??= EMPTY_MASTER;
    for (let i = m.top; i <= m.bottom; i++) {
      const row = getRow(i);
      for (let j = m.left; j <= m.right; j++) if (i > m.top || j > m.left) row.cells[j] = MERGED;
    }
    applied.push(m);
  }
  // The formula of a shared formula's first cell, as the cell stands after the merges: undefined
  // when there is no cell there, null when it holds no formula (ExcelJS then fails to read it).
  const masterFormula = (address: string): string | undefined | null => {
    const at = decodeAddress(address);
    const c = at ? rows[at.row]?.cells[at.col] : undefined;
    if (c === undefined) return undefined;
    if (c === MERGED || c === EMPTY_MASTER) return null;
    return hasFormula(c) && !linkAt(c.address, ctx) && c.formula ? c.formula : null;
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
    if (holdsMoreThanStyles(row, ctx)) columnCount = Math.max(columnCount, row.cells.length - 1);
    if (n > limit) continue;
    const cells: (GridCell | null)[] = [];
    out[n - 1] = cells;
    if (row.hidden) hiddenRows.push(n - 1);
    for (let col = 1; col < row.cells.length; col++) {
      const c = row.cells[col];
      if (!c) continue;
      const g = gridCell(c, ctx, sharedFrom && c !== MERGED && c !== EMPTY_MASTER ? sharedFrom.get(c) : undefined, masterFormula);
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
