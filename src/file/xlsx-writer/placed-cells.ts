/**
 * A sheet's cells as write-sheet.ts leaves them, sorted by place, in parallel arrays (no object
 * and no Map entry per cell: a results workbook places ≈ 180 cells for each of 10,000 unit
 * sheets): a later cell at the same place replaces an earlier one (keeping its format when it has
 * none); a merge's covered cells take the format of its top-left cell and lose their values.
 * Formats are numbered in the order of the spec's cells (their ids are the order of first use in
 * the workbook).
 *
 * Nearly every spec gives its cells in order, each place once, and merges that share no cell: those
 * are placed in one pass. Any other spec goes through a Map, the plain statement of the rules
 * above (test/file/xlsx-writer-placed.test.ts compares both on random specs).
 */
import type { CellStyle, SpecCell, SpecValue } from '../../engine/sheet-spec';
import type { MergeRange } from '../../engine/grid';

/** Columns per row in a cell's key (row * COLUMNS + col): Excel's 16,384 columns. */
export const COLUMNS = 16384;

export interface FormatIds {
  id(style: CellStyle): number;
}

/**
 * The placed cells, sorted by key (row * COLUMNS + col): the first `n` of each array. The arrays
 * are kept from one sheet to the next (valid until the next placeCells).
 */
export interface Placed {
  /** How many cells (the arrays may be longer). */
  n: number;
  keys: Float64Array;
  /** Format id (0: none). */
  s: Int32Array;
  values: SpecValue[];
  /** 1: covered by a merge (written even when empty, as ExcelJS does). */
  merged: Uint8Array;
}

/** Written when the cell is: a value, a format, or covered by a merge (as ExcelJS writes them). */
export function isWritten(p: Placed, i: number): boolean {
  return p.values[i] !== null || p.s[i] !== 0 || p.merged[i] !== 0;
}

function emptyPlaced(size: number): Placed {
  return { n: 0, keys: new Float64Array(size), s: new Int32Array(size), values: [], merged: new Uint8Array(size) };
}

/** Room for `size` cells in `p`, its first `keep` kept. */
function grow(p: Placed, size: number, keep: number): void {
  // The values' array only grows (past `n` it holds what an earlier sheet left: never read).
  while (p.values.length < size) p.values.push(null);
  if (p.keys.length >= size) return;
  const bigger = emptyPlaced(Math.max(size, p.keys.length * 2));
  bigger.keys.set(p.keys.subarray(0, keep));
  bigger.s.set(p.s.subarray(0, keep));
  bigger.merged.set(p.merged.subarray(0, keep));
  p.keys = bigger.keys;
  p.s = bigger.s;
  p.merged = bigger.merged;
}

// Kept from one sheet to the next: the result, and the merges' cells before they join it.
let result = emptyPlaced(1024);
let spare = emptyPlaced(1024);
let mergeKeys = new Float64Array(256);

/** A merge's cells packed with their format and whether covered: key × 2^17 + format × 2 + covered (exact below 2^53). */
const PACK = 131072;
/** Formats the packing holds (Excel's own limit is 64,000), and rows (Excel's 1,048,576). */
const MAX_PACKED_FORMAT = 65535;
const MAX_PACKED_ROWS = 1 << 20;

/** Index of `key` among the first `n` sorted keys, or -1. */
function indexOf(keys: Float64Array, n: number, key: number): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keys[mid] < key) lo = mid + 1;
    else hi = mid;
  }
  return lo < n && keys[lo] === key ? lo : -1;
}

/** The cells placed (see the file's comment); the result is valid until the next call. */
export function placeCells(cells: SpecCell[], merges: MergeRange[], styles: FormatIds): Placed {
  const n = cells.length;
  const p = result;
  grow(p, n, 0);
  const values = p.values;
  let inOrder = true;
  let previous = -1;
  for (let i = 0; i < n; i++) {
    const c = cells[i];
    const key = c.row * COLUMNS + c.col;
    if (key <= previous) inOrder = false;
    previous = key;
    p.keys[i] = key;
    // -1: no format of its own (a later cell at the same place keeps the earlier one's).
    p.s[i] = c.style ? styles.id(c.style) : -1;
    values[i] = c.value;
    p.merged[i] = 0;
  }
  p.n = n;
  if (!inOrder) return placeByMap(cells, merges, p);
  // Each place once: a cell without a format has none (placeByMap, below, then reads 0 the same).
  for (let i = 0; i < n; i++) if (p.s[i] < 0) p.s[i] = 0;
  if (merges.length === 0) return p;
  return addMerges(p, merges) ?? placeByMap(cells, merges, p);
}

