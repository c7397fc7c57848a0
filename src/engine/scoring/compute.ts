/**
 * The index arithmetic of criteria-set.md, exactly: leaves from their cells (leaf.ts), parents
 * as the sum of their children capped at their N/A-reduced max (the number written on a parent
 * row is never used), areas, bonus and penalty, totals, indices and the classification.
 * Values stay unrounded; only display rounds.
 */
import type { Alignment } from '../check-result';
import type { CriteriaSet, ItemKind } from '../criteria/schema';
import { countsInParent, effectiveKind, flattenItems, isBonusOrPenalty, isLeaf, type FlatItem } from '../criteria/tree';
import type { ParsedSheet, SheetRow } from '../layout/parsed-sheet';
import { classify } from './classify';
import { memoByObject } from '../text/memo';
import { settleNumberFields } from '../number-fields';
import { isEmptyReading, round2Reading, scoreLeaf, type AppraisalView } from './leaf';
import type { AreaScore, FinalSource, ItemScore, RoundFigures, RoundScores, ScoreResult, TotalScore } from './scores';

/** Removes float noise from sums (0.1 + 0.2) without rounding anything a user could see. */
const clean = (x: number) => Math.round(x * 1e9) / 1e9;
const clamp = (x: number, lo: number, hi: number) => Math.min(Math.max(x, lo), hi);
const percent = (total: number, max: number) => (max > 0 ? clean((total / max) * 100) : 0);

/**
 * The sheet counts as appraised when it has an appraised column and at least one leaf row has
 * something in it. Parent rows are not looked at: a blank template carries SUM formulas there
 * whose result is 0 before anyone has appraised anything.
 */
export function isAppraised(parsed: ParsedSheet, set: CriteriaSet, alignment: Alignment, view: AppraisalView = 'final'): boolean {
  const second = view === 'final' && parsed.columns.appraised2 !== undefined;
  if (parsed.columns.appraised === undefined && !second) return false;
  for (const f of flattenItems(set)) {
    if (!isLeaf(f.item)) continue;
    const row = alignment.rowFor.get(f.item.code);
    if (!isEmptyReading(row?.appraised?.reading) || (second && round2Reading(row ?? null) !== null)) return true;
  }
  return false;
}

/**
 * @param tableSurvey survey leaf code → points from a survey table, used where the sheet has
 *   none (results/survey-points.ts decides which values qualify).
 * @param view 'final' (default): round 2 where entered, else round 1 — the result; 'round1':
 *   the figures of round 1 alone (used for the round figures of the report).
 */
export function computeScores(
  parsed: ParsedSheet,
  set: CriteriaSet,
  alignment: Alignment,
  tableSurvey?: Map<string, number>,
  view: AppraisalView = 'final',
): ScoreResult {
  return compute(parsed, set, alignment, tableSurvey, view).result;
}

/**
 * The scores of a sheet, computed once before the checks: `scores` is the result (round 2 where
 * entered, survey-table points where given); `asWritten` is what the sheet's own columns should
 * show: round 1 (the appraised column) and the sheet's values alone. The parent and total-row
 * checks compare written sums with `asWritten`, so the arithmetic lives here only. They are the
 * same object unless round 2 or a survey table changed something.
 */
export interface SheetScores {
  scores: ScoreResult;
  asWritten: ScoreResult;
}

export function scoreSheet(parsed: ParsedSheet, set: CriteriaSet, alignment: Alignment, tableSurvey?: Map<string, number>): SheetScores {
  const withTable = tableSurvey !== undefined && tableSurvey.size > 0;
  const { result, first } = compute(parsed, set, alignment, withTable ? tableSurvey : undefined, 'final');
  if (!withTable) return { scores: result, asWritten: first ?? result };
  return { scores: result, asWritten: compute(parsed, set, alignment, undefined, 'round1').result };
}

