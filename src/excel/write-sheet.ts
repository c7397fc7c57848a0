/**
 * Rendering a SheetSpec (src/engine/sheet-spec.ts) onto a fresh worksheet: queued only, one sync
 * by the caller. Values, number formats and formulas go in as three whole-block matrices (null =
 * "leave this cell"), so the cost does not grow with the cell count.
 *
 * Text stays text: text cells get the "@" number format BEFORE the values are written, so a unit
 * name like "=HYPERLINK(…)" or "+84 …" is stored as typed, never run as a formula.
 */
import { estimateRowHeights } from '../engine/sheet-layout';
import { safeSheetSpec } from '../engine/cell-text';
import { cmToPoints, headerFooterCode, type CellStyle, type SheetSpec, type SpecCell, type ValidationSpec } from '../engine/sheet-spec';
import { a1, columnLetter } from '../engine/grid';
import type { ExcelSupports } from './office-env';

type Matrix = (string | number | null)[][];

function blank(rows: number, cols: number): Matrix {
  return Array.from({ length: rows }, () => new Array<string | number | null>(cols).fill(null));
}

/** Excel column width is in points; a SheetSpec gives characters of the default font. */
export function charsToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

const H_ALIGN = { left: 'Left', center: 'Center', right: 'Right' } as const;
const V_ALIGN = { top: 'Top', middle: 'Center', bottom: 'Bottom' } as const;
// Plain strings: the Excel.* enums only exist once office.js has loaded (not in tests).
const EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'] as const;

function applyStyle(range: Excel.Range, style: CellStyle, multiColumn: boolean): void {
  const f = range.format;
  if (style.bold !== undefined) f.font.bold = style.bold;
  if (style.italic !== undefined) f.font.italic = style.italic;
  if (style.fontSize !== undefined) f.font.size = style.fontSize;
  if (style.fontColor) f.font.color = `#${style.fontColor}`;
  if (style.fill) f.fill.color = `#${style.fill}`;
  if (style.wrap !== undefined) f.wrapText = style.wrap;
  if (style.hAlign) f.horizontalAlignment = H_ALIGN[style.hAlign];
  if (style.vAlign) f.verticalAlignment = V_ALIGN[style.vAlign];
  if (style.locked === false) f.protection.locked = false;
  if (style.border) {
    const edges = multiColumn ? [...EDGES, 'InsideVertical' as const] : EDGES;
    for (const edge of edges) f.borders.getItem(edge).style = 'Continuous';
  }
}

/** Runs of horizontally adjacent cells with the same style, so each run is styled once. */
function styleRuns(cells: SpecCell[]): { row: number; col: number; width: number; style: CellStyle }[] {
  const styled = cells.filter((c) => c.style).sort((a, b) => a.row - b.row || a.col - b.col);
  const runs: { row: number; col: number; width: number; style: CellStyle; key: string }[] = [];
  for (const c of styled) {
    const key = JSON.stringify(c.style);
    const last = runs[runs.length - 1];
    if (last && last.row === c.row && last.col + last.width === c.col && last.key === key) last.width++;
    else runs.push({ row: c.row, col: c.col, width: 1, style: c.style as CellStyle, key });
  }
  return runs;
}

function validationRule(v: ValidationSpec): Excel.DataValidationRule | null {
  if (v.type === 'list') {
    if (!v.list?.length) return null;
    // The API reads the list with "," between items: a decimal comma ("0,5") becomes a point.
    const items = v.list.map((s) => (/^-?\d+,\d+$/.test(s.trim()) ? s.trim().replace(',', '.') : s));
    if (items.some((s) => s.includes(','))) return null;
    return { list: { inCellDropDown: true, source: items.join(',') } };
  }
  if (v.min !== undefined && v.max !== undefined) return { decimal: { formula1: v.min, formula2: v.max, operator: 'Between' } };
  if (v.min !== undefined) return { decimal: { formula1: v.min, operator: 'GreaterThanOrEqualTo' } };
  if (v.max !== undefined) return { decimal: { formula1: v.max, operator: 'LessThanOrEqualTo' } };
  return null;
}

