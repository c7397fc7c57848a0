/**
 * Random damage to a real scoresheet grid, the way users break sheets: rows deleted, duplicated,
 * swapped or inserted, cells blanked, junk typed into score and max cells, the header pushed
 * down, a column removed, columns shuffled, the sheet cut short. Positions are drawn as plain
 * numbers and taken modulo the current size, so any sequence of damage applies to any grid.
 * Merges and hidden rows follow the rows and columns they belong to (a merge whose rows or
 * columns no longer sit together is dropped), so the damaged grid still keeps the contract.
 */
import fc from 'fast-check';
import type { Grid, GridCell, MergeRange } from '../../../src/engine/grid';
import { anyCellArb, errorCellArb, NA_WORDS, NUMERIC_TEXTS, scoreCellArb } from './cell-arbitraries';

export type ScoreRole = 'max' | 'self' | 'appraised';

/** A grid plus where its max and score columns are (tracked through column damage). */
export interface Damaged {
  grid: Grid;
  cols: Partial<Record<ScoreRole, number>>;
}

export type Damage =
  | { op: 'deleteRows'; at: number; count: number }
  | { op: 'duplicateRow'; at: number }
  | { op: 'swapRows'; a: number; b: number }
  | { op: 'blankCell'; row: number; col: number }
  | { op: 'scoreCell'; row: number; role: ScoreRole; cell: GridCell | null }
  | { op: 'insertJunkRow'; at: number; cells: (GridCell | null)[] }
  | { op: 'moveHeaderDown'; by: number }
  | { op: 'removeColumn'; col: number }
  | { op: 'shuffleColumns'; keys: number[] }
  | { op: 'cutShort'; keep: number; truncatedRead: boolean };

/** Values typed into a score or max cell: junk, negatives, huge numbers, errors, N/A words. */
const badScoreArb: fc.Arbitrary<GridCell | null> = fc.oneof(
  scoreCellArb,
  fc.constantFrom(-1, -0.5, -1e9, 1e9, 1e300, 123456789.123, 0.001, 2.333333).map((value): GridCell => ({ value })),
  fc.constantFrom(...NUMERIC_TEXTS, ...NA_WORDS, 'đạt', 'x', 'Không').map((value): GridCell => ({ value })),
  errorCellArb,
);

export const damageArb: fc.Arbitrary<Damage> = fc.oneof(
  fc.record({ op: fc.constant('deleteRows' as const), at: fc.nat(400), count: fc.integer({ min: 1, max: 5 }) }),
  fc.record({ op: fc.constant('duplicateRow' as const), at: fc.nat(400) }),
  fc.record({ op: fc.constant('swapRows' as const), a: fc.nat(400), b: fc.nat(400) }),
  fc.record({ op: fc.constant('blankCell' as const), row: fc.nat(400), col: fc.nat(40) }),
  {
    weight: 4,
    arbitrary: fc.record({
      op: fc.constant('scoreCell' as const),
      row: fc.nat(400),
      role: fc.constantFrom<ScoreRole>('max', 'self', 'self', 'appraised'),
      cell: badScoreArb,
    }),
  },
  fc.record({ op: fc.constant('insertJunkRow' as const), at: fc.nat(400), cells: fc.array(anyCellArb, { maxLength: 12 }) }),
  fc.record({ op: fc.constant('moveHeaderDown' as const), by: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ op: fc.constant('removeColumn' as const), col: fc.nat(40) }),
  fc.record({ op: fc.constant('shuffleColumns' as const), keys: fc.array(fc.nat(1000), { minLength: 20, maxLength: 20 }) }),
  fc.record({ op: fc.constant('cutShort' as const), keep: fc.nat(400), truncatedRead: fc.boolean() }),
);

/** Rebuild the rows from a list of source rows (null = a new blank row), carrying hidden rows and merges along. */
function remapRows(d: Damaged, order: (number | null)[], rowCount?: number): Damaged {
  const g = d.grid;
  const hidden = new Set(g.hiddenRows);
  const rows = order.map((src) => (src === null ? [] : (g.rows[src] ?? []).map((c) => (c ? { ...c } : null))));
  const hiddenRows = order.flatMap((src, i) => (src !== null && hidden.has(src) ? [i] : []));
  const merges = remapMerges(g.merges, order, 'rows');
  const truncated = Math.max(0, g.rowCount - g.rows.length);
  return { ...d, grid: { ...g, rows, hiddenRows, merges, rowCount: rowCount ?? rows.length + truncated } };
}

