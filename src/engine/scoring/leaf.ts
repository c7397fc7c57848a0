/**
 * One leaf's scores from its row, by the "Index arithmetic" of criteria-set.md:
 * a number scores its value (negatives as 0, at most the max); blank, "-", text and Excel
 * errors score 0; N/A scores nothing and takes the max out of the denominator, but only
 * where the set allows N/A (elsewhere it scores 0 and keeps its max).
 */
import type { CriteriaItem, ItemKind } from '../criteria/schema';
import { allowsNotApplicable } from '../criteria/tree';
import type { CellReading, SheetRow } from '../layout/parsed-sheet';
import { settleNumberFields } from '../number-fields';

export interface LeafScore {
  notApplicable: boolean;
  self: number;
  /** Null when the sheet is not appraised. */
  appraised: number | null;
  /** The appraisal came from the round-2 cell. */
  fromRound2: boolean;
}

/**
 * Which appraisal counts: the final one (round 2 where entered, else round 1), or round 1
 * alone (the figures as they stood before the unit's explanation).
 */
export type AppraisalView = 'final' | 'round1';

/** Blank or "-": nothing written (a dash means "no score" on official sheets). */
export function isEmptyReading(r: CellReading | null | undefined): boolean {
  return !r || r.kind === 'blank' || r.kind === 'dash';
}

/**
 * Points a reading is worth for an item of this kind and max. A penalty may be written as
 * "1.5" or "-1.5": both deduct 1.5, so its points are the absolute value.
 */
export function pointsOf(reading: CellReading | null | undefined, max: number, kind: ItemKind): number {
  if (!reading || reading.kind !== 'number' || !Number.isFinite(reading.value)) return 0;
  const v = kind === 'penalty' ? Math.abs(reading.value) : Math.max(0, reading.value);
  return Math.min(v, max);
}

/**
 * The reading that stands for the appraisal of a row. Survey items may have their points in a
 * separate survey column ("Điều tra XHH") rather than in the appraised column.
 */
export function appraisalReading(row: SheetRow | null, kind: ItemKind, view: AppraisalView = 'final'): CellReading | null {
  if (!row) return null;
  if (view === 'final') {
    const second = round2Reading(row);
    if (second) return second;
  }
  const appraised = row.appraised?.reading ?? null;
  if (kind === 'survey' && isEmptyReading(appraised) && row.survey) return row.survey.reading;
  return appraised;
}

/**
 * The round-2 reading when round 2 was entered on the row: a number or N/A. Blank and "-" mean
 * "not re-appraised" (round 2 is optional per item); text and Excel errors are reported by the
 * score checks and leave round 1 standing rather than scoring 0.
 */
export function round2Reading(row: SheetRow | null): CellReading | null {
  const r = row?.appraised2?.reading;
  return r && (r.kind === 'number' || r.kind === 'na') ? r : null;
}

/**
 * Scores of a leaf. Whether it is N/A is one decision for both columns (an item has one max):
 * the appraisal decides when the sheet is appraised and the appraiser wrote something on the
 * row, else the unit's self-assessment does (the appraised column alone for survey items,
 * which the unit does not score).
 */
export function scoreLeaf(
  item: CriteriaItem,
  kind: ItemKind,
  row: SheetRow | null,
  appraised: boolean,
  tablePoints?: number,
  view: AppraisalView = 'final',
): LeafScore {
  const selfReading = kind === 'survey' ? null : (row?.self?.reading ?? null);
  const fromRound2 = appraised && view === 'final' && round2Reading(row) !== null;
  const onSheet = appraisalReading(row, kind, view);
  // Survey points from a survey table count only where the sheet has none.
  const apprReading: CellReading | null =
    // Stryker disable next-line BooleanLiteral: equivalent, scoring never reads fromText
    kind === 'survey' && tablePoints !== undefined && isEmptyReading(onSheet) ? { kind: 'number', value: tablePoints, fromText: false } : onSheet;
  const decisive = appraised && !isEmptyReading(apprReading) ? apprReading : kind === 'survey' ? apprReading : selfReading;
  if (decisive?.kind === 'na' && allowsNotApplicable(item)) {
    return { notApplicable: true, self: 0, appraised: appraised ? 0 : null, fromRound2 };
  }
  return {
    notApplicable: false,
    // Survey items are never self-scored: a self value on them is ignored (and flagged elsewhere).
    self: pointsOf(selfReading, item.maxPoints, kind),
    appraised: appraised ? pointsOf(apprReading, item.maxPoints, kind) : null,
    fromRound2,
  };
}

// A leaf's self and appraised points take fractions from the first sheet on (number-fields.ts).
settleNumberFields((n): LeafScore => ({ notApplicable: false, self: n, appraised: n, fromRound2: false }));
