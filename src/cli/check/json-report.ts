/**
 * The `par-check-report/1` document (shared/spec/report.md) for `check --json`.
 * Fields are only ever added, never renamed: other programs read this.
 */
import type { SealState } from '../../engine/seal/seal-state';
import type { AnsweredRequest, RequestState } from '../../engine/appraisal/answers';
import { explanationRequests, type RequestAsked } from '../../engine/appraisal/explanation-requests';
import type { Severity } from '../../engine/findings/finding';
import type { Lang } from '../../engine/text/lang';
import type { TotalScore } from '../../engine/scoring/scores';
import { roundTo } from '../../engine/text/format';
import type { FileCheck } from './file-check';
import { checkedSheet } from './checked-sheet';
import { pointsBreakdown } from '../../engine/results/breakdown';
import { seasonResults, type Season, type SeasonEntry } from '../../engine/results/season';
import { fileNameOf } from '../../engine/text/file-name';
import type { CheckResult } from '../../engine/check-result';
import { reportFactsOf, type ReportFacts } from './compact-result';
import { sheetStatus, type SheetStatus } from '../../engine/results/status';
import type { SurveyTableSummary } from '../../engine/results/tracking-sheets';
import { replyReport, type ReportReply } from './requests-reply';
import { reportRounds, type ReportRounds } from './rounds-report';
import type { ReportExemptionsTable } from './exemptions-option';

export interface ReportTotal {
  total: number;
  max: number;
  index: number;
}

export interface ReportFile {
  file: string;
  sheet: string | null;
  unit: string | null;
  criteriaSet: { id: string; version: string } | null;
  scores: {
    self: ReportTotal;
    final: ReportTotal | null;
    classification: string | null;
    /** selfMax / selfIndex: the self-assessment's max (survey items left out) and index; added to the spec's fields. */
    areas: {
      code: string; title: string; max: number; self: number; appraised: number | null; index: number;
      selfMax: number; selfIndex: number;
    }[];
  } | null;
  findings: { code: string; severity: Severity; cell: string | null; item: string | null; message: string }[];
  error: string | null;
  /**
   * Added: the explanation requests (danh sách đề nghị giải trình) — items appraised below the
   * self score or lacking evidence; `reason` in the chosen language. Empty for unreadable files.
   */
  explanationRequests: ReportExplanationRequest[];
  /** Added, for a sealed file only (par-check seal): status unchanged | changed | broken, code, sealedAt, changedCells. */
  seal?: SealState | null;
  /** Added: where the flagged copy was written (--annotate); null when none was asked or written. */
  annotatedCopy: string | null;
  /** Added: the file's name without folders (what the workbook and text output show). */
  fileName: string;
  /** Added: unreadable | noSet | selfOnly | appraising | awaitingSurvey | complete. */
  status: SheetStatus;
  /** Added: rank within its set and version; null unless complete (and not a duplicate copy). */
  rank: number | null;
  /** Added: what is missing for the status (chosen language); "" when complete. */
  statusDetail: string;
  /** Added: appraised cells filled of those expected (scored items not N/A); null without scores. */
  appraisal: { filled: number; expected: number } | null;
  /** Added: survey items still without points. */
  surveyMissing: string[];
  /** Added: other files of the same unit (name folded, same set) or with identical content. */
  duplicates: { fileName: string; how: 'sameUnit' | 'sameContent' }[];
  /** Added: false for a duplicate copy that is not ranked. */
  countedOnce: boolean;
  /** Added: final points split as on the official table; null until appraised. */
  points: { appraised: number; survey: number; bonus: number; penalty: number; difference: number } | null;
  /** Added: survey points taken from the --survey table for this file; null when none applied. */
  survey: {
    table: string;
    row: number;
    used: { item: string; points: number; cell: string; area: string | null }[];
    notUsed: { code: string; cell: string; reason: string }[];
  } | null;
  /** Added: where this unit's requests workbook was written (--requests); null when none. */
  requestsWorkbook: string | null;
  /** Added: the file is a requests workbook sent back by a unit; what it answers. Null for scoresheets. */
  requestsReply: ReportReply | null;
  /** Added: the returned requests workbook whose answers are in `explanationRequests`; null when none was paired. */
  answersFrom: string | null;
  /**
   * Added: the appraisal rounds (rounds-report.ts) — round 1 and round 2 per area and in total,
   * the round in progress, where each final figure came from; null without an appraisal column.
   */
  appraisalRounds: ReportRounds | null;
}

