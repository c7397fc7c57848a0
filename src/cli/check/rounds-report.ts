/**
 * The `appraisalRounds` field of the JSON report (added to par-check-report/1): both appraisal
 * rounds per area and in total, which round is in progress, and where each final figure came
 * from (round 2 where entered, else round 1). Figures rounded to 2 decimals like the rest.
 */
import type { CheckResult } from '../../engine/check-result';
import { roundProgress, type Round2State } from '../../engine/scoring/round-progress';
import type { FinalSource, RoundFigures } from '../../engine/scoring/scores';
import { formatNumber, roundTo } from '../../engine/text/format';
import type { Lang } from '../../engine/text/lang';

export interface ReportRounds {
  /** The round in progress: 1, 2, or null (not started, or nothing left to do). Status `appraising` covers both. */
  inProgress: 1 | 2 | null;
  /** Round 1 alone: its total (null before any round-1 score) and how many scores it has of those expected. */
  round1: { total: number | null; max: number | null; index: number | null; filled: number; expected: number };
  /** Round 2 (null when the sheet has no round-2 column): total with round 2 where entered, and its progress. */
  round2: {
    total: number | null;
    max: number | null;
    index: number | null;
    state: Round2State;
    /** Items with a round-2 score. */
    filled: number;
    /** Items that need one (answered by the unit; without answer columns, lowered in round 1 once round 2 started). */
    needed: number;
    /** Items where the unit answered or added evidence. */
    answered: number;
    /** Codes that need a round-2 score and have none yet. */
    pending: string[];
  } | null;
  /** Where the final total came from: round1 | round2 | mixed; null when not appraised. */
  finalFrom: FinalSource;
  /** Per area: round 1, round 2 (null until round 2 has a score), the final figure and its source. */
  areas: { code: string; round1: number | null; round2: number | null; final: number | null; finalFrom: FinalSource }[];
  /** The items whose final score is their round-2 score (all others come from round 1). */
  items: { item: string; round1: number | null; round2: number; notApplicable: boolean }[];
}

const r2 = (n: number | null | undefined): number | null => (n === null || n === undefined ? null : roundTo(n, 2));

/** Where rounds kept off the heap are found again (compact-result.ts): `{ rounds }`, or undefined for another result. */
let recall: ((r: CheckResult) => { rounds: ReportRounds | null } | undefined) | null = null;

/** Set once by the keeper of such rounds (compact-result.ts). */
export function recallRoundsWith(find: (r: CheckResult) => { rounds: ReportRounds | null } | undefined): void {
  recall = find;
}

/** Null when nothing is scored (unreadable sheet, no set) or the sheet has no appraisal column. */
export function reportRounds(r: CheckResult): ReportRounds | null {
  const recalled = recall?.(r);
  return recalled ? recalled.rounds : computeRounds(r);
}

function computeRounds(r: CheckResult): ReportRounds | null {
  const s = r.scores;
  if (!s || !r.parsed || !r.set || !r.alignment) return null;
  if (r.parsed.columns.appraised === undefined && r.parsed.columns.appraised2 === undefined) return null;
  const progress = roundProgress(r.parsed, r.set, r.alignment);
  const rounds = s.rounds ?? null;
  const first: RoundFigures | null = rounds
    ? rounds.round1
    : s.final
      ? { total: s.final, areas: s.areas.map((a) => ({ code: a.code, appraised: a.appraised, index: a.appraisedIndex })) }
      : null;
  const second = rounds?.round2 ?? null;
  const areaOf = (f: RoundFigures | null, code: string) => f?.areas.find((a) => a.code === code)?.appraised ?? null;
  return {
    inProgress: progress.current,
    round1: {
      total: r2(first?.total.total),
      max: r2(first?.total.max),
      index: r2(first?.total.index),
      filled: progress.round1.filled,
      expected: progress.round1.expected,
    },
    round2: progress.hasRound2Column
      ? {
          total: r2(second?.total.total),
          max: r2(second?.total.max),
          index: r2(second?.total.index),
          state: progress.round2.state,
          filled: progress.round2.filled,
          needed: progress.round2.needed,
          answered: progress.round2.answered,
          pending: progress.round2.pending,
        }
      : null,
    finalFrom: rounds ? rounds.finalFrom : s.final ? 'round1' : null,
    areas: s.areas.map((a) => ({
      code: a.code,
      round1: r2(areaOf(first, a.code)),
      round2: r2(areaOf(second, a.code)),
      final: r2(a.appraised),
      finalFrom: a.finalFrom ?? null,
    })),
    items: (rounds?.round2Items ?? []).map((i) => ({ item: i.code, round1: r2(i.round1), round2: r2(i.round2)!, notApplicable: i.notApplicable })),
  };
}

const ROUND_TEXT = {
  vi: {
    round: (n: 1 | 2) => `Thẩm định lần ${n}`,
    none: 'chưa có điểm',
    index: 'chỉ số',
    inProgress: (n: 1 | 2) => `đang thẩm định lần ${n}`,
    waiting: 'còn chờ',
  },
  en: {
    round: (n: 1 | 2) => `Appraisal round ${n}`,
    none: 'no scores yet',
    index: 'index',
    inProgress: (n: 1 | 2) => `round ${n} in progress`,
    waiting: 'still waiting',
  },
};

/**
 * Lines for the text output of a sheet with a round-2 column: each round's total and which round
 * is in progress ("Thẩm định lần 2: 98,5 / 100 — chỉ số 98,5% (đang thẩm định lần 2; còn chờ 2.2.2)").
 */
export function roundsTextLines(r: CheckResult, lang: Lang): string[] {
  const rounds = r.scores?.rounds;
  const report = rounds ? reportRounds(r) : null;
  if (!report) return [];
  const T = ROUND_TEXT[lang];
  const n = (x: number) => formatNumber(x, lang);
  const line = (k: 1 | 2, t: { total: number | null; max: number | null; index: number | null } | null) =>
    t && t.total !== null && t.max !== null && t.index !== null
      ? `${T.round(k)}: ${n(t.total)} / ${n(t.max)} — ${T.index} ${n(t.index)}%`
      : `${T.round(k)}: ${T.none}`;
  const out = [line(1, report.round1), line(2, report.round2)];
  if (report.inProgress !== null) {
    const pending = report.inProgress === 2 && report.round2 && report.round2.pending.length > 0 ? `; ${T.waiting} ${report.round2.pending.join(', ')}` : '';
    out[report.inProgress - 1] += ` (${T.inProgress(report.inProgress)}${pending})`;
  }
  return out;
}
