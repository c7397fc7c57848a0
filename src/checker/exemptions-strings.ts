/** Texts of the page's exemptions table section (bảng miễn đánh giá của Sở Nội vụ). */
import type { Lang } from '../engine/text/lang';

export interface ExemptionsStrings {
  heading: string;
  intro: string;
  pick: string;
  remove: string;
  loaded: (name: string, units: number) => string;
  unitLine: (unit: string, row: number, codes: string[]) => string;
  problems: string;
  readFailed: (name: string, why: string) => string;
  rowsWithout: (n: number) => string;
  rowWithout: (unit: string, row: number) => string;
  allMatched: string;
}

const vi: ExemptionsStrings = {
  heading: 'Bảng miễn đánh giá của Sở Nội vụ',
  intro:
    'Bảng ghi đơn vị nào được Sở Nội vụ chấp thuận miễn đánh giá tiêu chí nào (cột "Đơn vị" và cột "Tiêu chí được miễn" ghi mã như "3; 7.3", hoặc mỗi mã một cột đánh "x"). Khi có bảng, tiêu chí đơn vị ghi "Không áp dụng" mà bảng không miễn được nêu là cảnh báo "chưa được Sở Nội vụ chấp thuận"; khi chưa có bảng, mọi tiêu chí ghi "Không áp dụng" được liệt kê để xác nhận.',
  pick: 'Nạp bảng miễn đánh giá (.xlsx, .csv)…',
  remove: 'Bỏ bảng miễn đánh giá',
  loaded: (name, units) => `Đang dùng bảng miễn đánh giá "${name}": ${units} đơn vị.`,
  unitLine: (unit, row, codes) => `${unit} (dòng ${row}): ${codes.length > 0 ? `được miễn ${codes.join(', ')}` : 'không được miễn tiêu chí nào'}`,
  problems: 'Những ô của bảng không dùng được:',
  readFailed: (name, why) => `Không đọc được bảng miễn đánh giá "${name}": ${why}`,
  rowsWithout: (n) => `${n} đơn vị trong bảng chưa có biểu nào được kiểm tra (kiểm tra tên đơn vị trong bảng và trên biểu):`,
  rowWithout: (unit, row) => `${unit} (dòng ${row})`,
  allMatched: 'Mọi đơn vị trong bảng đều có biểu đã kiểm tra.',
};

const en: ExemptionsStrings = {
  heading: 'Exemptions table of the Department of Home Affairs',
  intro:
    'The table says which units the Department of Home Affairs exempted from which items (a "Đơn vị" column and a "Tiêu chí được miễn" column with codes such as "3; 7.3", or one column per code marked "x"). With the table, an item a unit marks "Không áp dụng" (not applicable) that the table does not grant is a warning "not approved by the Department of Home Affairs"; without it, every not-applicable item is listed for confirmation.',
  pick: 'Load the exemptions table (.xlsx, .csv)…',
  remove: 'Remove the exemptions table',
  loaded: (name, units) => `Using the exemptions table "${name}": ${units} ${units === 1 ? 'unit' : 'units'}.`,
  unitLine: (unit, row, codes) => `${unit} (row ${row}): ${codes.length > 0 ? `exempt from ${codes.join(', ')}` : 'exempt from nothing'}`,
  problems: 'Cells of the table that cannot be used:',
  readFailed: (name, why) => `Cannot read the exemptions table "${name}": ${why}`,
  rowsWithout: (n) => `${n} ${n === 1 ? 'unit' : 'units'} of the table with no checked sheet (check the unit names in the table and on the sheets):`,
  rowWithout: (unit, row) => `${unit} (row ${row})`,
  allMatched: 'Every unit of the table has a checked sheet.',
};

export function exemptionsStrings(lang: Lang): ExemptionsStrings {
  return lang === 'vi' ? vi : en;
}
