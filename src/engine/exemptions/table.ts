/**
 * The exemptions table (`--exemptions <table.xlsx|csv>`): which units the Department of Home
 * Affairs (Sở Nội vụ) has allowed not to be assessed on which items ("không áp dụng", N/A).
 * One row per unit (results/unit-table.ts reads it: "Đơn vị" column, optional "Tệp" column,
 * unit names matched folded and without "Sở", "UBND", "huyện"… prefixes), in either shape:
 *
 * - a list column ("Tiêu chí được miễn", "Nội dung không áp dụng", "Miễn đánh giá"…) holding
 *   codes: "3; 7.3", "LV3, TC 7.3", "3.3.1 3.3.2";
 * - a matrix: one column per item or area code ("3", "LV3", "7.3") with a mark where the unit
 *   is exempt ("x", "✓", "có", "miễn", "KAD", "N/A", "Không áp dụng", 1); blank, "0", "-",
 *   "không" mean not exempt.
 *
 * A code grants every item below it (an area's code exempts its items). Marks and codes that
 * cannot be read are table problems (named by cell), never dropped in silence.
 */
import type { Bilingual } from '../text/lang';
import { romanToNumber } from '../criteria/tree';
import { foldWords } from '../text/normalize';
import {
  findTableRow,
  headerCode,
  tableAddress,
  tableText,
  type TableColumn,
  type TableProblem,
  type UnitTable,
} from '../results/unit-table';

export interface ExemptionTable {
  table: UnitTable;
  /** Columns holding lists of codes. */
  listColumns: TableColumn[];
  /** Columns headed by a code, holding marks. */
  codeColumns: TableColumn[];
  /** The unit table's problems plus unreadable marks and codes. */
  problems: TableProblem[];
}

/** What the table grants one checked sheet's unit. */
export interface ExemptionGrant {
  /** The table's file name, for messages. */
  source: string;
  /** 1-based row of the unit in the table; null when the table has no row for the unit. */
  row: number | null;
  /** The unit as the table writes it (null when not found). */
  unit: string | null;
  /** Granted codes (normalised, "3", "7.3") → the table cell that grants it. */
  codes: Map<string, string>;
}

// Headers of a list column (folded words, matched whole or as the start).
const LIST_HEADERS = [
  'tieu chi duoc mien', 'cac tieu chi duoc mien', 'noi dung duoc mien', 'linh vuc duoc mien', 'mien danh gia',
  'duoc mien danh gia', 'tieu chi mien danh gia', 'tieu chi khong ap dung', 'noi dung khong ap dung', 'khong ap dung',
  'tieu chi khong danh gia', 'ma tieu chi duoc mien', 'ma tieu chi', 'tieu chi', 'danh sach tieu chi duoc mien',
];
const YES = new Set(['x', 'v', 'co', 'mien', 'duoc mien', 'kad', 'k a', 'n a', 'na', 'khong ap dung', 'khong danh gia', '1', 'true', 'dong y', 'chap thuan']);
const NO = new Set(['', '0', 'khong', 'false', 'khong mien']);
const CHECK_MARKS = /^[✓✔☑√]$/u;

/** Empty or dashes only: "not exempt". A mark of punctuation alone ("?", "*") is not: it is asked about. */
function isBlank(text: string): boolean {
  return /^[\s\-–—]*$/u.test(text);
}

function isListHeader(header: string): boolean {
  const w = foldWords(header);
  return LIST_HEADERS.some((h) => w === h || w.startsWith(h + ' '));
}

export function readExemptionTable(table: UnitTable): ExemptionTable {
  const codeColumns = table.columns.filter((c) => c.code !== null);
  const listColumns = table.columns.filter((c) => c.code === null && isListHeader(c.header));
  const problems = [...table.problems];
  if (table.headerRow >= 0 && codeColumns.length === 0 && listColumns.length === 0) {
    problems.push({
      cell: null,
      message: {
        vi: `Bảng miễn đánh giá "${table.source}" không có cột "Tiêu chí được miễn" (ghi mã, ví dụ "3; 7.3") và không có cột mang mã tiêu chí hoặc lĩnh vực (ví dụ "3", "LV3", "7.3") ở dòng tiêu đề ${table.headerRow + 1}. Đề nghị bổ sung một trong hai dạng cột đó.`,
        en: `The exemptions table "${table.source}" has neither a "Tiêu chí được miễn" column (codes such as "3; 7.3") nor columns headed by item or area codes ("3", "LV3", "7.3") on header row ${table.headerRow + 1}. Add one of the two.`,
      },
    });
  }
  const ex: ExemptionTable = { table, listColumns, codeColumns, problems };
  // Read every row once so unreadable cells are reported even for units not checked in this run.
  for (const row of table.rows) grantOfRow(ex, row, problems);
  return ex;
}

