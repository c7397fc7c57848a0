/** Texts of the page's season parts: statuses, ranking per block, survey table, requests and answers. */
import type { Lang } from '../engine/text/lang';

export interface ResultsStrings {
  resultsHeading: string;
  blockHeading: (title: string, id: string, version: string) => string;
  chartTitle: (block: string) => string;
  chartDesc: (n: number) => string;
  rankedCaption: string;
  notRankedCaption: (n: number) => string;
  outsideHeading: string;
  outsideCaption: string;
  nothingRanked: string;
  rankRule: string;
  colRank: string;
  colUnit: string;
  colFile: string;
  colIndex: string;
  colTotal: string;
  colClassification: string;
  colStatus: string;
  colMissing: string;
  colSheet: string;
  duplicate: string;
  surveyHeading: string;
  surveyIntro: string;
  surveyPick: string;
  surveyRemove: string;
  surveyLoaded: (name: string, rows: number, columns: string) => string;
  surveyNoCodes: string;
  surveyReadFailed: (name: string, why: string) => string;
  surveyProblems: string;
  surveyRowsWithout: (n: number) => string;
  surveyFilesWithout: (n: number) => string;
  surveyAllMatched: string;
  surveyNotUsed: string;
  surveyUsedLine: (n: number, source: string, row: number) => string;
  downloadResults: string;
  resultsHint: string;
  downloadRequests: string;
  requestsHint: (units: number, items: number) => string;
  noRequests: string;
  requestsDeadline: string;
  requestsDeadlineHint: string;
  requestsZipped: (name: string, units: number) => string;
  unitRequests: (n: number) => string;
  downloadUnitRequests: string;
  answersHeading: string;
  answersPick: string;
  answersNotReply: (file: string) => string;
  answersOtherUnit: (file: string, unit: string) => string;
  answersCounts: (answered: number, partial: number, unanswered: number, notSent: number) => string;
  answersCaption: string;
  colItem: string;
  colAsked: string;
  colNote: string;
  colExplanation: string;
  colEvidence: string;
  colAnswerState: string;
  answerState: { answered: string; partial: string; unanswered: string; notSent: string };
  askedWord: { explain: string; evidence: string; both: string };
  settled: string;
  answersFrom: (file: string, deadline: string | null) => string;
  selfMaxNote: string;
}

