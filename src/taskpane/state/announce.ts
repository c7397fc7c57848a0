/** What the live region says after a check: the counts, or the reason there are none. */
import type { Lang } from '../../engine/text/lang';
import { stringsFor } from '../i18n/lang';
import { countBySeverity } from './group-findings';
import { checkProblem } from './problems';
import type { CheckState } from './use-check';

export function announcement(state: CheckState, lang: Lang): string {
  if (state.running || state.runs === 0) return '';
  const t = stringsFor(lang);
  const problem = checkProblem(state);
  const prefix = state.trigger === 'change' ? `${t.recheckedAfterEdit} ` : '';
  if (state.outcome?.kind !== 'checked') return prefix + (problem?.text[lang] ?? '');
  const { result } = state.outcome;
  const c = countBySeverity(result.findings);
  const counts = t.announceResult(result.sheetName, c.error, c.warning, c.info);
  return prefix + (problem ? `${problem.text[lang]} ${counts}` : counts);
}
