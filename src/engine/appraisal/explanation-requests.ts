/**
 * The "danh sách đề nghị giải trình": items the appraising body asks the unit to explain.
 * An item is listed when its appraised score is below the self score (for a penalty item:
 * when the appraisal deducts more than the unit did), or when its evidence is missing
 * (finding evidence.missing). One request per item; an item with both reasons carries both.
 *
 * Only leaves are listed: a parent below its self score is so because of its children,
 * which are listed themselves. Survey items are never self-scored, so they cannot be
 * "below self"; N/A and missing items carry no score to explain.
 */
import type { CheckResult } from '../check-result';
import type { CriteriaItem } from '../criteria/schema';
import type { Bilingual, Lang } from '../text/lang';
import type { SheetRow } from '../layout/parsed-sheet';
import type { ItemScore } from '../scoring/scores';
import { a1 } from '../grid';
import { formatScore } from '../text/format';
import { settleNumberFields } from '../number-fields';
import { memoByObject } from '../text/memo';

/** A score as people write it: "0,5", "1" (no needless zeros). */
const num = (n: number, lang: Lang): string => formatScore(n, lang);

export type ExplanationReasonKind = 'belowSelf' | 'missingEvidence' | 'notApplicable';

/**
 * What the unit is asked to send back: an explanation (a score was lowered), evidence (a
 * document is missing, or the approval of an exemption it claimed), or both. A lowered score is explained first; the unit may add evidence
 * with its explanation, but only missing evidence makes evidence itself the request.
 */
export type RequestAsked = 'explain' | 'evidence' | 'both';

export interface ExplanationReason {
  kind: ExplanationReasonKind;
  message: Bilingual;
  /** The cell the reason is about: the appraised score, or the evidence cell. */
  cell: string | null;
}

export interface ExplanationRequest {
  /** Item code of the criteria set. */
  item: string;
  title: string;
  /** The item's max (after N/A reductions); null when the sheet has no scores. */
  max: number | null;
  self: number | null;
  /** The final appraised score: round 2 where entered, else round 1. */
  appraised: number | null;
  /**
   * The round-1 score (what the unit is asked to answer): equal to `appraised` unless round 2
   * re-appraised the item; null when round 1 left it blank or the sheet is not appraised.
   */
  round1: number | null;
  reasons: ExplanationReason[];
  /** All reasons joined in one sentence per language, for one cell or one line. */
  reason: Bilingual;
  /** The appraiser's note (Ý kiến thẩm định) on the item's row, when written. */
  note: string | null;
  /** The first reason's cell (A1 on the checked sheet). */
  cell: string | null;
  /** What the unit is asked to send back. */
  asked: RequestAsked;
  /** The unit wrote "Không áp dụng" (N/A) on the item: there is no score to show. */
  notApplicable: boolean;
}

/** Scores closer than this count as equal: values come from sums of 2-decimal numbers. */
const EPSILON = 1e-9;

/** Where requests kept off the heap are found again (compact-result.ts); undefined: not one of those. */
let recall: ((result: CheckResult) => ExplanationRequest[] | undefined) | null = null;

/** Set once by the keeper of such requests (src/cli/check/compact-result.ts). */
export function recallRequestsWith(find: (result: CheckResult) => ExplanationRequest[] | undefined): void {
  recall = find;
}

export function explanationRequests(result: CheckResult): ExplanationRequest[] {
  return recall?.(result) ?? computeRequests(result);
}

// A request's scores take fractions from the first sheet on (number-fields.ts): the same fields in
// the same order as the request computeRequests makes.
settleNumberFields(
  (n): ExplanationRequest => ({
    item: '',
    title: '',
    max: n,
    self: n,
    appraised: n,
    round1: n,
    reasons: [],
    reason: { vi: '', en: '' },
    note: null,
    cell: null,
    asked: 'explain',
    notApplicable: false,
  }),
);