const vi: ResultsStrings = {
  resultsHeading: 'Kết quả và xếp hạng',
  blockHeading: (title, id, version) => `Khối: ${title} (${id}, phiên bản ${version})`,
  chartTitle: (block) => `Biểu đồ chỉ số CCHC (%) các đơn vị đã đủ điểm — ${block}`,
  chartDesc: (n) => `${n} đơn vị, xếp theo thứ hạng; mỗi thanh ghi thứ hạng, tên đơn vị và chỉ số.`,
  rankedCaption: 'Xếp hạng (chỉ các kết quả đã đủ điểm thẩm định và điểm điều tra XHH)',
  notRankedCaption: (n) => `Chưa xếp hạng (${n} tệp): trạng thái và những gì còn thiếu`,
  outsideHeading: 'Tệp không thuộc khối nào',
  outsideCaption: 'Không đọc được hoặc không khớp bộ tiêu chí nào',
  nothingRanked: 'Chưa có đơn vị nào đủ điểm để xếp hạng trong khối này.',
  rankRule:
    'Chỉ số = (điểm thẩm định + điểm điều tra XHH + điểm thưởng − điểm trừ) / điểm tối đa. Chỉ xếp hạng kết quả đã đủ điểm; chỉ số bằng nhau (làm tròn 2 chữ số) cùng hạng.',
  colRank: 'Hạng',
  colUnit: 'Đơn vị',
  colFile: 'Tệp',
  colIndex: 'Chỉ số (%)',
  colTotal: 'Tổng điểm',
  colClassification: 'Xếp loại',
  colStatus: 'Trạng thái',
  colMissing: 'Còn thiếu / ghi chú',
  colSheet: 'Trang tính',
  duplicate: 'Trùng',
  surveyHeading: 'Bảng điểm điều tra xã hội học',
  surveyIntro:
    'Một dòng cho mỗi đơn vị (cột "Đơn vị", tên như trên biểu), một cột cho mỗi mã tiêu chí điều tra XHH (hoặc mỗi lĩnh vực). Điểm chỉ được dùng cho tiêu chí còn trống trên biểu của đơn vị.',
  surveyPick: 'Nạp bảng điểm điều tra XHH (.xlsx, .csv)…',
  surveyRemove: 'Bỏ bảng điểm điều tra XHH',
  surveyLoaded: (name, rows, columns) => `Đang dùng bảng "${name}": ${rows} đơn vị; cột điểm: ${columns}.`,
  surveyNoCodes: 'không có cột nào mang mã tiêu chí',
  surveyReadFailed: (name, why) => `Không đọc được bảng "${name}": ${why}`,
  surveyProblems: 'Những điểm của bảng không dùng được:',
  surveyRowsWithout: (n) => `${n} đơn vị trong bảng chưa có biểu nào được kiểm tra:`,
  surveyFilesWithout: (n) => `${n} biểu không có dòng trong bảng:`,
  surveyAllMatched: 'Mọi biểu đã kiểm tra đều có dòng trong bảng và mọi dòng của bảng đều khớp một biểu.',
  surveyNotUsed: 'Điểm trong bảng không được dùng:',
  surveyUsedLine: (n, source, row) => `${n} điểm điều tra XHH lấy từ bảng "${source}" (dòng ${row}).`,
  downloadResults: 'Tải sổ kết quả (.xlsx)',
  resultsHint:
    'Sổ kết quả gồm: xếp hạng từng khối (chỉ kết quả đã đủ điểm), các đơn vị chưa xếp hạng với trạng thái, danh sách phát hiện và đề nghị giải trình.',
  downloadRequests: 'Tải phiếu đề nghị giải trình (.zip)',
  requestsHint: (units, items) => `Mỗi đơn vị một tệp .xlsx (${units} đơn vị, ${items} tiêu chí cần giải trình), gói trong một tệp .zip.`,
  noRequests: 'Chưa có đơn vị nào cần giải trình (không có điểm thẩm định thấp hơn tự đánh giá hay thiếu tài liệu kiểm chứng).',
  requestsDeadline: 'Hạn gửi giải trình (dd/mm/yyyy, không bắt buộc)',
  requestsDeadlineHint: 'Để trống: phiếu để dòng hạn gửi cho người ký điền tay.',
  requestsZipped: (name, units) => `Đã tạo tệp "${name}" gồm ${units} phiếu đề nghị giải trình (xem thư mục Tải xuống của trình duyệt).`,
  unitRequests: (n) => `${n} tiêu chí cần đơn vị giải trình`,
  downloadUnitRequests: 'Tải phiếu đề nghị giải trình của đơn vị',
  answersHeading: 'Giải trình của đơn vị',
  answersPick: 'Nạp phiếu giải trình đơn vị gửi lại (.xlsx)…',
  answersNotReply: (file) =>
    `"${file}" không phải phiếu đề nghị giải trình do chương trình tạo (không thấy dấu nhận diện). Hãy chọn đúng tệp đơn vị gửi lại.`,
  answersOtherUnit: (file, unit) => `"${file}" là phiếu của đơn vị "${unit}", không phải của biểu này. Hãy nạp nó bên cạnh biểu của đơn vị đó.`,
  answersCounts: (a, p, u, n) => `Đã trả lời ${a}, trả lời một phần ${p}, chưa trả lời ${u}` + (n ? `, chưa gửi ${n}` : '') + '.',
  answersCaption: 'Các đề nghị giải trình và câu trả lời của đơn vị',
  colItem: 'Tiêu chí',
  colAsked: 'Đề nghị',
  colNote: 'Ý kiến thẩm định',
  colExplanation: 'Giải trình của đơn vị',
  colEvidence: 'Tài liệu bổ sung',
  colAnswerState: 'Tình trạng',
  answerState: { answered: 'Đã trả lời', partial: 'Trả lời một phần', unanswered: 'Chưa trả lời', notSent: 'Chưa gửi đơn vị' },
  askedWord: { explain: 'Giải trình', evidence: 'Bổ sung tài liệu', both: 'Giải trình và bổ sung tài liệu' },
  settled: '(nay không còn cần giải trình)',
  answersFrom: (file, deadline) => `Phiếu "${file}"` + (deadline ? `, hạn gửi ${deadline}` : '') + '.',
  selfMaxNote: 'tối đa tự đánh giá',
};

