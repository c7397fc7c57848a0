/**
 * A "one row per unit" table (survey points, exemptions…) read from a Grid: the first sheet of
 * an .xlsx read by an adapter, or CSV text turned into a grid by csv.ts.
 *
 * - The header row is the first of the top 20 rows with a unit-name column ("Đơn vị",
 *   "Tên đơn vị", "Cơ quan, đơn vị"…); an optional file-name column ("Tệp", "Tên tệp") names
 *   the unit's workbook; "STT" is skipped; every other column is kept with its header and the
 *   item or area code the header starts with ("9.1", "LV9", "Lĩnh vực 9", "TC 9.1 …").
 * - Unit names are matched folded (no diacritics, case or punctuation) and without the
 *   prefixes that one side writes and the other leaves out ("UBND", "Ủy ban nhân dân", "Sở",
 *   "huyện", "xã", "phường", "thị trấn", "thành phố"…): "UBND huyện Nam Sách" = "Nam Sách".
 * - Values stay generic (the raw cell, and a number reading on demand), so each use decides what
 *   a value means. Problems name the cell, in both languages, and never stop the reading.
 */
import type { Bilingual } from '../text/lang';
import { a1, cellAt, type Grid, type GridCell } from '../grid';
import type { CellReading } from '../layout/parsed-sheet';
import { foldWords } from '../text/normalize';
import { readCellValue } from '../text/numbers';
import { fileNameOf } from '../text/file-name';

export interface TableColumn {
  /** 0-based column on the grid. */
  col: number;
  /** Header as written (trimmed, line breaks as spaces). */
  header: string;
  /** Item or area code the header names ("9.1", "9"), or null. */
  code: string | null;
  /** The header says it is an area ("LV9", "Lĩnh vực 9"). */
  area: boolean;
}

export interface TableRow {
  /** 0-based row on the grid. */
  row: number;
  /** Unit name as written. */
  unit: string;
  /** The folded matching key of the unit name (see unitKey). */
  key: string;
  /** File name from the file-name column, or null. */
  file: string | null;
}

export interface TableProblem {
  /** A1 address, or null for the whole table. */
  cell: string | null;
  message: Bilingual;
}

export interface UnitTable {
  /** Name of the table (file name, no folders), for messages. */
  source: string;
  grid: Grid;
  headerRow: number;
  unitCol: number;
  fileCol: number | null;
  columns: TableColumn[];
  rows: TableRow[];
  problems: TableProblem[];
}

const HEADER_SCAN_ROWS = 20;
const UNIT_HEADERS = new Set([
  'don vi', 'ten don vi', 'co quan', 'ten co quan', 'co quan don vi', 'ten co quan don vi', 'don vi co quan',
  'dia phuong', 'ten dia phuong', 'don vi dia phuong', 'co quan don vi dia phuong', 'ten don vi dia phuong',
]);
const FILE_HEADERS = new Set(['tep', 'ten tep', 'tep tin', 'ten tep tin', 'file', 'ten file', 'tep bieu', 'tep excel']);
const NUMBER_HEADERS = new Set(['stt', 'tt', 'so tt', 'so thu tu']);

/** Prefixes one side writes and the other often leaves out; stripped repeatedly from the front. */
const UNIT_PREFIXES = [
  'uy ban nhan dan', 'ubnd', 'so', 'huyen', 'xa', 'phuong', 'thi tran', 'thi xa', 'thanh pho', 'quan', 'tp', 'tx', 'tt',
];

/** The matching key of a unit name: folded words without the administrative prefixes. */
export function unitKey(name: string): string {
  let words = foldWords(name);
  for (let changed = true; changed; ) {
    changed = false;
    for (const p of UNIT_PREFIXES) {
      // Keep at least one word: "Sở" alone, or a unit really named "Xã", stays itself.
      if (words.startsWith(p + ' ') && words.length > p.length + 1) {
        words = words.slice(p.length + 1);
        changed = true;
      }
    }
  }
  return words;
}

/** The matching key of a file name: folded words of its last segment without the extension. */
export function fileKey(name: string): string {
  const base = fileNameOf(name);
  return foldWords(base.replace(/\.(xlsx|xlsm|xls|csv)$/i, ''));
}

/** The item or area code a header names: "9.1", "LV9", "LV 9", "Lĩnh vực 9", "TC 9.1 Mức độ…", "9.1 (điểm)". */
export function headerCode(header: string): { code: string; area: boolean } | null {
  const words = foldWords(header);
  const m = /^(lv|linh vuc|tc|tieu chi|tctp|tieu chi thanh phan|chi so thanh phan)?\s*(\d+(?:\s\d+){0,4})(?:\s|$)/.exec(words);
  if (!m) return null;
  // foldWords turned the dots into spaces: "9 1" is "9.1".
  const code = m[2].replace(/\s/g, '.');
  const prefix = m[1] ?? '';
  return { code, area: prefix === 'lv' || prefix === 'linh vuc' || prefix === 'chi so thanh phan' };
}

function textOf(cell: GridCell | null): string {
  if (!cell || cell.value === null || cell.value === undefined) return '';
  return String(cell.value).replace(/\s+/g, ' ').trim();
}

function isUnitHeader(text: string): boolean {
  const w = foldWords(text);
  return UNIT_HEADERS.has(w) || (w.length <= 40 && /(^| )(ten )?(don vi|co quan)$/.test(w) && !/diem|chi so/.test(w));
}

