/**
 * The columns of the official results table, from a ScoreResult: appraised points of the scored
 * items, survey points, bonus, penalty, total achieved, max, index; and per area the appraiser's
 * change ("Chênh lệch" = appraised − self over the scored items only: survey points are not a
 * change by the appraiser, they have their own column).
 *
 * Sums are over leaves; the total achieved is the ScoreResult's own (capped at the max, never
 * below 0), so the published total is always the one the index was computed from.
 */
import type { ItemScore, ScoreResult } from '../scoring/scores';

export interface AreaBreakdown {
  code: string;
  title: string;
  max: number;
  /** Self score of the scored items. */
  self: number;
  /** Appraised points of the scored items; null when not appraised. */
  appraised: number | null;
  /** Survey points of the area; null when not appraised. */
  survey: number | null;
  /** appraised − self over the scored items; null when not appraised. */
  difference: number | null;
  /** Component index (%) of the final result; null when not appraised or no max. */
  index: number | null;
}

export interface PointsBreakdown {
  self: number;
  selfMax: number;
  appraised: number | null;
  survey: number | null;
  bonus: number | null;
  penalty: number | null;
  total: number | null;
  max: number | null;
  index: number | null;
  difference: number | null;
  areas: AreaBreakdown[];
}

const clean = (x: number) => Math.round(x * 1e9) / 1e9;

/** Where breakdowns kept off the heap are found again (compact-result.ts); undefined: not one of those. */
let recall: ((scores: ScoreResult) => PointsBreakdown | undefined) | null = null;

/** Set once by the keeper of such breakdowns (src/cli/check/compact-result.ts). */
export function recallBreakdownsWith(find: (scores: ScoreResult) => PointsBreakdown | undefined): void {
  recall = find;
}

export function pointsBreakdown(scores: ScoreResult): PointsBreakdown {
  return recall?.(scores) ?? computeBreakdown(scores);
}

function computeBreakdown(scores: ScoreResult): PointsBreakdown {
  const appraisedSheet = scores.final !== null;
  // Items are in sheet order (pre-order): an item of depth 0 opens its area.
  const areaOf = new Map<ItemScore, string>();
  let area = '';
  const isLeaf = (i: number) => {
    const next = scores.items[i + 1];
    return !next || next.depth <= scores.items[i].depth;
  };
  scores.items.forEach((it) => {
    if (it.depth === 0) area = it.code;
    areaOf.set(it, area);
  });
  const sums = new Map<string, { self: number; appraised: number; survey: number }>();
  scores.items.forEach((it, i) => {
    if (!isLeaf(i) || it.notApplicable) return;
    if (it.kind !== 'scored' && it.kind !== 'survey') return;
    const code = areaOf.get(it)!;
    const s = sums.get(code) ?? { self: 0, appraised: 0, survey: 0 };
    if (it.kind === 'scored') {
      s.self += it.self;
      s.appraised += it.appraised ?? 0;
    } else s.survey += it.appraised ?? 0;
    sums.set(code, s);
  });

  const areas: AreaBreakdown[] = scores.areas.map((a) => {
    const s = sums.get(a.code) ?? { self: 0, appraised: 0, survey: 0 };
    return {
      code: a.code,
      title: a.title,
      max: a.max,
      self: clean(s.self),
      appraised: appraisedSheet ? clean(s.appraised) : null,
      survey: appraisedSheet ? clean(s.survey) : null,
      difference: appraisedSheet ? clean(s.appraised - s.self) : null,
      index: appraisedSheet && a.max > 0 ? a.appraisedIndex : null,
    };
  });
  const sum = (f: (a: AreaBreakdown) => number | null) => (appraisedSheet ? clean(areas.reduce((t, a) => t + (f(a) ?? 0), 0)) : null);
  return {
    self: scores.self.total,
    selfMax: scores.self.max,
    appraised: sum((a) => a.appraised),
    survey: sum((a) => a.survey),
    bonus: scores.bonus.appraised,
    penalty: scores.penalty.appraised,
    total: scores.final?.total ?? null,
    max: scores.final?.max ?? null,
    index: scores.final?.index ?? null,
    difference: sum((a) => a.difference),
    areas,
  };
}
