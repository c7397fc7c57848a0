/**
 * The finding catalogue: every code the checks emit, its severity and a one-line description
 * in Vietnamese and English. Exported as data so the README table and the pane's legend are
 * generated from one place and cannot drift from what the checks do.
 *
 * Severity policy (why each one is what it is):
 * - error: the score or the index computed from the sheet is wrong or cannot be trusted
 *   (value out of range or not allowed, a survey item self-scored, an item missing or its max
 *   tampered with, required evidence missing, an appraised change without the note the rule
 *   demands);
 * - warning: the sheet is probably wrong or sloppy but the index is still computed as the rules
 *   say (extra or misplaced rows, edited titles, a parent total that disagrees with its
 *   children, a score that disagrees with the declared figure, weak evidence references);
 * - info: worth a look, nothing to fix yet (survey points not entered by the appraiser).
 * `score.missing` (a blank where a score is expected) is a warning: a blank scores 0 by the
 * rules, which may be what the unit meant, but it should type 0 to say so.
 * `evidence.missing` is an error where the item's evidence is required and a warning where it is
 * optional; the table gives the usual (required) severity.
 */
import type { Severity } from './finding';
import type { Bilingual } from '../text/lang';

export interface FindingCodeInfo {
  code: string;
  severity: Severity;
  description: Bilingual;
}

const entries = [
  // --- layout -------------------------------------------------------------------------------
  ['layout.noScoresheet', 'error', 'Không tìm thấy sheet nào có dạng biểu chấm điểm', 'No sheet looks like a scoresheet'],
  ['layout.sheetNotFound', 'error', 'Không có sheet mang tên đã chọn', 'The chosen sheet does not exist'],
  ['layout.noHeader', 'error', 'Không tìm thấy dòng tiêu đề cột (STT, Điểm tối đa, Tự đánh giá…)', 'No column header row found (STT, Điểm tối đa, Tự đánh giá…)'],
  ['layout.columnMissing', 'error', 'Thiếu cột bắt buộc (mã, điểm tối đa, điểm tự đánh giá hoặc thẩm định)', 'A required column (code, max, self or appraised score) is missing'],
  ['layout.missingItem', 'error', 'Tiêu chí của bộ tiêu chí không có trên biểu', 'An item of the criteria set is missing from the sheet'],
  ['layout.extraRow', 'warning', 'Dòng có mã không thuộc bộ tiêu chí (không được tính điểm)', 'A row whose code is not in the criteria set (not scored)'],
  ['layout.duplicateCode', 'error', 'Mã tiêu chí lặp lại; dòng lặp không được tính điểm', 'An item code appears twice; the repeated row is not scored'],
  ['layout.outOfOrder', 'warning', 'Dòng đứng sai thứ tự so với bộ tiêu chí', 'A row is out of the criteria set order'],
  ['layout.titleChanged', 'warning', 'Tên tiêu chí khác với bộ tiêu chí', 'An item title differs from the criteria set'],
  ['layout.maxChanged', 'error', 'Điểm tối đa trên biểu khác với bộ tiêu chí', 'The max points on the sheet differ from the criteria set'],
  ['layout.betterSetMatch', 'warning', 'Biểu khớp với bộ tiêu chí (phiên bản) khác tốt hơn bộ đang dùng', 'The sheet fits another criteria set or version better than the one used'],
  ['layout.noSetMatched', 'error', 'Biểu không khớp với bộ tiêu chí nào', 'The sheet matches no criteria set'],
  ['layout.rowsAfterTotal', 'warning', 'Có dòng không được đọc (sau dòng tổng, hoặc sheet quá dài)', 'Rows were not read (below the total row, or the sheet is too long)'],
  ['layout.columnNotRead', 'warning', 'Có cột điểm không được đọc (biểu có hơn hai vòng thẩm định)', 'A score column was not read (more than two appraisal rounds)'],
  ['layout.readingNote', 'info', 'Ghi chú khi đọc biểu (ô tiêu đề được suy ra, điểm lấy từ dòng phương án…)', 'A reading note (a header guessed, a score taken from an option line…)'],
  ['layout.sheetsNotRead', 'info', 'Các sheet khác của tệp không được kiểm tra (hướng dẫn, ẩn, không phải biểu chấm điểm…)', 'Other sheets of the workbook were not checked (instructions, hidden, not a scoresheet…)'],
  ['layout.unknownDeclaredSet', 'warning', 'Biểu ghi một bộ tiêu chí chưa được nạp', 'The sheet names a criteria set that is not loaded'],
  // --- score --------------------------------------------------------------------------------
  ['score.notNumber', 'error', 'Ô điểm không phải là số', 'A score cell is not a number'],
  ['score.excelError', 'error', 'Ô điểm bị lỗi Excel (#REF!, #VALUE!…)', 'A score cell shows an Excel error (#REF!, #VALUE!…)'],
  ['score.negative', 'error', 'Điểm âm', 'Negative score'],
  ['score.aboveMax', 'error', 'Điểm vượt điểm tối đa', 'Score above the max points'],
  ['score.notAllowed', 'error', 'Điểm không thuộc các mức điểm cho phép', 'Score is not one of the allowed values'],
  ['score.notStep', 'warning', 'Điểm không chia hết cho bước điểm', 'Score is not a multiple of the scoring step'],
  ['score.tooManyDecimals', 'warning', 'Điểm có quá 2 chữ số thập phân', 'Score has more than 2 decimals'],
  ['score.selfOnSurvey', 'error', 'Tự chấm điểm tiêu chí điều tra xã hội học', 'Self-score on a survey item'],
  ['score.naNotAllowed', 'error', 'Ghi "Không áp dụng" cho tiêu chí không được miễn', 'Not applicable marked on an item that does not allow it'],
  ['score.parentMismatch', 'warning', 'Điểm dòng cha khác tổng điểm các tiêu chí con', 'A parent row disagrees with the sum of its children'],
  ['score.declaredMismatch', 'warning', 'Điểm tự đánh giá không khớp số liệu kê khai', 'Self-score disagrees with the declared figure'],
  ['score.readAsNumber', 'warning', 'Ô số có chữ hoặc ký tự lạ kèm theo (0,75đ; 1,5 điểm); đã đọc là số', 'A number written with a unit or stray characters (0,75đ); read as the number'],
  ['score.formulaNoValue', 'error', 'Ô công thức chưa có kết quả: mở và lưu lại bằng Excel (lưu ý ở dòng tổng)', 'A formula saved without its result: open and save it in Excel (info on total rows)'],
  ['score.missing', 'warning', 'Bỏ trống ô điểm (được tính 0 điểm)', 'Blank score cell (scores 0)'],
  // --- evidence -----------------------------------------------------------------------------
  ['evidence.missing', 'error', 'Có điểm nhưng không có tài liệu kiểm chứng hoặc giải trình (cảnh báo nếu TLKC không bắt buộc)', 'Scored without evidence or explanation (warning where evidence is optional)'],
  ['evidence.noReference', 'warning', 'Tài liệu kiểm chứng không ghi rõ số, ký hiệu, ngày văn bản hoặc đường dẫn', 'Evidence without a document number, date or link'],
  ['evidence.outsideYear', 'warning', 'Văn bản kiểm chứng ban hành ngoài năm đánh giá', 'Evidence document dated outside the assessment year'],
  // --- appraisal ----------------------------------------------------------------------------
  ['appraisal.noNote', 'error', 'Điểm thẩm định khác điểm tự đánh giá nhưng không có ý kiến thẩm định', 'Appraised score differs from the self-score with no appraiser note'],
  ['appraisal.surveyMissing', 'info', 'Chưa nhập điểm điều tra xã hội học', 'Survey points not entered yet'],
  ['appraisal.roundTwoNoNote', 'error', 'Điểm thẩm định lần 2 khác lần 1 nhưng không có ý kiến thẩm định lần 2', 'Round-2 score differs from round 1 with no round-2 appraiser note'],
  ['appraisal.roundTwoAboveSelf', 'warning', 'Điểm thẩm định lần 2 cao hơn điểm tự đánh giá mà không ghi lý do', 'Round-2 score above the self-score with no reason given'],
  // --- exemptions (not applicable) -----------------------------------------------------------
  ['exemption.unconfirmed', 'info', 'Tiêu chí ghi "Không áp dụng": cần xác nhận đơn vị được Sở Nội vụ chấp thuận miễn đánh giá', 'Item marked not applicable: confirm the Department of Home Affairs exempted the unit'],
  ['exemption.notGranted', 'warning', 'Ghi "Không áp dụng" nhưng chưa được Sở Nội vụ chấp thuận (không có trong bảng miễn đánh giá)', 'Marked not applicable without the Department of Home Affairs\' approval (not in the exemptions table)'],
  ['exemption.notClaimed', 'info', 'Được miễn đánh giá theo bảng nhưng biểu vẫn chấm điểm', 'Exempt by the table but still scored on the sheet'],
  ['exemption.tableMismatch', 'warning', 'Bảng miễn đánh giá ghi mã không có trong bộ tiêu chí hoặc không được phép miễn', 'The exemptions table names a code the set lacks or cannot exempt'],
  // --- the checker itself -------------------------------------------------------------------
  ['internal.error', 'error', 'Lỗi của chương trình kiểm tra (không phải lỗi của biểu)', 'An error inside the checker (not a fault of the sheet)'],
] as const;

