/**
 * Texts of the browser checking page that the task pane does not have. The pane's own
 * dictionary (src/taskpane/i18n) still provides the shared words (scores table, severities,
 * language switch); these two dictionaries implement one interface so neither language can
 * miss a text.
 */
import type { Lang } from '../engine/text/lang';

export interface CheckerStrings {
  pageTitle: string;
  intro: string;
  privacy: string;
  dropLabel: string;
  dropHint: string;
  pick: string;
  overviewCaption: string;
  colFile: string;
  colUnit: string;
  colSet: string;
  colSelfIndex: string;
  colFinalIndex: string;
  colClassification: string;
  colErrors: string;
  colWarnings: string;
  colStatus: string;
  statusReading: string;
  statusChecked: string;
  statusFailed: string;
  progress: (done: number, total: number) => string;
  allDone: (checked: number, failed: number) => string;
  cannotCheck: string;
  sheetRead: (sheet: string) => string;
  setLine: (id: string, version: string, title: string) => string;
  noSet: string;
  downloadFlagged: string;
  noFlags: string;
  flaggedHint: (name: string, cells: number) => string;
  downloadRanking: string;
  rankingHint: string;
  remove: (file: string) => string;
  clearAll: string;
  downloadFailed: (detail: string) => string;
  downloaded: (name: string) => string;
  notChecked: string;
  replyOf: string;
  replyPaired: (file: string) => string;
  replyUnpaired: (file: string | null) => string;
  colRank: string;
  overviewHint: string;
  showDetails: (file: string) => string;
  hideDetails: (file: string) => string;
  showDetailsShort: string;
  hideDetailsShort: string;
  statusWaiting: string;
  summaryLine: (index: string | null, classification: string | null, errors: number, warnings: number) => string;
  sheetsInFile: (n: number) => string;
  renamed: (pairs: { from: string; to: string }[]) => string;
  cardsCollapsed: string;
  waitingFiles: (n: number) => string;
  showList: (n: number) => string;
}

