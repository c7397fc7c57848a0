/**
 * Results of the index arithmetic (criteria-set.md, "Index arithmetic").
 * Values are unrounded; rounding to 2 decimals happens only when shown.
 */

export interface ItemScore {
  code: string;
  title: string;
  kind: 'scored' | 'survey' | 'bonus' | 'penalty';
  depth: number;
  /** The item's max after N/A reductions (0 when the whole item is N/A). */
  max: number;
  /** The set's original maxPoints. */
  setMax: number;
  /** Max that counts for the self-assessed total (survey maxima left out). */
  selfMax: number;
  self: number;
  /** Null when the sheet has no appraised column or no appraised value anywhere. */
  appraised: number | null;
  notApplicable: boolean;
  /** The item has no row on the sheet. */
  missing: boolean;
  /**
   * Which appraisal round the final (appraised) figure came from: round 2 where it was entered,
   * else round 1; 'mixed' for a parent whose children differ; null when not appraised.
   * Always set by computeScores (optional only for results built by older code).
   */
  finalFrom?: FinalSource;
  /** 0-based sheet row, when present. */
  row: number | null;
}

export interface AreaScore {
  code: string;
  title: string;
  max: number;
  selfMax: number;
  self: number;
  appraised: number | null;
  /** Component index (%) of the final (appraised) score, or of the self score when not appraised. */
  index: number;
  selfIndex: number;
  appraisedIndex: number | null;
  /** Which round the area's appraised figure came from (see ItemScore.finalFrom). */
  finalFrom?: FinalSource;
}

export type FinalSource = 'round1' | 'round2' | 'mixed' | null;

/** One round's figures for an area. */
export interface RoundArea {
  code: string;
  /** Points after that round (null when the round has no value on the sheet). */
  appraised: number | null;
  /** Component index (%) after that round. */
  index: number | null;
}

export interface RoundFigures {
  total: TotalScore;
  areas: RoundArea[];
}

/**
 * Both appraisal rounds, on a sheet with a round-2 column (domain.md §5.3). The final figures
 * (ScoreResult.final, area.appraised) are round 2 where entered, else round 1.
 */
export interface RoundScores {
  /** The figures of round 1 alone, as they stood before the unit's explanation; null when round 1 has no value. */
  round1: RoundFigures | null;
  /** The figures after round 2 (round 2 where entered, else round 1); null until a round-2 score is entered. */
  round2: RoundFigures | null;
  /** Which round the final total came from. */
  finalFrom: FinalSource;
  /** The leaves whose final score is their round-2 score, in set order. */
  round2Items: RoundItem[];
}

/** A leaf re-appraised in round 2. */
export interface RoundItem {
  code: string;
  /** Points in round 1 (null when round 1 left it blank). */
  round1: number | null;
  /** Points in round 2 (0 when round 2 made it N/A). */
  round2: number;
  /** Round 2 made it not applicable (its max left out). */
  notApplicable: boolean;
}

export interface TotalScore {
  total: number;
  max: number;
  index: number;
}

export interface ScoreResult {
  self: TotalScore;
  /** Null until appraised scores exist. */
  final: TotalScore | null;
  bonus: { self: number; appraised: number | null };
  penalty: { self: number; appraised: number | null };
  areas: AreaScore[];
  items: ItemScore[];
  /** Classification label from the final index (or the self index when not appraised); null without bands. */
  classification: string | null;
  /** Which score the classification used. */
  classifiedOn: 'final' | 'self' | null;
  /** Both appraisal rounds; null when the sheet has no round-2 column (always set by computeScores). */
  rounds?: RoundScores | null;
}
