/**
 * `check --requests <folder> [--deadline dd/mm/yyyy] [--council <name>]`: one requests workbook
 * per unit that has explanation requests (src/engine/appraisal/requests-workbook.ts), named after
 * the unit, ready to send. Options are checked before any file is read, so a wrong date never
 * costs a long run.
 *
 * A file already in the folder is replaced only when it is an earlier requests workbook of ours
 * that nobody has answered yet: a workbook the unit has sent back (answers in it) or any other
 * file keeps its name and the new one gets "(2)".
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { formatDayDate, parseDeadline, type DayDate } from '../../engine/appraisal/deadline';
import { requestsFileNames } from '../../engine/appraisal/requests-file-names';
import { buildRequestsWorkbook, unitRequests } from '../../engine/appraisal/requests-workbook';
import type { Bilingual, Lang } from '../../engine/text/lang';
import { xmlSafe } from '../../engine/cell-text';
import { readWorkbookSheetsFast } from '../../file/fast-read';
import { writeOutput } from '../write-output';
import type { FileCheck } from './file-check';
import { isRequestsMarkSheet, readRequestsReply } from '../../engine/appraisal/read-reply';

/** Written in the workbook's keywords (File > Info > Properties), next to the hidden mark sheet. */
export const REQUESTS_KEYWORD = 'par-check-requests';

export interface RequestsOptions {
  /** --requests, --deadline, --council as typed. */
  dir?: string;
  deadline?: string;
  council?: string;
  lang: Lang;
  cwd: string;
  /** Today, for the "deadline already past" warning (tests pass a fixed day). */
  today?: Date;
}

export interface RequestsOutput {
  /** Said before the run, the run goes on (a deadline already past). */
  warnings: Bilingual[];
  /** Write the workbooks; sets `requestsWorkbook` on each check written. Problems are returned, the rest is still written. */
  write(checks: FileCheck[]): Promise<Bilingual[]>;
}

/** Null when --requests is not given; a problem when the options cannot be used. */
export async function prepareRequestsOutput(options: RequestsOptions): Promise<RequestsOutput | { problem: Bilingual } | null> {
  const { dir: arg, lang, cwd } = options;
  if (arg === undefined) {
    const stray = options.deadline !== undefined ? '--deadline' : options.council !== undefined ? '--council' : null;
    if (!stray) return null;
    return {
      problem: {
        vi: `${stray} chỉ dùng cùng --requests <thư mục>. Ví dụ: par-check check ho-so/ --requests de-nghi ${stray} ${stray === '--deadline' ? '15/01/2025' : '"Hội đồng thẩm định Chỉ số CCHC tỉnh …"'}`,
        en: `${stray} goes with --requests <folder>. Example: par-check check files/ --requests requests ${stray} ${stray === '--deadline' ? '15/01/2025' : '"Appraisal council …"'}`,
      },
    };
  }
  let deadline: DayDate | null = null;
  const warnings: Bilingual[] = [];
  if (options.deadline !== undefined) {
    const parsed = parseDeadline(options.deadline);
    if (!parsed.ok) return { problem: parsed.problem };
    deadline = parsed.date;
    const today = options.today ?? new Date();
    const asNumber = (d: DayDate) => d.year * 10000 + d.month * 100 + d.day;
    const now = { day: today.getDate(), month: today.getMonth() + 1, year: today.getFullYear() };
    if (asNumber(deadline) < asNumber(now)) {
      warnings.push({
        vi: `Lưu ý: hạn ${formatDayDate(deadline)} đã qua (hôm nay ${formatDayDate(now)}); đề nghị vẫn được ghi với hạn này. Nếu gõ nhầm, chạy lại với hạn đúng.`,
        en: `Note: the deadline ${formatDayDate(deadline)} has passed (today is ${formatDayDate(now)}); the requests are written with it. If it is a typo, run again with the right date.`,
      });
    }
  }
  const dir = path.resolve(cwd, arg);
  try {
    await fs.mkdir(dir, { recursive: true });
    if (!(await fs.stat(dir)).isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
    await fs.access(dir, fs.constants.W_OK);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'error';
    return {
      problem: {
        vi: `Không dùng được thư mục "${arg}" cho --requests (${code}): đó có thể là một tệp, hoặc bạn không có quyền ghi. Chọn thư mục khác, ví dụ: --requests de-nghi-giai-trinh`,
        en: `Cannot use the folder "${arg}" for --requests (${code}): it may be a file, or not writable. Choose another folder, e.g. --requests explanation-requests`,
      },
    };
  }
  const council = options.council?.trim() || null;

  return {
    warnings,
    async write(checks) {
      const problems: Bilingual[] = [];
      const todo = checks
        .filter((c) => c.result && !c.reply)
        .map((c) => ({ check: c, unit: unitRequests(c.result!, c.file) }))
        .filter((x) => x.unit.requests.length > 0);
      const taken: string[] = [];
      for (const { check, unit } of todo) {
        const name = await freeName(dir, unit.unit, lang, taken);
        taken.push(name);
        const shown = path.join(arg, name);
        try {
          // ExcelJS's adapter, loaded only when there are requests to write.
          const { FileWorkbook } = await import('../../file/file-workbook');
          const wb = FileWorkbook.create();
          for (const spec of buildRequestsWorkbook(unit, { council, deadline, lang })) await wb.writeSheet(spec);
          wb.workbook.keywords = REQUESTS_KEYWORD;
          // The title goes into docProps/core.xml: cleaned like every text we write.
          wb.workbook.title = xmlSafe(`${lang === 'vi' ? 'Đề nghị giải trình' : 'Explanation requests'} - ${unit.unit}`);
          wb.workbook.creator = 'par-check';
          const problem = await writeOutput(path.join(dir, name), shown, await wb.toBuffer());
          if (problem) throw Object.assign(new Error(problem.en), { problem });
          check.requestsWorkbook = shown;
          check.requestsCount = { requests: unit.requests.length, stockNotes: unit.requests.filter((r) => !r.note).length };
        } catch (e) {
          check.requestsWorkbook = null;
          const message = e instanceof Error ? e.message : String(e);
          problems.push((e as { problem?: Bilingual }).problem ?? {
            vi: `Không ghi được đề nghị giải trình của "${unit.unit}": ${message}.`,
            en: `Could not write the explanation requests of "${unit.unit}": ${message}.`,
          });
        }
      }
      return problems;
    },
  };
}

/** The unit's file name, or the next "(n)" one when the name is taken in this run or by a file we must keep. */
async function freeName(dir: string, unit: string, lang: Lang, taken: string[]): Promise<string> {
  const seen = [...taken];
  for (;;) {
    const [name] = requestsFileNames([unit], lang, seen);
    if (await replaceable(path.join(dir, name))) return name;
    seen.push(name);
  }
}

/** Nothing there, or an earlier requests workbook of ours with no answer written in it. */
async function replaceable(file: string): Promise<boolean> {
  // lstat: a symbolic link (even a dangling one) is not ours to replace; the next name is used.
  const stat = await fs.lstat(file).catch(() => null);
  if (!stat) return true;
  if (!stat.isFile()) return false;
  try {
    const sheets = readWorkbookSheetsFast(new Uint8Array(await fs.readFile(file)));
    // Ours only when marked: a table the unit copied elsewhere is its file, not ours.
    if (!sheets.some((s) => isRequestsMarkSheet(s.name))) return false;
    const reply = readRequestsReply(sheets.map((s) => s.grid));
    return reply !== null && reply.counts.answered + reply.counts.partial === 0;
  } catch {
    return false;
  }
}
