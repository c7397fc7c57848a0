/**
 * Parent rows (areas, criteria): a number written there, typed or a formula's result, is never
 * used for the index but must agree with the capped sum of the children present on the sheet
 * (criteria-set.md, "Index arithmetic"). Blank parent cells are fine. The capped sums are the
 * scores computed before the checks (ctx.written, scoring/compute.ts): the arithmetic and its
 * N/A and cap rules live there only. What is worked out here is the plain sum of the numbers as
 * written, which is what a SUM formula shows.
 */
import { countsInParent, effectiveKind, isLeaf, type FlatItem } from '../criteria/tree';
import type { ReadCell, SheetRow } from '../layout/parsed-sheet';
import type { Finding } from './finding';
import { finding, isSurvey, type CheckContext } from './context';
import { itemName, nums } from './fmt';
import { columnLabel } from './value-checks';
import { memoByObject } from '../text/memo';
import { settleNumberFields } from '../number-fields';

/** Written parent values are often rounded to 2 decimals. */
const TOLERANCE = 0.005 + 1e-9;

type Column = 'self' | 'appraised';

interface Sum {
  /** The item's score by the rules (leaves clipped to [0, max], parents capped at their N/A-reduced max). */
  capped: number;
  /** Plain sum of the numbers as written: what a SUM formula shows. */
  plain: number;
}

// Both sums take fractions from the first sheet on (number-fields.ts).
settleNumberFields((n): Sum => ({ capped: n, plain: n }));

export function findParentIssues(ctx: CheckContext): Finding[] {
  // Without scores (their failure is reported as internal.error) there is nothing to compare with.
  if (!ctx.writtenTotals) return [];
  const out: Finding[] = [];
  // The children lists (per set) and the plain sums worked out so far (this sheet's).
  const tree: Tree = { children: childrenByCode(ctx), plain: { self: new Map(), appraised: new Map() } };
  const children = tree.children;
  // Codes whose written value is flagged (or carries a flagged child's mistake), per column. Children are checked before their parents
  // (pre-order reversed), so a parent that only repeats a flagged child's wrong value (an area's
  // SUM over a criterion whose SUM missed a row) is not flagged again: one mistake, one finding.
  const flagged = { self: new Set<string>(), appraised: new Set<string>() };
  for (let i = ctx.flat.length - 1; i >= 0; i--) {
    const flat = ctx.flat[i];
    if (isLeaf(flat.item)) continue;
    const row = ctx.alignment.rowFor.get(flat.item.code);
    if (!row) continue;
    for (const column of ['self', 'appraised'] as const) {
      const cell = column === 'self' ? row.self : row.appraised;
      if (!cell) continue;
      const kids = children.get(flat.item.code) ?? [];
      if (followsFlaggedChild(ctx, kids, cell, column, flagged[column])) {
        flagged[column].add(flat.item.code); // it carries the child's mistake up, unflagged
        continue;
      }
      const f = checkParentCell(ctx, tree, flat, cell, column);
      if (f) {
        out.push(f);
        flagged[column].add(flat.item.code);
      }
    }
  }
  out.push(...totalRowIssues(ctx, tree, flagged));
  return out;
}

/**
 * The written value equals the plain sum of the children as written (a flagged child parent's
 * own wrong value included), and one of those children is flagged already.
 */
function followsFlaggedChild(ctx: CheckContext, kids: FlatItem[], cell: ReadCell, column: Column, flagged: Set<string>): boolean {
  if (cell.reading.kind !== 'number' || !kids.some((k) => flagged.has(k.item.code))) return false;
  // Penalties as written inside a parent (points deducted, added up) or deducted (the total row).
  let added = 0;
  let deducted = 0;
  for (const k of kids) {
    const row = ctx.alignment.rowFor.get(k.item.code);
    const r = (column === 'self' ? row?.self : row?.appraised)?.reading;
    if (r?.kind !== 'number' || (column === 'self' && isSurvey(k))) continue;
    const penalty = effectiveKind(k) === 'penalty';
    added += penalty ? Math.abs(r.value) : r.value;
    deducted += penalty ? -Math.abs(r.value) : r.value;
  }
  const written = cell.reading.value;
  return Math.abs(added - written) <= TOLERANCE || Math.abs(deducted - written) <= TOLERANCE;
}

