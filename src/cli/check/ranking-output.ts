/**
 * `check --summary <ranking.xlsx>`: the ranking workbook of the run (buildRankingWorkbook's sheets
 * written with the file adapter). The target is checked BEFORE the files are read, so a long
 * batch never ends on "folder does not exist".
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import type { Bilingual, Lang } from '../../engine/findings/finding';
import { buildRankingWorkbook } from '../../engine/ranking/ranking-workbook';
import { FileWorkbook } from '../../file/file-workbook';
import { needsXlsx, writeOutput } from '../write-output';
import type { FileCheck } from './check-files';

/** Null when `arg` can be written at the end of the run, else why not. */
export async function summaryTargetProblem(arg: string, cwd: string): Promise<Bilingual | null> {
  const badName = needsXlsx(arg);
  if (badName) return badName;
  const file = path.resolve(cwd, arg);
  const folder = path.dirname(file);
  const stat = await fs.stat(folder).catch(() => null);
  if (!stat || !stat.isDirectory()) {
    return {
      vi: `Không ghi được sổ xếp hạng "${arg}": thư mục "${path.dirname(arg)}" không tồn tại. Tạo thư mục trước hoặc chọn nơi khác.`,
      en: `Cannot write the ranking workbook "${arg}": folder "${path.dirname(arg)}" does not exist. Create it first or choose another place.`,
    };
  }
  const existing = await fs.stat(file).catch(() => null);
  if (existing?.isDirectory()) {
    return {
      vi: `"${arg}" là một thư mục; --summary cần tên tệp, ví dụ: --summary xep-hang.xlsx`,
      en: `"${arg}" is a folder; --summary needs a file name, e.g. --summary ranking.xlsx`,
    };
  }
  return null;
}

/** The ranking workbook's bytes. */
export async function rankingWorkbookBytes(checks: FileCheck[], lang: Lang): Promise<Buffer> {
  const wb = FileWorkbook.create();
  for (const spec of buildRankingWorkbook({ files: checks, lang })) await wb.writeSheet(spec);
  // Open on the ranking: the first sheet is the one to read first.
  wb.workbook.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 0, visibility: 'visible' }];
  return wb.toBuffer();
}

/** Write it; null when done, else why not. */
export async function writeRankingWorkbook(checks: FileCheck[], arg: string, cwd: string, lang: Lang): Promise<Bilingual | null> {
  return writeOutput(path.resolve(cwd, arg), arg, await rankingWorkbookBytes(checks, lang));
}
