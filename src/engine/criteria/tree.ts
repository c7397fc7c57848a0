/**
 * Walking a criteria set's tree: flat sheet-order lists, defaults of optional fields
 * (kind, evidence), and the small code helpers (Roman area numerals, parent codes)
 * that validation, alignment, scoring and the template all need.
 */
import type { CriteriaItem, CriteriaSet, ItemKind } from './schema';

export interface FlatItem {
  item: CriteriaItem;
  parent: FlatItem | null;
  /** 0 for an area (top-level item), 1 for a criterion, … */
  depth: number;
  /** JSON path of the item in the set file, e.g. "items[0].children[2]" (for messages). */
  path: string;
  /** The top-level item (area) this item sits in; the area itself for an area. */
  area: CriteriaItem;
}

/** Every item of the set in sheet order (pre-order: a parent before its children). */
// A loaded set is never changed, and every check flattens it several times (scores, findings,
// set matching): remember the flat list per items array. Callers must not modify it.
const flatCache = new WeakMap<CriteriaItem[], FlatItem[]>();

export function flattenItems(set: Pick<CriteriaSet, 'items'>): FlatItem[] {
  const cached = flatCache.get(set.items);
  if (cached) return cached;
  const out: FlatItem[] = [];
  const walk = (items: CriteriaItem[], parent: FlatItem | null, basePath: string) => {
    items.forEach((item, i) => {
      const path = `${basePath}[${i}]`;
      const flat: FlatItem = {
        item,
        parent,
        depth: parent ? parent.depth + 1 : 0,
        path,
        area: parent ? parent.area : item,
      };
      out.push(flat);
      if (item.children && item.children.length > 0) walk(item.children, flat, `${path}.children`);
    });
  };
  walk(set.items, null, 'items');
  flatCache.set(set.items, out);
  return out;
}

/** Item code → its flat entry (first occurrence; validated sets have unique codes). */
export function itemIndex(set: Pick<CriteriaSet, 'items'>): Map<string, FlatItem> {
  const map = new Map<string, FlatItem>();
  for (const f of flattenItems(set)) if (!map.has(f.item.code)) map.set(f.item.code, f);
  return map;
}

export function isLeaf(item: CriteriaItem): boolean {
  return !item.children || item.children.length === 0;
}

/** The item's own kind, 'scored' when the set does not say. */
export function itemKind(item: CriteriaItem): ItemKind {
  return item.kind ?? 'scored';
}

/**
 * The kind that governs an item in the tree: its own kind when the set gives one, else the
 * nearest ancestor's. A set may mark only the parent "survey" or "bonus"; its children are then
 * survey or bonus items too, without repeating the kind on each of them.
 */
export function effectiveKind(flat: FlatItem): ItemKind {
  for (let f: FlatItem | null = flat; f; f = f.parent) if (f.item.kind) return f.item.kind;
  return 'scored';
}

export function isBonusOrPenalty(kind: ItemKind): boolean {
  return kind === 'bonus' || kind === 'penalty';
}

/**
 * Whether a child counts in its parent's sum (maxima and scores). Bonus and penalty children of
 * an ordinary parent are counted apart (added or deducted at the end), so they are left out;
 * inside a bonus or penalty item, its children are its parts and count.
 */
export function countsInParent(child: FlatItem): boolean {
  if (!child.parent) return false;
  const kind = effectiveKind(child);
  return !isBonusOrPenalty(kind) || effectiveKind(child.parent) === kind;
}

/**
 * Evidence rule of an item: the set's value, else 'required' for scored and bonus leaves,
 * 'none' for survey items (their points come from the survey, not from the unit's documents),
 * penalty items (the unit does not prove its own deductions) and parents (evidence sits on leaves).
 */
export function evidenceRule(item: CriteriaItem, kind: ItemKind = itemKind(item)): 'required' | 'optional' | 'none' {
  if (item.evidence) return item.evidence;
  if (!isLeaf(item)) return 'none';
  return kind === 'scored' || kind === 'bonus' ? 'required' : 'none';
}

/** Same as evidenceRule, with the kind inherited from ancestors. */
export function evidenceRuleOf(flat: FlatItem): 'required' | 'optional' | 'none' {
  return evidenceRule(flat.item, effectiveKind(flat));
}

export function allowsNotApplicable(item: CriteriaItem): boolean {
  return item.notApplicable === 'allowed';
}

/** Areas: the top-level items that are not bonus or penalty (their sum is the scale). */
export function areasOf(set: Pick<CriteriaSet, 'items'>): CriteriaItem[] {
  return set.items.filter((it) => !isBonusOrPenalty(itemKind(it)));
}

/** The leaves below an item (the item itself when it is a leaf), in sheet order. */
export function leavesOf(item: CriteriaItem): CriteriaItem[] {
  if (isLeaf(item)) return [item];
  return (item.children ?? []).flatMap(leavesOf);
}

// ---- codes -------------------------------------------------------------------------------

const ROMAN_RE = /^[IVXLC]+$/;
const ROMAN_VALUES: [string, number][] = [
  ['C', 100], ['XC', 90], ['L', 50], ['XL', 40], ['X', 10], ['IX', 9], ['V', 5], ['IV', 4], ['I', 1],
];

export function isRoman(code: string): boolean {
  return ROMAN_RE.test(code);
}

/** "XIV" → 14; null when the text is not a well-formed Roman numeral (e.g. "IIII", "IC"). */
export function romanToNumber(code: string): number | null {
  if (!isRoman(code)) return null;
  let rest = code;
  let n = 0;
  for (const [sym, val] of ROMAN_VALUES) {
    while (rest.startsWith(sym)) {
      n += val;
      rest = rest.slice(sym.length);
    }
  }
  if (rest !== '' || numberToRoman(n) !== code) return null;
  return n;
}

/** 14 → "XIV" (1..399). */
export function numberToRoman(n: number): string {
  let rest = Math.floor(n);
  let s = '';
  for (const [sym, val] of ROMAN_VALUES) {
    while (rest >= val) {
      s += sym;
      rest -= val;
    }
  }
  return s;
}

/** Dotted Arabic code ("1", "1.2.3")? */
export function isArabic(code: string): boolean {
  return /^\d+(\.\d+)*$/.test(code);
}

/** "1.2.3" → "1.2"; null for a one-part code. */
export function parentCode(code: string): string | null {
  const i = code.lastIndexOf('.');
  return i < 0 ? null : code.slice(0, i);
}

/** Number of dotted parts: "1" → 1, "1.2.3" → 3. */
export function codeDepth(code: string): number {
  return code.split('.').length;
}
