/**
 * A sheet to write, described as plain data: the summary sheet, the blank template,
 * the ranking workbook's sheets. Both adapters (ExcelJS file, Office.js) render the same spec,
 * so what the CLI writes and what the pane inserts cannot drift apart.
 *
 * Text is always written as text: a unit name "=HYPERLINK(…)" or "+84…" must never become
 * a formula, so text values are a separate variant from formulas.
 */
import type { MergeRange } from './grid';

export type SpecValue =
  | { text: string }
  | { number: number }
  /** Formula without the leading "="; `result` is the value to cache where the writer can. */
  | { formula: string; result?: number | string }
  /** A link to a cell of this workbook (or a URL) showing `text`. */
  | { link: { text: string; sheet?: string; cell?: string; url?: string } }
  | null;

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  /** 6-digit hex RGB without "#", e.g. "FFF2CC". */
  fill?: string;
  fontColor?: string;
  border?: boolean;
  wrap?: boolean;
  hAlign?: 'left' | 'center' | 'right';
  vAlign?: 'top' | 'middle' | 'bottom';
  /** Excel number format, e.g. "0.00". */
  numberFormat?: string;
  /** false = the user may edit this cell when the sheet is protected. Default true (Excel's default). */
  locked?: boolean;
}

export interface SpecCell {
  /** 0-based row and column. */
  row: number;
  col: number;
  value: SpecValue;
  style?: CellStyle;
}

export interface ValidationSpec {
  /** 0-based cell. */
  row: number;
  col: number;
  type: 'decimal' | 'list';
  min?: number;
  max?: number;
  /** Allowed values for a list (written with the locale's decimal separator by the caller). */
  list?: string[];
  /** Input prompt and error text shown by Excel. */
  prompt?: string;
  error?: string;
}

export interface SheetSpec {
  name: string;
  cells: SpecCell[];
  /** Column widths in characters, by 0-based column. */
  columnWidths?: number[];
  merges?: MergeRange[];
  validations?: ValidationSpec[];
  /**
   * Least height in points by 0-based row (a row with cells left to be filled in by hand gets
   * room to write); wrapped text may still make the row taller (sheet-layout.ts).
   */
  minRowHeights?: Record<number, number>;
  /** Number of top rows to freeze (the header). */
  freezeRows?: number;
  print?: {
    orientation: 'portrait' | 'landscape';
    /** Fit all columns on one page width (A4). */
    fitToWidth: boolean;
    /** 0-based rows repeated at the top of each printed page. */
    repeatRows?: { first: number; last: number };
    /**
     * Footer and header lines of every printed page, as plain text where "{page}" and
     * "{pages}" stand for the page number and the page count (adapters turn them into the
     * codes of their library; see headerFooterCode).
     */
    footer?: PrintLine;
    header?: PrintLine;
    /** Page margins in centimetres (government tables: 2 left, 1.5 right, 1.5 top and bottom). */
    margins?: { left: number; right: number; top: number; bottom: number };
    /** Centre the printed table between the side margins. */
    centerHorizontally?: boolean;
  };
  /** Protect the sheet (no password) so locked cells cannot be edited. */
  protect?: boolean;
  /**
   * Hide the sheet: "veryHidden" cannot be unhidden from Excel's menus (machinery a reader
   * should not stumble on, e.g. the mark of a requests workbook). Default: visible.
   */
  visibility?: 'hidden' | 'veryHidden';
}

/** Text at the left, centre and right of a page header or footer. */
export interface PrintLine {
  left?: string;
  center?: string;
  right?: string;
}

/**
 * One part of a header or footer in Excel's code: "&" doubled, "{page}" → "&P",
 * "{pages}" → "&N". Both ExcelJS and Office.js take these codes.
 */
export function headerFooterCode(text: string): string {
  return text.replace(/&/g, '&&').replace(/\{pages\}/g, '&N').replace(/\{page\}/g, '&P');
}

/** A whole header or footer in Excel's code ("&L…&C…&R…"), for writers that take one string. */
export function printLineCode(line: PrintLine): string {
  return (
    (line.left ? `&L${headerFooterCode(line.left)}` : '') +
    (line.center ? `&C${headerFooterCode(line.center)}` : '') +
    (line.right ? `&R${headerFooterCode(line.right)}` : '')
  );
}

/** Centimetres → inches (ExcelJS margins) and points (Office.js margins). */
export const cmToInches = (cm: number): number => cm / 2.54;
export const cmToPoints = (cm: number): number => (cm / 2.54) * 72;

/** Helpers so builders stay short and never confuse text with formulas. */
export const text = (t: string): SpecValue => ({ text: t });
export const num = (n: number): SpecValue => ({ number: n });
