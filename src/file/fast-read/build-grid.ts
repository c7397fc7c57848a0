/**
 * Raw worksheet models → Grid, reproducing what ExcelJS 4 + read-grid.ts produce: the same cell
 * types (ExcelJS's CellXform.reconcile), the same merge handling (slaves become merge cells and
 * read as null; merges create rows and cells) and the same rowCount/colCount.
 */
import type { CellScalar, Grid, GridCell, MergeRange } from '../../engine/grid';
import { FastReadError } from './errors';
import { xmlDecodeAgain } from './package-parts';
import type { RawCell, RawSheet } from './sheet-xml';
import { decodeAddress } from './sheet-xml';
import { isDateFmt } from './shared-parts';
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
type Raw = number | string | boolean | Date | ErrorValue | undefined;

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
}

interface Row {
  hidden: boolean;
  cells: (Cell | undefined)[];
}

function toDate(v: unknown, date1904: boolean): Date {
  return new Date(Math.round(((v as number) - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));
}

/** CellXform.parseClose + reconcile; null for the cells ExcelJS drops (no value, no style). */
function reconcile(raw: RawCell, ctx: SheetContext, formulae: Map<string, string>): Cell | null {
  const fmt = raw.styleId ? ctx.formats[raw.styleId] : undefined;
  const cell: Cell = { kind: 'value', address: raw.address, numFmt: fmt };
  const t = raw.t;
  if (raw.formula || raw.shareType) {
    cell.kind = 'formula';
    cell.formula = raw.formula;
    let result: Raw;
    if (raw.value) {
      if (t === 'str') result = xmlDecodeAgain(raw.value);
      else if (t === 'b') result = parseInt(raw.value, 10) !== 0;
      else if (t === 'e') result = { error: raw.value };
      else result = parseFloat(raw.value);
    }
    if (result !== undefined && isDateFmt(fmt)) result = toDate(result, ctx.date1904);
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
    else {
      const n = parseFloat(v);
      cell.value = isDateFmt(fmt) ? toDate(n, ctx.date1904) : n;
    }
  } else if (raw.styleId) cell.kind = 'null';
  else cell.kind = 'merge';
  const link = ctx.hyperlinks.get(raw.address);
  if (link) {
    cell.kind = 'hyperlink';
    cell.hyperlink = link;
    cell.formula = undefined;
    cell.sharedFrom = undefined;
  }
  if (cell.kind === 'merge') return null; // Row.model skips these
  const note = ctx.notes.get(raw.address);
  if (note !== undefined) cell.note = note;
  return cell;
}

function dateText(d: Date): string | null {
  const t = d.getTime();
  if (!Number.isFinite(t)) return null;
  const iso = d.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19);
}

function scalarOf(v: Raw): { value: CellScalar; error?: string } {
  if (v === undefined) return { value: null };
  if (typeof v === 'number') return { value: Number.isFinite(v) ? v : null };
  if (typeof v === 'string' || typeof v === 'boolean') return { value: v };
  if (v instanceof Date) return { value: dateText(v) };
  return { value: v.error, error: v.error };
}

const HYPERLINK_FORMULA = /^\s*=?\s*HYPERLINK\s*\(\s*"([^"]*)"/i;

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
      out.formula = formula.replace(/^=/, '');
      const link = HYPERLINK_FORMULA.exec(out.formula);
      if (link) out.hyperlink = link[1];
    }
  }
  // ExcelJS's FormulaValue.value leaves out a falsy result (0, false, ""): such a cell reads as empty.
  const s = scalarOf(cell.kind === 'formula' && !cell.value ? undefined : cell.value);
  out.value = s.value === '' ? null : s.value;
  if (s.error) out.error = s.error;
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

export function buildGrid(sheetName: string, raw: RawSheet, ctx: SheetContext, options: { maxRows?: number }): Grid {
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
  for (const ref of raw.merges) {
    const m = decodeRange(ref);
    if (applied.some((o) => o.left <= m.right && m.left <= o.right && o.top <= m.bottom && m.top <= o.bottom)) {
      throw new FastReadError('overlapping merges'); // ExcelJS refuses the file
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