function computeRequests(result: CheckResult): ExplanationRequest[] {
  const items = result.scores?.items ?? [];
  const parents = parentCodes(result);
  const byCode = new Map<string, ExplanationRequest>();
  const order: string[] = [];

  const requestFor = (code: string, score: ItemScore | undefined): ExplanationRequest => {
    let req = byCode.get(code);
    if (!req) {
      const row = rowOf(result, code);
      req = {
        item: code,
        title: score?.title ?? row?.title?.text ?? '',
        max: score ? score.max : null,
        self: score ? score.self : null,
        appraised: score ? score.appraised : null,
        round1: score ? round1Of(result, score) : null,
        reasons: [],
        reason: { vi: '', en: '' },
        note: nonEmpty(row?.appraiserNote?.text),
        cell: null,
        asked: 'explain',
        notApplicable: score?.notApplicable ?? false,
      };
      byCode.set(code, req);
      order.push(code);
    }
    return req;
  };

  for (const score of items) {
    if (parents.has(score.code) || !isBelowSelf(score)) continue;
    requestFor(score.code, score).reasons.push({
      kind: 'belowSelf',
      message: belowSelfMessage(score),
      cell: appraisedCell(result, score),
    });
  }

  // The items by code, made when first asked (most sheets have no finding that asks).
  let scoreByCode: Map<string, ItemScore> | null = null;
  const scoreOf = (code: string): ItemScore | undefined => (scoreByCode ??= scoresByCode(items)).get(code);
  for (const f of result.findings) {
    if (f.code !== 'evidence.missing' || !f.item) continue;
    const req = requestFor(f.item, scoreOf(f.item));
    if (req.reasons.some((r) => r.kind === 'missingEvidence')) continue;
    req.reasons.push({ kind: 'missingEvidence', message: missingEvidenceMessage(req.self), cell: f.cell });
  }

  // N/A claims (exemptions, found by the exemption checks): the unit is asked for the Sở Nội vụ's
  // approval — to confirm each claim when there is no exemptions table, or because the table
  // does not grant it.
  for (const f of result.findings) {
    if ((f.code !== 'exemption.unconfirmed' && f.code !== 'exemption.notGranted') || !f.item) continue;
    const req = requestFor(f.item, scoreOf(f.item));
    if (req.reasons.some((r) => r.kind === 'notApplicable')) continue;
    req.notApplicable = true;
    // N/A leaves a max of 0: the unit is told what the item is worth instead.
    const score = scoreOf(f.item);
    if (score) req.max = score.setMax;
    req.reasons.push({ kind: 'notApplicable', message: notApplicableMessage(f.code === 'exemption.notGranted'), cell: f.cell });
  }

  if (order.length === 0) return [];
  const rowIndex = (code: string): number => scoreOf(code)?.row ?? rowOf(result, code)?.row ?? Number.MAX_SAFE_INTEGER;
  // (A loop, not map(): an array made by map() in optimized code has another elements kind than
  // one the builtin makes, and the sort below would throw the optimized code away.)
  const requests: ExplanationRequest[] = [];
  for (const code of order) requests.push(byCode.get(code) as ExplanationRequest);
  // Sheet order, so the list reads like the scoresheet; reasons in a fixed order per item.
  requests.sort((a, b) => rowIndex(a.item) - rowIndex(b.item));
  for (const req of requests) {
    req.reasons.sort((a, b) => REASON_ORDER[a.kind] - REASON_ORDER[b.kind]);
    req.reason = {
      vi: req.reasons.map((r) => r.message.vi).join(' '),
      en: req.reasons.map((r) => r.message.en).join(' '),
    };
    req.cell = req.reasons[0]?.cell ?? null;
    req.asked = askedFor(req.reasons);
  }
  return requests;
}

function round1Of(result: CheckResult, score: ItemScore): number | null {
  if (score.finalFrom !== 'round2') return score.appraised;
  const redone = result.scores?.rounds?.round2Items.find((i) => i.code === score.code);
  return redone ? redone.round1 : null;
}

const REASON_ORDER: Record<ExplanationReasonKind, number> = { belowSelf: 0, missingEvidence: 1, notApplicable: 2 };

function askedFor(reasons: ExplanationReason[]): RequestAsked {
  const below = reasons.some((r) => r.kind === 'belowSelf');
  const evidence = reasons.some((r) => r.kind === 'missingEvidence' || r.kind === 'notApplicable');
  return below && evidence ? 'both' : evidence ? 'evidence' : 'explain';
}

function isBelowSelf(score: ItemScore): boolean {
  if (score.appraised === null || score.notApplicable || score.missing) return false;
  if (score.kind === 'survey') return false;
  // A penalty is written as points deducted (either sign): a bigger deduction is the loss.
  if (score.kind === 'penalty') return Math.abs(score.appraised) > Math.abs(score.self) + EPSILON;
  return score.appraised < score.self - EPSILON;
}

