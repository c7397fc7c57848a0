/**
 * Small helpers to lay out SheetSpec cells. Every string goes through `txt`, so text copied
 * from a checked workbook ("=HYPERLINK(…)", "+84 912", "@x") is always written as text.
 */
import type { CellStyle, SpecCell, SpecValue } from '../sheet-spec';
import { shown2 } from './shown';

export const HEADER_FILL = 'DDEBF7';
export const GROUP_FILL = 'F2F2F2';

export const styles = {
  title: { bold: true, fontSize: 14 } as CellStyle,
  header: { bold: true, fill: HEADER_FILL, border: true, wrap: true, hAlign: 'center', vAlign: 'middle' } as CellStyle,
  group: { bold: true, fill: GROUP_FILL, border: true } as CellStyle,
  textCell: { border: true, wrap: true, vAlign: 'top' } as CellStyle,
  numberCell: { border: true, numberFormat: '0.00', vAlign: 'top' } as CellStyle,
  intCell: { border: true, numberFormat: '0', hAlign: 'center', vAlign: 'top' } as CellStyle,
  label: { bold: true } as CellStyle,
};

export function txt(s: string | null | undefined): SpecValue {
  return s === null || s === undefined || s === '' ? null : { text: s };
}

/** A score or index as shown: rounded to 2 decimals (the cell's format shows "0.00"). */
export function num2(n: number | null | undefined): SpecValue {
  return n === null || n === undefined || !Number.isFinite(n) ? null : { number: shown2(n) };
}

export function int(n: number): SpecValue {
  return { number: n };
}

/** Collects cells; `row` writes consecutive columns from `col`. */
export class CellWriter {
  readonly cells: SpecCell[] = [];

  put(row: number, col: number, value: SpecValue, style?: CellStyle): void {
    this.cells.push(style ? { row, col, value, style } : { row, col, value });
  }

  row(row: number, values: readonly SpecValue[], style?: CellStyle | ((col: number) => CellStyle | undefined), col = 0): void {
    for (let i = 0; i < values.length; i++) this.put(row, col + i, values[i], typeof style === 'function' ? style(col + i) : style);
  }
}
