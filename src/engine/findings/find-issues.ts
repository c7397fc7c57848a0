/**
 * All checks of a sheet against its criteria set, in one call. Each family lives in its own
 * file; this only runs them in a fixed order (check.ts sorts the result for display).
 */
import type { Alignment } from '../check-result';
import type { CriteriaSet } from '../criteria/schema';
import type { ParsedSheet } from '../layout/parsed-sheet';
import type { Finding } from './finding';
import { buildContext, finding, type CheckContext, type CheckExtras } from './context';
import { findRowIssues } from './layout-checks';
import { findOrderIssues } from './order-checks';
import { findTitleIssues } from './title-checks';
import { findScoreIssues } from './score-checks';
import { findParentIssues } from './parent-checks';
import { findEvidenceIssues } from './evidence-checks';
import { findAppraisalIssues } from './appraisal-checks';
import { findExemptionIssues } from './exemption-checks';
import { findReadingIssues } from './reading-checks';

export const CHECKS: readonly ((ctx: CheckContext) => Finding[])[] = [
  findRowIssues,
  findOrderIssues,
  findTitleIssues,
  findScoreIssues,
  findReadingIssues,
  findParentIssues,
  findEvidenceIssues,
  findAppraisalIssues,
  findExemptionIssues,
];

/**
 * Findings of every set-dependent check (column checks need no set: layout-checks.ts
 * findColumnIssues). The input must be aligned to `set` already.
 */
export function findIssues(parsed: ParsedSheet, set: CriteriaSet, alignment: Alignment, extras: CheckExtras = {}): Finding[] {
  const ctx = buildContext(parsed, set, alignment, extras);
  // One failing check must not hide the others' findings: its failure becomes a finding.
  return CHECKS.flatMap((check) => {
    try {
      return check(ctx);
    } catch (e) {
      return [internalError(e, check.name)];
    }
  });
}

/** An exception inside the checker, reported as a finding instead of a crash. */
export function internalError(e: unknown, where: string): Finding {
  const detail = e instanceof Error ? e.message : String(e);
  return finding('internal.error', null, null, {
    vi: `Lỗi của chương trình kiểm tra (${where}): ${detail}. Biểu vẫn được kiểm tra phần còn lại; đề nghị báo lỗi này kèm tệp biểu cho nhóm hỗ trợ.`,
    en: `Checker error (${where}): ${detail}. The rest of the sheet was still checked; please report this with the workbook.`,
  });
}
