/**
 * What one check of one sheet produces. Built by check.ts (the orchestrator:
 * grid → parsed sheet → set choice → scores → findings); read by the report, the CLI,
 * the pane, the summary sheet and the ranking.
 */
import type { CriteriaSet } from './criteria/schema';
import type { Finding } from './findings/finding';
import type { ParsedSheet, SheetRow } from './layout/parsed-sheet';
import type { ScoreResult } from './scoring/scores';
import type { SurveyUse } from './results/survey-use';

/** Rows of the sheet matched to items of the set. */
export interface Alignment {
  /** Item code → its row on the sheet. */
  rowFor: Map<string, SheetRow>;
  /** Rows whose code is not in the set (flagged, ignored in scores). */
  extra: SheetRow[];
  /** Item codes of the set with no row on the sheet. */
  missing: string[];
  /** Rows whose code appeared already (second and later occurrences). */
  duplicates: SheetRow[];
}

export interface SetCandidate {
  id: string;
  version: string;
  /** 0..1: share of the set's items found with the same code and max. */
  fit: number;
}

export interface SetChoice {
  /** How the set was chosen. */
  how: 'forced' | 'declared' | 'matched' | 'settings';
  /** Candidates by fit, best first (at most a few). */
  candidates: SetCandidate[];
}

export interface CheckResult {
  sheetName: string;
  unit: string | null;
  set: CriteriaSet | null;
  setChoice: SetChoice | null;
  parsed: ParsedSheet | null;
  alignment: Alignment | null;
  scores: ScoreResult | null;
  findings: Finding[];
  /** Survey points taken from a survey table for this sheet (absent when no table was given or the unit has no row). */
  survey?: SurveyUse | null;
}
