/** Words of the summary sheet (Tổng hợp), Vietnamese first. */
import type { Severity } from '../findings/finding';
import type { Bilingual, Lang } from '../text/lang';

export const SUMMARY_SHEET_NAME = 'Tổng hợp';

export const SUMMARY_LABELS = {
  title: {
    vi: 'TỔNG HỢP KẾT QUẢ KIỂM TRA BIỂU TỰ ĐÁNH GIÁ, CHẤM ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH',
    en: 'PAR INDEX SCORESHEET CHECK SUMMARY',
  },
  unit: { vi: 'Đơn vị:', en: 'Unit:' },
  unitUnknown: { vi: '(biểu không ghi tên đơn vị)', en: '(the sheet does not name the unit)' },
  sheet: { vi: 'Trang tính:', en: 'Sheet:' },
  set: { vi: 'Bộ tiêu chí:', en: 'Criteria set:' },
  noSet: {
    vi: 'Không xác định được bộ tiêu chí: xem các phát hiện bên dưới.',
    en: 'No criteria set could be determined: see the findings below.',
  },
  noScores: {
    vi: 'Chưa tính được điểm: xem các phát hiện bên dưới để sửa biểu.',
    en: 'No scores could be computed: see the findings below to fix the sheet.',
  },
  code: { vi: 'Mã', en: 'Code' },
  area: { vi: 'Lĩnh vực', en: 'Area' },
  max: { vi: 'Điểm tối đa', en: 'Max points' },
  selfMax: { vi: 'Tối đa tự đánh giá (không gồm điều tra XHH)', en: 'Self-assessment max (survey left out)' },
  self: { vi: 'Điểm tự đánh giá', en: 'Self-assessed' },
  appraised: { vi: 'Điểm thẩm định', en: 'Appraised' },
  difference: { vi: 'Chênh lệch (thẩm định − tự đánh giá)', en: 'Difference (appraised − self)' },
  componentIndex: { vi: 'Chỉ số thành phần (%)', en: 'Component index (%)' },
  bonus: { vi: 'Điểm thưởng', en: 'Bonus points' },
  penalty: { vi: 'Điểm trừ', en: 'Penalty points' },
  total: { vi: 'Tổng cộng', en: 'Total' },
  index: { vi: 'Chỉ số CCHC (%)', en: 'PAR Index (%)' },
  notAppraised: { vi: 'Chưa có điểm thẩm định', en: 'Not appraised yet' },
  classification: { vi: 'Xếp loại', en: 'Classification' },
  onFinal: { vi: '(theo điểm sau thẩm định)', en: '(on the appraised score)' },
  onSelf: { vi: '(theo điểm tự đánh giá)', en: '(on the self-assessed score)' },
  noBands: { vi: 'Bộ tiêu chí không quy định xếp loại', en: 'The criteria set defines no classification' },
  noBandMatched: { vi: 'Không đạt mức xếp loại nào', en: 'No classification band reached' },
  counts: { vi: 'Số phát hiện theo mức độ', en: 'Findings by severity' },
  count: { vi: 'Số lượng', en: 'Count' },
  findings: { vi: 'Danh sách phát hiện (bấm vào ô để đến ô trên biểu)', en: 'Findings (click a cell to go to it)' },
  noFindings: { vi: 'Không có phát hiện nào.', en: 'No findings.' },
  no: { vi: 'STT', en: 'No.' },
  message: { vi: 'Nội dung', en: 'Message' },
  severity: { vi: 'Mức độ', en: 'Severity' },
  cell: { vi: 'Ô', en: 'Cell' },
  item: { vi: 'Tiêu chí', en: 'Item' },
  findingCode: { vi: 'Mã kiểm tra', en: 'Check code' },
  wholeSheet: { vi: '(cả biểu)', en: '(whole sheet)' },
} satisfies Record<string, Bilingual>;

export type SummaryLabel = keyof typeof SUMMARY_LABELS;

export function summaryLabel(key: SummaryLabel, lang: Lang): string {
  return SUMMARY_LABELS[key][lang];
}

const SEVERITY: Record<Severity, Bilingual> = {
  error: { vi: 'Lỗi', en: 'Error' },
  warning: { vi: 'Cảnh báo', en: 'Warning' },
  info: { vi: 'Lưu ý', en: 'Info' },
};

export function severityLabel(s: Severity, lang: Lang): string {
  return SEVERITY[s][lang];
}