/**
 * The merges added to cells in order, each place once; null when two merges share a cell (then a
 * merge's format may come from another merge: the Map says how).
 */
function addMerges(p: Placed, merges: MergeRange[]): Placed | null {
  let total = 0;
  for (const m of merges) total += (m.bottom - m.top + 1) * (m.right - m.left + 1);
  if (mergeKeys.length < total) mergeKeys = new Float64Array(Math.max(total, mergeKeys.length * 2));
  // Every cell of every merge, to see that none is in two.
  let k = 0;
  for (const m of merges) {
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) mergeKeys[k++] = r * COLUMNS + c;
  }
  const all = mergeKeys.subarray(0, total).sort();
  for (let i = 1; i < total; i++) if (all[i] === all[i - 1]) return null;
  // What the merges add or replace, packed with their format, then sorted by key.
  k = 0;
  for (const m of merges) {
    const topLeft = m.top * COLUMNS + m.left;
    const at = indexOf(p.keys, p.n, topLeft);
    const s = at >= 0 ? p.s[at] : 0;
    if (s > MAX_PACKED_FORMAT || m.bottom >= MAX_PACKED_ROWS) return null;
    if (at < 0) mergeKeys[k++] = topLeft * PACK;
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) mergeKeys[k++] = (r * COLUMNS + c) * PACK + s * 2 + 1;
    }
  }
  const added = mergeKeys.subarray(0, k).sort();
  // The two sorted lists joined; at the same place the merge's cell replaces the spec's.
  const out = spare;
  grow(out, p.n + k, 0);
  const values = out.values;
  let i = 0;
  let j = 0;
  let o = 0;
  while (i < p.n || j < k) {
    const packed = j < k ? added[j] : Infinity;
    const key = Math.floor(packed / PACK);
    if (i < p.n && (j >= k || p.keys[i] < key)) {
      out.keys[o] = p.keys[i];
      out.s[o] = p.s[i];
      out.merged[o] = 0;
      values[o++] = p.values[i++];
      continue;
    }
    if (i < p.n && p.keys[i] === key) i++;
    const rest = packed - key * PACK;
    out.keys[o] = key;
    out.s[o] = rest >>> 1;
    out.merged[o] = rest & 1;
    values[o++] = null;
    j++;
  }
  out.n = o;
  spare = p;
  result = out;
  return out;
}

/** The rules as a Map (any order, repeated places, merges sharing cells), written into `p`. */
function placeByMap(cells: SpecCell[], merges: MergeRange[], p: Placed): Placed {
  const placed = new Map<number, { s: number; value: SpecValue; merged: boolean }>();
  for (let i = 0; i < cells.length; i++) {
    const key = cells[i].row * COLUMNS + cells[i].col;
    // The format ids were taken in the spec's order already (p.s: -1 when the cell has none).
    const s = p.s[i] >= 0 ? p.s[i] : placed.get(key)?.s ?? 0;
    placed.set(key, { s, value: cells[i].value, merged: false });
  }
  for (const m of merges) {
    const topLeft = m.top * COLUMNS + m.left;
    const s = placed.get(topLeft)?.s ?? 0;
    if (!placed.has(topLeft)) placed.set(topLeft, { s, value: null, merged: false });
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) placed.set(r * COLUMNS + c, { s, value: null, merged: true });
    }
  }
  const keys = new Float64Array(placed.size);
  let i = 0;
  placed.forEach((_, key) => {
    keys[i++] = key;
  });
  keys.sort();
  grow(p, keys.length, 0);
  for (let k = 0; k < keys.length; k++) {
    const cell = placed.get(keys[k])!;
    p.keys[k] = keys[k];
    p.s[k] = cell.s;
    p.values[k] = cell.value;
    p.merged[k] = cell.merged ? 1 : 0;
  }
  p.n = keys.length;
  return p;
}

/** The plain Map placement alone (tests compare placeCells with it). */
export function placeCellsByMap(cells: SpecCell[], merges: MergeRange[], styles: FormatIds): Placed {
  const p = emptyPlaced(cells.length + 1);
  grow(p, cells.length, 0);
  for (let i = 0; i < cells.length; i++) p.s[i] = cells[i].style ? styles.id(cells[i].style!) : -1;
  return placeByMap(cells, merges, p);
}
