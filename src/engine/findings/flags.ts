/**
 * Findings → flags: one mark per flagged cell carrying every finding on it. The text starts with
 * the add-in's tag so a user (and clearFlags) can tell its notes from their own, and names the
 * severity in words: colour is never the only sign.
 */
import type { Flag } from '../../workbook/port';
import { compareFindings, type Finding, type Lang, type Severity } from './finding';

/** First line of every flag text; adapters recognise the add-in's own notes by it. */
export const FLAG_TAG: Record<Lang, string> = { vi: '[Kiểm tra CCHC]', en: '[PAR check]' };

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
    const severity = sorted.reduce<Severity>((w, f) => (rank[f.severity] < rank[w] ? f.severity : w), 'info');
    const lines = sorted.map((f) => `${f.severity === 'info' ? 'ℹ' : '⚠'} ${severityWord[lang][f.severity]}: ${f.message[lang]}`);
    flags.push({ cell, severity, text: [FLAG_TAG[lang], ...new Set(lines)].join('\n') });
  }
  // Sheet order (row, then column), so adapters write and users read them top to bottom.
  return flags.sort((a, b) => compareFindings(asFinding(a.cell), asFinding(b.cell)));
}

function asFinding(cell: string): Finding {
  return { code: '', severity: 'error', cell, item: null, message: { vi: '', en: '' } };
}
