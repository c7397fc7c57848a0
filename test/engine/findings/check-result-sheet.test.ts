/**
 * The "Kết quả kiểm tra" sheet of a flagged copy, cell by cell: the findings tied to no cell (or
 * whose cell cannot keep a note), in severity then sheet order, under a title, the par-check mark
 * and one line per checked sheet.
 */
import type { CheckResult } from '../../../src/engine/check-result';
import { buildCheckResultSheet, CHECK_RESULT_MARK, CHECK_RESULT_SHEET, hasWholeSheetFindings } from '../../../src/engine/findings/check-result-sheet';
import { compareFindings, type Finding } from '../../../src/engine/findings/finding';

const f = (code: string, severity: Finding['severity'], cell: string | null, vi: string): Finding => ({
  code,
  severity,
  cell,
  item: null,
  message: { vi, en: `${vi} (en)` },
});

function result(sheetName: string, unit: string | null, findings: Finding[]): CheckResult {
  return { sheetName, unit, set: null, setChoice: null, parsed: null, alignment: null, scores: null, findings };
}

const missing = f('layout.missingItem', 'error', null, 'Thiếu tiêu chí 2.1');
const oldTemplate = f('layout.readingNote', 'info', null, 'Mẫu cũ');
const onCell = f('score.aboveMax', 'error', 'F12', 'Vượt điểm tối đa');
const noNote = f('evidence.missing', 'warning', 'G30', 'Thiếu tài liệu');

describe('compareFindings', () => {
  test('severity first, then row, then column (AA after Z), then code; whole-sheet findings first', () => {
    const list = [
      f('b', 'warning', 'A2', ''),
      f('a', 'warning', 'AA1', ''),
      f('a', 'warning', 'Z1', ''),
      f('z', 'warning', null, ''),
      f('a', 'info', 'A1', ''),
      f('c', 'error', 'B9', ''),
      f('b', 'warning', 'A2x', ''),
      f('a', 'warning', 'A2', ''),
    ];
    expect([...list].sort(compareFindings).map((x) => `${x.severity[0]}:${x.cell}:${x.code}`)).toEqual([
      'e:B9:c',
      'w:A2x:b', // not an address: first, as whole-sheet findings are
      'w:null:z',
      'w:Z1:a',
      'w:AA1:a',
      'w:A2:a',
      'w:A2:b',
      'i:A1:a',
    ]);
  });
});

