/**
 * Returned requests workbooks in a `check` run: recognised while reading (by their mark sheet,
 * see src/engine/appraisal/requests-mark.ts), paired with the unit's scoresheet checked in the
 * same run, and shown in the text and JSON output: which requests were answered and, beside the
 * scoresheet, each answer next to its item (round two).
 */
import { countStates, pairReplies, requestsWithAnswers, type AnsweredRequest, type RequestState } from '../../engine/appraisal/answers';
import type { RequestsReply } from '../../engine/appraisal/read-reply';
import { requestsLabels } from '../../engine/appraisal/requests-labels';
import type { Lang } from '../../engine/text/lang';
import { formatScore } from '../../engine/text/format';
import { pairingView } from './compact-result';
import type { FileCheck } from './file-check';

/**
 * Pair every reply of the run with its unit's scoresheet (same unit and set; the file the
 * requests were made from when in doubt) and attach the answers to that scoresheet's check.
 */
export function pairRepliesInRun(checks: FileCheck[]): void {
  const replies = checks.filter((c) => c.reply);
  if (replies.length === 0) return;
  const sheets = checks.filter((c) => c.result && !c.reply);
  const pairs = pairReplies(
    replies.map((c) => c.reply as RequestsReply),
    sheets.map((c) => ({ file: c.file, result: pairingView(c.result!) })),
  );
  replies.forEach((reply, i) => {
    const at = pairs[i];
    if (at === null) return;
    const sheet = sheets[at];
    reply.pairedWith = sheet.file;
    sheet.answersFrom = reply.file;
    sheet.answers = requestsWithAnswers(sheet.result!, reply.reply!);
  });
}

const WORDS = {
  vi: {
    status: { answered: 'Đã trả lời', partial: 'Trả lời một phần', unanswered: 'Chưa trả lời', notSent: 'Chưa gửi đề nghị' } as Record<RequestState, string>,
    replyOf: (unit: string) => `Tệp trả lời đề nghị giải trình của: ${unit}`,
    made: (file: string | null, set: string | null, year: number | null, deadline: string | null) =>
      [file ? `lập từ biểu ${file}` : '', set ? `bộ tiêu chí ${set}` : '', year ? `năm ${year}` : '', deadline ? `hạn ${deadline}` : '']
        .filter(Boolean).join(', '),
    counts: (a: number, p: number, u: number, total: number) =>
      `Trên ${total} đề nghị: đã trả lời ${a}, trả lời một phần ${p}, chưa trả lời ${u}.`,
    explanation: 'Giải trình', evidence: 'Tài liệu bổ sung', asked: 'Đề nghị',
    paired: (file: string) => `Đã ghép với biểu chấm điểm: ${file} (các giải trình hiện bên từng tiêu chí của biểu đó).`,
    unpaired: (file: string) =>
      `Chưa ghép với biểu chấm điểm nào. Để đưa giải trình vào thẩm định lần 2, kiểm tra cùng biểu của đơn vị, ví dụ: par-check check ${file || 'bieu-don-vi.xlsx'} "<tệp này>"`,
    section: (from: string) => `Đề nghị giải trình — trả lời của đơn vị từ "${from}":`,
    scores: (self: string, appraised: string) => `tự ĐG ${self} → thẩm định ${appraised}`,
    settled: 'không còn cần giải trình theo điểm hiện tại',
    changed: 'Lưu ý',
  },
  en: {
    status: { answered: 'Answered', partial: 'Partly answered', unanswered: 'Not answered', notSent: 'Not sent' } as Record<RequestState, string>,
    replyOf: (unit: string) => `Returned explanation requests of: ${unit}`,
    made: (file: string | null, set: string | null, year: number | null, deadline: string | null) =>
      [file ? `made from ${file}` : '', set ? `criteria set ${set}` : '', year ? `year ${year}` : '', deadline ? `deadline ${deadline}` : '']
        .filter(Boolean).join(', '),
    counts: (a: number, p: number, u: number, total: number) =>
      `Of ${total} requests: ${a} answered, ${p} partly answered, ${u} not answered.`,
    explanation: 'Explanation', evidence: 'Added evidence', asked: 'Requested',
    paired: (file: string) => `Paired with the scoresheet: ${file} (the answers are shown next to its items).`,
    unpaired: (file: string) =>
      `Not paired with any scoresheet. To carry the answers into round two, check it beside the unit's scoresheet, e.g. par-check check ${file || 'unit-sheet.xlsx'} "<this file>"`,
    section: (from: string) => `Explanation requests — the unit's answers from "${from}":`,
    scores: (self: string, appraised: string) => `self ${self} → appraised ${appraised}`,
    settled: 'no longer needs an explanation on the current scores',
    changed: 'Note',
  },
};

