/**
 * Row heights for a SheetSpec. Neither ExcelJS nor Office.js fits a row to wrapped text when a
 * sheet is written, so a long finding message or a two-line header would print clipped on A4.
 * Both adapters ask this function for the heights and set them, so every written sheet (summary,
 * template, ranking) prints readably.
 */
import type { SheetSpec, SpecCell } from './sheet-spec';
import { isTrimmedSpace } from './text/trim';

/** Excel's default row height in points for 11-pt text. */
export const BASE_ROW_HEIGHT = 15;
const DEFAULT_COLUMN_WIDTH = 8.43;
/** Characters per unit of Excel column width (the width of "0"); Vietnamese text runs about as wide. */
const CHARS_PER_WIDTH_UNIT = 1.0;

function cellText(c: SpecCell): string {
  const v = c.value;
  if (!v) return '';
  if ('text' in v) return v.text;
  if ('link' in v) return v.link.text;
  if ('number' in v) return String(v.number);
  return '';
}

/** Width in characters of the cell, across its merged range when it is the merge's top-left. */
function widthOf(spec: SheetSpec, c: SpecCell): number {
  const width = (col: number) => spec.columnWidths?.[col] || DEFAULT_COLUMN_WIDTH;
  const merge = spec.merges?.find((m) => m.top === c.row && m.left === c.col);
  if (!merge) return width(c.col);
  let sum = 0;
  for (let col = merge.left; col <= merge.right; col++) sum += width(col);
  return sum;
}

/**
 * JavaScript's \s (what split(/\s+/) splits on) but the line feed, which ends a line: spaces,
 * tabs, no-break and typographic spaces, line and paragraph separators, the byte-order mark —
 * the white space trim() removes (text/trim.ts), less the line feed.
 */
function isSpace(code: number): boolean {
  return code !== 0x0a && isTrimmedSpace(code);
}

/**
 * Lines a text takes in a column `width` characters wide (explicit line breaks included), by
 * greedy word wrap as Excel does: a word that does not fit moves to the next line. Words are
 * the runs between spaces, measured in place (a results workbook measures ≈ 100,000 texts).
 */
export function linesNeeded(text: string, width: number): number {
  const perLine = Math.max(1, Math.floor(width * CHARS_PER_WIDTH_UNIT));
  let lines = 1;
  let used = 0;
  const n = text.length;
  for (let i = 0; i <= n; ) {
    const code = i < n ? text.charCodeAt(i) : 0x0a;
    if (code === 0x0a) {
      // End of a line of the text: the next one starts on a new line.
      if (i < n) lines++;
      used = 0;
      i++;
      continue;
    }
    if (isSpace(code)) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < n && !isSpace(text.charCodeAt(end)) && text.charCodeAt(end) !== 0x0a) end++;
    const length = end - i;
    const need = used === 0 ? length : used + 1 + length;
    if (need <= perLine) used = need;
    else {
      // A word longer than the line breaks over several lines.
      lines += used === 0 ? Math.ceil(length / perLine) - 1 : Math.ceil(length / perLine);
      used = length % perLine || perLine;
    }
    i = end;
  }
  return lines;
}

/**
 * Height (points) of every row that needs more than one line; rows that fit keep Excel's default.
 * Only wrapped cells count: unwrapped text spills into empty neighbours or is cut, as Excel does.
 */
export function estimateRowHeights(spec: SheetSpec): Map<number, number> {
  const heights = new Map<number, number>();
  for (const c of spec.cells) {
    const style = c.style;
    const lineHeight = BASE_ROW_HEIGHT * ((style?.fontSize ?? 11) / 11);
    // Only a wrapped cell's text is measured (a number's text is not made for nothing).
    const text = style?.wrap ? cellText(c) : '';
    const lines = text ? linesNeeded(text, widthOf(spec, c)) : 1;
    const h = Math.round(lines * lineHeight * 10) / 10;
    if (h > BASE_ROW_HEIGHT && h > (heights.get(c.row) ?? 0)) heights.set(c.row, Math.min(h, 409));
  }
  for (const [key, min] of Object.entries(spec.minRowHeights ?? {})) {
    const row = Number(key);
    if (min > BASE_ROW_HEIGHT && min > (heights.get(row) ?? 0)) heights.set(row, Math.min(min, 409));
  }
  return heights;
}