/** `first`: the round-1 figures, computed when some round-2 score was entered (else null). */
function compute(
  parsed: ParsedSheet,
  set: CriteriaSet,
  alignment: Alignment,
  tableSurvey: Map<string, number> | undefined,
  view: AppraisalView,
): { result: ScoreResult; first: ScoreResult | null } {
  const appraised = isAppraised(parsed, set, alignment, view);
  const flat = flattenItems(set);
  const shape = shapeOf(flat);
  const nodes: ItemScore[] = new Array(flat.length);

  // Post-order: children are scored before their parent (flat is pre-order, so walk it backwards).
  for (let i = flat.length - 1; i >= 0; i--) {
    const f = flat[i];
    const kind = shape.kinds[i];
    const row = alignment.rowFor.get(f.item.code) ?? null;
    let score: ItemScore;
    if (shape.leaf[i]) {
      const leaf = scoreLeaf(f.item, kind, row, appraised, tableSurvey?.get(f.item.code), view);
      const max = leaf.notApplicable ? 0 : f.item.maxPoints;
      const from: FinalSource = appraised ? (leaf.fromRound2 ? 'round2' : 'round1') : null;
      score = itemScore(f, kind, row, max, kind === 'survey' ? 0 : max, leaf.self, leaf.appraised, leaf.notApplicable, from);
    } else {
      // One walk over the children for every sum (each added up in child order, from 0, as
      // separate sums: the same numbers as one reduce per sum); no list of the children's scores.
      const kids = shape.kids[i];
      // N/A children shrink the parent's max by what they lost; survey children take their
      // share out of the max the self-assessment is measured against.
      let naCut = 0;
      let surveyCut = 0;
      let sumSelf = 0;
      let sumAppr = 0;
      let everyNa = true;
      let from: FinalSource = null;
      let mixed = false;
      for (let j = 0; j < kids.length; j++) {
        const k = nodes[kids[j]];
        naCut += k.setMax - k.max;
        surveyCut += k.max - k.selfMax;
        sumSelf += k.self;
        sumAppr += k.appraised ?? 0;
        if (!k.notApplicable) everyNa = false;
        // sourceOf: the children's common source, 'mixed' when two differ.
        const s = k.finalFrom ?? null;
        if (s === null || mixed) continue;
        if (from === null) from = s;
        else if (from !== s) mixed = true;
      }
      const max = clean(Math.max(0, f.item.maxPoints - naCut));
      const selfMax = kind === 'survey' ? 0 : clean(Math.max(0, max - surveyCut));
      sumSelf = clean(sumSelf);
      sumAppr = clean(sumAppr);
      const allNa = kids.length > 0 && f.item.maxPoints > 0 && max === 0 && everyNa;
      score = itemScore(f, kind, row, max, selfMax, Math.min(sumSelf, selfMax), appraised ? Math.min(sumAppr, max) : null, allNa, mixed ? 'mixed' : from);
    }
    nodes[i] = score;
  }

  const items = nodes; // not changed below
  // Plain loops below, not map/filter/reduce: an array made by map() in optimized code has another
  // elements kind than one made by the builtin, and the next array call on it then throws the
  // optimized code away (number-fields.ts says why recompiling compute is costly).
  const areas: AreaScore[] = [];
  for (const i of shape.areas) areas.push(areaScore(nodes[i]));

  // Bonus and penalty count once, at their highest item (a bonus area, or a bonus item nested
  // in an ordinary area), each already capped at its own maxPoints.
  const bonus = rootsSum(nodes, shape.bonusRoots, appraised);
  const penalty = rootsSum(nodes, shape.penaltyRoots, appraised);

  // Maxima from the scale (criteria-set.md): final max = scale − Σ N/A maxima; the self max
  // also leaves out the survey items that still count.
  // (Two sums in leaf order, from 0, in one walk: the same numbers as a filter and reduce each.)
  let naMax = 0;
  let surveyMax = 0;
  for (const i of shape.scoredLeaves) {
    const s = nodes[i];
    if (s.notApplicable) naMax += s.setMax;
    else if (s.kind === 'survey') surveyMax += s.setMax;
  }
  const finalMax = clean(Math.max(0, set.scale - naMax));
  const selfMax = clean(Math.max(0, finalMax - surveyMax));

  // A bonus can make up lost points but never lifts a total above its max; a penalty never
  // takes it below 0. (Each sum in area order from 0, as a reduce adds.)
  let areasSelf = 0;
  for (const a of areas) areasSelf += a.self;
  const selfTotal = clamp(clean(areasSelf + bonus.self - penalty.self), 0, selfMax);
  const self: TotalScore = { total: selfTotal, max: selfMax, index: percent(selfTotal, selfMax) };
  let final: TotalScore | null = null;
  if (appraised) {
    let areasAppraised = 0;
    for (const a of areas) areasAppraised += a.appraised ?? 0;
    const sum = areasAppraised + (bonus.appraised ?? 0) - (penalty.appraised ?? 0);
    const total = clamp(clean(sum), 0, finalMax);
    final = { total, max: finalMax, index: percent(total, finalMax) };
  }

  const basis = final ?? self;
  const components: number[] = [];
  for (const a of areas) {
    if (final ? a.max > 0 : a.selfMax > 0) components.push(final ? (a.appraisedIndex ?? 0) : a.selfIndex);
  }
  const classification = classify(set.classification, basis.index, components);
  const hasBands = (set.classification?.length ?? 0) > 0;

  const result: ScoreResult = {
    self,
    final,
    bonus,
    penalty,
    areas,
    items,
    classification,
    classifiedOn: hasBands ? (final ? 'final' : 'self') : null,
    rounds: null,
  };
  const first = view === 'final' && parsed.columns.appraised2 !== undefined ? withRounds(result, parsed, set, alignment, tableSurvey, flat, shape) : null;
  return { result, first };
}

