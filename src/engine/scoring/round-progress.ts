/**
 * Where the appraisal cycle stands on one sheet (domain.md §5.3: round 1 → the unit explains and
 * adds evidence → round 2 → locked): how far each round is filled in and which round is in
 * progress. The status `appraising` covers both rounds; this says which one.
 *
 * Round 1 expects a score on every scored leaf (survey, bonus and penalty items left out: their
 * points come from elsewhere or are blank when there is nothing to add or deduct).
 *
 * Round 2 is optional per item: the council re-appraises what the unit contested. An item
 * NEEDS round 2 when
 * - the sheet has the unit's answer columns ("Giải trình của đơn vị" after round 1, "Tài liệu
 *   bổ sung") and the unit wrote something in them for that item; or
 * - the sheet has no answer columns and round 2 has started: every item whose round-1 score is
 *   below the self score (what the unit would contest; without answers the sheet cannot tell
 *   which it did) — until round 2 starts, round 1 stands and nothing is pending.
 * Round 2 is "complete" when every item that needs it has a round-2 score (a number or N/A),
 * "in progress" when some round-2 score is entered or some answer awaits one, else "not started".
 */
import type { Alignment } from '../check-result';
import type { CriteriaSet } from '../criteria/schema';
import { effectiveKind, flattenItems, isLeaf } from '../criteria/tree';
import type { CellReading, ParsedSheet, SheetRow } from '../layout/parsed-sheet';
import { round2Reading } from './leaf';

export type Round2State = 'notStarted' | 'inProgress' | 'complete';

export interface RoundProgress {
  /** The sheet has a round-2 score column. */
  hasRound2Column: boolean;
  /** The sheet has a column for the unit's answer or its added evidence. */
  hasAnswerColumns: boolean;
  round1: { filled: number; expected: number };
  round2: {
    /** Leaves with a round-2 score (number or N/A). */
    filled: number;
    /** Leaves that need a round-2 score (see above). */
    needed: number;
    /** Of those, the ones that have it. */
    neededFilled: number;
    /** Leaves where the unit answered or added evidence. */
    answered: number;
    state: Round2State;
    /** Codes of the leaves that need round 2 and have no round-2 score yet, in set order. */
    pending: string[];
  };
  /**
   * The round in progress: 1 while round-1 scores are missing (and round 2 has not started),
   * 2 while round 2 is under way or answers await it; null before any appraisal is entered and
   * once nothing is left to do.
   */
  current: 1 | 2 | null;
}

const EPS = 1e-6;

function entered(r: CellReading | null | undefined): boolean {
  return !!r && (r.kind === 'number' || r.kind === 'na');
}

function text(cell: { text: string } | null | undefined): boolean {
  return !!cell && cell.text.trim() !== '';
}

/** Round 1 lowered the unit's claim (a blank self cell is a claim of 0, so nothing is lower). */
function lowered(row: SheetRow): boolean {
  const a = row.appraised?.reading;
  const s = row.self?.reading;
  if (!a || !s) return false;
  if (a.kind === 'number' && s.kind === 'number') return Math.abs(a.value) < Math.abs(s.value) - EPS;
  // N/A claimed by the unit and not granted (a number in round 1) is contested too.
  return s.kind === 'na' && a.kind === 'number';
}

export function roundProgress(parsed: ParsedSheet, set: CriteriaSet, alignment: Alignment): RoundProgress {
  const hasRound2Column = parsed.columns.appraised2 !== undefined;
  const hasAnswerColumns = parsed.columns.unitAnswer !== undefined || parsed.columns.addedEvidence !== undefined;
  let r1Filled = 0;
  let r1Expected = 0;
  let r2Filled = 0;
  let answered = 0;
  const candidates: { code: string; done: boolean; answered: boolean; lowered: boolean }[] = [];
  for (const f of flattenItems(set)) {
    if (!isLeaf(f.item) || effectiveKind(f) !== 'scored') continue;
    const row = alignment.rowFor.get(f.item.code);
    if (!row) continue;
    r1Expected++;
    if (entered(row.appraised?.reading)) r1Filled++;
    const done = round2Reading(row) !== null;
    if (done) r2Filled++;
    const answer = text(row.unitAnswer) || text(row.addedEvidence);
    if (answer) answered++;
    candidates.push({ code: f.item.code, done, answered: answer, lowered: lowered(row) });
  }
  const needs = (c: (typeof candidates)[number]) => (hasAnswerColumns ? c.answered : r2Filled > 0 && c.lowered);
  const needed = hasRound2Column ? candidates.filter(needs) : [];
  const neededFilled = needed.filter((c) => c.done).length;
  const pending = needed.filter((c) => !c.done).map((c) => c.code);
  const state: Round2State =
    !hasRound2Column || (r2Filled === 0 && pending.length === 0)
      ? 'notStarted'
      : pending.length === 0 && r2Filled > 0
        ? 'complete'
        : 'inProgress';
  let current: 1 | 2 | null = null;
  if (state === 'inProgress') current = 2;
  else if (r2Filled === 0 && r1Filled > 0 && r1Filled < r1Expected) current = 1;
  return {
    hasRound2Column,
    hasAnswerColumns,
    round1: { filled: r1Filled, expected: r1Expected },
    round2: { filled: r2Filled, needed: needed.length, neededFilled, answered, state, pending },
    current,
  };
}
