/** Which sheet of a file was read as its scoresheet (the JSON report, the flagged copy). */
import type { CheckResult } from '../../engine/check-result';

/** The sheet that was read as the scoresheet; null when none was found (or the named one is missing). */
export function checkedSheet(result: CheckResult): string | null {
  if (result.findings.some((f) => f.code === 'layout.noScoresheet' || f.code === 'layout.sheetNotFound')) return null;
  return result.sheetName || null;
}