export type FindingCode = (typeof entries)[number][0];

/** The catalogue, in the order above (layout, score, evidence, appraisal, internal). */
export const FINDING_CODES: readonly FindingCodeInfo[] = entries.map(([code, severity, vi, en]) => ({
  code,
  severity,
  description: { vi, en },
}));

const byCode = new Map<string, FindingCodeInfo>(FINDING_CODES.map((e) => [e.code, e]));

export function codeInfo(code: string): FindingCodeInfo | undefined {
  return byCode.get(code);
}

/** The catalogue severity of a code ('error' for an unknown code, so nothing slips through). */
export function severityOf(code: FindingCode): Severity {
  return byCode.get(code)?.severity ?? 'error';
}

const severityLabel: Record<Severity, string> = { error: 'lỗi / error', warning: 'cảnh báo / warning', info: 'lưu ý / info' };

/** The catalogue as a Markdown table (code, severity, Vietnamese and English description) for the README. */
export function catalogueMarkdown(): string {
  const lines = ['| Mã / code | Mức / severity | Mô tả | Description |', '|---|---|---|---|'];
  for (const c of FINDING_CODES) {
    lines.push(`| \`${c.code}\` | ${severityLabel[c.severity]} | ${c.description.vi} | ${c.description.en} |`);
  }
  return lines.join('\n');
}
