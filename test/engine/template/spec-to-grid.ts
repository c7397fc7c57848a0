/**
 * Test helper: a SheetSpec as Excel would hold it after a user typed into it and saved:
 * values typed into cells (by A1 address) and the template's own formulas evaluated, so the
 * resulting grid carries cached results like a saved workbook.
 */
import { a1, parseA1, type Grid, type GridCell } from '../../../src/engine/grid';
import type { SheetSpec } from '../../../src/engine/sheet-spec';

export function specToGrid(spec: SheetSpec, typed: Record<string, string | number> = {}): Grid {
  const rows: (GridCell | null)[][] = [];
  const set = (r: number, c: number, cell: GridCell | null) => {
    while (rows.length <= r) rows.push([]);
    rows[r][c] = cell;
  };
  const formulas: { r: number; c: number; f: string }[] = [];
  for (const cell of spec.cells) {
    const v = cell.value;
    if (v === null) continue;
    if ('text' in v) set(cell.row, cell.col, { value: v.text });
    else if ('number' in v) set(cell.row, cell.col, { value: v.number });
    else if ('formula' in v) formulas.push({ r: cell.row, c: cell.col, f: v.formula });
    else if ('link' in v) set(cell.row, cell.col, { value: v.link.text, hyperlink: v.link.url ?? `#${v.link.cell}` });
  }
  for (const [addr, value] of Object.entries(typed)) {
    const p = parseA1(addr)!;
    set(p.row, p.col, { value });
  }
  // Parents refer to rows below them, the total row to the areas above it: evaluate bottom-up,
  // then again until nothing changes (one more pass settles the total).
  formulas.sort((x, y) => y.r - x.r);
  const valueAt = (addr: string): unknown => {
    const p = parseA1(addr)!;
    return rows[p.row]?.[p.col]?.value ?? null;
  };
  for (let pass = 0, changed = true; changed && pass <= formulas.length; pass++) {
    changed = false;
    for (const { r, c, f } of formulas) {
      const value = evaluate(f, valueAt);
      if (rows[r]?.[c]?.value !== value) changed = true;
      set(r, c, { value, formula: f });
    }
  }
  const colCount = rows.reduce((m, row) => Math.max(m, row.length), 0);
  return { sheetName: spec.name, rows, hiddenRows: [], merges: spec.merges ?? [], rowCount: rows.length, colCount };
}

/** Only the shapes the template writes: IF(COUNT(list)=0,"",expr) with SUM(list), ABS(SUM(x)), + and -. */
function evaluate(formula: string, valueAt: (a: string) => unknown): number | string {
  const m = /^IF\(COUNT\(([^)]*)\)=0,"",(.*)\)$/.exec(formula);
  if (!m) throw new Error(`unexpected formula ${formula}`);
  const nums = (list: string) => list.split(',').map(valueAt).filter((v): v is number => typeof v === 'number');
  if (nums(m[1]).length === 0) return '';
  const expr = m[2]
    .replace(/ABS\(SUM\(([^)]*)\)\)/g, (_, l) => String(Math.abs(nums(l).reduce((a, b) => a + b, 0))))
    .replace(/SUM\(([^)]*)\)/g, (_, l) => String(nums(l).reduce((a, b) => a + b, 0)));
  return sumTerms(expr);
}

/**
 * "9+8.5-1.25", "5+-3", "5.55e-17-1e-9" → their sum. A number's exponent sign is part of the
 * number: splitting at every sign cut "5.55e-17" into "5.55e" and "-17" (NaN), which the property
 * test found at 5,000 runs. Throws on anything else, so a template formula the helper does not
 * know fails the test instead of reading as a number.
 */
export function sumTerms(expr: string): number {
  const term = /\s*((?:[+-]\s*)*)((?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)\s*/giy;
  let total = 0;
  let at = 0;
  let terms = 0;
  for (let m = term.exec(expr); m !== null; m = term.exec(expr)) {
    // The first term may carry no sign; every later one must (or "12" "3" would read as two terms).
    if (terms > 0 && m[1] === '') break;
    const minus = (m[1].match(/-/g) ?? []).length % 2 === 1;
    total += (minus ? -1 : 1) * Number(m[2]);
    at = term.lastIndex;
    terms++;
  }
  if (terms === 0 || at !== expr.length || !Number.isFinite(total)) throw new Error(`cannot evaluate ${expr}`);
  return total;
}

export { a1 };
