/**
 * Rows out of the set's tree order. The rows that stay in order are the longest run that
 * increases in tree order (longest increasing subsequence); only the others are flagged, so one
 * moved row gives one finding, not one for every row after it.
 */
import type { SheetRow } from '../layout/parsed-sheet';
import type { Finding } from './finding';
import { codeCellOf, finding, type CheckContext } from './context';
import { rowNo } from './fmt';

export function findOrderIssues(ctx: CheckContext): Finding[] {
  // Most sheets keep the set's order, and the alignment lists its rows in sheet order: told
  // without building the list below (it runs for every sheet of a batch).
  // Stryker disable next-line ConditionalExpression: equivalent when false, the sorted list below finds the same (inOrderAsListed is tested on its own)
  if (inOrderAsListed(ctx)) return [];
  const placed = [...ctx.alignment.rowFor.entries()]
    .map(([code, row]) => ({ code, row, pos: ctx.order.get(code) }))
    .filter((x): x is { code: string; row: SheetRow; pos: number } => x.pos !== undefined)
    .sort((a, b) => a.row.row - b.row.row);
  // The rows outside one longest run in the set's order are flagged (none when sorting by row
  // puts them all in order).
  const keep = longestIncreasing(placed.map((p) => p.pos));
  const out: Finding[] = [];
  placed.forEach((p, i) => {
    if (keep.has(i)) return;
    const before = previousInSet(ctx, p.pos);
    const hint = before
      ? {
          vi: `theo bộ tiêu chí, mã ${p.code} phải đứng ngay sau mã ${before.code} (dòng ${rowNo(before.row.row)})`,
          en: `in the criteria set, code ${p.code} comes right after code ${before.code} (row ${rowNo(before.row.row)})`,
        }
      : { vi: `theo bộ tiêu chí, mã ${p.code} phải đứng đầu bảng`, en: `in the criteria set, code ${p.code} comes first` };
    out.push(
      finding('layout.outOfOrder', codeCellOf(ctx.parsed, p.row), p.code, {
        vi: `Dòng ${rowNo(p.row.row)} (mã ${p.code}) đứng sai thứ tự: ${hint.vi}. Đề nghị đơn vị chuyển dòng về đúng vị trí.`,
        en: `Row ${rowNo(p.row.row)} (code ${p.code}) is out of order: ${hint.en}. Move the row to its place.`,
      }),
    );
  });
  return out;
}

/**
 * The alignment's rows, as it lists them, go down the sheet and up the set (both strictly): then
 * sorting them by row changes nothing and the positions rise, so nothing is out of order. Rows
 * listed otherwise are left to the sort below (false).
 */
export function inOrderAsListed(ctx: CheckContext): boolean {
  let lastRow = -1;
  let lastPos = -1;
  for (const [code, row] of ctx.alignment.rowFor) {
    const pos = ctx.order.get(code);
    if (pos === undefined) continue;
    // Stryker disable next-line EqualityOperator: equivalent, no two codes share a row or a position
    if (row.row <= lastRow || pos <= lastPos) return false;
    lastRow = row.row;
    lastPos = pos;
  }
  return true;
}

/** The nearest earlier item of the set that has a row on the sheet. */
function previousInSet(ctx: CheckContext, pos: number): { code: string; row: SheetRow } | null {
  for (let j = pos - 1; j >= 0; j--) {
    const code = ctx.flat[j].item.code;
    const row = ctx.alignment.rowFor.get(code);
    if (row) return { code, row };
  }
  return null;
}

/** Indexes of one longest strictly increasing subsequence of `xs` (O(n log n)). */
export function longestIncreasing(xs: number[]): Set<number> {
  const tails: number[] = []; // index into xs of the smallest tail of each length
  const prev: number[] = new Array(xs.length).fill(-1);
  xs.forEach((x, i) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (xs[tails[mid]] < x) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[i] = tails[lo - 1];
    tails[lo] = i;
  });
  const keep = new Set<number>();
  for (let i = tails.length ? tails[tails.length - 1] : -1; i >= 0; i = prev[i]) keep.add(i);
  return keep;
}