export interface ReportExplanationRequest {
  item: string;
  title: string;
  max: number | null;
  self: number | null;
  appraised: number | null;
  reason: string;
  note: string | null;
  cell: string | null;
  /** Added: what the unit is asked to send: "explain", "evidence" or "both". */
  asked: RequestAsked;
  /**
   * Added: round two, when the unit's returned requests workbook was checked in the same run:
   * "answered", "partial", "unanswered", or "notSent" (not in the returned workbook); null otherwise.
   */
  status: RequestState | null;
  /** Added: what the unit wrote back; null when nothing was paired or the request was not sent. */
  answer: { explanation: string | null; evidence: string | null } | null;
  /** Added: sent in round one but no longer a request on the current scores (kept so the answer is not lost). */
  settled: boolean;
}

export interface Report {
  format: 'par-check-report/1';
  files: ReportFile[];
  summary: { files: number; unreadable: number; errors: number; warnings: number };
  /** Added: the ranking workbook written (--summary), as given; null when none was asked or written. */
  rankingWorkbook: string | null;
  /** Added: per block (criteria set id and version) how many units are ranked and not ranked. */
  blocks: { set: { id: string; version: string; unitLevel: string; year: number }; ranked: number; notRanked: number }[];
  /** Added: with --survey, what the table gave the run; null without one. */
  surveyTable: {
    table: string;
    rowsWithoutWorkbook: { row: number; unit: string }[];
    filesWithoutRow: { fileName: string; unit: string }[];
    problems: { cell: string | null; message: string }[];
  } | null;
  /**
   * Added: with --exemptions, the table (exemptions-option.ts): its name, the cells it could not
   * read, and its units for which no sheet of this run was found; null without one.
   */
  exemptionsTable: ReportExemptionsTable | null;
}

/** 2 decimals, as shown everywhere (same rounding as the text output); comparisons use unrounded values. */
export const round2 = (n: number): number => roundTo(n, 2);

const round2OrNull = (n: number | null): number | null => (n === null ? null : round2(n));

const total = (t: TotalScore): ReportTotal => ({ total: round2(t.total), max: round2(t.max), index: round2(t.index) });

export { checkedSheet };

/** The entry's `points`: the final points split as on the official table, rounded; null until appraised. */
function reportPoints(result: CheckResult | null): ReportFile['points'] {
  const s = result?.scores;
  const b = s?.final ? pointsBreakdown(s) : null;
  return b
    ? { appraised: round2(b.appraised ?? 0), survey: round2(b.survey ?? 0), bonus: round2(b.bonus ?? 0), penalty: round2(b.penalty ?? 0), difference: round2(b.difference ?? 0) }
    : null;
}

/** `points`: the entry's points when already made (a report-only result's facts), else made from the result. */
function seasonFields(entry: SeasonEntry | undefined, check: FileCheck, lang: Lang, points = reportPoints(check.result)): Omit<ReportFile, keyof ReportFileBase> {
  const status = entry?.status ?? sheetStatus(check);
  const survey = check.result?.survey;
  return {
    fileName: fileNameOf(check.file),
    status: status.status,
    rank: entry?.rank ?? null,
    statusDetail: status.detail[lang],
    appraisal: status.appraisal,
    surveyMissing: status.surveyMissing,
    duplicates: entry?.duplicates ?? [],
    countedOnce: entry?.kept ?? true,
    points,
    survey: survey
      ? {
          table: survey.source,
          row: survey.row,
          used: survey.used.map((u) => ({ ...u, points: round2(u.points) })),
          notUsed: survey.notUsed.map((x) => ({ code: x.code, cell: x.cell, reason: x.reason[lang] })),
        }
      : null,
  };
}

type ReportFileBase = Pick<
  ReportFile,
  'file' | 'sheet' | 'unit' | 'criteriaSet' | 'scores' | 'findings' | 'error' | 'explanationRequests' | 'annotatedCopy' | 'requestsWorkbook' | 'requestsReply' | 'answersFrom' | 'appraisalRounds'
>;

export function reportFile(check: FileCheck, lang: Lang, entry?: SeasonEntry): ReportFile {
  return { ...reportFileBase(check, lang), ...seasonPart(check, lang, entry) };
}

/** The entry's fields that come after the base: the season's, and the seal's. */
function seasonPart(check: FileCheck, lang: Lang, entry: SeasonEntry | undefined, points?: ReportFile['points']) {
  return { ...seasonFields(entry, check, lang, points), ...(check.seal && check.seal.status !== 'none' ? { seal: check.seal } : {}) };
}

/**
 * What a report-only run keeps of a checked scoresheet (compact-result.ts KeptParts.reportOnly),
 * made from its whole result where it was checked: its entry's base fields as the report's text
 * (the season's fields are added at the end: entryText), its points, and whether it has scores.
 * The base is what reportFileBase says before the run's outputs add to the check (a flagged copy,
 * a requests workbook, a reply's answers: entryText then makes the entry again from the result).
 */
