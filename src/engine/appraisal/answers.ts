/**
 * Round two: the unit's answers carried next to the items of its scoresheet. The pane, the
 * checking page and the CLI call `requestsWithAnswers(result, reply)` and show each request with
 * what the unit wrote; `pairReplies` says which returned workbook belongs to which scoresheet.
 */
import type { CheckResult } from '../check-result';
import { fold } from '../text/normalize';
import { explanationRequests, type ExplanationRequest } from './explanation-requests';
import type { AnswerStatus, ReplyAnswer, RequestsReply } from './read-reply';
import { unitOf } from './requests-workbook';
import { fileNameOf, nameKey } from '../text/file-name';

/** A request's state in round two: as answered, or "notSent" when it is not in the returned workbook. */
export type RequestState = AnswerStatus | 'notSent';

export interface AnsweredRequest extends ExplanationRequest {
  /** What the unit wrote back; null when the request is not in the returned workbook. */
  answer: ReplyAnswer | null;
  status: RequestState;
  /**
   * The request was sent but the scoresheet no longer gives a reason for it (round 2 restored
   * the score, or the evidence is there now): kept in the list so the answer is not lost.
   */
  settled: boolean;
}

export function requestsWithAnswers(result: CheckResult, reply: RequestsReply | null): AnsweredRequest[] {
  const current = explanationRequests(result);
  const sent = new Map((reply?.items ?? []).map((i) => [i.code, i]));
  const out: AnsweredRequest[] = current.map((req) => {
    const item = sent.get(req.item);
    if (!item) return { ...req, answer: null, status: 'notSent', settled: false };
    return { ...req, answer: { explanation: item.explanation, evidence: item.evidence }, status: item.status, settled: false };
  });
  const listed = new Set(current.map((r) => r.item));
  const scores = new Map((result.scores?.items ?? []).map((s) => [s.code, s]));
  for (const item of reply?.items ?? []) {
    if (listed.has(item.code)) continue;
    const score = scores.get(item.code);
    out.push({
      item: item.code,
      title: score?.title ?? item.title ?? '',
      max: score ? score.max : item.max,
      self: score ? score.self : item.self,
      appraised: score ? score.appraised : item.round1,
      round1: item.round1,
      reasons: [],
      reason: {
        vi: 'Đã đề nghị đơn vị giải trình ở lần 1; theo biểu hiện tại, tiêu chí này không còn cần giải trình.',
        en: 'The unit was asked to explain in round 1; on the sheet as it is now, the item needs no explanation any more.',
      },
      note: item.note,
      cell: null,
      asked: item.asked,
      notApplicable: score?.notApplicable ?? false,
      answer: { explanation: item.explanation, evidence: item.evidence },
      status: item.status,
      settled: true,
    });
  }
  const rowOf = (code: string) => scores.get(code)?.row ?? Number.MAX_SAFE_INTEGER;
  // Sheet order, as the scoresheet reads (stable: current requests keep their order).
  return out.map((r, i) => ({ r, i })).sort((a, b) => rowOf(a.r.item) - rowOf(b.r.item) || a.i - b.i).map((x) => x.r);
}

export interface ReplyCounts {
  answered: number;
  partial: number;
  unanswered: number;
  notSent: number;
}

export function countStates(list: { status: RequestState }[]): ReplyCounts {
  const c: ReplyCounts = { answered: 0, partial: 0, unanswered: 0, notSent: 0 };
  for (const r of list) c[r.status]++;
  return c;
}

export interface PairCandidate {
  /** The file name of the scoresheet (a path is fine: only its last part is compared). */
  file: string;
  result: CheckResult;
}

const baseName = (p: string | null) => nameKey(fileNameOf(p ?? ''));

/**
 * For each reply, the index of its scoresheet among the candidates, or null. A reply belongs to
 * a scoresheet of the same unit (names compared without case and accents) and the same criteria
 * set; when several match (or the unit name differs, e.g. it was corrected), the scoresheet file
 * the requests were made from decides. A scoresheet takes at most one reply.
 */
export function pairReplies(replies: RequestsReply[], candidates: PairCandidate[]): (number | null)[] {
  const taken = new Set<number>();
  return replies.map((reply) => {
    const sameSet = (c: PairCandidate) =>
      !reply.set || !c.result.set || (c.result.set.id === reply.set.id && c.result.set.version === reply.set.version);
    const free = candidates.map((c, i) => ({ c, i })).filter(({ c, i }) => !taken.has(i) && c.result.scores !== null && sameSet(c));
    const unit = fold(reply.unit);
    const byUnit = free.filter(({ c }) => unit !== '' && fold(unitOf(c.result, c.file)) === unit);
    const byFile = (list: typeof free) => list.filter(({ c }) => reply.file !== null && baseName(c.file) === baseName(reply.file));
    const pick = byUnit.length === 1 ? byUnit[0] : (byFile(byUnit)[0] ?? (byUnit.length === 0 ? byFile(free)[0] : byUnit[0]));
    if (!pick) return null;
    taken.add(pick.i);
    return pick.i;
  });
}
