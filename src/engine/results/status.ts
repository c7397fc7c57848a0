/**
 * The status of a checked sheet in the appraisal season (domain.md §5): where its result stands,
 * and in both languages what is still missing. Only `complete` results are ranked and published.
 *
 * - unreadable: the file could not be read, or its scores could not be computed;
 * - noSet: no scoresheet found, or the sheet matches no loaded criteria set;
 * - selfOnly: no appraised column, or none of its cells filled;
 * - appraising: some appraised cells filled, not all (how many of how many); or, on a sheet with
 *   a round-2 column, round 2 under way (scoring/round-progress.ts: some round-2 scores entered
 *   and not every item that needs one has it, or the unit's answers await round 2). `round`
 *   says which round is in progress;
 * - awaitingSurvey: every appraised cell filled, but survey items still have no points (neither
 *   on the sheet nor from a survey table);
 * - complete: appraised and surveyed: the final index can be published.
 */
import type { Alignment, CheckResult } from '../check-result';
import type { CriteriaSet } from '../criteria/schema';
import { effectiveKind, flattenItems, isLeaf } from '../criteria/tree';
import type { Bilingual } from '../text/lang';
import type { SheetRow } from '../layout/parsed-sheet';
import { appraisalReading, isEmptyReading, round2Reading } from '../scoring/leaf';
import { roundProgress } from '../scoring/round-progress';
import type { ScoreResult } from '../scoring/scores';

export type SheetStatus = 'unreadable' | 'noSet' | 'selfOnly' | 'appraising' | 'awaitingSurvey' | 'complete';

export const SHEET_STATUSES: readonly SheetStatus[] = ['complete', 'awaitingSurvey', 'appraising', 'selfOnly', 'noSet', 'unreadable'];

export interface StatusInfo {
  status: SheetStatus;
  /** Appraised cells filled of those expected (scored leaves that are not N/A); null without a set and scores. */
  appraisal: { filled: number; expected: number } | null;
  /** Survey items (not N/A) with no points from the sheet nor from a survey table. */
  surveyMissing: string[];
  /** What is missing (or why it stands there), in both languages; empty strings when complete. */
  detail: Bilingual;
  /** While `appraising`: the round in progress (1, or 2 after the unit's explanation); null otherwise. */
  round?: 1 | 2 | null;
}

/** Short names of the statuses, as printed on the results workbook and in the text output. */
export const STATUS_LABEL: Record<SheetStatus, Bilingual> = {
  unreadable: { vi: 'Không đọc được', en: 'Unreadable' },
  noSet: { vi: 'Không khớp bộ tiêu chí', en: 'No criteria set' },
  selfOnly: { vi: 'Mới tự đánh giá', en: 'Self-assessed only' },
  appraising: { vi: 'Đang thẩm định', en: 'Being appraised' },
  awaitingSurvey: { vi: 'Chờ điểm điều tra XHH', en: 'Awaiting survey points' },
  complete: { vi: 'Đã đủ điểm', en: 'Complete' },
};

/** A checked file as the batch sees it: its result, or the sentence saying why it was not read. */
export interface StatusInput {
  result: CheckResult | null;
  error?: string | null;
}

/**
 * Statuses computed once and kept for a result whose rows were set aside to keep a big batch's
 * memory flat (src/cli/check/compact-result.ts): reading them back for every output would cost
 * more than the check. Only results passed to rememberStatus are kept; results never change.
 */
const rememberedStatus = new WeakMap<CheckResult, StatusInfo>();

/**
 * Compute `result`'s status now and answer it from memory from then on (`keep` may copy it, see
 * compact-result.ts); `from`: the same result whole, to compute it from (default `result`).
 */
export function rememberStatus(result: CheckResult, keep: <T>(value: T) => T = (value) => value, from: CheckResult = result): void {
  rememberedStatus.set(result, keep(computeStatus({ result: from })));
}

/** Answer `info` as `result`'s status: computed from the same result whole in another thread (a worker of the batch pool). */
export function rememberStatusInfo(result: CheckResult, info: StatusInfo): void {
  rememberedStatus.set(result, info);
}

export function sheetStatus(entry: StatusInput): StatusInfo {
  return (entry.result && rememberedStatus.get(entry.result)) || computeStatus(entry);
}