const en: ResultsStrings = {
  resultsHeading: 'Results and ranking',
  blockHeading: (title, id, version) => `Block: ${title} (${id}, version ${version})`,
  chartTitle: (block) => `PAR Index (%) of the units with complete results — ${block}`,
  chartDesc: (n) => `${n} units by rank; each bar gives the rank, the unit and its index.`,
  rankedCaption: 'Ranking (complete results only: appraised and survey points in)',
  notRankedCaption: (n) => `Not ranked (${n} ${n === 1 ? 'file' : 'files'}): status and what is missing`,
  outsideHeading: 'Files in no block',
  outsideCaption: 'Unreadable, or matching no criteria set',
  nothingRanked: 'No unit of this block has a complete result to rank yet.',
  rankRule:
    'Index = (appraised + survey + bonus − penalty points) / max points. Only complete results are ranked; equal indices (2 decimals) share a rank.',
  colRank: 'Rank',
  colUnit: 'Unit',
  colFile: 'File',
  colIndex: 'Index (%)',
  colTotal: 'Total',
  colClassification: 'Classification',
  colStatus: 'Status',
  colMissing: 'Missing / note',
  colSheet: 'Sheet',
  duplicate: 'Duplicate',
  surveyHeading: 'Survey points table',
  surveyIntro:
    'One row per unit (a "Đơn vị" column, names as on the sheets), one column per survey item code (or per area). Points are used only for survey items left blank on the unit\'s sheet.',
  surveyPick: 'Load the survey table (.xlsx, .csv)…',
  surveyRemove: 'Remove the survey table',
  surveyLoaded: (name, rows, columns) => `Using the table "${name}": ${rows} units; point columns: ${columns}.`,
  surveyNoCodes: 'no column carries an item code',
  surveyReadFailed: (name, why) => `The table "${name}" could not be read: ${why}`,
  surveyProblems: 'Values of the table that cannot be used:',
  surveyRowsWithout: (n) => (n === 1 ? '1 unit of the table has no checked sheet:' : `${n} units of the table have no checked sheet:`),
  surveyFilesWithout: (n) => `${n} ${n === 1 ? 'sheet has' : 'sheets have'} no row in the table:`,
  surveyAllMatched: 'Every checked sheet has a row in the table and every row matches a sheet.',
  surveyNotUsed: 'Table values not used:',
  surveyUsedLine: (n, source, row) => `${n} survey ${n === 1 ? 'point value' : 'point values'} taken from the table "${source}" (row ${row}).`,
  downloadResults: 'Download the results workbook (.xlsx)',
  resultsHint:
    'The results workbook holds each block\'s ranking (complete results only), the units not ranked with their status, the findings and the explanation requests.',
  downloadRequests: 'Download the explanation requests (.zip)',
  requestsHint: (units, items) => `One .xlsx per unit (${units} ${units === 1 ? 'unit' : 'units'}, ${items} items to explain), in one .zip file.`,
  noRequests: 'No unit has anything to explain yet (no appraised score below the self score, no missing evidence).',
  requestsDeadline: 'Deadline for the answers (dd/mm/yyyy, optional)',
  requestsDeadlineHint: 'Left blank: the request leaves the deadline line for the signer to fill in.',
  requestsZipped: (name, units) => `Made the file "${name}" with ${units} explanation ${units === 1 ? 'request' : 'requests'} (see the browser's Downloads folder).`,
  unitRequests: (n) => `${n} ${n === 1 ? 'item' : 'items'} the unit is asked to explain`,
  downloadUnitRequests: "Download this unit's explanation request",
  answersHeading: "The unit's answers",
  answersPick: 'Load the answers the unit sent back (.xlsx)…',
  answersNotReply: (file) => `"${file}" is not an explanation request made by this checker (its mark is missing). Choose the file the unit sent back.`,
  answersOtherUnit: (file, unit) => `"${file}" is the request of "${unit}", not of this sheet. Load it beside that unit's sheet.`,
  answersCounts: (a, p, u, n) => `Answered ${a}, partly answered ${p}, not answered ${u}` + (n ? `, not sent ${n}` : '') + '.',
  answersCaption: "Explanation requests and the unit's answers",
  colItem: 'Item',
  colAsked: 'Asked',
  colNote: "Appraiser's note",
  colExplanation: "Unit's explanation",
  colEvidence: 'Added evidence',
  colAnswerState: 'State',
  answerState: { answered: 'Answered', partial: 'Partly answered', unanswered: 'Not answered', notSent: 'Not sent to the unit' },
  askedWord: { explain: 'Explain', evidence: 'Add evidence', both: 'Explain and add evidence' },
  settled: '(no longer needs an explanation)',
  answersFrom: (file, deadline) => `Request "${file}"` + (deadline ? `, due ${deadline}` : '') + '.',
  selfMaxNote: 'self max',
};

export function resultsStrings(lang: Lang): ResultsStrings {
  return lang === 'vi' ? vi : en;
}
