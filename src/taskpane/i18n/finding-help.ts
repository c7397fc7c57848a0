/**
 * "Cách sửa" for each finding code: what the user does in Excel to clear it. The "why" is the
 * engine's catalogue description (src/engine/findings/codes.ts, one place for what a rule is);
 * this is only how to act on it in the pane. Keyed by FindingCode so the compiler refuses a code
 * without advice, and advice for a code that no longer exists.
 */
import type { FindingCode } from '../../engine/findings/codes';
import type { Bilingual } from '../../engine/text/lang';

const fix = (vi: string, en: string): Bilingual => ({ vi, en });

export const HOW_TO_FIX: Record<FindingCode, Bilingual> = {
  'layout.noScoresheet': fix(
    'Mở trang tính chứa biểu chấm điểm (có dòng tiêu đề STT, Điểm tối đa, Tự đánh giá) hoặc chèn biểu chấm điểm mẫu.',
    'Open the sheet holding the scoresheet (with the STT, Điểm tối đa, Tự đánh giá header row) or insert a blank scoresheet.',
  ),
  'layout.sheetNotFound': fix('Chọn lại trang tính trong "Trang tính và bộ tiêu chí…".', 'Choose the sheet again under "Sheet and criteria set…".'),
  'layout.noHeader': fix(
    'Đặt dòng tiêu đề cột (STT, Điểm tối đa, Tự đánh giá…) trong 30 dòng đầu của trang tính, đúng chữ như biểu mẫu.',
    'Put the column header row (STT, Điểm tối đa, Tự đánh giá…) within the first 30 rows, worded as in the template.',
  ),
  'layout.columnMissing': fix(
    'Thêm lại cột còn thiếu với tiêu đề như biểu mẫu (mã tiêu chí, Điểm tối đa, Tự đánh giá hoặc Thẩm định).',
    'Add the missing column back with its template heading (item code, Điểm tối đa, Tự đánh giá or Thẩm định).',
  ),
  'layout.missingItem': fix(
    'Chèn lại dòng của tiêu chí này đúng vị trí, với mã và điểm tối đa như bộ tiêu chí.',
    'Insert the row of this item back in its place, with the code and max of the criteria set.',
  ),
  'layout.extraRow': fix(
    'Xóa dòng thừa, hoặc sửa mã cho đúng mã trong bộ tiêu chí; nếu là ghi chú, chuyển ra cột ghi chú.',
    'Delete the extra row, or correct its code to one of the set; if it is a note, move it to the notes column.',
  ),
  'layout.duplicateCode': fix('Sửa mã của dòng lặp cho đúng, hoặc xóa dòng lặp.', 'Correct the code of the repeated row, or delete it.'),
  'layout.outOfOrder': fix('Di chuyển dòng về đúng thứ tự của bộ tiêu chí.', 'Move the row back into the order of the criteria set.'),
  'layout.titleChanged': fix('Chép lại tên tiêu chí đúng như bộ tiêu chí (không sửa nội dung tiêu chí).', 'Copy the item title back exactly as in the criteria set.'),
  'layout.maxChanged': fix('Trả điểm tối đa về đúng giá trị của bộ tiêu chí; không tự sửa điểm tối đa.', 'Put the max points back to the value of the criteria set.'),
  'layout.betterSetMatch': fix(
    'Chọn bộ tiêu chí (phiên bản) được gợi ý trong "Trang tính và bộ tiêu chí…", rồi kiểm tra lại.',
    'Choose the suggested criteria set (version) under "Sheet and criteria set…" and check again.',
  ),
  'layout.noSetMatched': fix(
    'Tạo bộ tiêu chí từ chính trang tính này hoặc nạp tệp bộ tiêu chí (.json) của tỉnh ("Tạo hoặc nạp bộ tiêu chí…").',
    'Build a criteria set from this sheet or load the province\'s set file (.json) ("Build or load a criteria set…").',
  ),
  'layout.rowsAfterTotal': fix(
    'Chuyển các dòng có điểm lên trên dòng tổng; dòng ghi chú dưới dòng tổng có thể để nguyên.',
    'Move the scored rows above the total row; notes below the total can stay.',
  ),
  'layout.columnNotRead': fix('Chỉ giữ tối đa hai vòng thẩm định trên biểu; chuyển các cột khác sang trang tính riêng.', 'Keep at most two appraisal rounds on the sheet; move other columns to a separate sheet.'),
  'layout.readingNote': fix('Không cần sửa; xem lại ô được nêu để chắc chắn đã đọc đúng.', 'Nothing to fix; look at the cell named to make sure it was read as meant.'),
  'layout.sheetsNotRead': fix('Không cần sửa; nếu biểu nằm ở trang tính khác, chọn trang tính đó.', 'Nothing to fix; if the scoresheet is on another sheet, choose that sheet.'),
  'layout.unknownDeclaredSet': fix(
    'Nạp tệp bộ tiêu chí mà biểu ghi ("Tạo hoặc nạp bộ tiêu chí…"), hoặc sửa dòng khai báo bộ tiêu chí trên biểu.',
    'Load the criteria set the sheet names ("Build or load a criteria set…"), or correct the set line on the sheet.',
  ),
  'score.notNumber': fix('Nhập điểm là một số (ví dụ 0,5), bỏ chữ và ký tự khác.', 'Type the score as a number (e.g. 0,5), without words or other characters.'),
  'score.excelError': fix('Sửa công thức của ô (ô tham chiếu bị xóa, chia cho 0…) hoặc nhập điểm là số.', 'Fix the cell\'s formula (deleted reference, division by 0…) or type the score as a number.'),
  'score.negative': fix('Nhập điểm từ 0 trở lên.', 'Type a score of 0 or more.'),
  'score.aboveMax': fix('Giảm điểm xuống không quá điểm tối đa của tiêu chí.', 'Lower the score to at most the item\'s max points.'),
  'score.notAllowed': fix('Chọn một trong các mức điểm mà tiêu chí cho phép (xem cột cách tính điểm).', 'Use one of the values the item allows (see its scoring column).'),
  'score.notStep': fix('Làm tròn điểm theo bước điểm của tiêu chí (ví dụ bội số của 0,25).', 'Round the score to the item\'s step (e.g. a multiple of 0,25).'),
  'score.tooManyDecimals': fix('Làm tròn điểm tới 2 chữ số thập phân.', 'Round the score to 2 decimals.'),
  'score.selfOnSurvey': fix('Để trống ô tự đánh giá của tiêu chí điều tra xã hội học; điểm này do Bộ Nội vụ chấm.', 'Leave the self-score of a survey item blank; it is scored by the Ministry.'),
  'score.naNotAllowed': fix('Chấm điểm cho tiêu chí này; chỉ ghi "Không áp dụng" khi tiêu chí cho phép miễn.', 'Score this item; write "Không áp dụng" only where the item can be exempted.'),
  'score.parentMismatch': fix('Sửa điểm dòng cha bằng tổng điểm các tiêu chí con (hoặc dùng công thức SUM).', 'Make the parent\'s score the sum of its children (or use a SUM formula).'),
  'score.declaredMismatch': fix('Đối chiếu số liệu kê khai và điểm tự đánh giá; sửa bên bị sai.', 'Compare the declared figure with the self-score and correct the wrong one.'),
  'score.readAsNumber': fix('Nhập điểm chỉ là số (bỏ "đ", "điểm"…), để lần sau không phải đoán.', 'Type only the number (no "đ", "điểm"…), so nothing has to be guessed.'),
  'score.formulaNoValue': fix('Mở tệp bằng Excel, bấm lưu để công thức có kết quả, rồi kiểm tra lại.', 'Open the file in Excel and save it so formulas get their results, then check again.'),
  'score.missing': fix('Nhập điểm; nếu đơn vị không đạt, nhập 0 để thể hiện rõ.', 'Type the score; if the unit did not earn it, type 0 to say so.'),
  'evidence.missing': fix(
    'Ghi tài liệu kiểm chứng (số, ký hiệu, ngày văn bản hoặc đường dẫn) hoặc giải trình ở cột tài liệu kiểm chứng.',
    'Enter the evidence (document number, date or link) or an explanation in the evidence column.',
  ),
  'evidence.noReference': fix('Ghi rõ số, ký hiệu và ngày ban hành văn bản, hoặc dán đường dẫn tới tài liệu.', 'Give the document\'s number and date, or paste a link to it.'),
  'evidence.outsideYear': fix('Thay bằng văn bản ban hành trong năm đánh giá, hoặc giải trình vì sao dùng văn bản này.', 'Use a document issued in the assessment year, or explain why this one applies.'),
  'appraisal.noNote': fix('Ghi ý kiến thẩm định giải thích vì sao điểm thẩm định khác điểm tự đánh giá.', 'Write the appraiser\'s note explaining why the appraised score differs.'),
  'appraisal.surveyMissing': fix('Nhập điểm điều tra xã hội học khi có kết quả (hoặc nạp bảng điểm điều tra trên trang kiểm tra).', 'Enter the survey points when they are published (or load the survey table on the checking page).'),
  'appraisal.roundTwoNoNote': fix('Ghi ý kiến thẩm định lần 2 cho tiêu chí được chấm lại.', 'Write the round-2 appraiser note for the re-appraised item.'),
  'appraisal.roundTwoAboveSelf': fix('Ghi lý do điểm lần 2 cao hơn điểm tự đánh giá, hoặc sửa lại điểm.', 'Give the reason the round-2 score exceeds the self-score, or correct it.'),
  'exemption.unconfirmed': fix('Đối chiếu văn bản chấp thuận miễn đánh giá của Sở Nội vụ; nạp bảng miễn đánh giá nếu có.', 'Check the Department of Home Affairs\' exemption letter; load the exemptions table if you have it.'),
  'exemption.notGranted': fix('Chấm điểm tiêu chí này, hoặc bổ sung chấp thuận miễn đánh giá của Sở Nội vụ.', 'Score this item, or obtain the Department of Home Affairs\' exemption.'),
  'exemption.notClaimed': fix('Ghi "Không áp dụng" cho tiêu chí được miễn, hoặc giữ điểm nếu đơn vị muốn được chấm.', 'Write "Không áp dụng" for the exempt item, or keep the score if the unit wants it scored.'),
  'exemption.tableMismatch': fix('Sửa mã trong bảng miễn đánh giá cho đúng mã của bộ tiêu chí.', 'Correct the code in the exemptions table to one of the criteria set.'),
  'internal.error': fix(
    'Không phải lỗi của biểu: bấm "Kiểm tra" lại; nếu vẫn lỗi, gửi tệp cho bộ phận hỗ trợ kèm nội dung thông báo.',
    'Not a fault of the sheet: click "Check" again; if it persists, send the file and this message to support.',
  ),
};
