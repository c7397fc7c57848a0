/**
 * `check --annotate <folder>`: a flagged copy of each readable workbook, with the same marks as
 * the add-in puts in Excel and a "Kết quả kiểm tra" sheet for the findings tied to no cell,
 * patched into the workbook's package so everything else in it is kept (src/file/annotate-package.ts);
 * `par-check clear` takes them off again.
 *
 * The original is never written: the copy is made from the bytes already read for the check,
 * and a copy never replaces an existing file other than an untouched copy of an
 * earlier run (copy-manifest.ts): an original lying in the output folder, or a copy the user has
 * edited since, keeps its name and the new copy gets "name (2).xlsx".
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import type { Bilingual, Lang } from '../../engine/text/lang';
import { writeOutput } from '../write-output';
import type { FileCheck } from './file-check';
import type { InputFile } from './collect-files';
import { CopyManifest } from './copy-manifest';
import { CopyNames } from './copy-names';
import { makeCopy, type MadeCopy } from './made-copy';

export interface Annotator {
  /** Before the first file: learn the inputs, so no copy takes an original's place. */
  start(inputs: InputFile[]): Promise<void>;
  /** One flagged copy per workbook, with the flags of each of its checked scoresheets. */
  afterFile(checks: FileCheck[], original: Uint8Array): Promise<void>;
  /**
   * The second half of afterFile: name and write a copy made elsewhere (by a worker, makeCopy).
   * Called in input order (names like "a (2).xlsx" go by that order); `made` null: no copy.
   */
  writeCopy(checks: FileCheck[], made: MadeCopy | null): Promise<void>;
  /** One of our earlier copies, untouched since: a folder walk does not check it. */
  isCopy(absPath: string): boolean;
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

const sameFile = (a: { dev: number; ino: number }, b: { dev: number; ino: number }) => a.dev === b.dev && a.ino === b.ino;

/** `reserved`: other outputs of the run (the ranking workbook) that a copy must not replace. */
export async function createAnnotator(
  dir: string,
  shownDir: string,
  lang: Lang,
  onProblem: (p: Bilingual) => void,
  reserved: string[] = [],
): Promise<Annotator> {
  const names = new CopyNames(reserved.filter((p) => path.dirname(p) === dir).map((p) => path.basename(p)));
  const manifest = await CopyManifest.load(dir);
  const inputIds: { dev: number; ino: number }[] = [];

  /** A free name: not taken in this run, not an input, and nothing there but an old copy of ours. */
  async function target(original: string): Promise<string> {
    for (;;) {
      const name = names.take(path.basename(original));
      const full = path.join(dir, name);
      // A symbolic link (even a dangling one) is never written through: take the next name.
      if ((await fs.lstat(full).catch(() => null))?.isSymbolicLink()) continue;
      const stat = await fs.stat(full).catch(() => null);
      if (stat && inputIds.some((id) => sameFile(id, stat))) continue;
      if (await manifest.writable(full)) return name;
    }
  }

  const annotator: Annotator = {
    isCopy: (p) => manifest.unchanged.has(p),
    async start(inputs) {
      for (const input of inputs) {
        if (path.dirname(input.path) === dir) names.reserve(path.basename(input.path));
        const stat = await fs.stat(input.path).catch(() => null);
        if (stat) inputIds.push({ dev: stat.dev, ino: stat.ino });
      }
    },
    async afterFile(checks, original) {
      await annotator.writeCopy(checks, await makeCopy(original, checks, lang));
    },
    async writeCopy(checks, made) {
      const check = checks[0];
      if (!made || !check) return;
      try {
        if ('error' in made) throw new Error(made.error);
        const bytes = Buffer.from(made.bytes.buffer, made.bytes.byteOffset, made.bytes.byteLength);
        const name = await target(check.path);
        const shown = path.join(shownDir, name);
        const problem = await writeOutput(path.join(dir, name), shown, bytes);
        if (problem) throw Object.assign(new Error(problem.en), { problem });
        await manifest.record(name, bytes);
        checks.forEach((c, i) => {
          c.annotatedCopy = shown;
          c.annotatedCells = made.counts[i];
        });
      } catch (e) {
        for (const c of checks) c.annotatedCopy = null;
        const message = e instanceof Error ? e.message : String(e);
        onProblem((e as { problem?: Bilingual }).problem ?? {
          vi: `Không ghi được bản sao đánh dấu của "${check.file}": ${message}. Kết quả kiểm tra tệp vẫn có trong báo cáo.`,
          en: `Could not write the flagged copy of "${check.file}": ${message}. The file's check is still in the report.`,
        });
      }
    },
  };
  return annotator;
}