describe('check result sheet', () => {
  test('nothing without a cell: no sheet', () => {
    const entries = [{ result: result('Biểu', null, [onCell]), flaggedCells: 1 }];
    expect(hasWholeSheetFindings(entries)).toBe(false);
    expect(buildCheckResultSheet(entries, 'vi')).toBeNull();
  });

  test('one sheet: title, mark, sheet line, header, the findings in order, printing set up', () => {
    const entries = [{ result: result('Tự đánh giá', 'Sở Y tế', [oldTemplate, onCell, noNote, missing]), flaggedCells: 2, unsavedNotes: ['G30'] }];
    expect(hasWholeSheetFindings(entries)).toBe(true);
    const spec = buildCheckResultSheet(entries, 'vi')!;
    expect(spec.name).toBe('Kết quả kiểm tra');
    const text = (row: number, col: number) => {
      const v = spec.cells.find((c) => c.row === row && c.col === col)?.value;
      return v && 'text' in v ? v.text : v && 'number' in v ? v.number : undefined;
    };
    expect(text(0, 0)).toBe('KẾT QUẢ KIỂM TRA BIỂU TỰ ĐÁNH GIÁ CHỈ SỐ CCHC');
    expect(String(text(1, 0)).startsWith(`${CHECK_RESULT_MARK.vi}. Trang liệt kê các vấn đề của cả biểu`)).toBe(true);
    expect(String(text(1, 0)).endsWith('Lệnh "par-check clear" gỡ trang này cùng các dấu trên biểu.')).toBe(true);
    expect(text(3, 0)).toBe('Sheet "Tự đánh giá" — Sở Y tế: 2 ô được đánh dấu.');
    expect([0, 1, 2, 3, 4].map((c) => text(4, c))).toEqual(['STT', 'Mức độ', 'Ô', 'Nội dung', 'Mã kiểm tra']);
    // error (whole sheet), warning G30 (its note cannot be kept), info (whole sheet); F12 keeps its note
    expect([5, 6, 7].map((r) => [0, 1, 2, 3, 4].map((c) => text(r, c)))).toEqual([
      [1, '✖ Lỗi', 'Cả biểu', 'Thiếu tiêu chí 2.1', 'layout.missingItem'],
      [2, '⚠ Cảnh báo', 'G30', 'Thiếu tài liệu', 'evidence.missing'],
      [3, 'ℹ Lưu ý', 'Cả biểu', 'Mẫu cũ', 'layout.readingNote'],
    ]);
    expect(spec.cells.filter((c) => c.row === 8)).toEqual([]);
    // the error's severity cell is bold dark red; the others centred
    expect(spec.cells.find((c) => c.row === 5 && c.col === 1)!.style).toMatchObject({ bold: true, fontColor: '9C0006' });
    expect(spec.cells.find((c) => c.row === 6 && c.col === 1)!.style).toMatchObject({ hAlign: 'center' });
    expect(spec.cells.find((c) => c.row === 4 && c.col === 0)!.style).toMatchObject({ bold: true, fill: 'DDEBF7' });
    expect(spec.merges).toEqual([0, 1, 3].map((r) => ({ top: r, left: 0, bottom: r, right: 4 })));
    expect(spec.columnWidths).toEqual([6, 13, 9, 64, 22]);
    expect(spec.minRowHeights).toEqual({ 1: 45 });
    expect(spec.print).toEqual({ orientation: 'portrait', fitToWidth: true, footer: { center: 'Trang {page}/{pages}' }, repeatRows: { first: 4, last: 4 } });
  });

  test('several sheets in English: a sheet without whole-sheet problems says so; the header repeats on no page', () => {
    const entries = [
      { result: result('A', null, [onCell]), flaggedCells: 1 },
      { result: result('B', 'Unit B', [missing]), flaggedCells: 0 },
    ];
    const spec = buildCheckResultSheet(entries, 'en', 'Check results (2)')!;
    expect(spec.name).toBe('Check results (2)');
    const rows = new Map<number, string[]>();
    for (const c of spec.cells) {
      const v = c.value;
      rows.set(c.row, [...(rows.get(c.row) ?? []), v && 'text' in v ? v.text : v && 'number' in v ? String(v.number) : '']);
    }
    expect(rows.get(0)).toEqual(['CHECK RESULTS OF THE PAR INDEX SELF-ASSESSMENT']);
    expect(rows.get(1)![0].startsWith(`${CHECK_RESULT_MARK.en}. It lists the problems of the whole sheet`)).toBe(true);
    expect(rows.get(3)).toEqual(['Sheet "A": 1 cells marked.']);
    expect(rows.get(4)).toEqual(['No problem of the whole sheet.']);
    expect(rows.has(5)).toBe(false);
    expect(rows.get(6)).toEqual(['Sheet "B" — Unit B: 0 cells marked.']);
    expect(rows.get(7)).toEqual(['No.', 'Severity', 'Cell', 'Problem', 'Check code']);
    expect(rows.get(8)).toEqual(['1', '✖ Error', 'Whole sheet', 'Thiếu tiêu chí 2.1 (en)', 'layout.missingItem']);
    expect([...rows.keys()].sort((a, b) => a - b)).toEqual([0, 1, 3, 4, 6, 7, 8]);
    expect(spec.merges).toEqual([0, 1, 3, 4, 6].map((r) => ({ top: r, left: 0, bottom: r, right: 4 })));
    expect(spec.print).toEqual({ orientation: 'portrait', fitToWidth: true, footer: { center: 'Page {page} of {pages}' } });
    expect(CHECK_RESULT_SHEET).toEqual({ vi: 'Kết quả kiểm tra', en: 'Check results' });
  });
});
