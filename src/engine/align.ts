/**
 * Matching the sheet's item rows to the set's items by code.
 *
 * Codes on real sheets drift from the set's in two known ways, both repaired here:
 * - area numerals: the sheet writes "I", "II" where the set has "1", "2", or the reverse;
 * - codes typed as numbers: Excel stores "1.10" as the number 1.1, so a row read as "1.1"
 *   may be 1.1 or 1.10 (or "1.2" may be 1.20). Which one is decided from the neighbours:
 *   a following "1.10.x" row, then the sheet order (a "1.1" right after 1.9 is 1.10).
 * Each row becomes one of: the row of an item, a duplicate of an earlier row, or an extra row.
 */
import type { Alignment } from './check-result';
import type { CriteriaSet } from './criteria/schema';
import { flattenItems, isRoman, romanToNumber } from './criteria/tree';
import type { ParsedSheet, SheetRow } from './layout/parsed-sheet';
import { memoByObject } from './text/memo';

interface SetCodes {
  /** Item code → position in sheet order. */
  position: Map<string, number>;
  /** Area number (1 for "1" or "I") → the set's area code. */
  areaByNumber: Map<number, string>;
  order: string[];
  /** Sheet code (as read) → its candidates (codeCandidates), remembered: sheets repeat their codes. */
  candidates: Map<string, readonly string[]>;
}

// A set's codes are the same for every sheet checked against it: worked out once per set.
const setCodes = memoByObject((items: CriteriaSet['items']) => buildSetCodes(items));

function buildSetCodes(items: CriteriaSet['items']): SetCodes {
  const order = flattenItems({ items }).map((f) => f.item.code);
  const position = new Map<string, number>();
  order.forEach((c, i) => {
    if (!position.has(c)) position.set(c, i);
  });
  const areaByNumber = new Map<number, string>();
  for (const area of items) {
    const n = areaNumber(area.code);
    if (n !== null && !areaByNumber.has(n)) areaByNumber.set(n, area.code);
  }
  return { position, areaByNumber, order, candidates: new Map() };
}

/** "III" → 3, "3" → 3, anything else (dotted codes) → null. */
function areaNumber(code: string): number | null {
  if (/^\d+$/.test(code)) return Number(code);
  return romanToNumber(code);
}

function normalise(code: string): string {
  const t = code.trim();
  const c = t.endsWith('.') ? t.replace(/\.+$/, '') : t;
  return /^[ivxlc]+$/i.test(c) ? c.toUpperCase() : c;
}

/**
 * The set codes a sheet code (as read, normalised here) may stand for, the literal reading first
 * (remembered per code; read-only).
 */
function codeCandidates(raw: string, codes: SetCodes): readonly string[] {
  let known = codes.candidates.get(raw);
  if (known === undefined) {
    known = findCandidates(normalise(raw), codes);
    // Bounded: a sheet's codes are few, but a batch could bring any text as a code.
    if (codes.candidates.size >= 5000) codes.candidates.clear();
    codes.candidates.set(raw, known);
  }
  return known;
}

function findCandidates(code: string, codes: SetCodes): string[] {
  const out: string[] = [];
  const push = (c: string) => {
    if (codes.position.has(c) && !out.includes(c)) out.push(c);
  };
  push(code);
  const n = areaNumber(code);
  if (n !== null) {
    const area = codes.areaByNumber.get(n);
    // Only a change of numeral style: "I" ↔ "1", never "1" → "1".
    if (area !== undefined && isRoman(area) !== isRoman(code)) push(area);
  }
  // A two-part code may be a number that lost its trailing zeros: 1.1 ← 1.10, 1.100.
  if (/^\d+\.\d+$/.test(code)) {
    push(`${code}0`);
    push(`${code}00`);
  }
  return out;
}

/**
 * Pick among several candidates: a following row that is a child of exactly one candidate
 * decides; else prefer a code not yet used, then the first candidate after the last matched
 * item in set order (the sheet lists items in set order).
 */
function choose(candidates: readonly string[], nextCode: string | null, lastPos: number, used: ReadonlyMap<string, number>, codes: SetCodes): string {
  const rank = (c: string): number[] => {
    const childHint = nextCode !== null && nextCode.startsWith(`${c}.`) ? 0 : 1;
    const pos = codes.position.get(c) ?? 0;
    const distance = pos > lastPos ? pos - lastPos : 1e6 + (lastPos - pos);
    return [childHint, used.has(c) ? 1 : 0, distance];
  };
  let best = candidates[0];
  let bestRank = rank(best);
  for (const c of candidates.slice(1)) {
    const r = rank(c);
    const better = r[0] - bestRank[0] || r[1] - bestRank[1] || r[2] - bestRank[2];
    if (better < 0) {
      best = c;
      bestRank = r;
    }
  }
  return best;
}

/**
 * How the item rows of a sheet match a set, by position among the item rows: the item code a row
 * stands for, or EXTRA / DUPLICATE. It depends on the rows' codes alone, so the sheets of a batch
 * made from one template share it (remembered per set and code sequence, see planFor).
 */
