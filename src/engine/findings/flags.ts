/**
 * Findings → flags: one mark per flagged cell carrying every finding on it, one line per finding
 * naming its severity in words (colour is never the only sign) after a sign of its own: an error
 * is never shown with a warning sign.
 *
 * The text carries no tag: both adapters put it in the one removable note block of the flag
 * format (src/engine/flags/note-block.ts), which is the tag a reader sees and clearFlags looks for.
 */
import type { Flag } from '../flags/format';
import { compareFindings, type Finding, type Severity } from './finding';
import type { Lang } from '../text/lang';

/** The sign before each line: ✖ error, ⚠ warning, ℹ note. */
export const SEVERITY_SIGN: Record<Severity, string> = { error: '✖', warning: '⚠', info: 'ℹ' };

const severityWord: Record<Lang, Record<Severity, string>> = {
  vi: { error: 'Lỗi', warning: 'Cảnh báo', info: 'Lưu ý' },
  en: { error: 'Error', warning: 'Warning', info: 'Note' },
};

const rank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function flagsFromFindings(findings: Finding[], lang: Lang): Flag[] {
  const byCell = new Map<string, Finding[]>();
  for (const f of findings) {
    if (!f.cell) continue;
    const list = byCell.get(f.cell) ?? [];
    list.push(f);
    byCell.set(f.cell, list);
  }
  const flags: Flag[] = [];
  for (const [cell, list] of byCell) {
    const sorted = [...list].sort(compareFindings);
    // Stryker disable next-line EqualityOperator: equivalent, an equal rank is the same severity
    const severity = sorted.reduce<Severity>((w, f) => (rank[f.severity] < rank[w] ? f.severity : w), 'info');
    const lines = sorted.map((f) => `${SEVERITY_SIGN[f.severity]} ${severityWord[lang][f.severity]}: ${f.message[lang]}`);
    flags.push({ cell, severity, text: [...new Set(lines)].join('\n') });
  }
  // Sheet order (row, then column), so adapters write and users read them top to bottom.
  return flags.sort((a, b) => compareFindings(asFinding(a.cell), asFinding(b.cell)));
}

function asFinding(cell: string): Finding {
  // Stryker disable next-line StringLiteral,ObjectLiteral: equivalent, only the cell of this stand-in is compared (same code and severity for all)
  return { code: '', severity: 'error', cell, item: null, message: { vi: '', en: '' } };
}
