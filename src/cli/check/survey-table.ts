/**
 * `check --survey <table.xlsx|csv>`: the survey points table, read before any workbook (a wrong
 * table stops the run at once, exit 2), then applied to each checked sheet after the checks
 * (engine/results/survey-points.ts holds the rules), with what it gave the run as a whole.
 */
import { createHash } from 'crypto';
import { promises as fs } from 'fs';
import * as path from 'path';
import type { Bilingual } from '../../engine/findings/finding';
import { csvToGrid } from '../../engine/results/csv';
import { fileNameOf } from '../../engine/text/file-name';
import { applySurveyPoints, surveyPointsFor, surveyTableSummary } from '../../engine/results/survey-points';
import type { SurveyTableSummary } from '../../engine/results/tracking-sheets';
import { readUnitTable, type UnitTable } from '../../engine/results/unit-table';
import { readWorkbookSheetsFast } from '../../file/fast-read';
import { isInternalSheet } from '../../file/internal-sheets';
import type { FileCheck } from './check-files';
import { fileSizeProblem } from './size-guard';

export async function loadSurveyTable(arg: string, cwd: string): Promise<{ table: UnitTable } | { problem: Bilingual }> {
  const file = path.resolve(cwd, arg);
  const name = fileNameOf(arg);
  const isCsv = /\.csv$/i.test(arg);
  if (!isCsv && !/\.xlsx$/i.test(arg)) {
    return {
      problem: {
        vi: `Bảng điểm điều tra XHH "${arg}" phải là tệp .xlsx hoặc .csv, ví dụ: --survey diem-xhh.xlsx`,
        en: `The survey table "${arg}" must be an .xlsx or .csv file, e.g. --survey survey.xlsx`,
      },
    };
  }
  let data: Buffer;
  try {
    const tooBig = fileSizeProblem((await fs.stat(file)).size);
    if (tooBig) return { problem: tooBig };
    data = await fs.readFile(file);
  } catch {
    return {
      problem: {
        vi: `Không đọc được bảng điểm điều tra XHH "${arg}" (không tồn tại hoặc không có quyền đọc). Kiểm tra lại đường dẫn.`,
        en: `Cannot read the survey table "${arg}" (missing or not readable). Check the path.`,
      },
    };
  }
  let grid;
  if (isCsv) {
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(data);
    } catch {
      return {
        problem: {
          vi: `Tệp "${arg}" không phải CSV mã UTF-8. Trong Excel chọn Lưu thành → "CSV UTF-8 (Comma delimited)", hoặc dùng tệp .xlsx.`,
          en: `"${arg}" is not a UTF-8 CSV. In Excel choose Save As → "CSV UTF-8 (Comma delimited)", or use the .xlsx file.`,
        },
      };
    }
    grid = csvToGrid(text, name);
  } else {
    try {
      const sheets = readWorkbookSheetsFast(data, { include: (n, visible) => visible && !isInternalSheet(n) });
      grid = sheets[0]?.grid;
    } catch {
      grid = undefined;
    }
    if (!grid) {
      return {
        problem: {
          vi: `Không mở được bảng điểm "${arg}" như một tệp Excel .xlsx. Mở tệp bằng Excel, lưu lại dạng .xlsx (hoặc CSV UTF-8) rồi chạy lại.`,
          en: `Cannot open the survey table "${arg}" as an .xlsx workbook. Open it in Excel, save it as .xlsx (or CSV UTF-8) and run again.`,
        },
      };
    }
  }
  const table = readUnitTable(grid, name);
  if (table.headerRow < 0) return { problem: table.problems[0].message };
  if (!table.columns.some((c) => c.code)) {
    return {
      problem: {
        vi: `Bảng "${name}" không có cột mang mã tiêu chí hoặc lĩnh vực điều tra XHH (ví dụ "8.1", "LV8") ở dòng tiêu đề ${table.headerRow + 1}. Đặt mã vào tiêu đề cột rồi chạy lại.`,
        en: `The table "${name}" has no column headed by a survey item or area code (e.g. "8.1", "LV8") on header row ${table.headerRow + 1}. Put the codes in the column headers and run again.`,
      },
    };
  }
  return { table };
}

/** Use the table's points for every checked sheet it has a row for; what it gave the run. */
export function applySurveyTable(checks: FileCheck[], table: UnitTable): SurveyTableSummary {
  const sheets: { file: string; unit: string | null }[] = [];
  for (const check of checks) {
    const result = check.result;
    if (!result?.parsed || !result.set) continue;
    sheets.push({ file: check.file, unit: result.unit });
    const points = surveyPointsFor(table, result.unit, check.file);
    if (points) check.result = applySurveyPoints(result, points);
  }
  return surveyTableSummary(table, sheets);
}

/** SHA-256 of each file's bytes: identical copies are then flagged as duplicates. */
export async function addContentHashes(checks: FileCheck[]): Promise<void> {
  for (const check of checks) {
    // Unreadable files (too big, not a workbook…) are not read again.
    if (!check.result) continue;
    try {
      const data = await fs.readFile(check.path);
      check.contentHash = createHash('sha256').update(data).digest('hex');
    } catch {
      check.contentHash = null;
    }
  }
}
