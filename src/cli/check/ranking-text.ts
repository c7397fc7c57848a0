/**
 * The end of the human-readable output of a `check --summary` run: where the ranking workbook
 * went and, per criteria set, its first units by rank (the whole list is in the workbook).
 * Same ranking as the workbook (rankUnits), so the two can never disagree.
 */
import type { Lang } from '../../engine/text/lang';
import { rankGroups, rankUnits, type RankBasis } from '../../engine/ranking/rank';
import type { Season } from '../../engine/results/season';
import { formatNumber } from '../../engine/text/format';
import { STATUS_LABEL, type SheetStatus } from '../../engine/results/status';
import type { FileCheck } from './file-check';
import { previousOf, previousText, type PreviousYear } from '../../engine/compare/previous-year';

/** Units listed per set in the terminal. */
export const TOP = 5;

const words = {
  vi: {
    written: (file: string) => `Đã ghi sổ kết quả: ${file}`,
    group: (set: string, n: number) => `Xếp hạng theo bộ tiêu chí ${set} — ${n} đơn vị đủ điểm:`,
    basis: { final: 'sau thẩm định', self: 'tự đánh giá' } as Record<RankBasis, string>,
    more: (n: number) => `  … và ${n} đơn vị khác (xem sổ kết quả).`,
    unranked: (n: number, what: string) => `  Chưa xếp hạng: ${n} tệp (${what}; xem sheet "Chưa xếp hạng").`,
    outside: (n: number, what: string) => `Không thuộc khối nào: ${n} tệp (${what}; xem sheet "Chưa xếp hạng").`,
  },
  en: {
    written: (file: string) => `Wrote the results workbook: ${file}`,
    group: (set: string, n: number) => `Ranking for criteria set ${set} — ${n} complete units:`,
    basis: { final: 'appraised', self: 'self-assessed' } as Record<RankBasis, string>,
    more: (n: number) => `  … and ${n} more units (see the results workbook).`,
    unranked: (n: number, what: string) => `  Not ranked: ${n} files (${what}; see the "Chưa xếp hạng" sheet).`,
    outside: (n: number, what: string) => `In no block: ${n} files (${what}; see the "Chưa xếp hạng" sheet).`,
  },
};

const width = (s: string) => [...s].length;
/** A unit name comes from the checked file: no control character reaches the terminal. */
const clean = (s: string) => s.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ').trim();
const pad = (s: string, w: number) => s + ' '.repeat(Math.max(0, w - width(s)));

/** `season`: the run's season of these checks (json-report.ts runSeason), when already made; else made here. */
export function formatRankingText(checks: FileCheck[], rankingFile: string, lang: Lang, previous?: PreviousYear, season?: Season): string {
  const W = words[lang];
  const out = [W.written(rankingFile)];
  const tally = (list: { kind: SheetStatus }[]) => {
    const counts = new Map<SheetStatus, number>();
    for (const e of list) counts.set(e.kind, (counts.get(e.kind) ?? 0) + 1);
    return [...counts].map(([k, n]) => `${STATUS_LABEL[k][lang]}: ${n}`).join(', ');
  };
  for (const group of season ? rankGroups(season) : rankUnits(checks.filter((c) => !c.reply))) {
    if (!group.set) {
      out.push(W.outside(group.unranked.length, tally(group.unranked)));
      continue;
    }
    out.push(W.group(`${group.set.id} (${group.set.version})`, group.units.length));
    const shown = group.units.slice(0, TOP).map((u) => ({ ...u, unit: clean(u.unit) }));
    const nameWidth = Math.min(40, Math.max(0, ...shown.map((u) => width(u.unit))));
    for (const u of shown) {
      // --previous: last year's index and rank, and the change of rank.
      const last = previous ? `; ${previousText(previousOf(previous, u.unit), u.rank, lang)}` : '';
      out.push(`  ${String(u.rank).padStart(3)}. ${pad(u.unit, nameWidth)}  ${formatNumber(u.shownIndex, lang).padStart(6)}%  (${W.basis[u.basis]}${last})`);
    }
    if (group.units.length > TOP) out.push(W.more(group.units.length - TOP));
    if (group.unranked.length > 0) out.push(W.unranked(group.unranked.length, tally(group.unranked)));
  }
  return out.join('\n') + '\n';
}
