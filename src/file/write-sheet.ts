/**
 * Render a SheetSpec (src/engine/sheet-spec.ts) into an ExcelJS workbook: values, styles,
 * merges, widths, validations, frozen header, A4 print setup and protection.
 * The Office.js adapter renders the same spec, so keep the meaning of each field identical.
 */
import { estimateRowHeights } from '../engine/sheet-layout';
import type { CellValue, DataValidation, Workbook, Worksheet } from 'exceljs';
import { safeSheetSpec } from '../engine/cell-text';
import { a1 } from '../engine/grid';
import { cmToInches, printLineCode, type SheetSpec, type SpecValue, type ValidationSpec } from '../engine/sheet-spec';
import type { WriteOptions } from '../workbook/port';
import { toExcelStyle } from './excel-style';
import { LISTS_SHEET } from './internal-sheets';

/** Excel's paperSize code for A4. */
const PAPER_A4 = 9;
/** Longest inline list formula Excel accepts ("a,b,c" within quotes). */
const MAX_INLINE_LIST = 255;

/** Worksheet fields ExcelJS has but does not declare in its typings. */
interface WorksheetInternals {
  orderNo: number;
  sheetProtection: Record<string, boolean> | null;
}
const internals = (ws: Worksheet): WorksheetInternals => ws as unknown as WorksheetInternals;

export function findSheet(wb: Workbook, name: string): Worksheet | undefined {
  // Excel sheet names are case-insensitive: "tổng hợp" and "Tổng hợp" are the same sheet.
  const lower = name.toLocaleLowerCase('vi');
  return wb.worksheets.find((ws) => ws.name.toLocaleLowerCase('vi') === lower);
}

export function toCellValue(value: SpecValue): CellValue {
  if (value === null) return null;
  // Text stays text even when it starts with "=": ExcelJS writes a string as a string cell.
  if ('text' in value) return value.text;
  if ('number' in value) return value.number;
  if ('formula' in value) {
    const formula = value.formula.replace(/^=/, '');
    return value.result === undefined ? { formula } : { formula, result: value.result };
  }
  const { text, sheet, cell, url } = value.link;
  if (url) return { text, hyperlink: url };
  // "#'Sheet'!F12" is the in-workbook link form Excel follows; the quotes allow spaces.
  const target = sheet ? `#'${sheet.replace(/'/g, "''")}'!${cell ?? 'A1'}` : `#${cell ?? 'A1'}`;
  return { text, hyperlink: target };
}

/** Create (or replace) the sheet named in the spec and fill it. Returns the new worksheet. */
export function writeSheetSpec(wb: Workbook, given: SheetSpec, options: WriteOptions = {}): Worksheet {
  // Texts cleaned of what XML forbids and cut to the cell limit (engine/cell-text.ts).
  const spec = safeSheetSpec(given);
  const existing = findSheet(wb, spec.name);
  if (existing && options.replace === false) {
    throw new Error(
      `Sổ làm việc đã có sheet "${spec.name}". / The workbook already has a sheet named "${spec.name}".`,
    );
  }
  const orderNo = existing ? internals(existing).orderNo : undefined;
  if (existing) wb.removeWorksheet(existing.id);
  const ws = wb.addWorksheet(spec.name);
  // Keep the replaced sheet's place among the tabs (ExcelJS orders sheets by orderNo).
  if (orderNo !== undefined) internals(ws).orderNo = orderNo;

  for (const c of spec.cells) {
    const cell = ws.getCell(c.row + 1, c.col + 1);
    cell.value = toCellValue(c.value);
    if (c.style) cell.style = toExcelStyle(c.style);
  }
  spec.columnWidths?.forEach((w, i) => {
    if (w > 0) ws.getColumn(i + 1).width = w;
  });
  for (const [row, height] of estimateRowHeights(spec)) ws.getRow(row + 1).height = height;
  for (const m of spec.merges ?? []) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  for (const v of spec.validations ?? []) ws.getCell(v.row + 1, v.col + 1).dataValidation = toValidation(wb, v);

  if (spec.freezeRows) {
    ws.views = [{ state: 'frozen', xSplit: 0, ySplit: spec.freezeRows, topLeftCell: `A${spec.freezeRows + 1}` }];
  }
  if (spec.print) {
    ws.pageSetup = {
      ...ws.pageSetup,
      paperSize: PAPER_A4,
      orientation: spec.print.orientation,
      ...(spec.print.fitToWidth ? { fitToPage: true, fitToWidth: 1, fitToHeight: 0 } : {}),
      ...(spec.print.repeatRows
        ? { printTitlesRow: `${spec.print.repeatRows.first + 1}:${spec.print.repeatRows.last + 1}` }
        : {}),
      ...(spec.print.centerHorizontally ? { horizontalCentered: true } : {}),
    };
    const m = spec.print.margins;
    if (m) {
      // ExcelJS takes inches; header and footer sit half-way into the top and bottom margins.
      ws.pageSetup.margins = {
        left: cmToInches(m.left), right: cmToInches(m.right), top: cmToInches(m.top), bottom: cmToInches(m.bottom),
        header: cmToInches(m.top / 2), footer: cmToInches(m.bottom / 2),
      };
    }
    if (spec.print.footer || spec.print.header) {
      ws.headerFooter = {
        ...ws.headerFooter,
        ...(spec.print.header ? { oddHeader: printLineCode(spec.print.header) } : {}),
        ...(spec.print.footer ? { oddFooter: printLineCode(spec.print.footer) } : {}),
      };
    }
  }
  if (spec.protect) {
    // No password: protection only guards the locked cells against slips, it is not security.
    // Setting sheetProtection directly = what ws.protect('') does, without its promise.
    internals(ws).sheetProtection = {
      sheet: true,
      selectLockedCells: true,
      selectUnlockedCells: true,
      formatColumns: true,
      formatRows: true,
    };
  }
  if (spec.visibility) ws.state = spec.visibility;
  if (options.activate) activate(wb, ws);
  return ws;
}

