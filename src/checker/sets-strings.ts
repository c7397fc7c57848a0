/** Texts of the page's "Bộ tiêu chí" section (criteria sets: load, build, keep, remove). */
import type { UnitLevel } from '../engine/criteria/schema';
import type { Lang } from '../engine/text/lang';

export interface SetsStrings {
  heading: string;
  intro: string;
  listLabel: string;
  load: string;
  build: string;
  closeBuild: string;
  source: { bundled: string; kept: string; session: string };
  illustrative: string;
  draft: string;
  levelYear: (level: UnitLevel, year: number) => string;
  remove: (title: string) => string;
  removeShort: string;
  removed: (id: string, version: string) => string;
  loaded: (file: string, id: string, version: string, title: string) => string;
  notLoaded: (file: string, n: number) => string;
  unreadable: (file: string) => string;
  colPlace: string;
  colItem: string;
  colProblem: string;
  wholeFile: string;
  line: (line: number, column?: number) => string;
  templatePick: string;
  templateHint: string;
  templateSheet: string;
  templateReading: string;
  templateOpenFailed: (file: string, why: string) => string;
  templateFile: (file: string) => string;
  jsonSaved: (name: string) => string;
}

const levelsVi: Record<UnitLevel, string> = {
  province: 'cấp tỉnh',
  ministry: 'cấp bộ, ngành',
  department: 'sở, ban, ngành',
  district: 'cấp huyện',
  commune: 'cấp xã',
  other: 'cấp khác',
};
const levelsEn: Record<UnitLevel, string> = {
  province: 'province',
  ministry: 'ministry',
  department: 'departments',
  district: 'districts',
  commune: 'communes',
  other: 'other units',
};

const vi: SetsStrings = {
  heading: 'Bộ tiêu chí',
  intro:
    'Mỗi biểu được kiểm tra theo bộ tiêu chí khớp nhất trong danh sách dưới đây (sở ngành, huyện, xã có thể dùng các bộ khác nhau). Bộ tiêu chí bạn nạp được lưu trên trình duyệt này cho lần sau.',
  listLabel: 'Các bộ tiêu chí đang dùng',
  load: 'Nạp bộ tiêu chí (.json)',
  build: 'Tạo bộ tiêu chí từ biểu mẫu',
  closeBuild: 'Đóng phần tạo bộ tiêu chí',
  source: { bundled: 'kèm theo chương trình', kept: 'lưu trên trình duyệt này', session: 'chỉ dùng lần này (chưa lưu được)' },
  illustrative: 'dữ liệu minh họa',
  draft: 'bản nháp (còn lỗi)',
  levelYear: (level, year) => `${levelsVi[level]}, năm ${year}`,
  remove: (title) => `Bỏ bộ tiêu chí "${title}"`,
  removeShort: 'Bỏ',
  removed: (id, version) => `Đã bỏ bộ tiêu chí ${id} (${version}); các tệp được kiểm tra lại.`,
  loaded: (file, id, version, title) => `${file}: đã nạp bộ tiêu chí ${id} (${version}) — ${title}.`,
  notLoaded: (file, n) => `${file}: có ${n} lỗi nên chưa được nạp. Sửa trong tệp .json rồi nạp lại:`,
  unreadable: (file) => `${file}: trình duyệt không đọc được tệp. Chọn lại tệp .json.`,
  colPlace: 'Vị trí trong tệp',
  colItem: 'Tiêu chí',
  colProblem: 'Lỗi và cách sửa',
  wholeFile: '(cả tệp)',
  line: (line, column) => (column ? `dòng ${line}, cột ${column}` : `dòng ${line}`),
  templatePick: 'Chọn biểu mẫu (.xlsx)…',
  templateHint: 'Biểu mẫu chấm điểm chính thức của tỉnh (Phụ lục), dạng .xlsx, có cột STT/mã, tên tiêu chí, điểm tối đa và cách tính điểm.',
  templateSheet: 'Sheet chứa biểu mẫu',
  templateReading: 'Đang đọc biểu mẫu…',
  templateOpenFailed: (file, why) => `Không mở được "${file}": ${why}`,
  templateFile: (file) => `Biểu mẫu: ${file}`,
  jsonSaved: (name) => `Đã tạo tệp "${name}" (xem thư mục Tải xuống của trình duyệt).`,
};

const en: SetsStrings = {
  heading: 'Criteria sets',
  intro:
    'Each sheet is checked against the best-fitting set in the list below (departments, districts and communes may use different sets). The sets you load are kept in this browser for the next visit.',
  listLabel: 'Criteria sets in use',
  load: 'Load criteria sets (.json)',
  build: 'Build a set from a template',
  closeBuild: 'Close set building',
  source: { bundled: 'bundled', kept: 'kept in this browser', session: 'this visit only (could not be kept)' },
  illustrative: 'illustrative data',
  draft: 'draft (has problems)',
  levelYear: (level, year) => `${levelsEn[level]}, ${year}`,
  remove: (title) => `Remove the set "${title}"`,
  removeShort: 'Remove',
  removed: (id, version) => `Removed the set ${id} (${version}); the files are checked again.`,
  loaded: (file, id, version, title) => `${file}: loaded the set ${id} (${version}) — ${title}.`,
  notLoaded: (file, n) => `${file}: ${n} ${n === 1 ? 'problem' : 'problems'}, so it was not loaded. Fix the .json file and load it again:`,
  unreadable: (file) => `${file}: the browser could not read the file. Choose the .json file again.`,
  colPlace: 'Place in the file',
  colItem: 'Item',
  colProblem: 'Problem and fix',
  wholeFile: '(whole file)',
  line: (line, column) => (column ? `line ${line}, column ${column}` : `line ${line}`),
  templatePick: 'Choose the template (.xlsx)…',
  templateHint: "The province's official scoring template (its appendix) as .xlsx, with a code column, item titles, maxima and scoring text.",
  templateSheet: 'Sheet holding the template',
  templateReading: 'Reading the template…',
  templateOpenFailed: (file, why) => `"${file}" could not be opened: ${why}`,
  templateFile: (file) => `Template: ${file}`,
  jsonSaved: (name) => `Made the file "${name}" (see the browser's Downloads folder).`,
};

export function setsStrings(lang: Lang): SetsStrings {
  return lang === 'vi' ? vi : en;
}
