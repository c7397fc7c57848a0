/**
 * Two years of one unit, scored with two different sets: items renumbered, renamed, re-weighted,
 * one dropped and one added. Shared by the engine and CLI tests of `compare`.
 *
 * 2023 set (scale 20)                              2024 set (scale 22)
 * 1 Công tác chỉ đạo, điều hành (10)               1 Công tác chỉ đạo, điều hành (10)
 *   1.1 Ban hành kế hoạch cải cách hành chính (4)    1.1 Ban hành kế hoạch CCHC năm (4)      same code, same meaning
 *   1.2 Báo cáo cải cách hành chính định kỳ (3)      1.2 Kiểm tra công tác CCHC (4)          ← 2023's 1.3 (by title)
 *   1.3 Kiểm tra công tác cải cách hành chính (3)    1.3 Báo cáo … định kỳ (2)               ← 2023's 1.2 (by title)
 * 2 Cải cách thủ tục hành chính (10)               2 Cải cách TTHC (12)
 *   2.1 Công khai thủ tục hành chính (6)             2.1 Công khai thủ tục hành chính (5)
 *   2.2 Tiếp nhận hồ sơ qua bộ phận một cửa (2)      2.2 Tiếp nhận, trả kết quả qua Bộ phận Một cửa (2)  renamed in place
 *   2.3 Tuyên truyền về cải cách hành chính (2)      2.3 Số hóa hồ sơ, kết quả giải quyết TTHC (5)       dropped / added
 */
import type { CriteriaSet } from '../../../src/engine/criteria/schema';
import type { Grid, GridCell } from '../../../src/engine/grid';
import { buildSet, item } from '../helpers/build-set';

export const SET_2023: CriteriaSet = buildSet(
  [
    item('1', 10, [
      item('1.1', 4, [], { title: 'Ban hành kế hoạch cải cách hành chính năm' }),
      item('1.2', 3, [], { title: 'Báo cáo cải cách hành chính định kỳ' }),
      item('1.3', 3, [], { title: 'Kiểm tra công tác cải cách hành chính' }),
    ], { title: 'Công tác chỉ đạo, điều hành' }),
    item('2', 10, [
      item('2.1', 6, [], { title: 'Công khai thủ tục hành chính' }),
      item('2.2', 2, [], { title: 'Tiếp nhận hồ sơ qua bộ phận một cửa' }),
      item('2.3', 2, [], { title: 'Tuyên truyền về cải cách hành chính' }),
    ], { title: 'Cải cách thủ tục hành chính' }),
  ],
  { id: 'thu-2023', version: '2023.1', year: 2023, title: 'Bộ tiêu chí thử năm 2023' },
);

export const SET_2024: CriteriaSet = buildSet(
  [
    item('1', 10, [
      item('1.1', 4, [], { title: 'Ban hành kế hoạch CCHC năm' }),
      item('1.2', 4, [], { title: 'Kiểm tra công tác cải cách hành chính' }),
      item('1.3', 2, [], { title: 'Báo cáo cải cách hành chính định kỳ' }),
    ], { title: 'Công tác chỉ đạo, điều hành' }),
    item('2', 12, [
      item('2.1', 5, [], { title: 'Công khai thủ tục hành chính' }),
      item('2.2', 2, [], { title: 'Tiếp nhận, trả kết quả qua Bộ phận Một cửa' }),
      item('2.3', 5, [], { title: 'Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính' }),
    ], { title: 'Cải cách TTHC' }),
  ],
  { id: 'thu-2024', version: '2024.1', year: 2024, title: 'Bộ tiêu chí thử năm 2024' },
);

/** Appraised points per leaf (self-assessed at the max). */
export const APPRAISED_2023: Record<string, number> = { '1.1': 4, '1.2': 2, '1.3': 3, '2.1': 5, '2.2': 2, '2.3': 1 };
export const APPRAISED_2024: Record<string, number> = { '1.1': 3.5, '1.2': 4, '1.3': 1.5, '2.1': 5, '2.2': 1, '2.3': 4 };

export const HEADER = ['STT', 'Lĩnh vực/Tiêu chí', 'Điểm tối đa', 'Điểm tự đánh giá', 'Tài liệu kiểm chứng', 'Điểm thẩm định', 'Ghi chú'];

/** The sheet's rows as plain values: title block, header, items, total. */
export function sheetRows(set: CriteriaSet, appraised: Record<string, number>, unit = 'Sở Thử nghiệm'): (string | number | null)[][] {
  const rows: (string | number | null)[][] = [
    ['UBND TỈNH MINH SƠN'],
    [`BẢNG TỰ ĐÁNH GIÁ, CHẤM ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM ${set.year}`],
    [`Bộ tiêu chí: ${set.id} (${set.version})`],
    [`Đơn vị: ${unit}`],
    [],
    HEADER,
  ];
  for (const area of set.items) {
    rows.push([area.code, area.title, area.maxPoints]);
    for (const leaf of area.children ?? []) {
      rows.push([leaf.code, leaf.title, leaf.maxPoints, leaf.maxPoints, `Văn bản số ${leaf.code}/VB-UBND`, appraised[leaf.code] ?? null, null]);
    }
  }
  rows.push([null, 'Tổng cộng', set.scale]);
  return rows;
}

export function gridOf(rows: (string | number | null)[][], sheetName = 'Tự đánh giá'): Grid {
  const cells: (GridCell | null)[][] = rows.map((r) => r.map((v) => (v === null ? null : { value: v })));
  return { sheetName, rows: cells, hiddenRows: [], merges: [], rowCount: rows.length, colCount: HEADER.length };
}
