/**
 * Why a check could not give scores, as a notice: an empty workbook or sheet, a sheet that is not
 * a scoresheet, a missing header row, or a workbook that could not be read.
 */
import type { CheckState } from './use-check';
import type { Notice } from './notice';
import { both } from '../i18n/lang';

export function checkProblem(state: CheckState): Notice | null {
  if (state.error) return { intent: 'error', text: state.error };
  const outcome = state.outcome;
  if (!outcome) return null;
  if (outcome.kind === 'emptyWorkbook') return { intent: 'warning', text: both((s) => s.emptyWorkbook) };
  if (outcome.kind === 'emptySheet') return { intent: 'warning', text: both((s) => s.emptySheet(outcome.sheetName)) };
  const { result, sheets } = outcome;
  const codes = new Set(result.findings.map((f) => f.code));
  // The engine may name no sheet when none looked like a scoresheet: name the ones it looked at.
  const where = result.sheetName || sheets.filter((s) => s.visible).map((s) => s.name).join('", "');
  if (codes.has('layout.noScoresheet')) return { intent: 'warning', text: both((s) => s.notScoresheet(where)) };
  if (codes.has('layout.noHeader')) return { intent: 'warning', text: both((s) => s.noHeader(where)) };
  return null;
}
