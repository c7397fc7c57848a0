/**
 * Round two in the pane: the request workbook a unit sent back, loaded beside its open
 * scoresheet. The file is opened with ExcelJS (a lazy chunk: the pane's first load stays small),
 * recognised by its mark sheet and paired with the open sheet by the engine (pairReplies), and
 * each answer is put next to its item (requestsWithAnswers).
 */
import { pairReplies, requestsWithAnswers, type AnsweredRequest } from '../../engine/appraisal/answers';
import { isRequestsMarkSheet, readRequestsReply, type RequestsReply } from '../../engine/appraisal/read-reply';
import type { CheckResult } from '../../engine/check-result';
import type { Bilingual } from '../../engine/text/lang';
import type { Grid } from '../../engine/grid';
import { readFileBytes } from '../read-file';

export type ReplyLoad = { ok: true; reply: RequestsReply; from: string; answers: AnsweredRequest[] } | { ok: false; problem: Bilingual };

export async function loadReplyFile(file: File, result: CheckResult): Promise<ReplyLoad> {
  let bytes: Uint8Array;
  try {
    bytes = await readFileBytes(file);
  } catch {
    return { ok: false, problem: unreadable(file.name) };
  }
  const { openWorkbook } = await import(/* webpackChunkName: "read-reply" */ '../../file/open-workbook');
  const opened = await openWorkbook(bytes);
  if (!opened.ok) return { ok: false, problem: opened.problem };
  const sheets = await opened.workbook.listSheets();
  if (!sheets.some((s) => isRequestsMarkSheet(s.name))) return { ok: false, problem: notReply(file.name) };
  const grids: Grid[] = [];
  for (const s of sheets) grids.push(await opened.workbook.readGrid(s.name));
  const reply = readRequestsReply(grids);
  if (!reply) return { ok: false, problem: notReply(file.name) };
  const [paired] = pairReplies([reply], [{ file: reply.file ?? '', result }]);
  if (paired === null) return { ok: false, problem: otherUnit(file.name, reply.unit) };
  return { ok: true, reply, from: file.name, answers: requestsWithAnswers(result, reply) };
}

const unreadable = (name: string): Bilingual => ({
  vi: `Không đọc được tệp "${name}". Hãy đóng tệp trong Excel rồi chọn lại.`,
  en: `The file "${name}" could not be read. Close it in Excel and choose it again.`,
});

const notReply = (name: string): Bilingual => ({
  vi: `"${name}" không phải phiếu đề nghị giải trình do chương trình tạo (không thấy dấu nhận diện). Hãy chọn đúng tệp đơn vị gửi lại.`,
  en: `"${name}" is not an explanation request made by this checker (its mark is missing). Choose the file the unit sent back.`,
});

const otherUnit = (name: string, unit: string): Bilingual => ({
  vi: `"${name}" là phiếu của đơn vị "${unit}", không phải của biểu đang mở. Hãy mở biểu của đơn vị đó rồi nạp lại.`,
  en: `"${name}" is the request of "${unit}", not of the open sheet. Open that unit's sheet and load it again.`,
});
