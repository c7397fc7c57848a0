/**
 * `check --exemptions <table.xlsx|csv>`: the table of exemptions the Department of Home Affairs
 * granted (unit × item codes, engine/exemptions/table.ts), read before any workbook — a table
 * that cannot be read or has no unit or code column stops the run at once (exit 2); problems in
 * single cells are printed as notices and the run goes on. Each checked sheet then gets its
 * unit's grant (by the table's file-name column when it has one, else by unit name).
 */
import type { WorkbookCheckOptions } from '../../engine/check';
import type { BatchFileResult } from '../../engine/ranking/batch-file-result';
import { exemptionGrant, type ExemptionTable } from '../../engine/exemptions/table';
import { exemptionRowsWithoutSheet, exemptionTableFromGrids, type ExemptionTableRead } from '../../engine/exemptions/table-use';
import type { Bilingual, Lang } from '../../engine/text/lang';
import { readTableFile } from './table-file';

export type ExemptionsLoad = ExemptionTableRead;

export async function loadExemptions(arg: string, cwd: string): Promise<ExemptionsLoad> {
  const read = await readTableFile(arg, cwd, {
    vi: 'Bảng miễn đánh giá',
    en: 'exemptions table',
    example: { vi: '--exemptions mien-danh-gia.xlsx', en: '--exemptions exemptions.xlsx' },
  });
  if (!read.ok) return read;
  // The first visible sheet that reads as a table (a unit column and a code or list column).
  const table = exemptionTableFromGrids(read.grids, read.name, arg);
  return table.ok ? { ok: true, table: table.table } : fail(table.problem);
}

/** Check options giving each sheet its unit's grant; `file` is the checked file's name. */
export function exemptionsOption(table: ExemptionTable, file: string): Pick<WorkbookCheckOptions, 'exemptionsFor'> {
  return { exemptionsFor: (unit) => exemptionGrant(table, unit, file) };
}

/** Notices about cells of the table that could not be used (empty when none). */
export function exemptionsNotices(table: ExemptionTable): Bilingual[] {
  return table.problems.map((p) => p.message);
}

export interface ReportExemptionsTable {
  table: string;
  /** Cells that could not be read (not used). */
  problems: { cell: string | null; message: string }[];
  /** Units of the table (1-based row) for which no checked sheet of this run was found. */
  rowsWithoutWorkbook: { row: number; unit: string }[];
}

/** The report's `exemptionsTable`: problems, and table rows no sheet of the run matched. */
export function exemptionsReport(table: ExemptionTable, checks: BatchFileResult[], lang: Lang): ReportExemptionsTable {
  // BatchFileResult, not check-files' FileCheck: check-files imports this module (no import cycle).
  const sheets = checks.filter((c) => c.result?.parsed).map((c) => ({ unit: c.result!.unit, file: c.file }));
  return {
    table: table.table.source,
    problems: table.problems.map((p) => ({ cell: p.cell, message: p.message[lang] })),
    rowsWithoutWorkbook: exemptionRowsWithoutSheet(table, sheets),
  };
}

/** Text output: the table's units without a checked sheet (its unreadable cells went to stderr already). */
export function exemptionsText(r: ReportExemptionsTable, lang: Lang): string {
  if (r.rowsWithoutWorkbook.length === 0) return '';
  const list = r.rowsWithoutWorkbook.map((x) => `${x.unit} (${lang === 'vi' ? 'dòng' : 'row'} ${x.row})`).join(', ');
  return lang === 'vi'
    ? `Bảng miễn đánh giá "${r.table}": không thấy biểu nào của ${list}. Kiểm tra tên đơn vị trong bảng và trên biểu.\n`
    : `Exemptions table "${r.table}": no sheet found for ${list}. Check the unit names in the table and on the sheets.\n`;
}

function fail(problem: Bilingual): ExemptionsLoad {
  return { ok: false, problem };
}
