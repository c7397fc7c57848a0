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

export function sheetChecks(entries: FileEntry[]): SheetCheck[] {
  const out: SheetCheck[] = [];
  for (const entry of entries) {
    if (entry.status !== 'checked') continue;
    for (const result of entry.results) out.push({ entry, result, status: sheetStatus({ result }), manySheets: entry.results.length > 1 });
  }
  return out;
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
  const candidates = sheetChecks(entries).map((s) => ({ file: s.entry.name, result: s.result }));
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
    pairedWith.set(e.id, c.file);
    byResult.set(c.result, { reply: e.reply!, from: e.name, answers: requestsWithAnswers(c.result, e.reply!) });
  });
  return { byResult, pairedWith };
}

/** What the survey table gave the run, for the results workbook's "Điểm XHH" sheet (as the CLI gives it). */
export function surveySummary(table: UnitTable | null, checks: SheetCheck[]): SurveyTableSummary | null {
  if (!table) return null;
  const cover = surveyCoverage(table, checks.map((s) => ({ file: s.entry.name, unit: s.result.unit })));
  return {
    source: table.source,
    problems: table.problems,
    rowsWithoutWorkbook: cover.rowsWithoutWorkbook.map((r) => ({ row: r.row + 1, unit: r.unit })),
    filesWithoutRow: cover.filesWithoutRow.map((f) => ({ fileName: f.file, unit: f.unit ?? f.file })),
  };
}
