/**
 * The results of an appraisal season from a batch of checked files: every file's status, the
 * blocks (one per criteria set id and version: khối sở ngành, huyện, xã…), the ranking of the
 * complete results in each block, and duplicates.
 *
 * Rules (domain.md §2, §5; README "Mùa đánh giá của Sở Nội vụ"):
 * - Only `complete` results are ranked, on the final index (appraised + survey + bonus −
 *   penalty over the max), compared as shown (2 decimals); equal shown indices share a rank and
 *   the next rank skips (1, 2, 2, 4). Ties are listed by unit name.
 * - Every other file of a block is listed below its ranking with its status and what is missing;
 *   unreadable files and files without a set belong to no block (`outside`).
 * - Duplicates: two files of one unit (same name once folded, in the same block) or two files
 *   with identical content (same SHA-256, same sheet). One of them is kept (the most advanced
 *   status, then the first file name without extension) and ranked if complete; the others are listed unranked.
 *   Every one of them names the others.
 */
import type { CheckResult } from '../check-result';
import type { UnitLevel } from '../criteria/schema';
import type { Bilingual } from '../text/lang';
import type { BatchFileResult } from '../ranking/batch-file-result';
import { fileStem, shown2, unitName } from '../ranking/shown';
import { foldWords } from '../text/normalize';
import { SHEET_STATUSES, sheetStatus, type StatusInfo } from './status';
import { fileNameOf } from '../text/file-name';

export interface SeasonSet {
  id: string;
  version: string;
  title: string;
  unitLevel: UnitLevel;
  year: number;
}

export interface SeasonDuplicate {
  /** The other file (name only). */
  fileName: string;
  how: 'sameUnit' | 'sameContent';
}

export interface SeasonEntry {
  /** The file as given. */
  file: string;
  /** The file's name without folders: what every output shows. */
  fileName: string;
  /** Unit name from the sheet, else the file name without extension. */
  unit: string;
  result: CheckResult | null;
  error: string | null;
  status: StatusInfo;
  set: SeasonSet | null;
  /** Other files of the same unit or with the same content. */
  duplicates: SeasonDuplicate[];
  /** False for the copies of a duplicate that are not kept (never ranked). */
  kept: boolean;
  /** Rank in its block; null unless complete and kept. */
  rank: number | null;
  /** Final index rounded to 2 decimals (what is ranked); null without a final score. */
  index: number | null;
}

export interface SeasonBlock {
  set: SeasonSet;
  /** Complete, kept results by rank. */
  ranked: SeasonEntry[];
  /** Everything else of the block, by status then unit. */
  notRanked: SeasonEntry[];
}

export interface Season {
  /** Every file, in input order. */
  entries: SeasonEntry[];
  /** By set id, then version. */
  blocks: SeasonBlock[];
  /** Unreadable files and files without a criteria set. */
  outside: SeasonEntry[];
}

/**
 * Where the final index of a result whose scores are kept off the heap is found (the CLI's
 * compacted results, src/cli/check/compact-result.ts): the season ranks 10,000 files without
 * reading their scores back. `{ index }` (null: no final score), or undefined for another result.
 */
let recallFinal: ((result: CheckResult) => { index: number | null } | undefined) | null = null;

/** Set once by the keeper of such results. */
export function recallFinalIndexWith(find: (result: CheckResult) => { index: number | null } | undefined): void {
  recallFinal = find;
}

function finalIndex(result: CheckResult | null): number | null {
  if (!result) return null;
  const recalled = recallFinal?.(result);
  if (recalled) return recalled.index;
  const final = result.scores?.final ?? null;
  return final ? final.index : null;
}

/** A batch file, with the SHA-256 of its content when the caller could compute it. */
export type SeasonInput = BatchFileResult & { contentHash?: string | null };

/** The list of an entry without duplicates: one for every such entry (nothing adds to it; markDuplicates gives a duplicate its own). */
const NO_DUPLICATES: SeasonDuplicate[] = Object.freeze([]) as unknown as SeasonDuplicate[];

