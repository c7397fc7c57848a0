/**
 * `check --survey <table.xlsx|csv>`: the survey points table, read before any workbook (a wrong
 * table stops the run at once, exit 2), then applied to each checked sheet after the checks
 * (engine/results/survey-points.ts holds the rules), with what it gave the run as a whole.
 */
import { createHash } from 'crypto';
import { promises as fs } from 'fs';
import type { Bilingual } from '../../engine/text/lang';
import { applySurveyPoints, surveyPointsFor, surveyTableSummary } from '../../engine/results/survey-points';
import type { SurveyTableSummary } from '../../engine/results/tracking-sheets';
import { readUnitTable, type UnitTable } from '../../engine/results/unit-table';
import { rememberDerived } from './check-files';
import type { FileCheck } from './file-check';
import { compactLike } from './compact-result';
import { readTableFile } from './table-file';

export async function loadSurveyTable(arg: string, cwd: string): Promise<{ table: UnitTable } | { problem: Bilingual }> {
  const read = await readTableFile(arg, cwd, {
    vi: 'Bảng điểm điều tra XHH',
    en: 'survey table',
    example: { vi: '--survey diem-xhh.xlsx', en: '--survey survey.xlsx' },
  });
  if (!read.ok) return { problem: read.problem };
  const { name, grids } = read;
  // The first visible sheet (a CSV is one).
  const grid = grids[0];
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
    // A compacted result stays compacted (10,000 units in the table must not bring 10,000 results back whole).
    if (points) check.result = compactLike(result, applySurveyPoints(result, points), rememberDerived);
  }
  return surveyTableSummary(table, sheets);
}

/** SHA-256 of each file's bytes: identical copies are then flagged as duplicates. */
export async function addContentHashes(checks: FileCheck[]): Promise<void> {
  for (const check of checks) {
    // Unreadable files (too big, not a workbook…) are not read again; checkOneFile hashes the
    // bytes it reads, so only a check made elsewhere is read here.
    if (!check.result || check.contentHash !== undefined) continue;
    try {
      const data = await fs.readFile(check.path);
      check.contentHash = createHash('sha256').update(data).digest('hex');
    } catch {
      check.contentHash = null;
    }
  }
}