export function queueSheetSpec(sheet: Excel.Worksheet, given: SheetSpec, supports: ExcelSupports): void {
  // Texts cleaned of what XML forbids and cut to the cell limit (engine/cell-text.ts).
  const spec = safeSheetSpec(given);
  const rows = spec.cells.reduce((m, c) => Math.max(m, c.row + 1), 0);
  const cols = spec.cells.reduce((m, c) => Math.max(m, c.col + 1), 0);
  if (rows > 0 && cols > 0) {
    const formats = blank(rows, cols);
    const values = blank(rows, cols);
    const formulas = blank(rows, cols);
    let hasFormula = false;
    for (const c of spec.cells) {
      const v = c.value;
      if (c.style?.numberFormat) formats[c.row][c.col] = c.style.numberFormat;
      if (v === null) continue;
      if ('text' in v) {
        formats[c.row][c.col] = '@';
        values[c.row][c.col] = v.text;
      } else if ('number' in v) {
        values[c.row][c.col] = v.number;
      } else if ('formula' in v) {
        formulas[c.row][c.col] = `=${v.formula}`;
        hasFormula = true;
      } else if ('link' in v) {
        formats[c.row][c.col] = '@'; // the shown text is text too
      }
    }
    const block = sheet.getRange(`A1:${a1(rows - 1, cols - 1)}`);
    block.numberFormat = formats; // first: "@" must be in place before the text arrives
    block.values = values;
    if (hasFormula) block.formulas = formulas;
  }

  for (const c of spec.cells) {
    const v = c.value;
    if (!v || !('link' in v)) continue;
    const { text, sheet: target, cell, url } = v.link;
    const range = sheet.getRange(a1(c.row, c.col));
    range.hyperlink = url
      ? { address: url, textToDisplay: text }
      : { documentReference: `'${(target ?? spec.name).replace(/'/g, "''")}'!${cell ?? 'A1'}`, textToDisplay: text };
    if (!c.style?.fontColor) range.format.font.color = '#0563C1';
    range.format.font.underline = 'Single';
  }

  for (const run of styleRuns(spec.cells)) {
    const address = run.width > 1 ? `${a1(run.row, run.col)}:${a1(run.row, run.col + run.width - 1)}` : a1(run.row, run.col);
    applyStyle(sheet.getRange(address), run.style, run.width > 1);
  }

  for (const m of spec.merges ?? []) sheet.getRange(`${a1(m.top, m.left)}:${a1(m.bottom, m.right)}`).merge(false);

  (spec.columnWidths ?? []).forEach((w, col) => {
    if (w > 0) sheet.getRange(`${columnLetter(col)}:${columnLetter(col)}`).format.columnWidth = charsToPoints(w);
  });
  // Excel does not fit rows to wrapped text that is written by code: set the heights it needs.
  for (const [row, height] of estimateRowHeights(spec)) sheet.getRange(a1(row, 0)).format.rowHeight = height;

  if (supports.dataValidation) {
    for (const v of spec.validations ?? []) {
      const rule = validationRule(v);
      if (!rule) continue;
      const dv = sheet.getRange(a1(v.row, v.col)).dataValidation;
      dv.rule = rule;
      // Excel limits: prompt 255 characters, error message 225.
      if (v.prompt) dv.prompt = { showPrompt: true, title: '', message: v.prompt.slice(0, 255) };
      if (v.error) dv.errorAlert = { showAlert: true, style: 'Stop', title: '', message: v.error.slice(0, 225) };
    }
  }

  if (spec.freezeRows && spec.freezeRows > 0) sheet.freezePanes.freezeRows(spec.freezeRows);

  if (spec.print && supports.pageLayout) {
    const page = sheet.pageLayout;
    page.orientation = spec.print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
    page.paperSize = 'A4';
    // One page wide; 0 pages tall = as many as needed (Excel's "Automatic").
    if (spec.print.fitToWidth) page.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    const rr = spec.print.repeatRows;
    if (rr) page.setPrintTitleRows(`$${rr.first + 1}:$${rr.last + 1}`);
    if (spec.print.centerHorizontally) page.centerHorizontally = true;
    const m = spec.print.margins;
    if (m) {
      // Office.js takes points; header and footer sit half-way into the top and bottom margins.
      page.leftMargin = cmToPoints(m.left);
      page.rightMargin = cmToPoints(m.right);
      page.topMargin = cmToPoints(m.top);
      page.bottomMargin = cmToPoints(m.bottom);
      page.headerMargin = cmToPoints(m.top / 2);
      page.footerMargin = cmToPoints(m.bottom / 2);
    }
    const all = spec.print.footer || spec.print.header ? page.headersFooters.defaultForAllPages : null;
    if (all && spec.print.header) {
      const h = spec.print.header;
      if (h.left) all.leftHeader = headerFooterCode(h.left);
      if (h.center) all.centerHeader = headerFooterCode(h.center);
      if (h.right) all.rightHeader = headerFooterCode(h.right);
    }
    if (all && spec.print.footer) {
      const f = spec.print.footer;
      if (f.left) all.leftFooter = headerFooterCode(f.left);
      if (f.center) all.centerFooter = headerFooterCode(f.center);
      if (f.right) all.rightFooter = headerFooterCode(f.right);
    }
  }

  // Rows and columns stay resizable: a unit typing a long answer in a wrapped cell must be able
  // to make its row taller (the file adapter allows the same).
  if (spec.protect) sheet.protection.protect({ allowFormatRows: true, allowFormatColumns: true });
  // Plain strings: the Excel.SheetVisibility enum only exists once office.js has loaded.
  if (spec.visibility) sheet.visibility = spec.visibility === 'veryHidden' ? 'VeryHidden' : 'Hidden';
}
