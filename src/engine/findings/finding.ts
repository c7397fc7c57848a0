/**
 * A finding: one problem (or note) about the checked sheet, tied to a cell.
 * Codes are stable and dotted ("score.aboveMax"): the JSON report and the README list them.
 */
import type { Bilingual } from '../text/lang';

export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  code: string;
  severity: Severity;
  /** A1 address on the checked sheet, or null when it concerns the whole sheet. */
  cell: string | null;
  /** Item code of the criteria set, or null. */
  item: string | null;
  message: Bilingual;
}

const severityRank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Stable order: by severity, then by sheet position (row, column), then code. */
export function compareFindings(a: Finding, b: Finding): number {
  const s = severityRank[a.severity] - severityRank[b.severity];
  if (s !== 0) return s;
  return cellOrder(a.cell) - cellOrder(b.cell) || a.code.localeCompare(b.code);
}

function cellOrder(cell: string | null): number {
  // Stryker disable next-line ConditionalExpression: equivalent, a null cell fails the address pattern below and gets -1 there too
  if (!cell) return -1;
  const m = /^([A-Z]+)(\d+)$/.exec(cell);
  if (!m) return -1;
  let col = 0;
  for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
  return Number(m[2]) * 1000 + col;
}
