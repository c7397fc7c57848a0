/**
 * `check --annotate <folder>`: a flagged copy of each readable workbook, with the same marks as
 * the add-in puts in Excel (flagsFromFindings → FileWorkbook.applyFlags on the checked sheet),
 * so `par-check clear` takes them off again.
 *
 * The original is never written: the copy is made from the workbook already opened in memory
 * for the check, and a copy is never given the path of an input file (an original lying in the
 * output folder keeps its name; the copy gets "name (2).xlsx").
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import type { Bilingual, Lang } from '../../engine/findings/finding';
import { flagsFromFindings } from '../../engine/findings/flags';
import type { FileWorkbook } from '../../file/file-workbook';
import { writeOutput } from '../write-output';
import type { FileCheck } from './check-files';
import type { InputFile } from './collect-files';
import { CopyNames } from './copy-names';
import { checkedSheet } from './json-report';

export interface Annotator {
  /** Before the first file: learn the inputs, so no copy takes an original's place. */
  start(inputs: InputFile[]): Promise<void>;
  afterFile(check: FileCheck, workbook: FileWorkbook): Promise<void>;
  /**
   * A workbook found in `folder` is one of our copies: the output folder is inside the folder
   * being checked and holds the file (a second run must not check the copies of the first).
   */
  isCopy(absPath: string, folder: string): boolean;
}

/** Create the folder if needed; a problem when it cannot be used. */
export async function prepareAnnotateDir(arg: string, cwd: string): Promise<{ dir: string } | { problem: Bilingual }> {
  const dir = path.resolve(cwd, arg);
  try {
    await fs.mkdir(dir, { recursive: true });
    if (!(await fs.stat(dir)).isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
    await fs.access(dir, fs.constants.W_OK);
    return { dir };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'error';
    return {
      problem: {
        vi: `Không dùng được thư mục "${arg}" cho --annotate (${code}): đó có thể là một tệp, hoặc bạn không có quyền ghi. Chọn thư mục khác, ví dụ: --annotate ban-danh-dau`,
        en: `Cannot use the folder "${arg}" for --annotate (${code}): it may be a file, or not writable. Choose another folder, e.g. --annotate flagged`,
      },
    };
  }
}

/** `p` lies strictly inside `folder`. */
export function isInside(p: string, folder: string): boolean {
  const rel = path.relative(folder, p);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}

const sameFile = (a: { dev: number; ino: number }, b: { dev: number; ino: number }) => a.dev === b.dev && a.ino === b.ino;

/** `reserved`: other outputs of the run (the ranking workbook) that a copy must not replace. */
export function createAnnotator(
  dir: string,
  shownDir: string,
  lang: Lang,
  onProblem: (p: Bilingual) => void,
  reserved: string[] = [],
): Annotator {
  const names = new CopyNames(reserved.filter((p) => path.dirname(p) === dir).map((p) => path.basename(p)));
  const inputIds: { dev: number; ino: number }[] = [];

  /** A free target for this copy that is not an input file (checked on disk: links, case). */
  async function target(original: string): Promise<string> {
    for (;;) {
      const name = names.take(path.basename(original));
      const full = path.join(dir, name);
      const stat = await fs.stat(full).catch(() => null);
      if (!stat || !inputIds.some((id) => sameFile(id, stat))) return name;
    }
  }

  return {
    isCopy: (p, folder) => isInside(p, dir) && isInside(dir, folder),
    async start(inputs) {
      for (const input of inputs) {
        if (path.dirname(input.path) === dir) names.reserve(path.basename(input.path));
        const stat = await fs.stat(input.path).catch(() => null);
        if (stat) inputIds.push({ dev: stat.dev, ino: stat.ino });
      }
    },
    async afterFile(check, workbook) {
      const result = check.result;
      if (!result) return;
      try {
        const sheet = checkedSheet(result);
        const flags = sheet ? flagsFromFindings(result.findings, lang) : [];
        // Applied even with no flag: it takes off stale marks of an earlier check, like the add-in.
        if (sheet) await workbook.applyFlags(sheet, flags);
        const name = await target(check.path);
        const shown = path.join(shownDir, name);
        const problem = await writeOutput(path.join(dir, name), shown, await workbook.toBuffer());
        if (problem) throw Object.assign(new Error(problem.en), { problem });
        check.annotatedCopy = shown;
        check.annotatedCells = flags.length;
      } catch (e) {
        check.annotatedCopy = null;
        const message = e instanceof Error ? e.message : String(e);
        onProblem((e as { problem?: Bilingual }).problem ?? {
          vi: `Không ghi được bản sao đánh dấu của "${check.file}": ${message}. Kết quả kiểm tra tệp vẫn có trong báo cáo.`,
          en: `Could not write the flagged copy of "${check.file}": ${message}. The file's check is still in the report.`,
        });
      }
    },
  };
}
