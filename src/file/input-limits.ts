/**
 * Limits a workbook must stay within before any real work is done on it (issue 14). A hostile or
 * broken file — a zip whose directory lies about sizes, 200 entries sharing one 100 MB stream, a
 * row numbered 2,000,000,000, cells in column XFD on 100,000 rows, a merge over the whole sheet —
 * would otherwise take minutes or gigabytes and end the whole run. Each limit is far above any real
 * scoresheet (under 1 MB on disk, a few MB unzipped, a few hundred rows by a few dozen columns) and
 * each has its own sentence that says what is wrong and how to fix it.
 *
 * Pure (no Node APIs): the fast reader, prepare-package.ts (ExcelJS path) and the browser page
 * apply the same limits and give the same sentences.
 */
import type { Bilingual } from '../engine/text/lang';

/** Bytes actually inflated from all the zip's entries together (never the sizes the zip declares). */
export const MAX_INFLATED_BYTES = 100 * 1024 * 1024;
/** Excel's own sheet size: a row or column beyond it cannot come from Excel. */
export const MAX_SHEET_ROWS = 1_048_576;
export const MAX_SHEET_COLS = 16_384;
/**
 * Cells a workbook's grids may span, counting each row up to its last used (or merged) cell: the
 * grid keeps rows that long. A 100,000-row scoresheet of 20 columns is 2 million.
 */
export const MAX_GRID_CELLS = 10_000_000;
/**
 * Merged ranges in a workbook opened with ExcelJS (flagged copy, clear, import-set): ExcelJS
 * spends about 0.1 ms on each when loading and again when writing (100,000 took over 20 s). A
 * real scoresheet has a few hundred. The fast reader, which only checks, has no such limit.
 */
export const MAX_COPY_MERGES = 10_000;

/** A file over one of the limits: carries the user's sentence (never retried by another reader). */
export class InputLimitError extends Error {
  constructor(readonly problem: Bilingual) {
    super(problem.en);
    this.name = 'InputLimitError';
  }
}

const mb = (n: number): string => `${Math.round(n / (1024 * 1024))} MB`;
const thousands = (n: number, sep: string): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);

export const limitProblems = {
  inflated: (limit = MAX_INFLATED_BYTES): Bilingual => ({
    vi: `Tệp giải nén ra hơn ${mb(limit)} dữ liệu (giới hạn ${mb(limit)}; một biểu chấm điểm thường chỉ vài MB): có thể là tệp "bom nén" hoặc chứa dữ liệu không phải của biểu. Hãy mở tệp bằng Excel, chép riêng sheet chấm điểm sang sổ làm việc mới, lưu lại rồi kiểm tra tệp mới.`,
    en: `The file unzips to more than ${mb(limit)} (limit ${mb(limit)}; a scoresheet is usually a few MB): it may be a "zip bomb" or hold data that is not the scoresheet. Open it in Excel, copy the scoresheet alone into a new workbook, save it and check the new file.`,
  }),
  rowBeyondExcel: (sheet: string, row: number): Bilingual => ({
    vi: `Sheet "${sheet}" có dòng số ${thousands(row, '.')}, vượt quá giới hạn ${thousands(MAX_SHEET_ROWS, '.')} dòng của Excel: tệp không do Excel tạo hoặc đã bị sửa hỏng. Hãy mở tệp bằng Excel (hoặc LibreOffice), lưu lại thành tệp .xlsx mới rồi kiểm tra lại.`,
    en: `Sheet "${sheet}" has a row numbered ${thousands(row, ',')}, beyond Excel's limit of ${thousands(MAX_SHEET_ROWS, ',')} rows: the file was not written by Excel or was damaged. Open it in Excel (or LibreOffice), save it as a new .xlsx and check again.`,
  }),
  columnBeyondExcel: (sheet: string, ref: string): Bilingual => ({
    vi: `Sheet "${sheet}" có ô "${ref}" ngoài giới hạn 16.384 cột (đến cột XFD) của Excel: tệp không do Excel tạo hoặc đã bị sửa hỏng. Hãy mở tệp bằng Excel (hoặc LibreOffice), lưu lại thành tệp .xlsx mới rồi kiểm tra lại.`,
    en: `Sheet "${sheet}" has a cell "${ref}" beyond Excel's 16,384 columns (up to column XFD): the file was not written by Excel or was damaged. Open it in Excel (or LibreOffice), save it as a new .xlsx and check again.`,
  }),
  tooManyMerges: (sheet: string, count: number, limit = MAX_COPY_MERGES): Bilingual => ({
    vi: `Tệp có ít nhất ${thousands(count, '.')} vùng gộp ô, tính đến sheet "${sheet}" (giới hạn ${thousands(limit, '.')}; một biểu chấm điểm thường có vài trăm): quá nhiều để mở và ghi lại tệp trong thời gian hợp lý. Hãy mở tệp bằng Excel, bỏ gộp các ô không cần (chọn vùng, Trang đầu > Gộp và Căn giữa > Bỏ gộp ô), lưu lại rồi chạy lại.`,
    en: `The file has at least ${thousands(count, ',')} merged ranges, counting up to sheet "${sheet}" (limit ${thousands(limit, ',')}; a scoresheet usually has a few hundred): too many to open and write the file back in reasonable time. Open it in Excel, unmerge the cells that need no merging (select them, Home > Merge & Center > Unmerge Cells), save and run again.`,
  }),
  tooManyCells: (sheet: string, rows: number, lastColumn: string, limit = MAX_GRID_CELLS): Bilingual => ({
    vi: `Sheet "${sheet}" dùng ${thousands(rows, '.')} dòng và có ô đến tận cột ${lastColumn}: quá ${thousands(limit, '.')} ô, vượt xa một biểu chấm điểm. Hãy mở tệp bằng Excel, xóa các cột và dòng thừa (chọn từ cột sau cột cuối của biểu đến cột ${lastColumn}, bấm Xóa/Delete), lưu lại rồi kiểm tra lại; hoặc chép riêng biểu sang sổ làm việc mới.`,
    en: `Sheet "${sheet}" uses ${thousands(rows, ',')} rows with cells as far as column ${lastColumn}: more than ${thousands(limit, ',')} cells, far beyond a scoresheet. Open it in Excel, delete the extra columns and rows (select from the column after the sheet's last one to column ${lastColumn}, Delete), save and check again; or copy the scoresheet alone into a new workbook.`,
  }),
};

