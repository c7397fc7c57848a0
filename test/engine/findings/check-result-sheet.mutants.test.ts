/**
 * The "Kết quả kiểm tra" sheet (src/engine/findings/check-result-sheet.ts): the mark by which the
 * file adapter recognises the sheet as its own (a contract: changing it orphans the sheets already
 * written), the Vietnamese lines not covered elsewhere, and the rows of several sheets one after
 * another (title 0, mark 1, a blank row 2, then per sheet: its line, the header and its findings,
 * a blank row).
 */
import type { CheckResult } from '../../../src/engine/check-result';
import { buildCheckResultSheet, CHECK_RESULT_MARK } from '../../../src/engine/findings/check-result-sheet';
import type { Finding } from '../../../src/engine/findings/finding';

const f = (code: string, severity: Finding['severity'], cell: string | null, vi: string): Finding => ({ code, severity, cell, item: null, message: { vi, en: vi } });
const result = (sheetName: string, unit: string | null, findings: Finding[]): CheckResult =>
  ({ sheetName, unit, set: null, setChoice: null, parsed: null, alignment: null, scores: null, findings });
const textAt = (cells: { row: number; col: number; value: unknown }[], row: number) =>
  cells.filter((c) => c.row === row).map((c) => {
    const v = c.value as { text?: string; number?: number };
    return v.text ?? v.number;
  });

describe('check result sheet', () => {
  test('the mark, word for word, in both languages', () => {
    expect(CHECK_RESULT_MARK).toEqual({
      vi: 'Trang này do phần mềm kiểm tra par-check thêm vào bản sao đánh dấu',
      en: 'This sheet was added to the flagged copy by par-check',
    });
  });

  test('two sheets in Vietnamese: the first with a whole-sheet finding, the second without; no unit, no dash', () => {
    const spec = buildCheckResultSheet(
      [
        { result: result('A', null, [f('layout.missingItem', 'error', null, 'Thiếu tiêu chí 2.1')]), flaggedCells: 3 },
        { result: result('B', null, []), flaggedCells: 0 },
      ],
      'vi',
    )!;
    // rows: 3 sheet A, 4 header, 5 finding, 6 blank, 7 sheet B, 8 "none", 9 blank
    expect(textAt(spec.cells, 3)).toEqual(['Sheet "A": 3 ô được đánh dấu.']);
    expect(textAt(spec.cells, 4)).toEqual(['STT', 'Mức độ', 'Ô', 'Nội dung', 'Mã kiểm tra']);
    expect(textAt(spec.cells, 5)).toEqual([1, '✖ Lỗi', 'Cả biểu', 'Thiếu tiêu chí 2.1', 'layout.missingItem']);
    expect(textAt(spec.cells, 6)).toEqual([]);
    expect(textAt(spec.cells, 7)).toEqual(['Sheet "B": 0 ô được đánh dấu.']);
    expect(textAt(spec.cells, 8)).toEqual(['Không có vấn đề nào của cả biểu.']);
    // title, mark, 2 sheet lines, "none", 5 header cells, 5 finding cells: 15 cells, the title first
    expect(spec.cells).toHaveLength(15);
    expect(spec.cells[0]).toEqual({ row: 0, col: 0, value: { text: 'KẾT QUẢ KIỂM TRA BIỂU TỰ ĐÁNH GIÁ CHỈ SỐ CCHC' }, style: { bold: true, fontSize: 13 } });
    // several sheets: no header row repeated on every page
    expect(spec.print).toEqual({ orientation: 'portrait', fitToWidth: true, footer: { center: 'Trang {page}/{pages}' } });
  });
});