/**
 * The total row ("Tổng cộng", "Tổng điểm") is the root parent: a number written there that no
 * reading of the rows above explains (areas only, or with bonus added and penalty deducted,
 * capped or as a plain SUM shows them) is a typed or stale total the unit would report as its
 * result. Without this a sheet saying 95 under rows worth 100 passed silently.
 */
function totalRowIssues(
  ctx: CheckContext,
  tree: Tree,
  flagged: Record<Column, Set<string>>,
): Finding[] {
  const total = ctx.parsed.totalRow;
  if (!total) return [];
  const out: Finding[] = [];
  const roots = ctx.flat.filter((f) => f.parent === null);
  for (const column of ['self', 'appraised'] as const) {
    const cell = column === 'self' ? total.self : total.appraised;
    if (!cell || cell.reading.kind !== 'number') continue;
    if (followsFlaggedChild(ctx, roots, cell, column, flagged[column])) continue;
    let areasCapped = 0;
    let areasPlain = 0;
    let bonus = 0;
    let penalty = 0;
    for (const f of roots) {
      const s = sumOf(ctx, tree, f, column);
      const kind = effectiveKind(f);
      if (kind === 'bonus') bonus += s.plain;
      else if (kind === 'penalty') penalty += s.plain;
      else {
        areasCapped += s.capped;
        areasPlain += s.plain;
      }
    }
    // The rules' total (bonus and penalty capped, the total kept within 0..max) and the sums a
    // SUM formula over the area rows (with or without bonus and penalty) would show.
    const totals = ctx.writtenTotals!;
    const rules = column === 'self' ? totals.self.total : (totals.final?.total ?? 0);
    const candidates = [rules, ...[areasCapped, areasPlain].flatMap((a) => [a, a + bonus - penalty, a + bonus])];
    const written = cell.reading.value;
    if (candidates.some((c) => Math.abs(written - c) <= TOLERANCE)) continue;
    const expected = nums(round2(rules));
    const w = nums(written);
    const col = columnLabel(column);
    out.push(
      finding('score.parentMismatch', cell.address, null, {
        vi: `Dòng tổng cộng (${col.vi.toLowerCase()}) ghi ${w.vi} nhưng các lĩnh vực trên biểu cộng lại (kể cả điểm thưởng, điểm trừ) là ${expected.vi}. Đề nghị đơn vị sửa ô tổng cộng hoặc dùng công thức cộng các dòng lĩnh vực.`,
        en: `The total row (${col.en.toLowerCase()}) says ${w.en} but the areas on the sheet add up to ${expected.en} (bonus and penalty included). Fix the total or use a formula adding up the area rows.`,
      }),
    );
  }
  return out;
}