/**
 * Counts the bytes inflated from one package against MAX_INFLATED_BYTES: every entry read (the
 * same stream read through 200 entries counts 200 times, as it costs).
 */
export class InflateBudget {
  private used = 0;
  constructor(readonly limit = MAX_INFLATED_BYTES) {}

  /** Bytes still allowed. */
  get left(): number {
    return Math.max(0, this.limit - this.used);
  }

  /** Count `n` more bytes; throws the user's sentence past the limit. */
  take(n: number): void {
    this.used += n;
    if (this.used > this.limit) throw new InputLimitError(limitProblems.inflated(this.limit));
  }

  /** Throw the limit's sentence (an inflater stopped at `left`). */
  exceeded(): never {
    throw new InputLimitError(limitProblems.inflated(this.limit));
  }
}

/**
 * Counts the cells the grids of one workbook span (each row up to its last cell) against
 * MAX_GRID_CELLS, and checks rows and columns against Excel's limits.
 */
export class GridBudget {
  private used = 0;
  constructor(readonly limit = MAX_GRID_CELLS) {}

  row(sheet: string, row: number): void {
    if (!(row <= MAX_SHEET_ROWS)) throw new InputLimitError(limitProblems.rowBeyondExcel(sheet, row));
  }

  column(sheet: string, col: number, ref: string): void {
    if (!(col <= MAX_SHEET_COLS)) throw new InputLimitError(limitProblems.columnBeyondExcel(sheet, ref));
  }

  /** A sheet spanning `cells` cells over `rows` rows, its widest row ending at `lastColumn`. */
  sheet(sheet: string, cells: number, rows: number, lastColumn: string): void {
    this.used += cells;
    if (this.used > this.limit) throw new InputLimitError(limitProblems.tooManyCells(sheet, rows, lastColumn, this.limit));
  }
}

/** One decoder for every part (making one per part cost more than decoding a small part). */
const utf8Decoder = new TextDecoder('utf-8');

/** UTF-8 text of a part, or UTF-16 when it starts with a byte-order mark (valid XML; some tools write it). */
export function decodePart(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return utf8Decoder.decode(bytes);
}

/** Whether a part is UTF-16 (then it is handed on as UTF-8, its declaration saying so). */
export const isUtf16 = (bytes: Uint8Array): boolean =>
  bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));

/** A decoded UTF-16 part's XML declaration made to say UTF-8 (how it is written on). */
export const declareUtf8 = (xml: string): string => xml.replace(/^(<\?xml[^>]*?encoding\s*=\s*["'])utf-16(?:le|be)?(["'])/i, '$1UTF-8$2');
