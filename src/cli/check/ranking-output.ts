/**
 * `check --summary <ranking.xlsx>`: the ranking workbook of the run (buildRankingWorkbook's sheets
 * written with the file adapter). The target is checked BEFORE the files are read, so a long
 * batch never ends on "folder does not exist".
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import type { Bilingual, Lang } from '../../engine/text/lang';
import { rankingWorkbookParts, rankingWorkbookSheets } from '../../engine/ranking/ranking-workbook';
import type { Season } from '../../engine/results/season';
import type { OfficialOptions } from '../../engine/results/official-layout';
import type { SurveyTableSummary } from '../../engine/results/tracking-sheets';
import { FileWorkbook } from '../../file/file-workbook';
import { openZip } from '../../file/fast-read/zip';
import { StreamedWorkbook } from '../../file/xlsx-writer/workbook-writer';
import { needsXlsx, overwriteProblem, writeOutput, writeOutputStreamed } from '../write-output';
import type { FileCheck } from './file-check';
import { fileSizeProblem } from './size-guard';

/** Null when `arg` can be written at the end of the run, else why not. */
export async function summaryTargetProblem(arg: string, cwd: string, force = false): Promise<Bilingual | null> {
  const badName = needsXlsx(arg, '--summary');
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
  const existing = await fs.lstat(file).catch(() => null);
  if (existing?.isDirectory()) {
    return {
      vi: `"${arg}" là một thư mục; --summary cần tên tệp, ví dụ: --summary xep-hang.xlsx`,
      en: `"${arg}" is a folder; --summary needs a file name, e.g. --summary ranking.xlsx`,
    };
  }
  // An earlier results workbook of ours is replaced; any other file only with --force.
  return overwriteProblem(file, arg, {
    force,
    ours: { test: isRankingWorkbook, kind: { vi: 'sổ kết quả', en: 'a results workbook' } },
  });
}

/** Written in the workbook's keywords (File > Info > Properties): tells our ranking workbooks apart. */
export const RANKING_MARK = 'par-check-ranking';

/**
 * Is this file a ranking workbook written by par-check? Read from the zip's document properties
 * without opening the workbook (a ranking of 200 units is slow to open).
 */
export async function isRankingWorkbook(file: string): Promise<boolean> {
  try {
    const stat = await fs.stat(file);
    if (!stat.isFile() || fileSizeProblem(stat.size)) return false;
    const core = openZip(await fs.readFile(file)).text('docProps/core.xml');
    return Boolean(core && core.includes(`>${RANKING_MARK}<`));
  } catch {
    return false;
  }
}

/** What the results workbook takes besides the checks: the printed tables' heading, the survey table. */
export interface RankingExtras {
  official?: OfficialOptions;
  survey?: SurveyTableSummary | null;
  /** The run's season (json-report.ts runSeason), shared with its report: made once per run. */
  season?: Season;
}

const PROPERTIES = { creator: 'par-check', keywords: RANKING_MARK, title: 'Kết quả xác định Chỉ số cải cách hành chính' };

/** What the workbook is made of: the run's units (returned requests workbooks are answers, not units to rank). */
function workbookInput(checks: FileCheck[], lang: Lang, extra: RankingExtras): Parameters<typeof rankingWorkbookSheets>[0] {
  return { files: checks.filter((c) => !c.reply), lang, official: extra.official, survey: extra.survey, season: extra.season };
}

/** The ranking workbook's bytes in memory (tests; the CLI writes it to its file as it is made). */
export async function rankingWorkbookBytes(checks: FileCheck[], lang: Lang, extra: RankingExtras = {}): Promise<Buffer> {
  const input = workbookInput(checks, lang, extra);
  try {
    // The first sheet (the ranking) is the one open on arrival.
    return StreamedWorkbook.toBuffer(rankingWorkbookParts(input), PROPERTIES);
  } catch {
    // Beyond what the streamed writer writes (a zip of more than 65,535 parts): ExcelJS.
    return rankingWorkbookWithExcelJS(input);
  }
}

/** The same workbook through ExcelJS (the file adapter's writer). */
async function rankingWorkbookWithExcelJS(input: Parameters<typeof rankingWorkbookSheets>[0]): Promise<Buffer> {
  const wb = FileWorkbook.create();
  wb.workbook.creator = PROPERTIES.creator;
  wb.workbook.keywords = PROPERTIES.keywords;
  wb.workbook.title = PROPERTIES.title;
  for (const spec of rankingWorkbookSheets(input)) await wb.writeSheet(spec);
  // Open on the ranking: the first sheet is the one to read first.
  wb.workbook.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 0, visibility: 'visible' }];
  return wb.toBuffer();
}

/**
 * Write it; null when done, else why not. Sheet by sheet (src/file/xlsx-writer): each unit sheet
 * is built, written to the file and dropped before the next, so 10,000 units need no more memory
 * than 1,000; the file appears under its name only once complete (write-output.ts).
 */
export async function writeRankingWorkbook(checks: FileCheck[], arg: string, cwd: string, lang: Lang, extra: RankingExtras = {}): Promise<Bilingual | null> {
  const file = path.resolve(cwd, arg);
  const input = workbookInput(checks, lang, extra);
  try {
    return await writeOutputStreamed(file, arg, (out) => {
      const book = new StreamedWorkbook(PROPERTIES, out);
      // The first sheet (the ranking) is the one open on arrival.
      // The sheets with a row per file come in blocks of rows: never built whole (sheet-rows.ts).
      for (const sheet of rankingWorkbookParts(input)) book.addSheet(sheet);
      book.finish();
    });
  } catch {
    // Beyond what the streamed writer writes (a zip of more than 65,535 parts): ExcelJS, in memory.
    return writeOutput(file, arg, await rankingWorkbookWithExcelJS(input));
  }
}