function toValidation(wb: Workbook, v: ValidationSpec): DataValidation {
  const messages = {
    ...(v.prompt ? { showInputMessage: true, prompt: v.prompt } : {}),
    ...(v.error ? { showErrorMessage: true, error: v.error, errorStyle: 'stop' } : { showErrorMessage: true }),
  };
  if (v.type === 'decimal') {
    return {
      type: 'decimal',
      operator: 'between',
      allowBlank: true,
      formulae: [v.min ?? 0, v.max ?? 0],
      ...messages,
    };
  }
  const items = v.list ?? [];
  const inline = items.join(',');
  if (!items.some((s) => s.includes(',') || s.includes('"')) && inline.length + 2 <= MAX_INLINE_LIST) {
    return { type: 'list', allowBlank: true, formulae: [`"${inline}"`], ...messages };
  }
  return { type: 'list', allowBlank: true, formulae: [storeList(wb, items)], ...messages };
}

/** Write the items in a column of the very hidden lists sheet; return the absolute range. */
function storeList(wb: Workbook, items: string[]): string {
  let ws = wb.getWorksheet(LISTS_SHEET);
  if (!ws) {
    ws = wb.addWorksheet(LISTS_SHEET);
    ws.state = 'veryHidden';
  }
  const joined = items.join('\u0000');
  // Reuse a column already holding the same list (a template has many identical ones).
  for (let col = 1; col <= ws.columnCount; col++) {
    const values = ws.getColumn(col).values.slice(1).map(String);
    if (values.join('\u0000') === joined) return listRange(col, items.length);
  }
  const col = ws.columnCount + 1;
  items.forEach((s, i) => (ws.getCell(i + 1, col).value = s));
  return listRange(col, items.length);
}

function listRange(col: number, count: number): string {
  const [first, last] = [a1(0, col - 1), a1(count - 1, col - 1)].map((a) => a.replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2'));
  return `'${LISTS_SHEET}'!${first}:${last}`;
}

function activate(wb: Workbook, ws: Worksheet): void {
  const index = wb.worksheets.indexOf(ws);
  for (const other of wb.worksheets) {
    const view = other.views[0] ?? {};
    other.views = [{ ...view, tabSelected: other === ws } as unknown as (typeof other.views)[number], ...other.views.slice(1)];
  }
  const book = wb.views[0] ?? { x: 0, y: 0, width: 10000, height: 20000, visibility: 'visible' };
  wb.views = [{ ...book, activeTab: index, firstSheet: 0 }];
}