const vi: CheckerStrings = {
  pageTitle: 'Kiểm tra biểu chấm điểm Chỉ số CCHC trên trình duyệt',
  intro:
    'Chọn hoặc kéo thả một hay nhiều tệp biểu chấm điểm .xlsx (và phiếu giải trình đơn vị gửi lại): mỗi tệp được đọc, tính điểm và tìm lỗi ngay trên trình duyệt. Có thể tải bản đã đánh dấu lỗi của từng tệp, sổ kết quả xếp hạng theo khối và phiếu đề nghị giải trình của từng đơn vị.',
  privacy: 'Tệp chỉ được đọc trên máy này: trang không gửi tệp hay dữ liệu nào đi đâu.',
  dropLabel: 'Vùng thả tệp .xlsx',
  dropHint: 'Kéo thả tệp .xlsx vào đây, hoặc',
  pick: 'Chọn tệp .xlsx…',
  overviewCaption: 'Tổng quan các tệp đã kiểm tra',
  colFile: 'Tệp',
  colUnit: 'Đơn vị',
  colSet: 'Bộ tiêu chí',
  colSelfIndex: 'Chỉ số tự đánh giá (%)',
  colFinalIndex: 'Chỉ số sau thẩm định (%)',
  colClassification: 'Xếp loại',
  colErrors: 'Lỗi',
  colWarnings: 'Cảnh báo',
  colStatus: 'Trạng thái',
  statusReading: 'Đang đọc và kiểm tra…',
  statusChecked: 'Đã kiểm tra',
  statusFailed: 'Không kiểm tra được',
  progress: (done, total) => `Đang kiểm tra: xong ${done}/${total} tệp.`,
  allDone: (checked, failed) =>
    failed === 0 ? `Đã kiểm tra ${checked} tệp.` : `Đã kiểm tra ${checked} tệp; ${failed} tệp không đọc được (xem lý do bên dưới).`,
  cannotCheck: 'Không kiểm tra được tệp này',
  sheetRead: (sheet) => `Trang tính được đọc: "${sheet}"`,
  setLine: (id, version, title) => `${id} (phiên bản ${version}) — ${title}`,
  noSet: 'chưa khớp bộ tiêu chí nào (xem phát hiện bên dưới)',
  downloadFlagged: 'Tải bản đã đánh dấu lỗi',
  noFlags: 'Không có phát hiện nào gắn với ô nên không cần bản đánh dấu.',
  flaggedHint: (name, cells) => `Tệp mới "${name}" đánh dấu ${cells} ô; tệp gốc của bạn không bị thay đổi.`,
  downloadRanking: 'Tải bảng xếp hạng (.xlsx)',
  rankingHint:
    'Bảng xếp hạng gồm: xếp hạng các đơn vị (trong từng bộ tiêu chí), một sheet cho mỗi đơn vị, danh sách phát hiện và danh sách đề nghị giải trình.',
  remove: (file) => `Bỏ tệp "${file}"`,
  clearAll: 'Bỏ tất cả tệp',
  downloadFailed: (detail) =>
    `Không tạo được tệp tải xuống: ${detail}. Hãy tải lại trang và thử lại; nếu vẫn lỗi, mở tệp bằng Excel, lưu thành tệp .xlsx mới rồi kiểm tra lại.`,
  downloaded: (name) => `Đã tạo tệp "${name}" (xem thư mục Tải xuống của trình duyệt).`,
  notChecked: '—',
  replyOf: 'Phiếu giải trình đơn vị gửi lại',
  replyPaired: (file) => `Đã ghép với biểu "${file}": các câu trả lời hiện bên từng tiêu chí của biểu đó.`,
  replyUnpaired: (file) =>
    `Chưa ghép với biểu nào: hãy chọn thêm biểu chấm điểm của đơn vị${file ? ` (tệp "${file}")` : ''} để đưa giải trình vào thẩm định lần 2.`,
  colRank: 'Hạng',
  overviewHint: 'Xếp theo hạng trong từng khối (chỉ biểu đã đủ điểm mới có hạng), rồi các biểu chưa xếp hạng và tệp không đọc được. Bấm tên tệp để xem chi tiết.',
  showDetails: (file) => `Xem chi tiết tệp "${file}"`,
  hideDetails: (file) => `Thu gọn tệp "${file}"`,
  showDetailsShort: 'Xem chi tiết',
  hideDetailsShort: 'Thu gọn',
  statusWaiting: 'Đang chờ kiểm tra…',
  summaryLine: (index, classification, errors, warnings) =>
    [index === null ? 'chưa có chỉ số' : `chỉ số ${index}%`, classification, `${errors} lỗi`, `${warnings} cảnh báo`].filter(Boolean).join(' · '),
  sheetsInFile: (n) => `${n} biểu trong tệp`,
  renamed: (pairs) =>
    `Trên trang đã có tệp cùng tên nên tệp mới chọn được giữ riêng, với tên khác (tệp cũ không bị thay): ${pairs
      .map((p) => `"${p.from}" → "${p.to}"`)
      .join('; ')}. Nếu tệp mới là bản sửa của cùng đơn vị, hãy bấm ✕ trên thẻ của tệp cũ để bỏ tệp cũ.`,
  waitingFiles: (n) => `Đang chờ kiểm tra: ${n} tệp.`,
  showList: (n) => `Danh sách (${n} dòng)`,
  cardsCollapsed: 'Có nhiều tệp nên mỗi thẻ chỉ hiện tóm tắt; bấm "Xem chi tiết" trên thẻ hoặc tên tệp trong bảng tổng quan để xem điểm và phát hiện.',
};