export interface AlignmentPlan {
  /** Per item row: the set code it is matched to, or EXTRA / DUPLICATE. */
  readonly matched: readonly (string | typeof EXTRA | typeof DUPLICATE)[];
  /** Set code → the position of its row among the item rows. */
  readonly rowIndex: ReadonlyMap<string, number>;
  /** The set's codes with no row, in set order. */
  readonly missing: readonly string[];
}

const EXTRA = 0;
const DUPLICATE = 1;

function buildPlan(codesOfRows: readonly (string | null)[], codes: SetCodes): AlignmentPlan {
  const matched: (string | typeof EXTRA | typeof DUPLICATE)[] = [];
  const rowIndex = new Map<string, number>();
  let lastPos = -1;
  codesOfRows.forEach((code, i) => {
    const candidates = code === null ? [] : codeCandidates(code, codes);
    if (candidates.length === 0) {
      matched.push(EXTRA);
      return;
    }
    const next = codesOfRows[i + 1];
    const chosen = candidates.length === 1 ? candidates[0] : choose(candidates, next ? normalise(next) : null, lastPos, rowIndex, codes);
    lastPos = codes.position.get(chosen) ?? lastPos;
    if (rowIndex.has(chosen)) {
      matched.push(DUPLICATE);
      return;
    }
    rowIndex.set(chosen, i);
    matched.push(chosen);
  });
  return { matched, rowIndex, missing: codes.order.filter((c) => !rowIndex.has(c)) };
}

// Plans by code sequence, per set (the set's items array). Bounded: a batch of many templates, or
// of sheets each with rows of their own, starts afresh at 500 sequences.
const plansOf = memoByObject((_items: CriteriaSet['items']) => new Map<string, AlignmentPlan>());
const PLAN_LIMIT = 500;

/** The item rows of a sheet (the rows alignment looks at), in sheet order. */
export function itemRowsOf(parsed: ParsedSheet): SheetRow[] {
  const out: SheetRow[] = [];
  for (const r of parsed.rows) if (r.kind === 'item') out.push(r);
  return out;
}

/**
 * The plan of these item rows for `set`. `key`: the rows' codes joined (sequenceKey), when the
 * caller has it already (set-match.ts asks for every candidate set).
 */
export function planFor(itemRows: readonly SheetRow[], set: CriteriaSet, key: string = sequenceKey(itemRows)): AlignmentPlan {
  const plans = plansOf(set.items);
  let plan = plans.get(key);
  if (plan === undefined) {
    plan = buildPlan(codesOf(itemRows), setCodes(set.items));
    if (plans.size >= PLAN_LIMIT) plans.clear();
    plans.set(key, plan);
  }
  const last = lastPlanOf(set.items);
  last.codes = codesOf(itemRows);
  last.plan = plan;
  return plan;
}

// The plan planFor gave last for a set, with its rows' codes: the sheets of a batch follow one
// another with the same codes, and comparing the codes one by one costs less than joining them
// into the key (a text of ≈ 700 characters per sheet, hashed whole).
const lastPlanOf = memoByObject((_items: CriteriaSet['items']): { codes: (string | null)[]; plan: AlignmentPlan | null } => ({ codes: [], plan: null }));

/** The plan planFor gave last for `set`, when these rows have its codes, else undefined (ask planFor). */
export function lastPlan(itemRows: readonly SheetRow[], set: CriteriaSet): AlignmentPlan | undefined {
  const last = lastPlanOf(set.items);
  if (last.plan === null || last.codes.length !== itemRows.length) return undefined;
  for (let i = 0; i < itemRows.length; i++) if (itemRows[i].code !== last.codes[i]) return undefined;
  return last.plan;
}

/**
 * The rows' codes, by a loop: an array made by map() in optimized code has another elements kind
 * than one the builtin makes, and lastPlan's reading of it would throw its optimized code away.
 */
function codesOf(itemRows: readonly SheetRow[]): (string | null)[] {
  const codes: (string | null)[] = [];
  for (const r of itemRows) codes.push(r.code);
  return codes;
}

/** The item rows' codes as one text: a code is never empty and holds no line break; a row without one is "". */
export function sequenceKey(itemRows: readonly SheetRow[]): string {
  let key = '';
  for (const r of itemRows) key += (r.code ?? '') + '\n';
  return key;
}

/** The alignment a plan describes, with this sheet's rows. */
export function alignmentFrom(plan: AlignmentPlan, itemRows: readonly SheetRow[]): Alignment {
  const rowFor = new Map<string, SheetRow>();
  const extra: SheetRow[] = [];
  const duplicates: SheetRow[] = [];
  // (Plain loops here and above: they run for every row of every sheet, before the JIT has them.)
  const { matched } = plan;
  for (let i = 0; i < matched.length; i++) {
    const m = matched[i];
    if (m === EXTRA) extra.push(itemRows[i]);
    else if (m === DUPLICATE) duplicates.push(itemRows[i]);
    else rowFor.set(m, itemRows[i]);
  }
  return { rowFor, extra, missing: plan.missing.slice(), duplicates };
}

export function alignRows(parsed: ParsedSheet, set: CriteriaSet): Alignment {
  const itemRows = itemRowsOf(parsed);
  return alignmentFrom(planFor(itemRows, set), itemRows);
}
