/**
 * What the page shows, derived from its file entries with the engine's own functions: one line
 * per checked scoresheet with its season status, the season (blocks, ranking), and the answers
 * returned by units paired with their scoresheets. Pure: tested without a browser.
 */
import type { CheckResult } from '../engine/check-result';
import type { Lang } from '../engine/text/lang';
import { pairReplies, requestsWithAnswers, type AnsweredRequest } from '../engine/appraisal/answers';
import type { RequestsReply } from '../engine/appraisal/read-reply';
import { seasonResults, type Season } from '../engine/results/season';
import { sheetStatus, type StatusInfo } from '../engine/results/status';
import { surveyCoverage } from '../engine/results/survey-points';
import type { SurveyTableSummary } from '../engine/results/survey-use';
import type { UnitTable } from '../engine/results/unit-table';
import { batchResults, type FileEntry } from './file-entries';

export interface SheetCheck {
  entry: FileEntry;
  result: CheckResult;
  status: StatusInfo;
  /** More than one scoresheet in the file: the sheet name is shown with the file name. */
  manySheets: boolean;
}

// An entry is replaced (a new object), never changed: its checks are made once and kept, so a
// card whose file did not change gets the very same props and is not drawn again.
const checksCache = new WeakMap<FileEntry, SheetCheck[]>();

/** The checked scoresheets of one file (the same array for the same entry). */
export function entryChecks(entry: FileEntry): SheetCheck[] {
  if (entry.status !== 'checked') return NO_CHECKS;
  let out = checksCache.get(entry);
  if (!out) {
    out = entry.results.map((result) => ({ entry, result, status: sheetStatus({ result }), manySheets: entry.results.length > 1 }));
    checksCache.set(entry, out);
  }
  return out;
}

const NO_CHECKS: SheetCheck[] = [];

export function sheetChecks(entries: FileEntry[]): SheetCheck[] {
  return entries.flatMap(entryChecks);
}

export function pageSeason(entries: FileEntry[], lang: Lang): Season {
  return seasonResults(batchResults(entries, lang));
}

export interface PairedAnswers {
  reply: RequestsReply;
  /** The returned workbook's file name. */
  from: string;
  answers: AnsweredRequest[];
}

export interface Pairing {
  /** Answers by the scoresheet result they belong to. */
  byResult: Map<CheckResult, PairedAnswers>;
  /** For each returned workbook (entry id): the scoresheet file it was paired with, or null. */
  pairedWith: Map<number, string | null>;
}

/** Pair every returned requests workbook with its unit's scoresheet among the checked files (engine: pairReplies). */
export function pairAnswers(entries: FileEntry[]): Pairing {
  const replies = entries.filter((e) => e.status === 'checked' && e.reply);
  const byResult = new Map<CheckResult, PairedAnswers>();
  const pairedWith = new Map<number, string | null>();
  if (replies.length === 0) return { byResult, pairedWith };
  // Replies name the scoresheet file as the unit sent it: matched by the name as picked.
  const candidates = sheetChecks(entries).map((s) => ({ file: s.entry.sourceName, result: s.result, shown: s.entry.name }));
  const pairs = pairReplies(
    replies.map((e) => e.reply!),
    candidates,
  );
  replies.forEach((e, i) => {
    const at = pairs[i];
    if (at === null) {
      pairedWith.set(e.id, null);
      return;
    }
    const c = candidates[at];
    pairedWith.set(e.id, c.shown);
    byResult.set(c.result, { reply: e.reply!, from: e.name, answers: requestsWithAnswers(c.result, e.reply!) });
  });
  return { byResult, pairedWith };
}

/** What the survey table gave the run, for the results workbook's "Điểm XHH" sheet (as the CLI gives it). */
export function surveySummary(table: UnitTable | null, checks: SheetCheck[]): SurveyTableSummary | null {
  if (!table) return null;
  const cover = surveyCoverage(table, checks.map((s) => ({ file: s.entry.sourceName, unit: s.result.unit })));
  return {
    source: table.source,
    problems: table.problems,
    rowsWithoutWorkbook: cover.rowsWithoutWorkbook.map((r) => ({ row: r.row + 1, unit: r.unit })),
    filesWithoutRow: cover.filesWithoutRow.map((f) => ({ fileName: f.file, unit: f.unit ?? f.file })),
  };
}

/** One line of the overview: a checked scoresheet, or a file not (yet) checked. */
export interface OverviewLine {
  key: string;
  entry: FileEntry;
  check: SheetCheck | null;
  /** Rank in its block (complete results only), else null. */
  rank: number | null;
}

/**
 * The overview's lines in the season's order: each block's ranking (rank 1 first), then its
 * sheets not ranked, then the sheets without a set and the unreadable files. Files still being
 * checked have no line yet (the overview counts them); returned requests workbooks have their
 * own card, not a line.
 */
export function overviewLines(entries: FileEntry[], season: Season): OverviewLine[] {
  // Built in the order batchResults gives the season its inputs, so season.entries[i] is inputs[i].
  const inputs: OverviewLine[] = [];
  for (const entry of entries) {
    if (entry.status === 'checked') for (const check of entryChecks(entry)) inputs.push({ key: `${entry.id}/${check.result.sheetName}`, entry, check, rank: null });
    else if (entry.status === 'failed') inputs.push({ key: `${entry.id}`, entry, check: null, rank: null });
  }
  if (season.entries.length !== inputs.length) return inputs; // not this batch's season
  const at = new Map(season.entries.map((e, i) => [e, i]));
  const out: OverviewLine[] = [];
  const seen = new Set<number>();
  const put = (e: (typeof season.entries)[number]) => {
    const i = at.get(e);
    if (i === undefined || seen.has(i)) return;
    seen.add(i);
    out.push({ ...inputs[i], rank: e.rank });
  };
  for (const block of season.blocks) {
    block.ranked.forEach(put);
    block.notRanked.forEach(put);
  }
  season.outside.forEach(put);
  season.entries.forEach(put); // anything the season left out of its lists stays visible
  return out;
}
