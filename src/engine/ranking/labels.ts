/**
 * Words of the ranking workbook. Sheet names stay Vietnamese whatever the language (links
 * point at them); headers and notes follow the chosen language, Vietnamese by default.
 */
import type { Severity } from '../findings/finding';
import type { Bilingual, Lang } from '../text/lang';
import type { RankBasis } from './rank';

export const SHEET_UNRANKED = 'Chưa xếp hạng';
export const SHEET_TRACKING = 'Theo dõi';
export const SHEET_SURVEY = 'Điểm XHH';
export const SHEET_FINDINGS = 'Phát hiện';
export const SHEET_REQUESTS = 'Đề nghị giải trình';
/** The sheet unit sheets link back to (every file is listed there). */
export const SHEET_RANKING = SHEET_TRACKING;
export const FIXED_SHEETS = [SHEET_UNRANKED, SHEET_TRACKING, SHEET_SURVEY, SHEET_FINDINGS, SHEET_REQUESTS];

const L = {
  rankingTitle: { vi: 'BẢNG XẾP HẠNG CHỈ SỐ CẢI CÁCH HÀNH CHÍNH', en: 'PAR INDEX RANKING' },
  rankingNote: {
    vi: 'Xếp hạng trong từng bộ tiêu chí (mã và phiên bản), theo chỉ số sau thẩm định nếu đã có, nếu chưa có thì theo chỉ số tự đánh giá.',
    en: 'Ranked within each criteria set (id and version), on the appraised index where it exists, else on the self-assessed index.',
  },
  tieNote: {
    vi: 'Các đơn vị có chỉ số bằng nhau khi làm tròn 2 chữ số thập phân được xếp đồng hạng (1, 2, 2, 4).',
    en: 'Units whose index is equal when rounded to 2 decimals share a rank (1, 2, 2, 4).',
  },
  rank: { vi: 'Hạng', en: 'Rank' },
  no: { vi: 'STT', en: 'No.' },
  unit: { vi: 'Đơn vị', en: 'Unit' },
  file: { vi: 'Tệp', en: 'File' },
  sheet: { vi: 'Sheet', en: 'Sheet' },
  set: { vi: 'Bộ tiêu chí (phiên bản)', en: 'Criteria set (version)' },
  basis: { vi: 'Căn cứ xếp hạng', en: 'Ranked on' },
  selfTotal: { vi: 'Điểm tự đánh giá', en: 'Self-assessed total' },
  finalTotal: { vi: 'Điểm sau thẩm định', en: 'Appraised total' },
  index: { vi: 'Chỉ số (%)', en: 'Index (%)' },
  classification: { vi: 'Xếp loại', en: 'Classification' },
  errors: { vi: 'Số lỗi', en: 'Errors' },
  warnings: { vi: 'Số cảnh báo', en: 'Warnings' },
  details: { vi: 'Chi tiết', en: 'Details' },
  open: { vi: 'Xem', en: 'Open' },
  back: { vi: '← Về bảng theo dõi', en: '← Back to the tracking sheet' },
  status: { vi: 'Tình trạng', en: 'Status' },
  missing: { vi: 'Còn thiếu', en: 'Missing' },
  duplicate: { vi: 'Trùng', en: 'Duplicate' },
  survey: { vi: 'Điều tra XHH', en: 'Survey' },
  surveyFromTable: { vi: 'Điểm XHH từ bảng', en: 'Survey points from the table' },
  unreadable: { vi: 'Không đọc được', en: 'Could not be read or ranked' },
  reason: { vi: 'Lý do', en: 'Reason' },
  mixed: {
    vi: 'Lưu ý: có đơn vị chưa có điểm thẩm định, được xếp theo chỉ số tự đánh giá.',
    en: 'Note: some units have no appraised scores yet and are ranked on their self-assessed index.',
  },
  severity: { vi: 'Mức độ', en: 'Severity' },
  cell: { vi: 'Ô', en: 'Cell' },
  item: { vi: 'Mã tiêu chí', en: 'Item' },
  findingCode: { vi: 'Mã phát hiện', en: 'Finding code' },
  message: { vi: 'Nội dung', en: 'Message' },
  title: { vi: 'Tiêu chí', en: 'Criterion' },
  max: { vi: 'Điểm tối đa', en: 'Max' },
  selfMax: { vi: 'Tối đa tự đánh giá', en: 'Self-assessed max' },
  self: { vi: 'Tự đánh giá', en: 'Self-assessed' },
  appraised: { vi: 'Thẩm định', en: 'Appraised' },
  difference: { vi: 'Chênh lệch', en: 'Difference' },
  componentIndex: { vi: 'Chỉ số thành phần (%)', en: 'Component index (%)' },
  areaCode: { vi: 'Mã', en: 'Code' },
  area: { vi: 'Lĩnh vực', en: 'Area' },
  points: { vi: 'Điểm', en: 'Points' },
  findings: { vi: 'Phát hiện', en: 'Findings' },
  noFindings: { vi: 'Không có phát hiện.', en: 'No findings.' },
  findingsTitle: { vi: 'CÁC PHÁT HIỆN CỦA TẤT CẢ CÁC TỆP', en: 'FINDINGS OF ALL FILES' },
  requestsTitle: { vi: 'DANH SÁCH ĐỀ NGHỊ GIẢI TRÌNH', en: 'EXPLANATION REQUESTS' },
  appraiserNote: { vi: 'Ý kiến thẩm định', en: 'Appraiser note' },
  finalRow: { vi: 'Sau thẩm định', en: 'Appraised' },
  notAppraised: { vi: 'Chưa có điểm thẩm định', en: 'Not appraised yet' },
} satisfies Record<string, Bilingual>;

export type LabelKey = keyof typeof L;

export function label(key: LabelKey, lang: Lang): string {
  return L[key][lang];
}

export function areaHeader(code: string, lang: Lang): string {
  return lang === 'vi' ? `LV ${code} (%)` : `Area ${code} (%)`;
}

export function basisLabel(basis: RankBasis, lang: Lang): string {
  if (basis === 'final') return lang === 'vi' ? 'Chỉ số sau thẩm định' : 'Appraised index';
  return lang === 'vi' ? 'Chỉ số tự đánh giá' : 'Self-assessed index';
}

export function severityLabel(severity: Severity, lang: Lang): string {
  const words: Record<Severity, Bilingual> = {
    error: { vi: 'Lỗi', en: 'Error' },
    warning: { vi: 'Cảnh báo', en: 'Warning' },
    info: { vi: 'Lưu ý', en: 'Note' },
  };
  return words[severity][lang];
}

export function setLabel(set: { id: string; version: string }): string {
  return `${set.id} (${set.version})`;
}
