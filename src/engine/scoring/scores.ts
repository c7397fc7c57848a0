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
}
