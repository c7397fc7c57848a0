/**
 * Ranking of units (xếp hạng) from a batch of checked files, as groups for the outputs that list
 * them (the text output, the unit sheets, the checking page). The rules live in
 * results/season.ts: one group per criteria set id and version (a block); only complete results
 * are ranked, on the final index compared as shown (2 decimals; ties 1, 2, 2, 4); every other
 * file of the block is listed unranked with its status and what is missing; unreadable files and
 * files without a set come last in a group with `set: null`. Files are named without folders.
 */
import type { CheckResult } from '../check-result';
import type { Bilingual } from '../text/lang';
import { duplicateNote, seasonResults, type Season, type SeasonEntry, type SeasonInput } from '../results/season';
import type { SheetStatus } from '../results/status';

export type RankEntry = SeasonInput;
/** Only complete (final) results are ranked; kept for the outputs that print the basis. */
export type RankBasis = 'final' | 'self';

export interface RankedUnit {
  /** 1-based; ties share the rank. */
  rank: number;
  /** File name without folders. */
  file: string;
  unit: string;
  result: CheckResult;
  basis: RankBasis;
  /** Unrounded final index (%). */
  index: number;
  /** The index rounded to 2 decimals: what is compared and shown. */
  shownIndex: number;
  total: number;
  max: number;
  entry: SeasonEntry;
}

export type UnrankedKind = Exclude<SheetStatus, never>;

export interface UnrankedEntry {
  /** File name without folders. */
  file: string;
  unit: string | null;
  /** The check result when the file was read (its findings still matter), else null. */
  result: CheckResult | null;
  /** The file's status (a complete duplicate copy keeps 'complete' and says so in `reason`). */
  kind: UnrankedKind;
  reason: Bilingual;
  entry: SeasonEntry;
}

export interface RankedGroup {
  /** The criteria set of the group; null for the files outside every block. */
  set: { id: string; version: string; title: string } | null;
  basis: RankBasis | 'mixed' | null;
  units: RankedUnit[];
  unranked: UnrankedEntry[];
}

export function rankUnits(entries: RankEntry[]): RankedGroup[] {
  return rankGroups(seasonResults(entries));
}

/** The groups of a season already computed (the results workbook needs both: one computation). */
export function rankGroups(season: Season): RankedGroup[] {
  const groups: RankedGroup[] = season.blocks.map((b) => ({
    set: { id: b.set.id, version: b.set.version, title: b.set.title },
    basis: b.ranked.length ? 'final' : null,
    units: b.ranked.map(rankedUnit),
    unranked: b.notRanked.map(unranked),
  }));
  if (season.outside.length > 0) groups.push({ set: null, basis: null, units: [], unranked: season.outside.map(unranked) });
  return groups;
}

function rankedUnit(e: SeasonEntry): RankedUnit {
  const final = e.result!.scores!.final!;
  return {
    rank: e.rank!, file: e.fileName, unit: e.unit, result: e.result!, basis: 'final',
    index: final.index, shownIndex: e.index!, total: final.total, max: final.max, entry: e,
  };
}

function unranked(e: SeasonEntry): UnrankedEntry {
  const dup = duplicateNote(e);
  const join = (a: string, b: string) => [a, b].filter(Boolean).join(' ');
  return {
    file: e.fileName,
    unit: e.result ? e.unit : null,
    result: e.result,
    kind: e.status.status,
    reason: { vi: join(dup.vi, e.status.detail.vi), en: join(dup.en, e.status.detail.en) },
    entry: e,
  };
}

