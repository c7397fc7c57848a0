/**
 * Reading a worksheet into the engine's plain Grid in ONE context.sync, whatever the size.
 *
 * The read area runs from A1 to the last used cell (getBoundingRect), so grid coordinates are
 * sheet coordinates with no offset arithmetic; with `maxRows` it is cut to the top rows.
 * Loaded in the same round trip: values, formulas, value types (Excel errors), number formats
 * (a declared 0.8 shown as "80%") and, where the API set exists, hyperlinks and hidden rows
 * (ExcelApi 1.9) and merged areas (1.13).
 * Skipped on purpose: cell notes (Office.js cannot list notes with their cells in one round
 * trip) and hidden rows/links/merges on Excel with only ExcelApi 1.7/1.8.
 */
import type { CellScalar, Grid, GridCell, MergeRange } from '../engine/grid';
import { columnLetter, parseA1 } from '../engine/grid';
import { hyperlinkFormulaTarget } from '../engine/text/hyperlink-formula';
import type { ExcelSupports } from './office-env';

/** Plain data as loaded from Excel (also what tests feed to toGrid). */
export interface RangeData {
  sheetName: string;
  rowIndex: number;
  columnIndex: number;
  values: unknown[][];
  formulas: unknown[][];
  valueTypes: string[][];
  /** Number format per cell ("General", "0%"), when loaded. */
  numberFormats?: unknown[][];
  /** Hyperlink target per cell (null = none), when loaded. */
  hyperlinks?: (string | null)[][];
  /** Absolute 0-based indexes of hidden rows, when loaded. */
  hiddenRows?: number[];
  /** RangeAreas address of the merged areas ("Sheet1!A1:B2, Sheet1!C5:C6"), when loaded. */
  mergedAddress?: string | null;
  /** Size of the whole used range (the read area may be cut by maxRows). */
  usedRowCount: number;
  usedColCount: number;
}

/** The proxies one read has queued loads on; read them only after the context has synced. */
export interface PendingGridRead {
  sheetName: string;
  used: Excel.Range;
  area: Excel.Range;
  links: OfficeExtension.ClientResult<Excel.CellProperties[][]> | null;
  rowProps: OfficeExtension.ClientResult<Excel.RowProperties[]> | null;
  merged: Excel.RangeAreas | null;
}

/** Queues the loads of one read (no sync); pass the result to readLoadedGrid after the sync. */
export function queueGridRead(sheet: Excel.Worksheet, sheetName: string, supports: ExcelSupports, maxRows?: number, maxCols?: number): PendingGridRead {
  const used = sheet.getUsedRange(true); // a blank sheet answers A1, never an error
  used.load('rowIndex,columnIndex,rowCount,columnCount');
  let area = sheet.getRange('A1').getBoundingRect(used);
  if (maxRows !== undefined && maxRows > 0) area = area.getIntersection(sheet.getRange(`1:${Math.floor(maxRows)}`));
  if (maxCols !== undefined && maxCols > 0) area = area.getIntersection(sheet.getRange(`A:${columnLetter(Math.floor(maxCols) - 1)}`));
  area.load('rowIndex,columnIndex,values,formulas,valueTypes,numberFormat');
  const links = supports.pageLayout ? area.getCellProperties({ hyperlink: true }) : null;
  const rowProps = supports.pageLayout ? area.getRowProperties({ rowIndex: true, rowHidden: true }) : null;
  const merged = supports.mergedAreas ? area.getMergedAreasOrNullObject() : null;
  if (merged) merged.load('address');
  return { sheetName, used, area, links, rowProps, merged };
}

/** The grid from a read queued by queueGridRead, once the context has synced. */
export function readLoadedGrid(p: PendingGridRead): Grid {
  const data: RangeData = {
    sheetName: p.sheetName,
    rowIndex: p.area.rowIndex,
    columnIndex: p.area.columnIndex,
    values: p.area.values,
    formulas: p.area.formulas,
    valueTypes: p.area.valueTypes as string[][],
    numberFormats: p.area.numberFormat,
    usedRowCount: p.used.rowIndex + p.used.rowCount,
    usedColCount: p.used.columnIndex + p.used.columnCount,
  };
  if (p.links) {
    data.hyperlinks = p.links.value.map((row) =>
      row.map((c) => c.hyperlink?.address || (c.hyperlink?.documentReference ? `#${c.hyperlink.documentReference}` : null) || null),
    );
  }
  if (p.rowProps) data.hiddenRows = p.rowProps.value.filter((r) => r.rowHidden).map((r) => r.rowIndex ?? -1);
  if (p.merged) data.mergedAddress = p.merged.isNullObject ? null : p.merged.address;
  return toGrid(data);
}

/** "Sheet1!A1:B2, 'My sheet'!C5" → merge ranges, 0-based. */
export function parseMergedAddress(address: string | null | undefined): MergeRange[] {
  if (!address) return [];
  const out: MergeRange[] = [];
  for (const part of address.split(',')) {
    const local = part.trim().replace(/^.*!/, '');
    const [from, to = from] = local.split(':');
    const a = parseA1(from);
    const b = parseA1(to);
    if (!a || !b) continue;
    out.push({ top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) });
  }
  return out;
}

function scalar(v: unknown): CellScalar {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  return String(v);
}

export function toGrid(d: RangeData): Grid {
  const rows: (GridCell | null)[][] = [];
  for (let r = 0; r < d.rowIndex; r++) rows.push([]); // pad: grid rows are sheet rows
  d.values.forEach((valueRow, i) => {
    const row: (GridCell | null)[] = new Array(d.columnIndex).fill(null);
    valueRow.forEach((raw, j) => {
      const f = d.formulas[i]?.[j];
      const formula = typeof f === 'string' && f.startsWith('=') ? f.slice(1) : undefined;
      const isError = d.valueTypes[i]?.[j] === 'Error';
      const link = d.hyperlinks?.[i]?.[j] ?? (formula ? hyperlinkFormulaTarget(formula) : null);
      const value = scalar(raw);
      if (value === null && !formula && !link) {
        row.push(null);
        return;
      }
      const cell: GridCell = { value };
      if (formula) cell.formula = formula;
      if (isError) cell.error = String(raw);
      if (link) cell.hyperlink = link;
      const numFmt = d.numberFormats?.[i]?.[j];
      if (typeof numFmt === 'string' && numFmt !== '' && numFmt !== 'General') cell.numFmt = numFmt;
      row.push(cell);
    });
    while (row.length && row[row.length - 1] === null) row.pop();
    rows.push(row);
  });
  const merges = parseMergedAddress(d.mergedAddress);
  // Merge slaves are null: the value sits on the master (Excel already reports "" there).
  for (const m of merges) {
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++) {
        if ((r !== m.top || c !== m.left) && rows[r] && c < rows[r].length) rows[r][c] = null;
      }
    }
  }
  return {
    sheetName: d.sheetName,
    rows,
    hiddenRows: (d.hiddenRows ?? []).filter((r) => r >= 0).sort((a, b) => a - b),
    merges,
    rowCount: Math.max(d.usedRowCount, rows.length),
    colCount: Math.max(d.usedColCount, rows.reduce((m, r) => Math.max(m, r.length), 0)),
  };
}
