/**
 * Small helpers to lay out the cells of a SheetSpec (summary sheet and blank template).
 * Strings always go through `textValue`, so text copied from a checked workbook
 * ("=HYPERLINK(…)", "+84 912…", "@x") is written as text and can never become a formula.
 */
import type { MergeRange } from '../grid';
import type { CellStyle, SpecCell, SpecValue } from '../sheet-spec';
import { roundTo } from '../text/format';

export const FILLS = {
  header: 'DDEBF7',
  group: 'F2F2F2',
  input: 'FFF9E5',
  error: 'FFC7CE',
  warning: 'FFEB9C',
  info: 'E2EFDA',
};

export const STYLES = {
  title: { bold: true, fontSize: 14, hAlign: 'center', vAlign: 'middle', wrap: true } as CellStyle,
  subtitle: { italic: true, hAlign: 'center', wrap: true } as CellStyle,
  label: { bold: true } as CellStyle,
  header: { bold: true, fill: FILLS.header, border: true, wrap: true, hAlign: 'center', vAlign: 'middle' } as CellStyle,
  text: { border: true, wrap: true, vAlign: 'top' } as CellStyle,
  code: { border: true, vAlign: 'top', hAlign: 'left' } as CellStyle,
  number: { border: true, numberFormat: '0.00', vAlign: 'top' } as CellStyle,
  count: { border: true, numberFormat: '0', hAlign: 'center', vAlign: 'top' } as CellStyle,
};

export function textValue(s: string | null | undefined): SpecValue {
  return s === null || s === undefined || s === '' ? null : { text: s };
}

/** A score or index as shown: rounded to 2 decimals, the same figure the cell's "0.00" displays. */
export function number2(n: number | null | undefined): SpecValue {
  return n === null || n === undefined || !Number.isFinite(n) ? null : { number: roundTo(n, 2) };
}

export function withStyle(base: CellStyle, extra: CellStyle): CellStyle {
  return { ...base, ...extra };
}

/** Collects cells and merges while a builder walks down the sheet. */
export class SheetWriter {
  readonly cells: SpecCell[] = [];
  readonly merges: MergeRange[] = [];

  put(row: number, col: number, value: SpecValue, style?: CellStyle): void {
    this.cells.push(style ? { row, col, value, style } : { row, col, value });
  }

  /** Writes `value` in the first cell and merges it across to `lastCol`; the other cells get the style (borders). */
  span(row: number, col: number, lastCol: number, value: SpecValue, style?: CellStyle): void {
    this.put(row, col, value, style);
    for (let c = col + 1; c <= lastCol; c++) if (style) this.put(row, c, null, style);
    if (lastCol > col) this.merges.push({ top: row, left: col, bottom: row, right: lastCol });
  }

  /** The cell at row/col, if written (tests and later tweaks). */
  at(row: number, col: number): SpecCell | undefined {
    return this.cells.find((c) => c.row === row && c.col === col);
  }
}