function belowSelfMessage(score: ItemScore): Bilingual {
  const appraised = score.appraised ?? 0;
  if (score.kind === 'penalty') {
    const a = Math.abs(appraised);
    const s = Math.abs(score.self);
    return {
      vi: `Điểm trừ khi thẩm định ${num(a, 'vi')} cao hơn điểm trừ tự đánh giá ${num(s, 'vi')}. Đề nghị đơn vị giải trình hoặc bổ sung tài liệu kiểm chứng.`,
      en: `The appraisal deducts ${num(a, 'en')} points, more than the ${num(s, 'en')} the unit deducted itself. The unit is asked to explain or to add evidence.`,
    };
  }
  const diff = score.self - appraised;
  return {
    vi: `Điểm thẩm định ${num(appraised, 'vi')} thấp hơn điểm tự đánh giá ${num(score.self, 'vi')} (giảm ${num(diff, 'vi')} điểm). Đề nghị đơn vị giải trình hoặc bổ sung tài liệu kiểm chứng.`,
    en: `The appraised score ${num(appraised, 'en')} is below the self-assessed score ${num(score.self, 'en')} (${num(diff, 'en')} points less). The unit is asked to explain or to add evidence.`,
  };
}

function missingEvidenceMessage(self: number | null): Bilingual {
  const vi = self === null ? '' : ` cho điểm tự đánh giá ${num(self, 'vi')}`;
  const en = self === null ? '' : ` for the self-assessed score ${num(self, 'en')}`;
  return {
    vi: `Thiếu tài liệu kiểm chứng${vi}. Đề nghị đơn vị bổ sung tài liệu kiểm chứng (số, ký hiệu, ngày văn bản) hoặc giải trình lý do.`,
    en: `Evidence is missing${en}. The unit is asked to add the evidence document (number, symbol and date) or to explain why there is none.`,
  };
}

function notApplicableMessage(notGranted: boolean): Bilingual {
  return notGranted
    ? {
        vi: 'Đơn vị ghi "Không áp dụng" nhưng tiêu chí này chưa có trong danh sách được Sở Nội vụ chấp thuận miễn đánh giá. Đề nghị đơn vị gửi văn bản chấp thuận (số, ký hiệu, ngày) hoặc giải trình lý do.',
        en: 'The unit wrote "not applicable" but the item is not among the exemptions approved by the Department of Home Affairs. The unit is asked to send the approval (number, symbol and date) or to explain.',
      }
    : {
        vi: 'Đơn vị ghi "Không áp dụng" cho tiêu chí này. Đề nghị đơn vị gửi văn bản của Sở Nội vụ chấp thuận miễn đánh giá (số, ký hiệu, ngày) để xác nhận.',
        en: 'The unit wrote "not applicable" on this item. The unit is asked to send the Department of Home Affairs\' approval of the exemption (number, symbol and date) to confirm it.',
      };
}

function appraisedCell(result: CheckResult, score: ItemScore): string | null {
  const row = rowOf(result, score.code);
  if (row?.appraised) return row.appraised.address;
  const col = result.parsed?.columns.appraised;
  return score.row !== null && col !== undefined ? a1(score.row, col) : null;
}

function rowOf(result: CheckResult, code: string): SheetRow | undefined {
  return (
    result.alignment?.rowFor.get(code) ??
    result.parsed?.rows.find((r) => r.kind === 'item' && r.code === code)
  );
}

function scoresByCode(items: ItemScore[]): Map<string, ItemScore> {
  const map = new Map<string, ItemScore>();
  for (const s of items) map.set(s.code, s);
  return map;
}

/** Codes of items that have children; without a set, guessed from the depth of the next item. */
function parentCodes(result: CheckResult): Set<string> {
  if (result.set) return parentsOfSet(result.set.items);
  const parents = new Set<string>();
  const items = result.scores?.items ?? [];
  items.forEach((s, i) => {
    if (i + 1 < items.length && items[i + 1].depth > s.depth) parents.add(s.code);
  });
  return parents;
}

// A set's parents are the same for every sheet checked against it: found once per set (read-only).
const parentsOfSet = memoByObject((items: CriteriaItem[]): Set<string> => {
  const parents = new Set<string>();
  const walk = (list: CriteriaItem[]): void => {
    for (const item of list) {
      if (item.children && item.children.length > 0) {
        parents.add(item.code);
        walk(item.children);
      }
    }
  };
  walk(items);
  return parents;
});

function nonEmpty(s: string | undefined): string | null {
  const t = s?.trim();
  return t ? t : null;
}
