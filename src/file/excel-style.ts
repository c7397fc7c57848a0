/**
 * CellStyle (the adapter-neutral style of sheet-spec.ts) → ExcelJS style parts.
 * Only the parts the spec sets are produced, so a cell keeps ExcelJS defaults for the rest.
 */
import type { Style, Borders, Border } from 'exceljs';
import type { CellStyle } from '../engine/sheet-spec';

const argb = (hex: string): string => 'FF' + hex.replace(/^#/, '').toUpperCase();

const thin: Partial<Border> = { style: 'thin', color: { argb: 'FF000000' } };
const allThin: Partial<Borders> = { top: thin, left: thin, bottom: thin, right: thin };

export function toExcelStyle(style: CellStyle): Partial<Style> {
  const out: Partial<Style> = {};
  if (style.bold || style.italic || style.fontSize || style.fontColor) {
    out.font = {
      ...(style.bold ? { bold: true } : {}),
      ...(style.italic ? { italic: true } : {}),
      ...(style.fontSize ? { size: style.fontSize } : {}),
      ...(style.fontColor ? { color: { argb: argb(style.fontColor) } } : {}),
    };
  }
  if (style.fill) out.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(style.fill) } };
  if (style.border) out.border = allThin;
  if (style.wrap || style.hAlign || style.vAlign) {
    out.alignment = {
      ...(style.wrap ? { wrapText: true } : {}),
      ...(style.hAlign ? { horizontal: style.hAlign } : {}),
      ...(style.vAlign ? { vertical: style.vAlign } : {}),
    };
  }
  if (style.numberFormat) out.numFmt = style.numberFormat;
  if (style.locked === false) out.protection = { locked: false };
  return out;
}
