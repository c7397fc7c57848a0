/**
 * The appraiser's comparison: per area, the self-assessed score beside the appraised one.
 * Survey points (điều tra XHH) only ever appear in the appraised column, so comparing the raw
 * area scores would show every survey point as a "change"; they are set apart in their own column.
 */
import type { ScoreResult } from '../../engine/scoring/scores';

export interface AppraisalRow {
  code: string;
  title: string;
  self: number;
  /** Appraised area score less its survey points. */
  appraised: number;
  survey: number;
  /** appraised − self (negative: the appraisal lowered the score). */
  difference: number;
}

export interface AppraisalView {
  rows: AppraisalRow[];
  total: Omit<AppraisalRow, 'code' | 'title'>;
}

/** Survey points per area, from the leaves (tree order + depth tell leaves from parents). */
function surveyByArea(scores: ScoreResult): Map<string, number> {
  const areaCodes = new Set(scores.areas.map((a) => a.code));
  const sums = new Map<string, number>();
  let area: string | null = null;
  scores.items.forEach((it, i) => {
    if (areaCodes.has(it.code)) area = it.code;
    const next = scores.items[i + 1];
    const isLeaf = !next || next.depth <= it.depth;
    if (area !== null && isLeaf && it.kind === 'survey' && it.appraised !== null && !it.notApplicable) {
      sums.set(area, (sums.get(area) ?? 0) + it.appraised);
    }
  });
  return sums;
}

/** Null when the sheet carries no appraised score at all. */
export function appraisalView(scores: ScoreResult | null): AppraisalView | null {
  if (!scores || scores.areas.every((a) => a.appraised === null)) return null;
  const survey = surveyByArea(scores);
  const rows = scores.areas.map((a) => {
    const s = survey.get(a.code) ?? 0;
    const appraised = (a.appraised ?? 0) - s;
    return { code: a.code, title: a.title, self: a.self, appraised, survey: s, difference: appraised - a.self };
  });
  const sum = (pick: (r: AppraisalRow) => number) => rows.reduce((acc, r) => acc + pick(r), 0);
  return {
    rows,
    total: {
      self: sum((r) => r.self),
      appraised: sum((r) => r.appraised),
      survey: sum((r) => r.survey),
      difference: sum((r) => r.difference),
    },
  };
}