function computeStatus(entry: StatusInput): StatusInfo {
  const result = entry.result;
  if (!result) {
    const why = entry.error?.trim();
    return info('unreadable', null, [], {
      vi: why ? `Không đọc được tệp: ${why}` : 'Không đọc được tệp. Mở tệp bằng Excel, lưu lại dạng .xlsx rồi kiểm tra lại.',
      en: why ? `The file could not be read: ${why}` : 'The file could not be read. Open it in Excel, save it as .xlsx and check it again.',
    });
  }
  if (!result.parsed) {
    const noSheet = result.findings.find((f) => f.code === 'layout.noScoresheet' || f.code === 'layout.noHeader' || f.code === 'layout.sheetNotFound');
    return info('noSet', null, [], {
      vi: `Không tìm thấy biểu chấm điểm. ${noSheet?.message.vi ?? 'Kiểm tra dòng tiêu đề cột (STT, Điểm tối đa, Điểm tự đánh giá).'}`,
      en: `No scoresheet found. ${noSheet?.message.en ?? 'Check the column header row (STT, Điểm tối đa, Điểm tự đánh giá).'}`,
    });
  }
  if (!result.set || !result.alignment) {
    return info('noSet', null, [], {
      vi: 'Biểu không khớp bộ tiêu chí nào đã nạp: cần nạp bộ tiêu chí của khối này (tệp .json) hoặc ghi "Bộ tiêu chí: mã (phiên bản)" trong phần tiêu đề của biểu.',
      en: 'The sheet matches none of the loaded criteria sets: load this block\'s criteria set (.json file) or write "Bộ tiêu chí: id (version)" in the sheet\'s title block.',
    });
  }
  if (!result.scores) {
    const failure = result.findings.find((f) => f.code === 'internal.error');
    return info('unreadable', null, [], {
      vi: `Không tính được điểm của biểu${failure ? `: ${failure.message.vi}` : '.'}`,
      en: `The scores of the sheet could not be computed${failure ? `: ${failure.message.en}` : '.'}`,
    });
  }

  const appraisal = appraisalProgress(result.set, result.alignment, result.scores, result.parsed.columns.appraised !== undefined);
  if (appraisal.filled === 0) {
    const noColumn = result.parsed.columns.appraised === undefined;
    return info('selfOnly', appraisal, [], {
      vi: noColumn
        ? 'Chưa thẩm định: biểu chưa có cột "Điểm thẩm định".'
        : `Chưa thẩm định: cột điểm thẩm định còn trống (0/${appraisal.expected} ô).`,
      en: noColumn
        ? 'Not appraised: the sheet has no "Điểm thẩm định" (appraised) column.'
        : `Not appraised: the appraised column is empty (0/${appraisal.expected} cells).`,
    });
  }
  const rounds = roundProgress(result.parsed, result.set, result.alignment);
  if (rounds.current === 2) {
    const r2 = rounds.round2;
    const waiting = r2.pending.length > 0 ? listCodes(r2.pending) : '';
    return { ...info('appraising', appraisal, [], {
      vi: `Đang thẩm định lần 2: đã có điểm lần 2 của ${r2.neededFilled}/${r2.needed} tiêu chí cần thẩm định lại${waiting ? `; còn chờ: ${waiting}` : ''}.`,
      en: `Round 2 of the appraisal under way: ${r2.neededFilled} of ${r2.needed} items to re-appraise have a round-2 score${waiting ? `; still waiting: ${waiting}` : ''}.`,
    }), round: 2 };
  }
  if (appraisal.filled < appraisal.expected) {
    const blank = appraisal.expected - appraisal.filled;
    return { ...info('appraising', appraisal, [], {
      vi: `Đang thẩm định: đã có điểm thẩm định ${appraisal.filled}/${appraisal.expected} ô, còn ${blank} ô trống.`,
      en: `Being appraised: ${appraisal.filled} of ${appraisal.expected} appraised cells filled, ${blank} blank.`,
    }), round: 1 };
  }
  const surveyMissing = surveyItemsMissing(result);
  if (surveyMissing.length > 0) {
    const list = listCodes(surveyMissing);
    return info('awaitingSurvey', appraisal, surveyMissing, {
      vi: `Chờ điểm điều tra XHH: tiêu chí ${list} chưa có điểm (trên biểu hoặc trong bảng điểm điều tra XHH).`,
      en: `Awaiting survey points: items ${list} have no points (on the sheet or in the survey table).`,
    });
  }
  return info('complete', appraisal, [], { vi: '', en: '' });
}

/**
 * Scored leaves the appraiser must fill: not survey, bonus or penalty items, not N/A, and with a
 * row on the sheet (a missing row is an error finding of its own and cannot be filled).
 */
export function appraisalTargets(set: CriteriaSet, alignment: Alignment, scores: ScoreResult): SheetRow[] {
  const na = new Set(scores.items.filter((i) => i.notApplicable).map((i) => i.code));
  const rows: SheetRow[] = [];
  for (const f of flattenItems(set)) {
    if (!isLeaf(f.item) || effectiveKind(f) !== 'scored' || na.has(f.item.code)) continue;
    const row = alignment.rowFor.get(f.item.code);
    if (row) rows.push(row);
  }
  return rows;
}

/** Whether the appraiser filled this row: a cell filled in either round is appraised. */
export function isAppraisalFilled(row: SheetRow): boolean {
  return !isEmptyReading(row.appraised?.reading) || round2Reading(row) !== null;
}

/** How many appraised cells are filled of those expected. */
export function appraisalProgress(
  set: CriteriaSet,
  alignment: Alignment,
  scores: ScoreResult,
  hasAppraisedColumn: boolean,
): { filled: number; expected: number } {
  const targets = appraisalTargets(set, alignment, scores);
  const filled = hasAppraisedColumn ? targets.filter(isAppraisalFilled).length : 0;
  return { filled, expected: targets.length };
}

/** Survey leaves (not N/A) with no points on the sheet and none taken from a survey table. */
export function surveyItemsMissing(result: CheckResult): string[] {
  const { set, alignment, scores } = result;
  if (!set || !alignment || !scores) return [];
  const na = new Set(scores.items.filter((i) => i.notApplicable).map((i) => i.code));
  const fromTable = new Set((result.survey?.used ?? []).map((u) => u.item));
  const missing: string[] = [];
  for (const f of flattenItems(set)) {
    if (!isLeaf(f.item) || effectiveKind(f) !== 'survey' || na.has(f.item.code)) continue;
    if (fromTable.has(f.item.code)) continue;
    const row = alignment.rowFor.get(f.item.code) ?? null;
    if (isEmptyReading(appraisalReading(row, 'survey'))) missing.push(f.item.code);
  }
  return missing;
}

function listCodes(codes: string[]): string {
  return codes.length <= 8 ? codes.join(', ') : `${codes.slice(0, 8).join(', ')} … (${codes.length})`;
}

function info(status: SheetStatus, appraisal: StatusInfo['appraisal'], surveyMissing: string[], detail: Bilingual): StatusInfo {
  return { status, appraisal, surveyMissing, detail };
}