/** The sum of the bonus (or penalty) roots' self and appraised points, each added from 0 in set order. */
function rootsSum(nodes: ItemScore[], roots: number[], appraised: boolean): { self: number; appraised: number | null } {
  let self = 0;
  let appraisedSum = 0;
  for (const i of roots) {
    self += nodes[i].self;
    appraisedSum += nodes[i].appraised ?? 0;
  }
  return { self: clean(self), appraised: appraised ? clean(appraisedSum) : null };
}

/**
 * Both rounds' figures on a sheet with a round-2 column (result.rounds), and the round-1 result
 * when some round-2 score was entered (else null). Apart from compute: few sheets have the column.
 */
function withRounds(
  result: ScoreResult,
  parsed: ParsedSheet,
  set: CriteriaSet,
  alignment: Alignment,
  tableSurvey: Map<string, number> | undefined,
  flat: readonly FlatItem[],
  shape: SetShape,
): ScoreResult | null {
  const nodes = result.items;
  const leaves = flat.filter((f, i) => shape.leaf[i] && nodes[i].finalFrom === 'round2');
  const first = leaves.length > 0 ? compute(parsed, set, alignment, tableSurvey, 'round1').result : null;
  const firstPoints = new Map(first?.items.map((i) => [i.code, i.appraised]) ?? []);
  const roots = [...shape.bonusRoots, ...shape.penaltyRoots].map((i) => nodes[i]);
  const rounds = roundScores(result, sourceOf([...result.areas, ...roots]), first);
  result.rounds = rounds;
  rounds.round2Items = leaves.map((f) => {
    const final = nodes[flat.indexOf(f)];
    // A blank round-1 cell is "not appraised in round 1", not 0 points.
    const blank = isEmptyReading(alignment.rowFor.get(f.item.code)?.appraised?.reading);
    return {
      code: f.item.code,
      round1: blank ? null : (firstPoints.get(f.item.code) ?? null),
      round2: final.appraised ?? 0,
      notApplicable: final.notApplicable,
    };
  });
  return first;
}

/**
 * What the arithmetic needs of a set's tree, by position in flattenItems order: the same for every
 * sheet checked against the set, so worked out once per set (read-only).
 */
interface SetShape {
  kinds: ItemKind[];
  leaf: boolean[];
  /** Positions of the children that count in each item's sum, in set order. */
  kids: number[][];
  /** Ordinary areas (top-level items neither bonus nor penalty). */
  areas: number[];
  /** Bonus and penalty items counted at the total (not inside a bonus or penalty parent). */
  bonusRoots: number[];
  penaltyRoots: number[];
  /** Leaves neither bonus nor penalty. */
  scoredLeaves: number[];
}

