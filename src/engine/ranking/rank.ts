/**
 * Ranking of units (xếp hạng) from a batch of checked files.
 *
 * Choices (documented for users in the ranking sheet's subtitle):
 * - Units are ranked within their criteria set, one group per set id AND version: two versions
 *   of a set may differ in items and maxima, so their indices are not measured on the same
 *   scale. Groups come in id order, then version order.
 * - Each unit is ranked on its final (appraised) index when it has appraised scores, else on
 *   its self-assessed index; `basis` says which, and a group mixing both says "mixed".
 * - Indices are compared as shown, rounded to 2 decimals; equal shown values share a rank and
 *   the next rank skips (standard competition ranking: 1, 2, 2, 4).
 * - Files that cannot be ranked (unreadable, no scoresheet, no criteria set, no scores) are
 *   listed apart, in one last group with `set: null`, each with its reason.
 */
import type { CheckResult } from '../check-result';
import type { Bilingual } from '../findings/finding';
import type { BatchFileResult } from './batch-file-result';
import { fileStem, shown2 } from './shown';

export type RankEntry = BatchFileResult;
export type RankBasis = 'final' | 'self';

export interface RankedUnit {
  /** 1-based; ties share the rank. */
  rank: number;
  file: string;
  unit: string;
  result: CheckResult;
  basis: RankBasis;
  /** Unrounded index (%) the rank is based on. */
  index: number;
  /** The index rounded to 2 decimals: what is compared and shown. */
  shownIndex: number;
  total: number;
  max: number;
}

export type UnrankedKind = 'unreadable' | 'noScoresheet' | 'noSet' | 'noScores';

export interface UnrankedEntry {
  file: string;
  unit: string | null;
  /** The check result when the file was read (its findings still matter), else null. */
  result: CheckResult | null;
  kind: UnrankedKind;
  reason: Bilingual;
}

export interface RankedGroup {
  /** The criteria set of the group; null for the group of files that could not be ranked. */
  set: { id: string; version: string; title: string } | null;
  /** What the ranks rest on; 'mixed' when some units are appraised and some are not. */
  basis: RankBasis | 'mixed' | null;
  units: RankedUnit[];
  unranked: UnrankedEntry[];
}

export function rankUnits(entries: RankEntry[]): RankedGroup[] {
  const groups = new Map<string, RankedGroup>();
  const unranked: UnrankedEntry[] = [];

  for (const entry of entries) {
    const result = entry.result;
    const set = result?.set;
    const scores = result?.scores;
    if (!result || !set || !scores) {
      unranked.push(unrankedEntry(entry));
      continue;
    }
    const key = `${set.id}\u0000${set.version}`;
    let group = groups.get(key);
    if (!group) {
      group = { set: { id: set.id, version: set.version, title: set.title }, basis: null, units: [], unranked: [] };
      groups.set(key, group);
    }
    const basis: RankBasis = scores.final ? 'final' : 'self';
    const used = scores.final ?? scores.self;
    group.units.push({
      rank: 0,
      file: entry.file,
      unit: unitName(entry),
      result,
      basis,
      index: used.index,
      shownIndex: shown2(used.index),
      total: used.total,
      max: used.max,
    });
  }

  const ranked = [...groups.values()].sort(
    (a, b) => compareText(a.set!.id, b.set!.id) || compareText(a.set!.version, b.set!.version),
  );
  for (const group of ranked) {
    group.units.sort((a, b) => b.shownIndex - a.shownIndex || compareText(a.unit, b.unit) || compareText(a.file, b.file));
    group.units.forEach((u, i) => {
      const prev = group.units[i - 1];
      u.rank = prev && prev.shownIndex === u.shownIndex ? prev.rank : i + 1;
    });
    const bases = new Set(group.units.map((u) => u.basis));
    group.basis = bases.size > 1 ? 'mixed' : (group.units[0]?.basis ?? null);
  }
  if (unranked.length > 0) ranked.push({ set: null, basis: null, units: [], unranked });
  return ranked;
}

/** The unit's name: from the title block, else the file name. */
export function unitName(entry: BatchFileResult): string {
  const fromSheet = entry.result?.unit ?? entry.result?.parsed?.titleBlock.unit ?? null;
  return fromSheet?.trim() || fileStem(entry.file);
}

function unrankedEntry(entry: RankEntry): UnrankedEntry {
  const result = entry.result;
  const unit = result ? unitName(entry) : null;
  if (!result) {
    const why = entry.error ?? '';
    return {
      file: entry.file,
      unit,
      result,
      kind: 'unreadable',
      reason: {
        vi: why || 'Không đọc được tệp. Hãy mở tệp bằng Excel, lưu lại dạng .xlsx rồi kiểm tra lại.',
        en: why || 'The file could not be read. Open it in Excel, save it as .xlsx and check it again.',
      },
    };
  }
  const noSheet = result.findings.find((f) => f.code === 'layout.noScoresheet' || f.code === 'layout.noHeader');
  if (noSheet || !result.parsed) {
    return {
      file: entry.file,
      unit,
      result,
      kind: 'noScoresheet',
      reason: noSheet?.message ?? {
        vi: 'Không tìm thấy biểu chấm điểm trong tệp. Hãy kiểm tra dòng tiêu đề cột (STT, Điểm tối đa, Điểm tự đánh giá).',
        en: 'No scoresheet was found in the file. Check the column header row (STT, Điểm tối đa, Điểm tự đánh giá).',
      },
    };
  }
  if (!result.set) {
    const noSet = result.findings.find((f) => f.code === 'layout.noSetMatched');
    return {
      file: entry.file,
      unit,
      result,
      kind: 'noSet',
      reason: noSet?.message ?? {
        vi: 'Biểu không khớp bộ tiêu chí nào. Hãy chọn bộ tiêu chí hoặc ghi "Bộ tiêu chí: mã (phiên bản)" trong phần tiêu đề.',
        en: 'The sheet matches no criteria set. Choose a set, or write "Bộ tiêu chí: id (version)" in the title block.',
      },
    };
  }
  return {
    file: entry.file,
    unit,
    result,
    kind: 'noScores',
    reason: {
      vi: 'Không tính được điểm của biểu. Hãy kiểm tra cột Điểm tự đánh giá và các phát hiện của tệp.',
      en: 'The scores of the sheet could not be computed. Check the self-assessment column and the findings of the file.',
    },
  };
}

function compareText(a: string, b: string): number {
  return a.localeCompare(b, 'vi', { numeric: true });
}
