/**
 * `check --previous <last year's results workbook | folder>`: last year's index and rank per
 * unit (engine/compare/previous-year.ts). A results workbook (written by `check --summary`) is
 * read from its "KQ …" tables; a folder of last year's scoresheets is checked and ranked by the
 * same rules as this year's run, each sheet with its own year's set.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { previousFromResultsGrids, previousFromSeason, type PreviousYear } from '../../engine/compare/previous-year';
import type { CriteriaSet } from '../../engine/criteria/schema';
import { seasonResults } from '../../engine/results/season';
import type { Bilingual, Lang } from '../../engine/text/lang';
import { readWorkbookSheetsFast } from '../../file/fast-read';
import { checkFiles } from './check-files';
import { collectFiles } from './collect-files';
import { fileSizeProblem } from './size-guard';
import { addContentHashes } from './survey-table';

export type LoadedPrevious = { ok: true; previous: PreviousYear } | { ok: false; problem: Bilingual };

export async function loadPrevious(arg: string, cwd: string, sets: CriteriaSet[], lang: Lang): Promise<LoadedPrevious> {
  const file = path.resolve(cwd, arg);
  const stat = await fs.stat(file).catch(() => null);
  if (!stat) {
    return {
      ok: false,
      problem: {
        vi: `Không tìm thấy "${arg}" (--previous): cần sổ kết quả năm trước (tệp .xlsx do par-check check --summary ghi) hoặc thư mục biểu năm trước.`,
        en: `"${arg}" (--previous) does not exist: give last year's results workbook (the .xlsx written by par-check check --summary) or the folder of last year's sheets.`,
      },
    };
  }
  if (stat.isDirectory()) {
    const checks = await checkFiles(await collectFiles([arg], cwd), { sets, lang });
    await addContentHashes(checks);
    const { year, units } = previousFromSeason(seasonResults(checks.filter((c) => !c.reply)));
    if (units.length === 0) {
      return {
        ok: false,
        problem: {
          vi: `Không xếp hạng được đơn vị nào của năm trước trong thư mục "${arg}" (--previous): chưa có biểu nào đủ điểm, hoặc chưa nạp bộ tiêu chí năm trước. Thêm --criteria <bộ tiêu chí năm trước> (cùng bộ của năm nay), hoặc dùng sổ kết quả năm trước.`,
          en: `No unit of last year could be ranked in the folder "${arg}" (--previous): no sheet is complete, or last year's criteria set is not loaded. Add --criteria <last year's set> (beside this year's), or give last year's results workbook.`,
        },
      };
    }
    return { ok: true, previous: { source: `thư mục ${arg}`, year, units } };
  }
  const notResults: Bilingual = {
    vi: `"${arg}" (--previous) không phải sổ kết quả: không có bảng kết quả với cột "Đơn vị", "Chỉ số (%)" và "Xếp hạng". Dùng sổ kết quả năm trước do par-check check --summary ghi, hoặc thư mục biểu năm trước.`,
    en: `"${arg}" (--previous) is not a results workbook: no results table with the columns "Đơn vị", "Chỉ số (%)" and "Xếp hạng". Give last year's results workbook written by par-check check --summary, or the folder of last year's sheets.`,
  };
  try {
    const tooBig = fileSizeProblem(stat.size);
    if (tooBig) return { ok: false, problem: tooBig };
    const sheets = readWorkbookSheetsFast(await fs.readFile(file), { include: (name) => /^KQ\b/i.test(name) });
    const { year, units } = previousFromResultsGrids(sheets.map((s) => s.grid));
    if (units.length === 0) return { ok: false, problem: notResults };
    return { ok: true, previous: { source: path.basename(arg), year, units } };
  } catch {
    return { ok: false, problem: notResults };
  }
}
