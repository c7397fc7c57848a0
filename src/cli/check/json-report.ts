/**
 * The `par-check-report/1` document (shared/spec/report.md) for `check --json`.
 * Fields are only ever added, never renamed: other programs read this.
 */
import type { AnsweredRequest, RequestState } from '../../engine/appraisal/answers';
import { explanationRequests, type RequestAsked } from '../../engine/appraisal/explanation-requests';
import type { CheckResult } from '../../engine/check-result';
import type { Lang, Severity } from '../../engine/findings/finding';
import type { TotalScore } from '../../engine/scoring/scores';
import { roundTo } from '../../engine/text/format';
import type { FileCheck } from './check-files';
import { replyReport, type ReportReply } from './requests-reply';
import { reportRounds, type ReportRounds } from './rounds-report';

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
  /** Added: where the flagged copy was written (--annotate); null when none was asked or written. */
  annotatedCopy: string | null;
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
}

/** 2 decimals, as shown everywhere (same rounding as the text output); comparisons use unrounded values. */
export const round2 = (n: number): number => roundTo(n, 2);

const round2OrNull = (n: number | null): number | null => (n === null ? null : round2(n));

const total = (t: TotalScore): ReportTotal => ({ total: round2(t.total), max: round2(t.max), index: round2(t.index) });

/** The sheet that was read as the scoresheet; null when none was found (or the named one is missing). */
export function checkedSheet(result: CheckResult): string | null {
  if (result.findings.some((f) => f.code === 'layout.noScoresheet' || f.code === 'layout.sheetNotFound')) return null;
  return result.sheetName || null;
}

export function reportFile(check: FileCheck, lang: Lang): ReportFile {
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

export function buildReport(checks: FileCheck[], lang: Lang, rankingWorkbook: string | null = null): Report {
  const files = checks.map((c) => reportFile(c, lang));
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
  };
}