export function reportFacts(check: FileCheck, lang: Lang): ReportFacts {
  return { entry: entryJson(reportFileBase(check, lang)), points: reportPoints(check.result), scored: check.result?.scores != null };
}

/** Whether a check is still as it was checked, for its report entry (see reportFacts). */
const asChecked = (c: FileCheck): boolean =>
  c.answers === undefined && c.answersFrom == null && c.annotatedCopy == null && c.requestsWorkbook == null && !c.reply && c.error === null;

/** An entry as it sits in the report's files array (JSON.stringify(report, null, 2)): lines indented by 4 spaces, no comma. */
function entryJson(value: object): string {
  // Stringified two arrays deep, its lines come indented by 4 spaces as they sit in the report
  // (no second pass over the text to indent them); the wrapper's brackets are cut off.
  const wrapped = JSON.stringify([[value]], null, 2);
  return wrapped.slice(WRAP_START, wrapped.length - WRAP_END);
}

/** How an entry's text ends ("\n    }") and begins ("    {\n"), to join two parts of one entry. */
const ENTRY_END = '\n    }'.length;
const ENTRY_START = '    {\n'.length;

/**
 * One file's entry as it sits in the report: from the base kept as text (reportFacts) when the
 * check is still as it was checked, else made whole from its result. Same bytes either way: the
 * base's fields and the season's are each non-empty, so the two texts join with ",\n".
 */
function entryText(c: FileCheck, lang: Lang, entry: SeasonEntry | undefined): string {
  const kept = c.result && asChecked(c) ? reportFactsOf(c.result) : undefined;
  if (!kept) return entryJson(reportFile(c, lang, entry));
  return kept.entry.slice(0, kept.entry.length - ENTRY_END) + ',\n' + entryJson(seasonPart(c, lang, entry, kept.points as ReportFile['points'])).slice(ENTRY_START);
}

function reportFileBase(check: FileCheck, lang: Lang): ReportFileBase {
  const r = check.result;
  if (!r) {
    return {
      file: check.file, sheet: null, unit: check.reply?.unit ?? null, criteriaSet: check.reply?.set ?? null, scores: null, findings: [], error: check.error,
      explanationRequests: [], annotatedCopy: null, requestsWorkbook: null,
      requestsReply: check.reply ? replyReport(check, lang) : null, answersFrom: null, appraisalRounds: null,
    };
  }
  const s = r.scores;
  return {
    file: check.file,
    sheet: checkedSheet(r),
    unit: r.unit,
    criteriaSet: r.set ? { id: r.set.id, version: r.set.version } : null,
    scores: s
      ? {
          self: total(s.self),
          final: s.final ? total(s.final) : null,
          classification: s.classification,
          areas: s.areas.map((a) => ({
            code: a.code,
            title: a.title,
            max: round2(a.max),
            self: round2(a.self),
            appraised: a.appraised === null ? null : round2(a.appraised),
            index: round2(a.index),
            selfMax: round2(a.selfMax),
            selfIndex: round2(a.selfIndex),
          })),
        }
      : null,
    findings: r.findings.map((f) => ({
      code: f.code,
      severity: f.severity,
      cell: f.cell,
      item: f.item,
      message: f.message[lang],
    })),
    error: check.error,
    explanationRequests: (check.answers ?? explanationRequests(r)).map((q) => {
      const a = 'status' in q ? (q as AnsweredRequest) : null;
      return {
        item: q.item,
        title: q.title,
        max: round2OrNull(q.max),
        self: round2OrNull(q.self),
        appraised: round2OrNull(q.appraised),
        reason: q.reason[lang],
        note: q.note,
        cell: q.cell,
        asked: q.asked,
        status: a ? a.status : null,
        answer: a?.answer ?? null,
        settled: a?.settled ?? false,
      };
    }),
    annotatedCopy: check.annotatedCopy ?? null,
    requestsWorkbook: check.requestsWorkbook ?? null,
    requestsReply: null,
    answersFrom: check.answersFrom ?? null,
    appraisalRounds: reportRounds(r),
  };
}

/**
 * The season of a run's checks: every output of the run reads the same one (computed once:
 * 10,000 files make 10,000 entries). Returned requests workbooks are answers, not units: they
 * take no part in it.
 */
export function runSeason(checks: FileCheck[]): Season {
  return seasonResults(checks.filter((c) => !c.reply));
}

