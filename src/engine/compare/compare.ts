/**
 * Year on year: last year's scoresheet beside this year's, each scored with its own criteria set
 * (the JSON format `par-compare/1`, docs/compare-seal.md). Points of sets with different maxima
 * do not compare, so every area and the total also carry the index (%) and its change, which
 * does.
 *
 * Each side counts its final (appraised) figures when it has them, else its self-assessment
 * (`basis` says which). Numbers are rounded to 2 decimals, the change computed from the rounded
 * figures, so what is printed adds up (88,66 − 86,28 = 2,38).
 */
import type { CriteriaSet } from '../criteria/schema';
import { areasOf } from '../criteria/tree';
import type { ItemScore, ScoreResult } from '../scoring/scores';
import { roundTo } from '../text/format';
import { matchItems, type MatchHow } from './match-items';

export const COMPARE_FORMAT = 'par-compare/1';

/** One year's checked scoresheet. */
export interface CompareInput {
  file: string;
  unit: string | null;
  set: CriteriaSet;
  scores: ScoreResult;
}

export interface CompareSide {
  file: string;
  unit: string | null;
  set: { id: string; version: string; year: number };
  /** Which figures were compared: the appraised (final) ones, or the self-assessment. */
  basis: 'final' | 'self';
  total: number;
  max: number;
  index: number;
}

export interface AreaChange {
  code: string;
  /** Last year's code when the area moved. */
  previousCode: string;
  title: string;
  match: MatchHow;
  previous: number;
  current: number;
  change: number;
  previousIndex: number;
  currentIndex: number;
  indexChange: number;
}

export interface ItemChange {
  code: string;
  previousCode: string;
  match: MatchHow;
  /** Same code, the title changed in meaning (renamed in place). */
  renamed: boolean;
  title: string;
  previousTitle: string;
  previous: number;
  current: number;
  change: number;
  previousMax: number;
  currentMax: number;
  /** The area (current code) the item sits in. */
  area: string;
}

export interface UnpairedItem {
  code: string;
  title: string;
  max: number;
  /** Points of that year. */
  points: number;
}

export interface CompareResult {
  format: typeof COMPARE_FORMAT;
  previous: CompareSide;
  current: CompareSide;
  change: { total: number; index: number };
  areas: AreaChange[];
  /** Items below the areas that exist both years. */
  items: ItemChange[];
  added: UnpairedItem[];
  dropped: UnpairedItem[];
}

const r2 = (n: number) => roundTo(n, 2);

function side(input: CompareInput): CompareSide {
  const basis = input.scores.final ? 'final' : 'self';
  const t = input.scores.final ?? input.scores.self;
  return {
    file: input.file,
    unit: input.unit,
    set: { id: input.set.id, version: input.set.version, year: input.set.year },
    basis,
    total: r2(t.total),
    max: r2(t.max),
    index: r2(t.index),
  };
}

function points(item: ItemScore | undefined, basis: 'final' | 'self'): number {
  if (!item) return 0;
  return r2(basis === 'final' ? item.appraised ?? 0 : item.self);
}

export function compareYears(previous: CompareInput, current: CompareInput): CompareResult {
  const prev = side(previous);
  const cur = side(current);
  const prevItems = new Map(previous.scores.items.map((i) => [i.code, i]));
  const curItems = new Map(current.scores.items.map((i) => [i.code, i]));
  const prevAreas = new Map(previous.scores.areas.map((a) => [a.code, a]));
  const curAreas = new Map(current.scores.areas.map((a) => [a.code, a]));
  const areaCodes = new Set(areasOf(current.set).map((a) => a.code));
  const prevAreaCodes = new Set(areasOf(previous.set).map((a) => a.code));
  const matching = matchItems(previous.set, current.set);

  const areas: AreaChange[] = [];
  const items: ItemChange[] = [];
  for (const p of matching.pairs) {
    const pc = p.previous.item.code;
    const cc = p.current.item.code;
    if (p.current.depth === 0 && areaCodes.has(cc) && prevAreaCodes.has(pc)) {
      const a = prevAreas.get(pc);
      const b = curAreas.get(cc);
      const before = a ? r2(prev.basis === 'final' ? a.appraised ?? 0 : a.self) : 0;
      const after = b ? r2(cur.basis === 'final' ? b.appraised ?? 0 : b.self) : 0;
      const bi = r2(a ? (prev.basis === 'final' ? a.appraisedIndex ?? 0 : a.selfIndex) : 0);
      const ai = r2(b ? (cur.basis === 'final' ? b.appraisedIndex ?? 0 : b.selfIndex) : 0);
      areas.push({
        code: cc,
        previousCode: pc,
        title: p.current.item.title,
        match: p.match,
        previous: before,
        current: after,
        change: r2(after - before),
        previousIndex: bi,
        currentIndex: ai,
        indexChange: r2(ai - bi),
      });
      continue;
    }
    const before = points(prevItems.get(pc), prev.basis);
    const after = points(curItems.get(cc), cur.basis);
    items.push({
      code: cc,
      previousCode: pc,
      match: p.match,
      renamed: p.renamed,
      title: p.current.item.title,
      previousTitle: p.previous.item.title,
      previous: before,
      current: after,
      change: r2(after - before),
      previousMax: p.previous.item.maxPoints,
      currentMax: p.current.item.maxPoints,
      area: p.current.area.code,
    });
  }
  const unpaired = (scores: Map<string, ItemScore>, basis: 'final' | 'self') => (f: { item: { code: string; title: string; maxPoints: number } }): UnpairedItem => ({
    code: f.item.code,
    title: f.item.title,
    max: f.item.maxPoints,
    points: points(scores.get(f.item.code), basis),
  });
  return {
    format: COMPARE_FORMAT,
    previous: prev,
    current: cur,
    change: { total: r2(cur.total - prev.total), index: r2(cur.index - prev.index) },
    areas,
    items,
    added: matching.added.map(unpaired(curItems, cur.basis)),
    dropped: matching.dropped.map(unpaired(prevItems, prev.basis)),
  };
}

/** The items that fell most (largest loss of points first), at most `n`, leaves and criteria alike. */
export function biggestFalls(result: CompareResult, n = 5): ItemChange[] {
  return result.items
    .filter((i) => i.change < 0)
    .sort((a, b) => a.change - b.change || a.code.localeCompare(b.code, undefined, { numeric: true }))
    .slice(0, n);
}