/** Whether the table can say anything (a unit column and a list or code column). */
export function isUsable(ex: ExemptionTable): boolean {
  return ex.table.headerRow >= 0 && (ex.codeColumns.length > 0 || ex.listColumns.length > 0);
}

/** The grant of the unit of a checked sheet (by its file name when the table names files, else by unit name). */
export function exemptionGrant(ex: ExemptionTable, unit: string | null, file: string | null = null): ExemptionGrant {
  const row = findTableRow(ex.table, unit, file);
  if (!row) return { source: ex.table.source, row: null, unit: null, codes: new Map() };
  return { source: ex.table.source, row: row.row + 1, unit: row.unit, codes: grantOfRow(ex, row, null) };
}

/** The codes one row of the table grants (normalised code → granting cell). */
export function grantOfTableRow(ex: ExemptionTable, row: UnitTable['rows'][number]): Map<string, string> {
  return grantOfRow(ex, row, null);
}

function grantOfRow(ex: ExemptionTable, row: UnitTable['rows'][number], problems: TableProblem[] | null): Map<string, string> {
  const codes = new Map<string, string>();
  const source = ex.table.source;
  for (const col of ex.codeColumns) {
    const text = tableText(ex.table, row, col);
    const w = foldWords(text);
    const cell = tableAddress(row, col);
    if (YES.has(w) || CHECK_MARKS.test(text)) codes.set(col.code!, cell);
    else if (isBlank(text) || (w !== '' && NO.has(w))) continue;
    else problems?.push(unreadableMark(source, cell, text));
  }
  for (const col of ex.listColumns) {
    const text = tableText(ex.table, row, col);
    const w = foldWords(text);
    if (isBlank(text) || (w !== '' && NO.has(w))) continue;
    const cell = tableAddress(row, col);
    const unread: string[] = [];
    for (const token of codeTokens(text)) {
      const code = tokenCode(token);
      if (code) codes.set(code, cell);
      else unread.push(token);
    }
    if (unread.length > 0) problems?.push(unreadableCode(source, cell, unread.join(' ')));
  }
  return codes;
}

/** "LV3; TC 7.3, 3.3.1 3.3.2" → ["3", "7.3", "3.3.1", "3.3.2"] as tokens ("LV3" kept for tokenCode). */
function codeTokens(text: string): string[] {
  const joined = text.replace(/(lĩnh\s+vực|linh\s+vuc|tiêu\s+chí\s+thành\s+phần|tiêu\s+chí|tieu\s+chi|tctp|lv|tc)\s*(?=[0-9IVXivx])/giu, 'LV');
  return joined.split(/[\s,;/+&]+/u).map((t) => t.trim()).filter((t) => t !== '' && !/^(và|va|and)$/i.test(t));
}

/** One token as a normalised code: "LV3" → "3", "7.3." → "7.3", "III" → "3"; null when not a code. */
function tokenCode(token: string): string | null {
  const t = token.replace(/^LV/i, '').replace(/\.+$/, '');
  if (/^\d{1,3}(\.\d{1,3}){0,4}$/.test(t)) return t.split('.').map((p) => String(Number(p))).join('.');
  const roman = romanToNumber(t.toUpperCase());
  if (roman !== null && /^[IVX]+$/i.test(t)) return String(roman);
  const h = headerCode(token);
  return h ? h.code : null;
}

function unreadableMark(source: string, cell: string, text: string): TableProblem {
  const message: Bilingual = {
    vi: `Ô ${cell} của bảng miễn đánh giá "${source}" ghi "${text}", không rõ là được miễn hay không nên không được dùng. Đề nghị ghi "x" nếu đơn vị được miễn, để trống nếu không.`,
    en: `Cell ${cell} of the exemptions table "${source}" reads "${text}", which says neither exempt nor not, so it is not used. Write "x" where the unit is exempt, leave it blank where not.`,
  };
  return { cell, message };
}

function unreadableCode(source: string, cell: string, token: string): TableProblem {
  const message: Bilingual = {
    vi: `Ô ${cell} của bảng miễn đánh giá "${source}" có "${token}", không phải mã tiêu chí hay lĩnh vực nên không được dùng. Đề nghị ghi mã như "3", "LV3", "7.3", cách nhau bởi dấu ";".`,
    en: `Cell ${cell} of the exemptions table "${source}" holds "${token}", which is not an item or area code, so it is not used. Write codes such as "3", "LV3", "7.3", separated by ";".`,
  };
  return { cell, message };
}