export function seasonResults(files: SeasonInput[]): Season {
  // One SeasonSet per criteria set of the run, shared by its entries (10,000 entries made 10,000 copies).
  const seasonSets = new Map<object, SeasonSet>();
  const seasonSet = (set: NonNullable<CheckResult['set']>): SeasonSet => {
    let known = seasonSets.get(set);
    if (!known) seasonSets.set(set, (known = { id: set.id, version: set.version, title: set.title, unitLevel: set.unitLevel, year: set.year }));
    return known;
  };
  const entries: SeasonEntry[] = files.map((f) => {
    const result = f.result;
    const set = result?.set ?? null;
    const final = finalIndex(result);
    return {
      file: f.file,
      fileName: fileNameOf(f.file),
      unit: unitName(f),
      result,
      error: f.error,
      status: sheetStatus(f),
      set: set ? seasonSet(set) : null,
      duplicates: NO_DUPLICATES,
      kept: true,
      rank: null,
      index: final === null ? null : shown2(final),
    };
  });
  markDuplicates(entries, files);

  const blocks = new Map<string, SeasonBlock>();
  const outside: SeasonEntry[] = [];
  for (const e of entries) {
    if (!e.set || e.status.status === 'unreadable' || e.status.status === 'noSet') {
      outside.push(e);
      continue;
    }
    const key = `${e.set.id}\u0000${e.set.version}`;
    let block = blocks.get(key);
    if (!block) blocks.set(key, (block = { set: e.set, ranked: [], notRanked: [] }));
    if (e.status.status === 'complete' && e.kept && e.index !== null) block.ranked.push(e);
    else block.notRanked.push(e);
  }
  const ordered = [...blocks.values()].sort((a, b) => compareText(a.set.id, b.set.id) || compareText(a.set.version, b.set.version));
  for (const block of ordered) {
    block.ranked.sort((a, b) => b.index! - a.index! || compareText(a.unit, b.unit) || compareText(a.fileName, b.fileName));
    block.ranked.forEach((e, i) => {
      const prev = block.ranked[i - 1];
      e.rank = prev && prev.index === e.index ? prev.rank : i + 1;
    });
    block.notRanked.sort(byStatusThenUnit);
  }
  outside.sort(byStatusThenUnit);
  return { entries, blocks: ordered, outside };
}

/** What a duplicate entry says about itself, in both languages (empty when it has none). */
export function duplicateNote(e: SeasonEntry): Bilingual {
  if (e.duplicates.length === 0) return { vi: '', en: '' };
  const names = e.duplicates.map((d) => d.fileName).join(', ');
  const same = e.duplicates.every((d) => d.how === 'sameContent');
  if (e.kept) {
    return same
      ? { vi: `Trùng nội dung với tệp ${names} (chỉ tính một lần).`, en: `Same content as ${names} (counted once).` }
      : { vi: `Trùng đơn vị với tệp ${names} (chỉ tính một lần).`, en: `Same unit as ${names} (counted once).` };
  }
  return same
    ? { vi: `Trùng nội dung với tệp ${names}: không xếp hạng lần nữa.`, en: `Same content as ${names}: not ranked again.` }
    : { vi: `Trùng đơn vị với tệp ${names}: không xếp hạng lần nữa; kiểm tra tệp nào là bản đúng.`, en: `Same unit as ${names}: not ranked again; check which file is the right one.` };
}

