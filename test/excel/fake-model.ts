/**
 * The state behind the fake Excel (test/excel/fake-excel.ts): plain data a test can set up and
 * compare. Only what the adapter touches is modelled.
 */
import { parseA1 } from '../../src/engine/grid';

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

export interface Bounds {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface FakeCell {
  value: string | number | boolean;
  formula?: string;
  error?: boolean;
  numberFormat?: string;
  format?: Record<string, unknown>;
  hyperlink?: { address?: string; documentReference?: string; textToDisplay?: string };
}

export interface FakeRule {
  id: string;
  type: string;
  formula: string | null;
  address: string;
  format: Record<string, unknown>;
}

export interface FakeSheet {
  id: string;
  name: string;
  visibility: 'Visible' | 'Hidden';
  protected: boolean;
  cells: Map<string, FakeCell>;
  rules: FakeRule[];
  notes: Map<string, string>;
  hiddenRows: Set<number>;
  merges: string[];
  frozenRows: number;
  pageLayout: Record<string, unknown>;
  validations: Record<string, Record<string, unknown>>;
  columnWidths: Record<number, number>;
  handlers: ((args: Record<string, unknown>) => unknown)[];
}

export const key = (r: number, c: number): string => `${r},${c}`;

export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message = code,
  ) {
    super(message);
  }
}

/** "A1", "B2:C5", "3:300", "F:F", with or without "Sheet!" → bounds (0-based, inclusive). */
export function parseBounds(address: string): Bounds {
  const local = address.trim().replace(/^.*!/, '').replace(/\$/g, '');
  const [a, b = a] = local.split(':');
  if (/^\d+$/.test(a) && /^\d+$/.test(b)) return { top: Number(a) - 1, bottom: Number(b) - 1, left: 0, right: MAX_COLS - 1 };
  if (/^[A-Z]+$/i.test(a) && /^[A-Z]+$/i.test(b)) {
    const l = parseA1(`${a}1`);
    const r = parseA1(`${b}1`);
    if (!l || !r) throw new FakeOfficeError('InvalidArgument', address);
    return { top: 0, bottom: MAX_ROWS - 1, left: l.col, right: r.col };
  }
  const p = parseA1(a);
  const q = parseA1(b);
  if (!p || !q) throw new FakeOfficeError('InvalidArgument', address);
  return { top: Math.min(p.row, q.row), bottom: Math.max(p.row, q.row), left: Math.min(p.col, q.col), right: Math.max(p.col, q.col) };
}

export function intersects(a: Bounds, b: Bounds): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

export function newSheet(id: string, name: string): FakeSheet {
  return {
    id, name, visibility: 'Visible', protected: false, cells: new Map(), rules: [], notes: new Map(),
    hiddenRows: new Set(), merges: [], frozenRows: 0, pageLayout: {}, validations: {}, columnWidths: {}, handlers: [],
  };
}

/** Fills a sheet from a matrix starting at (top, left); "" and null leave cells empty. */
export function fillSheet(sheet: FakeSheet, values: (string | number | boolean | null)[][], top = 0, left = 0): void {
  values.forEach((row, i) =>
    row.forEach((v, j) => {
      if (v === null || v === '') return;
      const cell: FakeCell = { value: v };
      if (typeof v === 'string' && v.startsWith('=')) {
        cell.formula = v;
        cell.value = 0;
      }
      if (typeof v === 'string' && /^#(REF!|DIV\/0!|VALUE!|N\/A|NAME\?)$/.test(v)) cell.error = true;
      sheet.cells.set(key(top + i, left + j), cell);
    }),
  );
}

/** The used range (values only): bounding box of non-empty cells, A1 when blank. */
export function usedBounds(sheet: FakeSheet): Bounds {
  let b: Bounds | null = null;
  for (const [k, cell] of sheet.cells) {
    if (cell.value === '' && !cell.formula) continue;
    const [r, c] = k.split(',').map(Number);
    b = b
      ? { top: Math.min(b.top, r), left: Math.min(b.left, c), bottom: Math.max(b.bottom, r), right: Math.max(b.right, c) }
      : { top: r, left: c, bottom: r, right: c };
  }
  return b ?? { top: 0, left: 0, bottom: 0, right: 0 };
}

/** Everything a user could see or save, as plain sorted data (for "left exactly as it was"). */
export function snapshotSheet(sheet: FakeSheet): unknown {
  return {
    name: sheet.name,
    visibility: sheet.visibility,
    protected: sheet.protected,
    cells: [...sheet.cells.entries()].sort(([a], [b]) => a.localeCompare(b)),
    rules: sheet.rules.map((r) => ({ ...r })),
    notes: [...sheet.notes.entries()].sort(([a], [b]) => a.localeCompare(b)),
    hiddenRows: [...sheet.hiddenRows].sort((a, b) => a - b),
    merges: [...sheet.merges],
    frozenRows: sheet.frozenRows,
    pageLayout: sheet.pageLayout,
    validations: sheet.validations,
    columnWidths: sheet.columnWidths,
  };
}
