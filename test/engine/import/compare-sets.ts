/** How an imported set compares with the set it should reproduce, item by item. */
import type { CriteriaSet } from '../../../src/engine/criteria/schema';
import { flattenItems, isLeaf } from '../../../src/engine/criteria/tree';

export interface SetComparison {
  codes: { expected: string[]; actual: string[] };
  /** "code: field expected → actual" for titles, maxima and kinds that differ. */
  differences: string[];
  /** Parent links that differ ("1.1.1 under 1.1 → under 1"). */
  nesting: string[];
  rulesInSet: number;
  rulesEqual: number;
  /** Rules of the set that came back different or not at all. */
  rulesDiffering: string[];
  /** Rules read where the set has none. */
  rulesExtra: string[];
}

export function compareSets(expected: CriteriaSet, actual: CriteriaSet): SetComparison {
  const exp = flattenItems(expected);
  const act = new Map(flattenItems(actual).map((f) => [f.item.code, f]));
  const out: SetComparison = {
    codes: { expected: exp.map((f) => f.item.code), actual: flattenItems(actual).map((f) => f.item.code) },
    differences: [],
    nesting: [],
    rulesInSet: 0,
    rulesEqual: 0,
    rulesDiffering: [],
    rulesExtra: [],
  };
  for (const f of exp) {
    const a = act.get(f.item.code);
    if (!a) continue;
    const e = f.item;
    const pairs: [string, unknown, unknown][] = [
      ['title', e.title, a.item.title],
      ['maxPoints', e.maxPoints, a.item.maxPoints],
      ['kind', e.kind ?? 'scored', a.item.kind ?? 'scored'],
    ];
    for (const [field, x, y] of pairs) if (x !== y) out.differences.push(`${e.code}: ${field} ${JSON.stringify(x)} → ${JSON.stringify(y)}`);
    const ep = f.parent?.item.code ?? null;
    const ap = a.parent?.item.code ?? null;
    if (ep !== ap) out.nesting.push(`${e.code} under ${ep} → under ${ap}`);
    if (!isLeaf(e)) continue;
    if (e.scoring) {
      out.rulesInSet++;
      if (JSON.stringify(normalise(e.scoring)) === JSON.stringify(normalise(a.item.scoring))) out.rulesEqual++;
      else out.rulesDiffering.push(`${e.code}: ${JSON.stringify(e.scoring)} → ${JSON.stringify(a.item.scoring ?? null)}`);
    } else if (a.item.scoring) {
      out.rulesExtra.push(`${e.code}: ${JSON.stringify(a.item.scoring)}`);
    }
  }
  return out;
}

/** Key order does not matter; compare the rule's content only. */
function normalise(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(normalise);
  if (v && typeof v === 'object') {
    return Object.fromEntries(Object.keys(v).sort().map((k) => [k, normalise((v as Record<string, unknown>)[k])]));
  }
  return v;
}
