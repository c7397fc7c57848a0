/**
 * Pairing the items of last year's criteria set with this year's. Sets change between years:
 * items are renumbered (the same criterion under another code), renamed (the same code, new
 * words) or re-weighted (another max). Pairs are made in this order, each pass only among items
 * still unpaired, so a renumbered item is not taken for whatever now bears its old code:
 *   1. same code and the same title (compared by meaning, as the changed-title check does);
 *   2. the same title under another code (renumbered): match "title";
 *   3. same code, title changed but still alike as a whole (renamed in place: "Tiếp nhận hồ sơ
 *      qua bộ phận một cửa" → "Tiếp nhận, trả kết quả qua Bộ phận Một cửa"): match "code". A
 *      code now given to an unrelated criterion is not a rename: the old item is dropped and
 *      the new one added.
 * Items left over are new this year (added) or no longer assessed (dropped).
 * Areas (depth 0) pair only with areas, criteria only with items of the same depth, so a
 * criterion never pairs with an area of a similar name.
 */
import type { CriteriaSet } from '../criteria/schema';
import { flattenItems, type FlatItem } from '../criteria/tree';
import { titleChanged, titleSimilarity } from '../findings/title-checks';

/** Titles at least this alike (character bigrams, titleSimilarity) may be a rename in place. */
export const RENAMED_MIN_SIMILARITY = 0.5;

export type MatchHow = 'code' | 'title';

export interface ItemPair {
  previous: FlatItem;
  current: FlatItem;
  match: MatchHow;
  /** Same code, another title (pass 3). */
  renamed: boolean;
}

export interface ItemMatching {
  /** In the current set's order. */
  pairs: ItemPair[];
  /** Current items with no counterpart last year, in set order. */
  added: FlatItem[];
  /** Last year's items with no counterpart this year, in last year's order. */
  dropped: FlatItem[];
}

/** Same meaning both ways: neither title reads as a changed version of the other. */
function sameTitle(a: string, b: string): boolean {
  return !titleChanged(a, b) && !titleChanged(b, a);
}

export function matchItems(previous: CriteriaSet, current: CriteriaSet): ItemMatching {
  const prevItems = flattenItems(previous);
  const curItems = flattenItems(current);
  const pairOf = new Map<FlatItem, ItemPair>();
  const taken = new Set<FlatItem>();
  const prevByCode = new Map<string, FlatItem>();
  for (const p of prevItems) if (!prevByCode.has(p.item.code)) prevByCode.set(p.item.code, p);

  const pair = (cur: FlatItem, prev: FlatItem, match: MatchHow, renamed = false) => {
    pairOf.set(cur, { previous: prev, current: cur, match, renamed });
    taken.add(prev);
  };

  // 1. Same code, same title.
  for (const cur of curItems) {
    const prev = prevByCode.get(cur.item.code);
    if (prev && prev.depth === cur.depth && sameTitle(prev.item.title, cur.item.title)) pair(cur, prev, 'code');
  }

  // 2. Same title, code moved. Among several candidates: the one under the counterpart of this
  // item's parent, then the most similar title, then the nearest in set order.
  for (const cur of curItems) {
    if (pairOf.has(cur)) continue;
    const candidates = prevItems.filter(
      (p) => !taken.has(p) && p.depth === cur.depth && sameTitle(p.item.title, cur.item.title),
    );
    if (candidates.length === 0) continue;
    const parentPrev = cur.parent ? pairOf.get(cur.parent)?.previous ?? null : null;
    const rank = (p: FlatItem): number[] => [
      parentPrev && p.parent === parentPrev ? 0 : 1,
      -titleSimilarity(p.item.title, cur.item.title),
      Math.abs(prevItems.indexOf(p) / prevItems.length - curItems.indexOf(cur) / curItems.length),
    ];
    candidates.sort((a, b) => {
      const ra = rank(a);
      const rb = rank(b);
      return ra[0] - rb[0] || ra[1] - rb[1] || ra[2] - rb[2];
    });
    pair(cur, candidates[0], 'title');
  }

  // 3. Same code, renamed in place.
  for (const cur of curItems) {
    if (pairOf.has(cur)) continue;
    const prev = prevByCode.get(cur.item.code);
    if (prev && !taken.has(prev) && prev.depth === cur.depth && titleSimilarity(prev.item.title, cur.item.title) >= RENAMED_MIN_SIMILARITY) {
      pair(cur, prev, 'code', true);
    }
  }

  const pairs: ItemPair[] = [];
  const added: FlatItem[] = [];
  for (const cur of curItems) {
    const p = pairOf.get(cur);
    if (p) pairs.push(p);
    else added.push(cur);
  }
  return { pairs, added, dropped: prevItems.filter((p) => !taken.has(p)) };
}
