/**
 * The mark of a requests workbook: a very hidden sheet saying what was sent (unit, scoresheet,
 * criteria set, year, deadline), where the request table sits and which items it lists, with a
 * digest of the request rows. When the unit sends the workbook back, the checker recognises it
 * by this sheet (never by guessing from the visible one) and reads the answers by item code.
 *
 * Layout: key in column A, value in column B, one pair per row; then a row "items" and one row
 * per request: code | asked | 1-based row on the request sheet as written.
 */
import { cellAt, type Grid } from '../grid';
import type { SheetSpec, SpecCell } from '../sheet-spec';
import type { RequestAsked } from './explanation-requests';

export const REQUESTS_MARK_SHEET = '_par_check_requests';
export const REQUESTS_FORMAT = 'par-check-requests/1';

export interface RequestsMarkItem {
  code: string;
  asked: RequestAsked;
  /** 0-based row of the item on the request sheet, as written. */
  row: number;
}

export interface RequestsMark {
  format: string;
  unit: string;
  /** The scoresheet the requests were made from (file name) and its sheet. */
  file: string | null;
  sheet: string | null;
  setId: string | null;
  setVersion: string | null;
  year: number | null;
  /** "dd/mm/yyyy", or null when left to be filled in. */
  deadline: string | null;
  requestSheet: string;
  /** 0-based header row and columns of the request table. */
  headerRow: number;
  codeCol: number;
  explanationCol: number;
  evidenceCol: number;
  digest: string;
  items: RequestsMarkItem[];
}

const ASKED: RequestAsked[] = ['explain', 'evidence', 'both'];

export function buildMarkSheet(mark: RequestsMark): SheetSpec {
  const cells: SpecCell[] = [];
  const put = (row: number, col: number, v: string | number | null) =>
    cells.push({ row, col, value: v === null ? null : typeof v === 'number' ? { number: v } : { text: v } });
  const pairs: [string, string | number | null][] = [
    ['format', mark.format],
    ['unit', mark.unit],
    ['file', mark.file],
    ['sheet', mark.sheet],
    ['setId', mark.setId],
    ['setVersion', mark.setVersion],
    ['year', mark.year],
    ['deadline', mark.deadline],
    ['requestSheet', mark.requestSheet],
    ['headerRow', mark.headerRow],
    ['codeCol', mark.codeCol],
    ['explanationCol', mark.explanationCol],
    ['evidenceCol', mark.evidenceCol],
    ['digest', mark.digest],
    ['count', mark.items.length],
  ];
  pairs.forEach(([k, v], r) => {
    put(r, 0, k);
    put(r, 1, v);
  });
  let row = pairs.length;
  put(row++, 0, 'items');
  for (const item of mark.items) {
    put(row, 0, item.code);
    put(row, 1, item.asked);
    put(row, 2, item.row);
    row++;
  }
  return { name: REQUESTS_MARK_SHEET, cells, visibility: 'veryHidden' };
}

const str = (v: unknown): string | null => (v === null || v === undefined || v === '' ? null : String(v).trim() || null);
const int = (v: unknown): number | null => {
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^\s*\d+\s*$/.test(v) ? Number(v) : NaN;
  return Number.isInteger(n) && n >= 0 ? n : null;
};

/** The mark read from its sheet; null when the sheet is not a mark of ours (or is damaged). */
export function readMark(grid: Grid): RequestsMark | null {
  const values = new Map<string, unknown>();
  let r = 0;
  for (; r < grid.rows.length; r++) {
    const key = str(cellAt(grid, r, 0)?.value);
    if (key === 'items') break;
    if (key) values.set(key, cellAt(grid, r, 1)?.value ?? null);
  }
  const format = str(values.get('format'));
  if (!format || !format.startsWith('par-check-requests/')) return null;
  const items: RequestsMarkItem[] = [];
  for (r++; r < grid.rows.length; r++) {
    const code = str(cellAt(grid, r, 0)?.value);
    const asked = str(cellAt(grid, r, 1)?.value) as RequestAsked | null;
    const row = int(cellAt(grid, r, 2)?.value);
    if (!code) continue;
    items.push({ code, asked: asked && ASKED.includes(asked) ? asked : 'explain', row: row ?? -1 });
  }
  const headerRow = int(values.get('headerRow'));
  const codeCol = int(values.get('codeCol'));
  const explanationCol = int(values.get('explanationCol'));
  const evidenceCol = int(values.get('evidenceCol'));
  if (headerRow === null || codeCol === null || explanationCol === null || evidenceCol === null) return null;
  return {
    format,
    unit: str(values.get('unit')) ?? '',
    file: str(values.get('file')),
    sheet: str(values.get('sheet')),
    setId: str(values.get('setId')),
    setVersion: str(values.get('setVersion')),
    year: int(values.get('year')),
    deadline: str(values.get('deadline')),
    requestSheet: str(values.get('requestSheet')) ?? '',
    headerRow,
    codeCol,
    explanationCol,
    evidenceCol,
    digest: str(values.get('digest')) ?? '',
    items,
  };
}
