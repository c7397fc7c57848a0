/**
 * The files a batch run writes besides its report: the ranking workbook (--summary) and the
 * flagged copies (--annotate). Everything that can be known before reading the inputs is checked
 * first (names, folders, an output that would overwrite an input), so a run of 200 files never
 * fails at its end for a typo, and an original is never overwritten.
 */
import { promises as fs, statSync } from 'fs';
import * as path from 'path';
import type { Bilingual, Lang } from '../../engine/text/lang';
import type { CheckFilesHooks } from './check-files';
import type { FileCheck } from './file-check';
import type { InputFile } from './collect-files';
// The writers (JSZip, the xlsx writer) are loaded only with --annotate or --summary: a plain check starts without them.
import type { Annotator } from './annotate';
import type { RankingExtras } from './ranking-output';

export interface BatchOutputOptions {
  /** --summary as typed. */
  summary?: string;
  /** --force: --summary may replace a file that is not a results workbook of ours. */
  force?: boolean;
  /** --annotate as typed. */
  annotate?: string;
  /** The files and folders to check, as typed. */
  positional: string[];
  lang: Lang;
  cwd: string;
}

export interface BatchOutputs {
  /** A workbook found in a checked folder that is an output of this or an earlier run: not checked. */
  skip(absPath: string): boolean;
  /** Before the first file; a problem stops the run (exit 2) before anything is read. */
  start(inputs: InputFile[]): Promise<Bilingual | null>;
  hooks: CheckFilesHooks;
  /** After the last file: the results workbook. */
  finish(checks: FileCheck[], extra?: RankingExtras): Promise<{ ranking: string | null; problem: Bilingual | null }>;
}

async function sameFile(a: string, b: string): Promise<boolean> {
  if (path.resolve(a) === path.resolve(b)) return true;
  const [sa, sb] = await Promise.all([fs.stat(a).catch(() => null), fs.stat(b).catch(() => null)]);
  return Boolean(sa && sb && sa.dev === sb.dev && sa.ino === sb.ino);
}

function statOrNull(file: string): { dev: number; ino: number } | null {
  try {
    return statSync(file, { throwIfNoEntry: false }) ?? null;
  } catch {
    return null;
  }
}

/**
 * The first input that is the file at `target` (by path, or by device and inode: a hard link, a
 * path through a linked folder), or null. The target is looked at once: when nothing is there
 * (the usual first run) no input can be it but by its very path, and no input is looked at.
 * Otherwise the inputs are looked at synchronously: two promise-based stats per input (the target
 * again each time) each went through libuv's thread pool, ≈ 12,000 futex calls and 3,000 wake-ups
 * at 1,000 files.
 */
function inputNamed(inputs: InputFile[], target: string): InputFile | null {
  const resolved = path.resolve(target);
  const t = statOrNull(target);
  for (const input of inputs) {
    if (path.resolve(input.path) === resolved) return input;
    if (!t) continue;
    const s = statOrNull(input.path);
    if (s && s.dev === t.dev && s.ino === t.ino) return input;
  }
  return null;
}

const overwritesInput = (arg: string, input: string): Bilingual => ({
  vi: `Sổ xếp hạng "${arg}" trùng với tệp cần kiểm tra "${input}": tệp gốc không bao giờ bị ghi đè. Chọn tên khác, ví dụ: --summary xep-hang.xlsx`,
  en: `The ranking workbook "${arg}" is one of the files to check ("${input}"): originals are never overwritten. Choose another name, e.g. --summary ranking.xlsx`,
});

const annotateIsInput = (arg: string): Bilingual => ({
  vi: `Thư mục --annotate "${arg}" là thư mục đang được kiểm tra: bản sao sẽ lẫn với tệp gốc. Chọn thư mục khác, ví dụ: --annotate ${path.join(arg, 'ban-danh-dau')}`,
  en: `The --annotate folder "${arg}" is a folder being checked: the copies would mix with the originals. Choose another folder, e.g. --annotate ${path.join(arg, 'flagged')}`,
});

/**
 * Check the output options and make the outputs; a problem (exit 2) when they cannot be used.
 * `onProblem` receives the problems met while writing copies (the run goes on).
 */
export async function prepareBatchOutputs(
  options: BatchOutputOptions,
  onProblem: (p: Bilingual) => void,
): Promise<BatchOutputs | { problem: Bilingual }> {
  const { summary, annotate, cwd, lang } = options;
  if (summary !== undefined) {
    // A file among the inputs (named, or in a checked folder) gets its own sentence in start().
    const target = path.resolve(cwd, summary);
    const underInput = options.positional.some((p) => {
      const rel = path.relative(path.resolve(cwd, p), target);
      return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
    });
    const { summaryTargetProblem } = await import('./ranking-output');
    const problem = await summaryTargetProblem(summary, cwd, options.force === true || underInput);
    if (problem) return { problem };
  }
  const summaryPath = summary === undefined ? null : path.resolve(cwd, summary);
  // An earlier ranking workbook at that path is ours to replace and not to check; any other
  // workbook there is checked if it lies in a checked folder, and then refused as a target.
  const summaryIsOurs = summaryPath !== null && (await (await import('./ranking-output')).isRankingWorkbook(summaryPath));
  let annotator: Annotator | null = null;
  if (annotate !== undefined) {
    const dir = path.resolve(cwd, annotate);
    for (const input of options.positional) {
      const abs = path.resolve(cwd, input);
      const stat = await fs.stat(abs).catch(() => null);
      if (stat?.isDirectory() && (await sameFile(abs, dir))) return { problem: annotateIsInput(annotate) };
    }
    const { createAnnotator, prepareAnnotateDir } = await import('./annotate');
    const prepared = await prepareAnnotateDir(annotate, cwd);
    if ('problem' in prepared) return prepared;
    annotator = await createAnnotator(prepared.dir, annotate, lang, onProblem, summaryPath ? [summaryPath] : []);
  }

  return {
    skip: (p) => (p === summaryPath && summaryIsOurs) || Boolean(annotator?.isCopy(p)),
    async start(inputs) {
      if (summary !== undefined && summaryPath !== null) {
        const input = inputNamed(inputs, summaryPath);
        if (input) return overwritesInput(summary, input.file);
      }
      await annotator?.start(inputs);
      return null;
    },
    // Copies are made where each file is checked (worker-pool.ts workers too) and written here in input order.
    hooks: annotator ? { copies: { lang, write: (checks, made) => annotator.writeCopy(checks, made) } } : {},
    async finish(checks, extra) {
      if (summary === undefined) return { ranking: null, problem: null };
      const { writeRankingWorkbook } = await import('./ranking-output');
      const problem = await writeRankingWorkbook(checks, summary, cwd, lang, extra);
      return { ranking: problem ? null : summary, problem };
    },
  };
}