/** Each check's season entry (none for a returned requests workbook). */
export function seasonEntries(checks: FileCheck[], season: Season): Map<FileCheck, SeasonEntry> {
  const entryOf = new Map<FileCheck, SeasonEntry>();
  let i = 0;
  for (const c of checks) if (!c.reply) entryOf.set(c, season.entries[i++]);
  return entryOf;
}

/** The report's summary counts: a file's error and findings are its check's (as in reportFile). */
export function reportCounts(checks: FileCheck[]): Report['summary'] {
  let unreadable = 0;
  let errors = 0;
  let warnings = 0;
  for (const c of checks) {
    if (c.error !== null) unreadable++;
    for (const x of c.result?.findings ?? []) {
      if (x.severity === 'error') errors++;
      else if (x.severity === 'warning') warnings++;
    }
  }
  return { files: checks.length, unreadable, errors, warnings };
}

export function buildReport(
  checks: FileCheck[],
  lang: Lang,
  rankingWorkbook: string | null = null,
  survey: SurveyTableSummary | null = null,
  season: Season = runSeason(checks),
): Report {
  const entryOf = seasonEntries(checks, season);
  const files = checks.map((c) => reportFile(c, lang, entryOf.get(c)));
  const count = (sev: Severity) => files.reduce((n, f) => n + f.findings.filter((x) => x.severity === sev).length, 0);
  return {
    format: 'par-check-report/1',
    files,
    summary: {
      files: files.length,
      unreadable: files.filter((f) => f.error !== null).length,
      errors: count('error'),
      warnings: count('warning'),
    },
    rankingWorkbook,
    blocks: season.blocks.map((b) => ({
      set: { id: b.set.id, version: b.set.version, unitLevel: b.set.unitLevel, year: b.set.year },
      ranked: b.ranked.length,
      notRanked: b.notRanked.length,
    })),
    exemptionsTable: null,
    surveyTable: survey
      ? {
          table: survey.source,
          rowsWithoutWorkbook: survey.rowsWithoutWorkbook,
          filesWithoutRow: survey.filesWithoutRow,
          problems: survey.problems.map((p) => ({ cell: p.cell, message: p.message[lang] })),
        }
      : null,
  };
}

/** What JSON.stringify([[entry]], null, 2) puts before ("[\n  [\n") and after ("\n  ]\n]") the entry's own text. */
const WRAP_START = '[\n  [\n'.length;
const WRAP_END = '\n  ]\n]'.length;

/** Marks where the files go in the report's skeleton (a string no report field can hold). */
const FILES_MARK = '\u0000par-check: files\u0000';

/**
 * The report as `JSON.stringify(buildReport(…), null, 2)` writes it, byte for byte, handed to
 * `write` in pieces: one file entry is built, written and dropped at a time, so 10,000 files
 * never hold 10,000 entries (nor one string of all of them) at once. `exemptionsTable` is the
 * field writeReport fills after buildReport; `season`: the run's (runSeason), when already made.
 */
export function writeReportJson(
  checks: FileCheck[],
  lang: Lang,
  write: (text: string) => void,
  rankingWorkbook: string | null = null,
  survey: SurveyTableSummary | null = null,
  exemptionsTable: ReportExemptionsTable | null = null,
  season: Season = runSeason(checks),
): void {
  const entryOf = seasonEntries(checks, season);
  const skeleton: Report = {
    ...buildReport([], lang, rankingWorkbook, survey),
    files: checks.length ? ([FILES_MARK] as unknown as ReportFile[]) : [],
    summary: reportCounts(checks),
    blocks: season.blocks.map((b) => ({
      set: { id: b.set.id, version: b.set.version, unitLevel: b.set.unitLevel, year: b.set.year },
      ranked: b.ranked.length,
      notRanked: b.notRanked.length,
    })),
    exemptionsTable,
  };
  const text = JSON.stringify(skeleton, null, 2);
  if (checks.length === 0) {
    write(text + '\n');
    return;
  }
  // The files array sits at depth 1: its entries' lines are indented by 4 spaces.
  const mark = `\n    ${JSON.stringify(FILES_MARK)}\n`;
  const at = text.indexOf(mark);
  write(text.slice(0, at + 1));
  let chunk = '';
  checks.forEach((c, i) => {
    chunk += entryText(c, lang, entryOf.get(c)) + (i < checks.length - 1 ? ',\n' : '\n');
    // Written every ≈ 8 kB: pieces of 1 MB (and of 64 kB) left more of the report's garbage to the
    // collector between two collections (10,000 files, one core: peak RSS 160 → 149 MB).
    if (chunk.length > 1 << 13) {
      write(chunk);
      chunk = '';
    }
  });
  write(chunk + text.slice(at + mark.length) + '\n');
}