const shapeOf = memoByObject((flat: readonly FlatItem[]): SetShape => {
  const at = new Map<FlatItem, number>();
  flat.forEach((f, i) => at.set(f, i));
  const kinds = flat.map((f) => effectiveKind(f));
  const leaf = flat.map((f) => isLeaf(f.item));
  const kids: number[][] = flat.map(() => []);
  flat.forEach((f, i) => {
    if (f.parent && countsInParent(f)) kids[at.get(f.parent)!].push(i);
  });
  const where = (keep: (f: FlatItem, i: number) => boolean) => flat.flatMap((f, i) => (keep(f, i) ? [i] : []));
  return {
    kinds,
    leaf,
    kids,
    areas: where((f, i) => f.parent === null && !isBonusOrPenalty(kinds[i])),
    bonusRoots: where((f, i) => kinds[i] === 'bonus' && !countsInParent(f)),
    penaltyRoots: where((f, i) => kinds[i] === 'penalty' && !countsInParent(f)),
    scoredLeaves: where((_, i) => leaf[i] && !isBonusOrPenalty(kinds[i])),
  };
});

/**
 * Both rounds' figures; `first` is round 1 alone, computed only when some round-2 score was
 * entered (otherwise round 1 is the final result as it stands).
 */
function roundScores(final: ScoreResult, from: FinalSource, first: ScoreResult | null): RoundScores {
  const figures = (r: ScoreResult): RoundFigures | null =>
    r.final
      ? { total: r.final, areas: r.areas.map((a) => ({ code: a.code, appraised: a.appraised, index: a.appraisedIndex })) }
      : null;
  return {
    round1: figures(first ?? final),
    round2: first ? figures(final) : null,
    finalFrom: final.final ? from : null,
    round2Items: [],
  };
}

/** The source of a parent from its children's. */
function sourceOf(kids: { finalFrom?: FinalSource }[]): FinalSource {
  return combine(kids.map((k) => k.finalFrom ?? null));
}

function combine(sources: FinalSource[]): FinalSource {
  let out: FinalSource = null;
  for (const s of sources) {
    if (s === null) continue;
    if (out === null) out = s;
    else if (out !== s) return 'mixed';
  }
  return out;
}

/** One literal with every field (no spreads): this runs for every item on every re-check. */
function itemScore(
  f: FlatItem,
  kind: ItemScore['kind'],
  row: SheetRow | null,
  max: number,
  selfMax: number,
  self: number,
  appraised: number | null,
  notApplicable: boolean,
  finalFrom: FinalSource,
): ItemScore {
  return {
    code: f.item.code,
    title: f.item.title,
    kind,
    depth: f.depth,
    setMax: f.item.maxPoints,
    missing: row === null,
    row: row ? row.row : null,
    max,
    selfMax,
    self,
    appraised,
    notApplicable,
    finalFrom,
  };
}

function areaScore(s: ItemScore): AreaScore {
  const selfIndex = percent(s.self, s.selfMax);
  const appraisedIndex = s.appraised === null ? null : percent(s.appraised, s.max);
  return areaOf(s, selfIndex, appraisedIndex);
}

function areaOf(s: ItemScore, selfIndex: number, appraisedIndex: number | null): AreaScore {
  return {
    code: s.code,
    title: s.title,
    max: s.max,
    selfMax: s.selfMax,
    self: s.self,
    appraised: s.appraised,
    index: appraisedIndex ?? selfIndex,
    selfIndex,
    appraisedIndex,
    finalFrom: s.finalFrom ?? null,
  };
}

// The number fields of the scores take fractions from the first sheet on (number-fields.ts): the
// items' and areas' scores, the totals, bonus and penalty.
settleNumberFields((n) => {
  const flat = { item: { code: '', title: '', maxPoints: n }, depth: 0 } as FlatItem;
  // (A stand-in row without a shape of its own: a literal { row } would share the first field of a real row's shape.)
  const row = n === null ? null : (Object.create(null, { row: { value: n } }) as SheetRow);
  const item = itemScore(flat, 'scored', row, n, n, n, n, false, null);
  return [item, areaOf(item, n, n)];
});
settleNumberFields((n): TotalScore => ({ total: n, max: n, index: n }));
settleNumberFields((n) => ({ self: n, appraised: n }));
