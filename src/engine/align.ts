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
function choose(candidates: readonly string[], nextCode: string | null, lastPos: number, used: Set<string>, codes: SetCodes): string {
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

export function alignRows(parsed: ParsedSheet, set: CriteriaSet): Alignment {
  const codes = setCodes(set.items);
  const itemRows = parsed.rows.filter((r) => r.kind === 'item');
  const rowFor = new Map<string, SheetRow>();
  const extra: SheetRow[] = [];
  const duplicates: SheetRow[] = [];
  const used = new Set<string>();
  let lastPos = -1;

  itemRows.forEach((row, i) => {
    const candidates = row.code === null ? [] : codeCandidates(row.code, codes);
    if (candidates.length === 0) {
      extra.push(row);
      return;
    }
    const next = itemRows[i + 1]?.code;
    const chosen =
      candidates.length === 1 ? candidates[0] : choose(candidates, next ? normalise(next) : null, lastPos, used, codes);
    lastPos = codes.position.get(chosen) ?? lastPos;
    if (used.has(chosen)) {
      duplicates.push(row);
      return;
    }
    used.add(chosen);
    rowFor.set(chosen, row);
  });

  const missing = codes.order.filter((c) => !rowFor.has(c));
  return { rowFor, extra, missing, duplicates };
}
