/**
 * The end of the human-readable output of a `check --summary` run: where the ranking workbook
 * went and, per criteria set, its first units by rank (the whole list is in the workbook).
 * Same ranking as the workbook (rankUnits), so the two can never disagree.
 */
import type { Lang } from '../../engine/findings/finding';
import { rankUnits, type RankBasis } from '../../engine/ranking/rank';
import { formatNumber } from '../../engine/text/format';
import type { FileCheck } from './check-files';

/** Units listed per set in the terminal. */
export const TOP = 5;

const words = {
  vi: {
    written: (file: string) => `Đã ghi sổ xếp hạng: ${file}`,
    group: (set: string, n: number) => `Xếp hạng theo bộ tiêu chí ${set} — ${n} đơn vị:`,
    basis: { final: 'sau thẩm định', self: 'tự đánh giá' } as Record<RankBasis, string>,
    more: (n: number) => `  … và ${n} đơn vị khác (xem sheet "Xếp hạng").`,
    unranked: (n: number) => `Không đọc được hoặc không xếp hạng được: ${n} tệp (lý do trong sheet "Xếp hạng").`,
  },
  en: {
    written: (file: string) => `Wrote the ranking workbook: ${file}`,
    group: (set: string, n: number) => `Ranking for criteria set ${set} — ${n} units:`,
    basis: { final: 'appraised', self: 'self-assessed' } as Record<RankBasis, string>,
    more: (n: number) => `  … and ${n} more units (see the "Xếp hạng" sheet).`,
    unranked: (n: number) => `Could not be read or ranked: ${n} files (reasons in the "Xếp hạng" sheet).`,
  },
};

const width = (s: string) => [...s].length;
/** A unit name comes from the checked file: no control character reaches the terminal. */
const clean = (s: string) => s.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ').trim();
const pad = (s: string, w: number) => s + ' '.repeat(Math.max(0, w - width(s)));

export function formatRankingText(checks: FileCheck[], rankingFile: string, lang: Lang): string {
  const W = words[lang];
  const out = [W.written(rankingFile)];
  for (const group of rankUnits(checks.filter((c) => !c.reply))) {
    if (!group.set) {
      out.push(W.unranked(group.unranked.length));
      continue;
    }
    out.push(W.group(`${group.set.id} (${group.set.version})`, group.units.length));
    const shown = group.units.slice(0, TOP).map((u) => ({ ...u, unit: clean(u.unit) }));
    const nameWidth = Math.min(40, Math.max(...shown.map((u) => width(u.unit))));
    for (const u of shown) {
      out.push(`  ${String(u.rank).padStart(3)}. ${pad(u.unit, nameWidth)}  ${formatNumber(u.shownIndex, lang).padStart(6)}%  (${W.basis[u.basis]})`);
    }
    if (group.units.length > TOP) out.push(W.more(group.units.length - TOP));
    if (group.unranked.length > 0) out.push(W.unranked(group.unranked.length));
  }
  return out.join('\n') + '\n';
}