const score = (n: number | null, lang: Lang) => (n === null ? '—' : formatScore(n, lang));

/** Text lines of a returned requests workbook checked on its own (or with its scoresheet). */
export function replyTextLines(check: FileCheck, lang: Lang): string[] {
  const reply = check.reply as RequestsReply;
  const W = WORDS[lang];
  const asked = requestsLabels(lang).asked;
  const set = reply.set ? `${reply.set.id} (${reply.set.version})` : null;
  const made = W.made(reply.file, set, reply.year, reply.deadline);
  const lines = [W.replyOf(reply.unit) + (made ? ` — ${made}` : '')];
  const c = reply.counts;
  lines.push(W.counts(c.answered, c.partial, c.unanswered, reply.items.length), '');
  for (const item of reply.items) {
    lines.push(`  ${item.code.padEnd(8)} ${W.status[item.status]} — ${W.asked}: ${asked[item.asked]}`);
    if (item.explanation) lines.push(`           ${W.explanation}: ${item.explanation}`);
    if (item.evidence) lines.push(`           ${W.evidence}: ${item.evidence}`);
  }
  for (const p of reply.problems) lines.push('', `${W.changed}: ${p[lang]}`);
  lines.push('', check.pairedWith ? W.paired(check.pairedWith) : W.unpaired(reply.file ?? ''));
  return lines;
}

/** The round-two section under a scoresheet that has its unit's answers. */
export function answersTextLines(check: FileCheck, lang: Lang): string[] {
  const list = check.answers;
  if (!list || !check.answersFrom) return [];
  const W = WORDS[lang];
  const c = countStates(list);
  const lines = ['', W.section(check.answersFrom), W.counts(c.answered, c.partial, c.unanswered, c.answered + c.partial + c.unanswered)];
  for (const r of list) lines.push(...answerLines(r, lang));
  return lines;
}

function answerLines(r: AnsweredRequest, lang: Lang): string[] {
  const W = WORDS[lang];
  const head = `  ${r.item.padEnd(8)} ${W.status[r.status]} — ${W.scores(score(r.self, lang), score(r.appraised, lang))}${r.settled ? ` (${W.settled})` : ''}`;
  const out = [head];
  if (r.answer?.explanation) out.push(`           ${W.explanation}: ${r.answer.explanation}`);
  if (r.answer?.evidence) out.push(`           ${W.evidence}: ${r.answer.evidence}`);
  return out;
}

/** JSON of a reply (added to the report as `requestsReply`). */
export interface ReportReply {
  unit: string;
  /** The scoresheet the requests were made from, as recorded when they were sent. */
  madeFrom: string | null;
  criteriaSet: { id: string; version: string } | null;
  year: number | null;
  deadline: string | null;
  counts: { answered: number; partial: number; unanswered: number };
  unchanged: boolean;
  problems: string[];
  /** The scoresheet of this run the answers were carried to; null when none matched. */
  pairedWith: string | null;
  items: {
    item: string;
    asked: string;
    status: string;
    explanation: string | null;
    evidence: string | null;
    cell: string | null;
  }[];
}

export function replyReport(check: FileCheck, lang: Lang): ReportReply {
  const r = check.reply as RequestsReply;
  return {
    unit: r.unit,
    madeFrom: r.file,
    criteriaSet: r.set,
    year: r.year,
    deadline: r.deadline,
    counts: { ...r.counts },
    unchanged: r.unchanged,
    problems: r.problems.map((p) => p[lang]),
    pairedWith: check.pairedWith ?? null,
    items: r.items.map((i) => ({ item: i.code, asked: i.asked, status: i.status, explanation: i.explanation, evidence: i.evidence, cell: i.cell })),
  };
}
