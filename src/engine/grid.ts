/**
 * The plain grid: what an adapter (ExcelJS file, Office.js) hands to the engine.
 * No library types leak in here, so the engine stays pure and testable.
 *
 * Coordinates are 0-based from A1: rows[0][0] is A1. Adapters pad the grid so that
 * a used range starting at C5 still lands at rows[4][2].
 */

export type CellScalar = string | number | boolean | null;

export interface GridCell {
  /** Displayed value: for a formula cell its cached result; null when empty. */
  value: CellScalar;
  /** Formula text without the leading "=", when the cell holds one. */
  formula?: string;
  /**
   * True when the cell holds a formula saved WITHOUT its result (files written by libraries that
   * do not calculate): `value` is then null but unknown, not blank. A formula whose result is an
   * empty text ("") is blank and does not have this. Excel and LibreOffice fill the results in
   * when the file is opened and saved again.
   */
  noResult?: true;
  /** Excel error text such as "#REF!" when the value is an error. */
  error?: string;
  /** Hyperlink target when the cell carries one (cell hyperlink or =HYPERLINK). */
  hyperlink?: string;
  /** Cell note/comment text, when the adapter could read it. */
  note?: string;
  /**
   * Number format code ("0%", "0.00"), when the adapter knows it and it is not "General".
   * Needed to read a declared 0.8 shown as "80%" as eighty per cent.
   */
  numFmt?: string;
}

export interface MergeRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface Grid {
  sheetName: string;
  /** rows[r][c]; a missing row or cell means empty. Merge slaves are null (value sits on the master). */
  rows: (GridCell | null)[][];
  /** 0-based indexes of hidden rows. */
  hiddenRows: number[];
  merges: MergeRange[];
  /** Total rows/columns of the sheet as the adapter saw it (may exceed rows.length when truncated). */
  rowCount: number;
  colCount: number;
}

export function cellAt(grid: Grid, row: number, col: number): GridCell | null {
  const r = grid.rows[row];
  if (!r) return null;
  return r[col] ?? null;
}

/** 0-based column index → letters ("A", "Z", "AA"). */
export function columnLetter(col: number): string {
  // a1() names every cell a check reads: the letters of a column are spelled once.
  const inSheet = Number.isInteger(col) && col >= 0 && col < MAX_COLUMNS;
  if (inSheet && LETTERS[col] !== undefined) return LETTERS[col];
  const letters = spellColumn(col);
  if (inSheet) LETTERS[col] = letters;
  return letters;
}

/** Excel's columns (A to XFD): the most letters remembered. */
const MAX_COLUMNS = 16384;
const LETTERS: string[] = [];

function spellColumn(col: number): string {
  let s = '';
  let n = col + 1;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** 0-based row/col → "F12". */
export function a1(row: number, col: number): string {
  return columnLetter(col) + String(row + 1);
}

/** "F12" → {row: 11, col: 5}; null when it is not a plain A1 address. */
export function parseA1(address: string): { row: number; col: number } | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/i.exec(address.trim());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/** Build a grid from a matrix of plain values (tests, generated sheets). */
export function gridFromValues(sheetName: string, values: CellScalar[][]): Grid {
  const rows = values.map((r) => r.map((v) => (v === null || v === '' ? null : { value: v })));
  const colCount = values.reduce((m, r) => Math.max(m, r.length), 0);
  return { sheetName, rows, hiddenRows: [], merges: [], rowCount: values.length, colCount };
}