function markDuplicates(entries: SeasonEntry[], files: SeasonInput[]): void {
  // Union-find over entries: same folded unit name within a set, or same content and sheet.
  const parent = entries.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const how = new Map<string, SeasonDuplicate['how']>();
  // Entries linked to another: only they can be in a cluster of two or more.
  const linked = new Uint8Array(entries.length);
  const link = (a: number, b: number, kind: SeasonDuplicate['how']) => {
    parent[find(a)] = find(b);
    linked[a] = linked[b] = 1;
    const k = a < b ? `${a}:${b}` : `${b}:${a}`;
    // Identical content says more than an equal name.
    if (kind === 'sameContent' || !how.has(k)) how.set(k, kind);
  };
  // The first entry of each content (hash and sheet) and of each unit (set id and version, then
  // folded name), without a key string joined per entry (two per file, kept until the season is
  // made: ≈ 2 MB at 10,000 files): a content by its hash (the first entry with that hash), and by
  // hash and sheet only for another sheet of a hash seen before; a unit in its set's map.
  const firstByHash = new Map<string, number>();
  const byHashAndSheet = new Map<string, number>();
  const sheetOf = (i: number): string => entries[i].result?.sheetName ?? '';
  const firstOfContent = (hash: string, i: number): number | undefined => {
    const j = firstByHash.get(hash);
    if (j === undefined) firstByHash.set(hash, i);
    if (j === undefined || sheetOf(j) === sheetOf(i)) return j;
    const key = `${hash}\u0000${sheetOf(i)}`;
    const k = byHashAndSheet.get(key);
    if (k === undefined) byHashAndSheet.set(key, i);
    return k;
  };
  const byUnit = new Map<string, Map<string, number>>();
  const firstOfUnit = (set: string, folded: string, i: number): number | undefined => {
    let map = byUnit.get(set);
    if (!map) byUnit.set(set, (map = new Map()));
    const j = map.get(folded);
    if (j === undefined) map.set(folded, i);
    return j;
  };
  const setKeys = new Map<SeasonSet, string>();
  const setKey = (set: SeasonSet): string => {
    let key = setKeys.get(set);
    if (key === undefined) setKeys.set(set, (key = `${set.id}\u0000${set.version}`));
    return key;
  };
  entries.forEach((e, i) => {
    const hash = files[i].contentHash;
    if (hash) {
      const j = firstOfContent(hash, i);
      if (j !== undefined) link(i, j, 'sameContent');
    }
    if (e.set && e.result?.unit) {
      const j = firstOfUnit(setKey(e.set), foldWords(e.unit), i);
      if (j !== undefined) link(i, j, 'sameUnit');
    }
  });
  const clusters = new Map<number, number[]>();
  entries.forEach((_, i) => {
    if (!linked[i]) return;
    const r = find(i);
    const list = clusters.get(r);
    if (list) list.push(i);
    else clusters.set(r, [i]);
  });
  for (const members of clusters.values()) {
    if (members.length < 2) continue;
    // The most advanced status, then the first name without its extension ("so-tu-phap" before
    // "so-tu-phap-ban-sao"), then input order.
    const keep = [...members].sort(
      (a, b) => statusOrder(entries[a]) - statusOrder(entries[b]) || compareText(fileStem(entries[a].fileName), fileStem(entries[b].fileName)) || a - b,
    )[0];
    for (const i of members) {
      entries[i].kept = i === keep;
      entries[i].duplicates = members
        .filter((j) => j !== i)
        .map((j) => ({ fileName: entries[j].fileName, how: how.get(i < j ? `${i}:${j}` : `${j}:${i}`) ?? 'sameUnit' }));
    }
  }
}

function statusOrder(e: SeasonEntry): number {
  return SHEET_STATUSES.indexOf(e.status.status);
}

function byStatusThenUnit(a: SeasonEntry, b: SeasonEntry): number {
  return statusOrder(a) - statusOrder(b) || compareText(a.unit, b.unit) || compareText(a.fileName, b.fileName);
}

/**
 * The order of a.localeCompare(b, 'vi', { numeric: true }) (ECMA-402 defines it by this collator),
 * with the collator made once: localeCompare with a locale made one per call, ≈ 130,000 calls to
 * sort 10,000 entries, and the allocator's pages they left raised the peak RSS at the end of a run.
 */
const VI_ORDER = new Intl.Collator('vi', { numeric: true });

function compareText(a: string, b: string): number {
  return VI_ORDER.compare(a, b);
}
