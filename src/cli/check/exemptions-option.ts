/**
 * `check --exemptions <table.xlsx|csv>`: the table of exemptions the Department of Home Affairs
 * granted (unit × item codes, engine/exemptions/table.ts), read before any workbook — a table
 * that cannot be read or has no unit or code column stops the run at once (exit 2); problems in
 * single cells are printed as notices and the run goes on. Each checked sheet then gets its
 * unit's grant (by the table's file-name column when it has one, else by unit name).
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import type { WorkbookCheckOptions } from '../../engine/check';
import { exemptionGrant, type ExemptionTable } from '../../engine/exemptions/table';
import { exemptionRowsWithoutSheet, exemptionTableFromGrids, type ExemptionTableRead } from '../../engine/exemptions/table-use';
import type { Bilingual } from '../../engine/findings/finding';
import type { Grid } from '../../engine/grid';
import { csvToGrid } from '../../engine/results/csv';
import type { Lang } from '../../engine/findings/finding';
import type { FileCheck } from './check-files';
import { readWorkbookSheetsFast } from '../../file/fast-read';
import { isInternalSheet } from '../../file/internal-sheets';
import { fileSizeProblem } from './size-guard';

export type ExemptionsLoad = ExemptionTableRead;

export async function loadExemptions(arg: string, cwd: string): Promise<ExemptionsLoad> {
  const file = path.resolve(cwd, arg);
  const name = path.basename(arg);
  const isCsv = /\.csv$/i.test(arg);
  if (!isCsv && !/\.xlsx$/i.test(arg)) {
    return fail({
      vi: `Bảng miễn đánh giá "${arg}" phải là tệp .xlsx hoặc .csv, ví dụ: --exemptions mien-danh-gia.xlsx`,
      en: `The exemptions table "${arg}" must be an .xlsx or .csv file, e.g. --exemptions exemptions.xlsx`,
    });
  }
  let data: Buffer;
  try {
    const tooBig = fileSizeProblem((await fs.stat(file)).size);
    if (tooBig) return fail(tooBig);
    data = await fs.readFile(file);
  } catch {
    return fail({
      vi: `Không đọc được bảng miễn đánh giá "${arg}" (không tồn tại hoặc không có quyền đọc). Kiểm tra lại đường dẫn.`,
      en: `Cannot read the exemptions table "${arg}" (missing or not readable). Check the path.`,
    });
  }
  const grids = isCsv ? csvGrid(data, name) : xlsxGrids(data);
  if ('problem' in grids) return fail(grids.problem(arg));
  // The first visible sheet that reads as a table (a unit column and a code or list column).
  const read = exemptionTableFromGrids(grids.list, name, arg);
  return read.ok ? { ok: true, table: read.table } : fail(read.problem);
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
export function exemptionsReport(table: ExemptionTable, checks: FileCheck[], lang: Lang): ReportExemptionsTable {
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

type Grids = { list: Grid[] } | { problem: (arg: string) => Bilingual };

function csvGrid(data: Buffer, name: string): Grids {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(data);
    return { list: [csvToGrid(text, name)] };
  } catch {
    return {
      problem: (arg) => ({
        vi: `Tệp "${arg}" không phải CSV mã UTF-8. Trong Excel chọn Lưu thành → "CSV UTF-8 (Comma delimited)", hoặc dùng tệp .xlsx.`,
        en: `"${arg}" is not a UTF-8 CSV. In Excel choose Save As → "CSV UTF-8 (Comma delimited)", or use the .xlsx file.`,
      }),
    };
  }
}

function xlsxGrids(data: Buffer): Grids {
  try {
    const sheets = readWorkbookSheetsFast(data, { include: (n, visible) => visible && !isInternalSheet(n) });
    if (sheets.length > 0) return { list: sheets.map((s) => s.grid) };
  } catch {
    // fall through to the message below
  }
  return {
    problem: (arg) => ({
      vi: `Không mở được bảng miễn đánh giá "${arg}" như một tệp Excel .xlsx. Mở tệp bằng Excel, lưu lại dạng .xlsx (hoặc CSV UTF-8) rồi chạy lại.`,
      en: `Cannot open the exemptions table "${arg}" as an .xlsx workbook. Open it in Excel, save it as .xlsx (or CSV UTF-8) and run again.`,
    }),
  };
}

function fail(problem: Bilingual): ExemptionsLoad {
  return { ok: false, problem };
}
