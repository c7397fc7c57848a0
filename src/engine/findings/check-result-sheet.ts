/**
 * The "Kết quả kiểm tra" sheet of a flagged copy: the findings that belong to no cell (an item
 * missing from the sheet, an old template, a column not found…). Cell findings travel as notes on
 * their cells; these would otherwise be lost on the way to the unit, so the copy gets this short
 * sheet listing them, with how many cells carry a note.
 *
 * Its second line says that par-check added it and that `par-check clear` takes it off: that
 * sentence (in either language) is also how the file adapter recognises the sheet as its own.
 */
import type { CheckResult } from '../check-result';
import type { MergeRange } from '../grid';
import type { CellStyle, SheetSpec, SpecCell, SpecValue } from '../sheet-spec';
import { compareFindings, type Severity } from './finding';
import type { Lang } from '../text/lang';
import { SEVERITY_SIGN } from './flags';

export const CHECK_RESULT_SHEET: Record<Lang, string> = { vi: 'Kết quả kiểm tra', en: 'Check results' };

/** The start of the sheet's second line, by which its writer recognises it. */
export const CHECK_RESULT_MARK: Record<Lang, string> = {
  vi: 'Trang này do phần mềm kiểm tra par-check thêm vào bản sao đánh dấu',
  en: 'This sheet was added to the flagged copy by par-check',
};

const L = {
  vi: {
    title: 'KẾT QUẢ KIỂM TRA BIỂU TỰ ĐÁNH GIÁ CHỈ SỐ CCHC',
    mark: `${CHECK_RESULT_MARK.vi}. Trang liệt kê các vấn đề của cả biểu, không gắn với một ô nào; các vấn đề ở từng ô được ghi trong ghi chú của ô đó (ô được tô màu); ô nào không giữ được ghi chú thì vấn đề được liệt kê tại đây kèm địa chỉ ô. Lệnh "par-check clear" gỡ trang này cùng các dấu trên biểu.`,
    sheet: (sheet: string, unit: string | null, cells: number) =>
      `Sheet "${sheet}"${unit ? ` — ${unit}` : ''}: ${cells} ô được đánh dấu.`,
    none: 'Không có vấn đề nào của cả biểu.',
    headers: ['STT', 'Mức độ', 'Ô', 'Nội dung', 'Mã kiểm tra'],
    wholeSheet: 'Cả biểu',
    page: 'Trang {page}/{pages}',
    severity: { error: 'Lỗi', warning: 'Cảnh báo', info: 'Lưu ý' } as Record<Severity, string>,
  },
  en: {
    title: 'CHECK RESULTS OF THE PAR INDEX SELF-ASSESSMENT',
    mark: `${CHECK_RESULT_MARK.en}. It lists the problems of the whole sheet, tied to no single cell; problems in a cell are in that cell's note (the cell is highlighted), or listed here with the cell when the cell cannot keep a note. "par-check clear" removes this sheet together with the marks on the sheet.`,
    sheet: (sheet: string, unit: string | null, cells: number) =>
      `Sheet "${sheet}"${unit ? ` — ${unit}` : ''}: ${cells} cells marked.`,
    none: 'No problem of the whole sheet.',
    headers: ['No.', 'Severity', 'Cell', 'Problem', 'Check code'],
    wholeSheet: 'Whole sheet',
    page: 'Page {page} of {pages}',
    severity: { error: 'Error', warning: 'Warning', info: 'Note' } as Record<Severity, string>,
  },
};

const st = {
  title: { bold: true, fontSize: 13 } as CellStyle,
  mark: { italic: true, wrap: true, vAlign: 'top', fontColor: '595959' } as CellStyle,
  sheet: { bold: true, wrap: true } as CellStyle,
  header: { bold: true, fill: 'DDEBF7', border: true, wrap: true, hAlign: 'center', vAlign: 'middle' } as CellStyle,
  text: { border: true, wrap: true, vAlign: 'top' } as CellStyle,
  center: { border: true, hAlign: 'center', vAlign: 'top' } as CellStyle,
  error: { border: true, vAlign: 'top', bold: true, fontColor: '9C0006' } as CellStyle,
};

export interface CheckedSheetEntry {
  result: CheckResult;
  /** Cells flagged on that sheet (notes). */
  flaggedCells: number;
  /**
   * Flagged cells whose note the file cannot keep (ExcelJS drops a note on a cell with neither a
   * value nor a format): their findings are listed here too, with the cell, so none is lost.
   */
  unsavedNotes?: string[];
}

function listed(e: CheckedSheetEntry) {
  const unsaved = new Set(e.unsavedNotes ?? []);
  return e.result.findings.filter((f) => f.cell === null || unsaved.has(f.cell)).sort(compareFindings);
}

/** True when some finding would be lost without the sheet (tied to no cell, or its note cannot be kept). */
export function hasWholeSheetFindings(entries: CheckedSheetEntry[]): boolean {
  return entries.some((e) => listed(e).length > 0);
}

/**
 * The sheet, or null when no finding is left without a cell. `name` comes from the caller, who
 * knows the workbook's sheet names (CHECK_RESULT_SHEET, made unique).
 */
export function buildCheckResultSheet(entries: CheckedSheetEntry[], lang: Lang, name = CHECK_RESULT_SHEET[lang]): SheetSpec | null {
  if (!hasWholeSheetFindings(entries)) return null;
  const W = L[lang];
  const cells: SpecCell[] = [];
  const merges: MergeRange[] = [];
  const put = (row: number, col: number, value: SpecValue, style?: CellStyle) => cells.push(style ? { row, col, value, style } : { row, col, value });
  const span = (row: number, value: string, style: CellStyle) => {
    put(row, 0, { text: value }, style);
    merges.push({ top: row, left: 0, bottom: row, right: 4 });
  };
  span(0, W.title, st.title);
  span(1, W.mark, st.mark);
  let row = 3;
  let headerRow = -1;
  for (const entry of entries) {
    const { result, flaggedCells } = entry;
    span(row++, W.sheet(result.sheetName, result.unit, flaggedCells), st.sheet);
    const whole = listed(entry);
    if (whole.length === 0) {
      span(row++, W.none, st.mark);
      row++;
      continue;
    }
    // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, the header row is used only when there is one sheet, so one header
    if (headerRow < 0) headerRow = row;
    W.headers.forEach((h, c) => put(row, c, { text: h }, st.header));
    row++;
    whole.forEach((f, i) => {
      put(row, 0, { number: i + 1 }, st.center);
      put(row, 1, { text: `${SEVERITY_SIGN[f.severity]} ${W.severity[f.severity]}` }, f.severity === 'error' ? st.error : st.center);
      put(row, 2, { text: f.cell ?? W.wholeSheet }, st.center);
      put(row, 3, { text: f.message[lang] }, st.text);
      put(row, 4, { text: f.code }, st.center);
      row++;
    });
    row++;
  }
  return {
    name,
    cells,
    merges,
    columnWidths: [6, 13, 9, 64, 22],
    minRowHeights: { 1: 45 },
    print: {
      orientation: 'portrait',
      fitToWidth: true,
      footer: { center: W.page },
      // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, rows start at 3 and a single sheet listed here always has its header
      ...(headerRow >= 0 && entries.length === 1 ? { repeatRows: { first: headerRow, last: headerRow } } : {}),
    },
  };
}
