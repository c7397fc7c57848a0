/**
 * What every check needs about one sheet checked against one set, computed once:
 * the set's items in order and by code, where each item sits on the sheet, the assessment
 * year and whether any appraisal has been entered yet.
 */
import type { Alignment } from '../check-result';
import type { CriteriaSet } from '../criteria/schema';
import { effectiveKind, flattenItems, type FlatItem } from '../criteria/tree';
import type { ParsedSheet, ColumnRole, SheetRow } from '../layout/parsed-sheet';
import { a1 } from '../grid';
import type { Finding, Severity } from './finding';
import type { Bilingual } from '../text/lang';
import { severityOf, type FindingCode } from './codes';
import type { ExemptionGrant } from '../exemptions/table';
import { scoreSheet, type SheetScores } from '../scoring/compute';
import { memoByObject } from '../text/memo';
import { trimmed } from '../text/trim';
import type { ItemScore, ScoreResult } from '../scoring/scores';

export interface CheckContext {
  parsed: ParsedSheet;
  set: CriteriaSet;
  alignment: Alignment;
  /** The set's items in sheet (pre-)order. */
  flat: FlatItem[];
  byCode: Map<string, FlatItem>;
  /** Position of each code in `flat` (tree order). */
  order: Map<string, number>;
  /**
   * Assessment year: the year the sheet's title states, else the set's year. A 2025 sheet
   * checked with the 2024 set (no newer one loaded) must still judge evidence against 2025.
   */
  year: number;
  /** Some appraised (or survey-column) value exists on an item row: appraisal has started. */
  hasAppraisal: boolean;
  /** What an exemptions table grants the sheet's unit; undefined when no table was given. */
  exemptions?: ExemptionGrant;
  /** The sheet's scores (scoring/compute.ts), computed once before the checks; null when that failed. */
  scores: ScoreResult | null;
  /**
   * Scores of what the sheet's columns should show (round 1, no survey-table points), by item in
   * `flat`: the values written on parent and total rows are compared with these.
   */
  written: Map<FlatItem, ItemScore>;
  /** The whole of `written`'s scores (totals, bonus, penalty); null when scoring failed. */
  writtenTotals: ScoreResult | null;
}

/** Inputs of the checks beyond the sheet and its set. */
export interface CheckExtras {
  /** What an exemptions table grants the sheet's unit (undefined: no table given). */
  exemptions?: ExemptionGrant;
  /** The scores computed before the checks (check.ts; null: scoring failed); computed here when not given. */
  scores?: SheetScores | null;
}

export function buildContext(parsed: ParsedSheet, set: CriteriaSet, alignment: Alignment, extras: CheckExtras = {}): CheckContext {
  const flat = flattenItems(set);
  const { byCode, order } = indexOf(flat);
  let hasAppraisal = false;
  for (const r of alignment.rowFor.values()) {
    if (isEntered(r.appraised?.reading.kind) || isEntered(r.survey?.reading.kind) || isEntered(r.appraised2?.reading.kind)) {
      hasAppraisal = true;
      break;
    }
  }
  const sheet = extras.scores === undefined ? scoreSheet(parsed, set, alignment) : extras.scores;
  // computeScores lists items in the order of flattenItems(set), the same list as `flat`.
  const written = new Map<FlatItem, ItemScore>();
  if (sheet) {
    const items = sheet.asWritten.items;
    for (let i = 0; i < flat.length; i++) written.set(flat[i], items[i]);
  }
  return {
    parsed,
    set,
    alignment,
    flat,
    byCode,
    order,
    year: parsed.titleBlock.year ?? set.year,
    hasAppraisal,
    exemptions: extras.exemptions,
    scores: sheet?.scores ?? null,
    written,
    writtenTotals: sheet?.asWritten ?? null,
  };
}

// Codes → items and positions depend on the set only: built once per set (its flattenItems list).
// The checks only read them.
const indexOf = memoByObject((flat: readonly FlatItem[]) => {
  const byCode = new Map<string, FlatItem>();
  const order = new Map<string, number>();
  flat.forEach((f, i) => {
    if (!byCode.has(f.item.code)) {
      byCode.set(f.item.code, f);
      order.set(f.item.code, i);
    }
  });
  return { byCode, order };
});

function isEntered(kind: string | undefined): boolean {
  return kind === 'number' || kind === 'na';
}

/** The item is a survey item (its own kind or an ancestor's). */
export function isSurvey(flat: FlatItem): boolean {
  return effectiveKind(flat) === 'survey';
}

/** A1 address of a role's cell on a sheet row, or null when the sheet has no such column. */
export function cellOf(parsed: ParsedSheet, row: SheetRow, role: ColumnRole): string | null {
  const col = parsed.columns[role];
  return col === undefined ? null : a1(row.row, col);
}

/** The code cell of a row: where the code was read, else the code column. */
export function codeCellOf(parsed: ParsedSheet, row: SheetRow): string | null {
  return row.codeAddress ?? cellOf(parsed, row, 'code');
}

/** A finding with the catalogue severity unless one is given. */
export function finding(
  code: FindingCode,
  cell: string | null,
  item: string | null,
  message: Bilingual,
  severity: Severity = severityOf(code),
): Finding {
  return { code, severity, cell, item, message };
}

/** Text of an optional text cell, trimmed; '' when absent. */
export function textOf(cell: { text: string } | null | undefined): string {
  return cell ? trimmed(cell.text) : '';
}
