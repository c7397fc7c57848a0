/** Vietnamese texts of the task pane (the default language). */
import type { Strings } from './strings';

export const vi: Strings = {
  langName: 'Tiếng Việt',
  appTitle: 'Kiểm tra biểu chấm điểm Chỉ số CCHC',
  languageLabel: 'Ngôn ngữ',

  sheetLabel: 'Trang tính được đọc',
  sheetAuto: (picked) => (picked ? `Tự chọn (${picked})` : 'Tự chọn'),
  setLabel: 'Bộ tiêu chí',
  setAuto: 'Tự nhận diện',
  setHow: {
    forced: 'do bạn chọn',
    declared: 'theo khai báo trên biểu',
    matched: 'nhận diện theo nội dung biểu',
    settings: 'theo thiết lập lưu trong tệp',
  },
  unitLabel: 'Đơn vị',
  unitUnknown: '(không thấy tên đơn vị trên biểu)',
  noSetMatched: 'Chưa khớp bộ tiêu chí nào: hãy chọn bộ tiêu chí trong danh sách.',

  check: 'Kiểm tra',
  checking: 'Đang kiểm tra…',
  flag: 'Đánh dấu trên bảng',
  unflag: 'Xóa đánh dấu',
  summary: 'Tạo bảng tổng hợp',
  actionsLabel: 'Thao tác',
  flaggedCells: (n) => `Đã đánh dấu ${n} ô trên bảng.`,
  clearedCells: (n) => `Đã xóa đánh dấu ở ${n} ô.`,
  summaryWritten: (sheet) => `Đã ghi bảng tổng hợp vào trang tính "${sheet}".`,
  nothingToFlag: 'Không có phát hiện nào gắn với ô để đánh dấu.',
  needCheckFirst: 'Hãy bấm "Kiểm tra" trước.',

  tabFindings: 'Phát hiện',
  tabScores: 'Điểm',
  tabAppraiser: 'Thẩm định',
  tabTemplate: 'Biểu mẫu',
  tabCriteria: 'Bộ tiêu chí',
  tabsLabel: 'Các phần của ngăn',
  severityWord: { error: 'Lỗi', warning: 'Cảnh báo', info: 'Lưu ý' },
  severityPlural: { error: 'Lỗi', warning: 'Cảnh báo', info: 'Lưu ý' },
  generalArea: 'Chung (cả trang tính)',
  areaHeading: (code, title) => (title ? `Lĩnh vực ${code}. ${title}` : `Lĩnh vực ${code}`),
  noFindings: 'Không có lỗi hay cảnh báo nào.',
  startHint: 'Bấm "Kiểm tra" để đọc biểu chấm điểm đang mở, tính điểm và tìm lỗi.',
  findingGoTo: (cell) => `Chọn ô ${cell}`,
  wholeSheet: 'cả trang tính',
  announceResult: (sheet, e, w, i) =>
    `Đã kiểm tra trang tính "${sheet}": ${e} lỗi, ${w} cảnh báo, ${i} thông tin.`,
  recheckedAfterEdit: 'Đã kiểm tra lại sau khi bảng tính thay đổi.',

  scoresCaption: 'Điểm theo lĩnh vực',
  colArea: 'Lĩnh vực',
  colMax: 'Tối đa',
  colSelf: 'Tự đánh giá',
  colAppraised: 'Thẩm định',
  colIndex: 'Chỉ số TP (%)',
  totalSelf: 'Tổng điểm tự đánh giá',
  totalFinal: 'Tổng điểm sau thẩm định',
  indexLabel: 'Chỉ số',
  classification: 'Xếp loại',
  classifiedOn: { final: 'theo điểm thẩm định', self: 'theo điểm tự đánh giá' },
  notAppraised: 'chưa thẩm định',
  noScores: 'Chưa tính được điểm: cần đọc được biểu và khớp một bộ tiêu chí.',

  appraiserCaption: 'So sánh tự đánh giá và thẩm định (không gồm điểm điều tra XHH)',
  colAppraisedNoSurvey: 'Thẩm định',
  colDifference: 'Chênh lệch',
  colSurvey: 'XHH',
  totalRow: 'Tổng',
  noAppraisedColumn:
    'Biểu chưa có điểm thẩm định. Thêm cột "Thẩm định" (hoặc "Điểm thẩm định") và nhập điểm để so sánh.',
  changesWithoutNote: (n) => `${n} điểm thẩm định khác điểm tự đánh giá nhưng chưa có ý kiến thẩm định:`,
  allChangesHaveNotes: 'Mọi điểm thẩm định khác tự đánh giá đều đã có ý kiến thẩm định.',

  templateIntro: 'Chèn một trang tính mới chứa biểu chấm điểm trống theo bộ tiêu chí đã chọn.',
  templateSet: 'Bộ tiêu chí cho biểu mẫu',
  templateUnit: 'Tên cơ quan, đơn vị (không bắt buộc)',
  templateInsert: 'Chèn bảng điểm mẫu',
  templateInserted: (sheet) => `Đã chèn biểu mẫu vào trang tính mới "${sheet}".`,

  knownSets: 'Các bộ tiêu chí đang có',
  setCreated: (title) => `Đã thêm bộ tiêu chí "${title}". Bấm "Kiểm tra" để dùng.`,

  emptyWorkbook:
    'Sổ làm việc đang trống: chưa có trang tính nào có dữ liệu. Hãy mở tệp biểu chấm điểm hoặc dùng thẻ "Biểu mẫu" để chèn bảng điểm mẫu.',
  emptySheet: (sheet) =>
    `Trang tính "${sheet}" đang trống. Hãy chọn trang tính có biểu chấm điểm trong danh sách "Trang tính được đọc".`,
  notScoresheet: (sheet) =>
    `Không tìm thấy biểu chấm điểm trong "${sheet}". Biểu cần có dòng tiêu đề cột (STT, Điểm tối đa, Tự đánh giá…). Hãy chọn đúng trang tính hoặc chèn bảng điểm mẫu.`,
  noHeader: (sheet) =>
    `Không thấy dòng tiêu đề cột trong "${sheet}" (ví dụ STT, Điểm tối đa, Tự đánh giá). Hãy kiểm tra lại tiêu đề cột trong 30 dòng đầu.`,
  protectedSheet: (sheet) =>
    `Trang tính "${sheet}" đang được bảo vệ nên không ghi được. Hãy bỏ bảo vệ (Xem lại › Bỏ bảo vệ trang tính) rồi thử lại.`,
  writeFailed: (what, detail) => `Không ${what} được: ${detail}`,
  readFailed: (detail) => `Không đọc được sổ làm việc: ${detail}. Hãy đóng hộp thoại đang mở trong Excel (nếu có) rồi bấm "Kiểm tra" lại.`,
  unknownError: 'lỗi không rõ nguyên nhân. Hãy thử lại; nếu vẫn lỗi, lưu tệp, đóng và mở lại Excel.',
  whatFlag: 'đánh dấu trên bảng',
  whatUnflag: 'xóa đánh dấu',
  whatSummary: 'tạo bảng tổng hợp',
  whatTemplate: 'chèn bảng điểm mẫu',
  whatSelect: 'chọn ô',

  officeTimeoutTitle: 'Excel chưa phản hồi',
  officeTimeoutBody:
    'Không kết nối được với Excel (Office.js) sau 8 giây. Mạng cơ quan có thể đang chặn tải thư viện của Office. Hãy tải lại ngăn, hoặc mở trang kiểm tra trên trình duyệt và chọn tệp .xlsx để kiểm tra.',
  openFileMode: 'Mở trang kiểm tra tệp .xlsx',
  checkerLink: 'Mở trang kiểm tra trong cửa sổ trình duyệt mới',
  loading: 'Đang tải…',
  fileModeFailed: 'Không tải được trang kiểm tra tệp tại đây. Hãy tải lại trang, hoặc mở trang kiểm tra theo liên kết dưới đây.',
  dismiss: 'Đóng thông báo',
};