const en: CheckerStrings = {
  pageTitle: 'PAR Index scoresheet check in the browser',
  intro:
    'Pick or drop one or more .xlsx scoresheets (and the explanation requests units send back): each file is read, scored and checked right here in the browser. You can download a flagged copy of each file, the results workbook ranked by block and each unit\'s explanation request.',
  privacy: 'Files are read on this computer only: the page sends no file and no data anywhere.',
  dropLabel: 'Drop area for .xlsx files',
  dropHint: 'Drop .xlsx files here, or',
  pick: 'Choose .xlsx files…',
  overviewCaption: 'Overview of the checked files',
  colFile: 'File',
  colUnit: 'Unit',
  colSet: 'Criteria set',
  colSelfIndex: 'Self-assessed index (%)',
  colFinalIndex: 'Index after appraisal (%)',
  colClassification: 'Classification',
  colErrors: 'Errors',
  colWarnings: 'Warnings',
  colStatus: 'Status',
  statusReading: 'Reading and checking…',
  statusChecked: 'Checked',
  statusFailed: 'Could not be checked',
  progress: (done, total) => `Checking: ${done} of ${total} files done.`,
  allDone: (checked, failed) =>
    failed === 0
      ? `Checked ${checked} ${checked === 1 ? 'file' : 'files'}.`
      : `Checked ${checked} ${checked === 1 ? 'file' : 'files'}; ${failed} could not be read (see the reasons below).`,
  cannotCheck: 'This file could not be checked',
  sheetRead: (sheet) => `Sheet read: "${sheet}"`,
  setLine: (id, version, title) => `${id} (version ${version}) — ${title}`,
  noSet: 'no criteria set matched (see the findings below)',
  downloadFlagged: 'Download the flagged copy',
  noFlags: 'No finding is tied to a cell, so there is no flagged copy to make.',
  flaggedHint: (name, cells) =>
    `The new file "${name}" flags ${cells} ${cells === 1 ? 'cell' : 'cells'}; your original file is not changed.`,
  downloadRanking: 'Download the ranking workbook (.xlsx)',
  rankingHint:
    'The ranking workbook holds the ranking of the units (within each criteria set), one sheet per unit, the list of findings and the explanation requests.',
  remove: (file) => `Remove "${file}"`,
  clearAll: 'Remove all files',
  downloadFailed: (detail) =>
    `Could not make the download: ${detail}. Reload the page and try again; if it still fails, open the file in Excel, save it as a new .xlsx and check it again.`,
  downloaded: (name) => `Made the file "${name}" (see the browser's Downloads folder).`,
  notChecked: '—',
  replyOf: 'Explanation request sent back by',
  replyPaired: (file) => `Paired with the sheet "${file}": the answers are shown next to its items.`,
  replyUnpaired: (file) => `Not paired with any sheet: add the unit's scoresheet${file ? ` (the file "${file}")` : ''} to carry the answers into round two.`,
  colRank: 'Rank',
  overviewHint: 'Ordered by rank within each block (only complete sheets are ranked), then the sheets not ranked and the files that could not be read. Click a file name to see its details.',
  // The visible words start the name (axe: label-content-name-mismatch; voice control users say them).
  showDetails: (file) => `Show details of "${file}"`,
  hideDetails: (file) => `Hide details of "${file}"`,
  showDetailsShort: 'Show details',
  hideDetailsShort: 'Hide details',
  statusWaiting: 'Waiting to be checked…',
  summaryLine: (index, classification, errors, warnings) =>
    [
      index === null ? 'no index yet' : `index ${index}%`,
      classification,
      `${errors} ${errors === 1 ? 'error' : 'errors'}`,
      `${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`,
    ]
      .filter(Boolean)
      .join(' · '),
  sheetsInFile: (n) => `${n} sheets in the file`,
  renamed: (pairs) =>
    `A file of the same name is already on the page, so the new one is kept apart under another name (the old one is not replaced): ${pairs
      .map((p) => `"${p.from}" → "${p.to}"`)
      .join('; ')}. If the new file is the same unit's corrected sheet, press ✕ on the old file's card to remove it.`,
  waitingFiles: (n) => `Waiting to be checked: ${n} ${n === 1 ? 'file' : 'files'}.`,
  showList: (n) => `The list (${n} ${n === 1 ? 'line' : 'lines'})`,
  cardsCollapsed: 'With many files each card shows a summary only; press "Show details" on a card or a file name in the overview to see its scores and findings.',
};

export function checkerStrings(lang: Lang): CheckerStrings {
  return lang === 'vi' ? vi : en;
}