/** Where a merge's run of rows (or columns) sits after a remap; dropped when it is broken up. */
function remapMerges(merges: MergeRange[], order: (number | null)[], axis: 'rows' | 'cols'): MergeRange[] {
  const out: MergeRange[] = [];
  for (const m of merges) {
    const lo = axis === 'rows' ? m.top : m.left;
    const hi = axis === 'rows' ? m.bottom : m.right;
    const start = order.findIndex((src, i) => src === lo && order.slice(i, i + hi - lo + 1).every((s, k) => s === lo + k));
    if (start < 0 || start + hi - lo >= order.length) continue;
    out.push(axis === 'rows' ? { ...m, top: start, bottom: start + hi - lo } : { ...m, left: start, right: start + hi - lo });
  }
  return out;
}

function remapCols(d: Damaged, order: number[]): Damaged {
  const g = d.grid;
  const rows = g.rows.map((r) => order.map((src) => (r?.[src] ? { ...r[src]! } : null)));
  const cols: Damaged['cols'] = {};
  for (const [role, c] of Object.entries(d.cols) as [ScoreRole, number][]) {
    const at = order.indexOf(c);
    if (at >= 0) cols[role] = at;
  }
  return { cols, grid: { ...g, rows, merges: remapMerges(g.merges, order, 'cols'), colCount: order.length } };
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

function setCell(d: Damaged, row: number, col: number, cell: GridCell | null): Damaged {
  const rows = d.grid.rows.map((r) => (r ? [...r] : []));
  const target = rows[row];
  while (target.length < col) target.push(null);
  target[col] = cell;
  return { ...d, grid: { ...d.grid, rows, colCount: Math.max(d.grid.colCount, col + 1) } };
}

export function applyDamage(d: Damaged, damage: Damage): Damaged {
  const n = d.grid.rows.length;
  const cols = d.grid.colCount;
  const all = range(n);
  switch (damage.op) {
    case 'deleteRows': {
      if (n === 0) return d;
      const at = damage.at % n;
      return remapRows(d, all.filter((r) => r < at || r >= at + damage.count));
    }
    case 'duplicateRow': {
      if (n === 0) return d;
      const at = damage.at % n;
      return remapRows(d, all.flatMap((r) => (r === at ? [r, r] : [r])));
    }
    case 'swapRows': {
      if (n === 0) return d;
      const a = damage.a % n;
      const b = damage.b % n;
      return remapRows(d, all.map((r) => (r === a ? b : r === b ? a : r)));
    }
    case 'blankCell':
      return n === 0 || cols === 0 ? d : setCell(d, damage.row % n, damage.col % cols, null);
    case 'scoreCell': {
      const col = d.cols[damage.role];
      return n === 0 || col === undefined ? d : setCell(d, damage.row % n, col, damage.cell);
    }
    case 'insertJunkRow': {
      const at = n === 0 ? 0 : damage.at % (n + 1);
      const inserted = remapRows(d, [...all.slice(0, at), null, ...all.slice(at)]);
      const row = damage.cells.slice(0, Math.max(1, cols));
      const rows = inserted.grid.rows.map((r, i) => (i === at ? row : r));
      return { ...inserted, grid: { ...inserted.grid, rows, colCount: Math.max(cols, row.length) } };
    }
    case 'moveHeaderDown':
      return remapRows(d, [...range(damage.by).map(() => null), ...all]);
    case 'removeColumn': {
      if (cols <= 1) return d;
      const gone = damage.col % cols;
      return remapCols(d, range(cols).filter((c) => c !== gone));
    }
    case 'shuffleColumns': {
      const order = range(cols).sort((a, b) => (damage.keys[a % 20] ?? 0) - (damage.keys[b % 20] ?? 0) || a - b);
      return remapCols(d, order);
    }
    case 'cutShort': {
      const keep = n === 0 ? 0 : damage.keep % n;
      const cut = remapRows(d, all.slice(0, keep), damage.truncatedRead ? d.grid.rowCount : keep);
      return cut;
    }
  }
}