export function readUnitTable(grid: Grid, source: string): UnitTable {
  const problems: TableProblem[] = [];
  const empty = (message: Bilingual): UnitTable => ({
    source, grid, headerRow: -1, unitCol: -1, fileCol: null, columns: [], rows: [], problems: [{ cell: null, message }],
  });
  let headerRow = -1;
  let unitCol = -1;
  const width = Math.max(grid.colCount, ...grid.rows.map((r) => r?.length ?? 0));
  for (let r = 0; r < Math.min(HEADER_SCAN_ROWS, grid.rows.length) && headerRow < 0; r++) {
    for (let c = 0; c < width; c++) {
      if (isUnitHeader(textOf(cellAt(grid, r, c)))) {
        headerRow = r;
        unitCol = c;
        break;
      }
    }
  }
  if (headerRow < 0) {
    return empty({
      vi: `Bảng "${source}" không có cột tên đơn vị: cần một dòng tiêu đề (trong ${HEADER_SCAN_ROWS} dòng đầu) có ô "Đơn vị" (hoặc "Tên đơn vị", "Cơ quan, đơn vị"), mỗi đơn vị một dòng bên dưới.`,
      en: `The table "${source}" has no unit-name column: it needs a header row (within the first ${HEADER_SCAN_ROWS} rows) with a cell "Đơn vị" (or "Tên đơn vị", "Cơ quan, đơn vị"), one unit per row below it.`,
    });
  }

  let fileCol: number | null = null;
  const columns: TableColumn[] = [];
  for (let c = 0; c < width; c++) {
    if (c === unitCol) continue;
    const header = textOf(cellAt(grid, headerRow, c));
    if (!header) continue;
    const w = foldWords(header);
    if (FILE_HEADERS.has(w) && fileCol === null) {
      fileCol = c;
      continue;
    }
    if (NUMBER_HEADERS.has(w)) continue;
    const code = headerCode(header);
    columns.push({ col: c, header, code: code?.code ?? null, area: code?.area ?? false });
  }

  const rows: TableRow[] = [];
  const seen = new Map<string, TableRow>();
  for (let r = headerRow + 1; r < grid.rows.length; r++) {
    const unit = textOf(cellAt(grid, r, unitCol));
    const file = fileCol === null ? '' : textOf(cellAt(grid, r, fileCol));
    const anyValue = columns.some((col) => textOf(cellAt(grid, r, col.col)) !== '');
    if (!unit && !file) {
      if (anyValue) {
        problems.push({
          cell: a1(r, unitCol),
          message: {
            vi: `Ô ${a1(r, unitCol)} của bảng "${source}" không có tên đơn vị nhưng dòng ${r + 1} có số liệu: dòng này không được dùng. Điền tên đơn vị (như trên biểu của đơn vị).`,
            en: `Cell ${a1(r, unitCol)} of the table "${source}" has no unit name but row ${r + 1} has values: the row is not used. Fill in the unit name (as on the unit's sheet).`,
          },
        });
      }
      continue;
    }
    const key = unit ? unitKey(unit) : '';
    const entry: TableRow = { row: r, unit: unit || file, key, file: file || null };
    const dup = key ? seen.get(key) : undefined;
    if (dup) {
      problems.push({
        cell: a1(r, unitCol),
        message: {
          vi: `Đơn vị "${unit}" (ô ${a1(r, unitCol)}) đã có ở dòng ${dup.row + 1} của bảng "${source}": chỉ dùng dòng ${dup.row + 1}. Xóa dòng trùng hoặc sửa tên đơn vị.`,
          en: `Unit "${unit}" (cell ${a1(r, unitCol)}) is already on row ${dup.row + 1} of the table "${source}": only row ${dup.row + 1} is used. Delete the duplicate row or fix the unit name.`,
        },
      });
      continue;
    }
    if (key) seen.set(key, entry);
    rows.push(entry);
  }
  return { source, grid, headerRow, unitCol, fileCol, columns, rows, problems };
}

/** The raw cell of a row in a column. */
export function tableCell(table: UnitTable, row: TableRow, col: TableColumn): GridCell | null {
  return cellAt(table.grid, row.row, col.col);
}

/** The A1 address of a row's cell in a column. */
export function tableAddress(row: TableRow, col: TableColumn): string {
  return a1(row.row, col.col);
}

/** The cell read as a number reading (blank, number, N/A, text, error): decimal commas and "8,5 điểm" work. */
export function tableReading(table: UnitTable, row: TableRow, col: TableColumn): CellReading {
  return readCellValue(tableCell(table, row, col));
}

/** The cell's text, trimmed ("" when empty): for marks like "x". */
export function tableText(table: UnitTable, row: TableRow, col: TableColumn): string {
  return textOf(tableCell(table, row, col));
}

/**
 * The table row of a unit: by its file name when the table has a file-name column that names
 * it, else by its unit name folded. Null when there is none.
 */
export function findTableRow(table: UnitTable, unit: string | null, file: string | null): TableRow | null {
  if (file && table.fileCol !== null) {
    const fk = fileKey(file);
    const byFile = table.rows.find((r) => r.file !== null && fileKey(r.file) === fk);
    if (byFile) return byFile;
  }
  if (unit) {
    const key = unitKey(unit);
    if (key) return table.rows.find((r) => r.key === key) ?? null;
  }
  return null;
}