function checkParentCell(
  ctx: CheckContext,
  tree: Tree,
  flat: FlatItem,
  cell: ReadCell,
  column: Column,
): Finding | null {
  const reading = cell.reading;
  if (reading.kind !== 'number' && reading.kind !== 'error') return null;
  const sum = sumOf(ctx, tree, flat, column);
  // A written value that agrees is the common case: the message words are built only below it.
  if (reading.kind === 'number' && (Math.abs(reading.value - sum.capped) <= TOLERANCE || Math.abs(reading.value - sum.plain) <= TOLERANCE)) {
    return null;
  }
  const expected = nums(round2(sum.capped));
  const col = columnLabel(column);
  const vi = itemName(flat, 'vi');
  const en = itemName(flat, 'en');
  if (reading.kind === 'error') {
    return finding('score.parentMismatch', cell.address, flat.item.code, {
      vi: `Dòng ${vi} (${col.vi.toLowerCase()}) bị lỗi Excel ${reading.raw}; tổng điểm các tiêu chí con là ${expected.vi}. Đề nghị đơn vị sửa công thức cộng các dòng con.`,
      en: `The row of ${en} (${col.en.toLowerCase()}) shows the Excel error ${reading.raw}; its children add up to ${expected.en}. Fix the formula that adds up the child rows.`,
    });
  }
  const w = nums(reading.value);
  const how = cell.formula
    ? { vi: 'Đề nghị đơn vị kiểm tra lại công thức của ô này (phải cộng đúng các dòng con)', en: 'Check the formula of this cell (it must add up the child rows)' }
    : { vi: `Đề nghị đơn vị sửa thành ${expected.vi} hoặc dùng công thức cộng các dòng con`, en: `Change it to ${expected.en} or use a formula adding up the child rows` };
  return finding('score.parentMismatch', cell.address, flat.item.code, {
    vi: `${col.vi} của ${vi} ghi ${w.vi} nhưng tổng điểm các tiêu chí con trên biểu là ${expected.vi}. ${how.vi}.`,
    en: `${col.en} of ${en} says ${w.en} but its children on the sheet add up to ${expected.en}. ${how.en}.`,
  });
}

function sumOf(ctx: CheckContext, tree: Tree, flat: FlatItem, column: Column): Sum {
  const score = ctx.written.get(flat);
  const capped = (column === 'self' ? score?.self : score?.appraised) ?? 0;
  return { capped, plain: plainSum(ctx, tree, flat, column) };
}

/**
 * The set's children lists, and the plain sums already worked out for this sheet, per column:
 * every parent and the total row ask for their children's, which would walk each subtree once
 * per ancestor. The same additions in the same order, so the same numbers. (Kept here, made per
 * sheet, rather than in a WeakMap by context: a young key in a long-lived WeakMap costs every
 * scavenge.)
 */
interface Tree {
  children: Map<string, FlatItem[]>;
  plain: Record<Column, Map<FlatItem, number>>;
}

/** The numbers of the leaves below as written (N/A, blanks and words 0; penalties as points deducted). */
function plainSum(ctx: CheckContext, tree: Tree, flat: FlatItem, column: Column): number {
  const memo = tree.plain[column];
  let plain = memo.get(flat);
  // Stryker disable next-line ConditionalExpression: equivalent when true, working it out again gives the same sum
  if (plain === undefined) {
    plain = workOutPlainSum(ctx, tree, flat, column);
    memo.set(flat, plain);
  }
  return plain;
}

function workOutPlainSum(ctx: CheckContext, tree: Tree, flat: FlatItem, column: Column): number {
  if (!isLeaf(flat.item)) {
    let plain = 0;
    for (const child of tree.children.get(flat.item.code) ?? []) if (countsInParent(child)) plain += plainSum(ctx, tree, child, column);
    return plain;
  }
  const row: SheetRow | undefined = ctx.alignment.rowFor.get(flat.item.code);
  const reading = (column === 'self' ? row?.self : row?.appraised)?.reading;
  // Survey items carry no self-score: they count for nothing in the self column.
  if (reading?.kind !== 'number' || (column === 'self' && isSurvey(flat))) return 0;
  return effectiveKind(flat) === 'penalty' ? Math.abs(reading.value) : reading.value;
}

// The children lists depend on the set only: built once per set (its flattenItems list), read-only.
const childrenOf = memoByObject((flat: readonly FlatItem[]) => childrenOfFlat(flat));

function childrenByCode(ctx: CheckContext): Map<string, FlatItem[]> {
  return childrenOf(ctx.flat);
}

function childrenOfFlat(flat: readonly FlatItem[]): Map<string, FlatItem[]> {
  const map = new Map<string, FlatItem[]>();
  for (const f of flat) {
    if (!f.parent) continue;
    const list = map.get(f.parent.item.code) ?? [];
    list.push(f);
    map.set(f.parent.item.code, list);
  }
  return map;
}

function round2(n: number): number {
  return Math.round(n * 100 + 1e-9) / 100;
}
