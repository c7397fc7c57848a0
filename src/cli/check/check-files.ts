/**
 * Check files one by one and return one result per scoresheet (a block workbook with one sheet
 * per unit gives one FileCheck per unit sheet, `result.sheetName` naming it; an unreadable file
 * gives one FileCheck with its problem); output is done elsewhere, so other
 * outputs (the JSON report, the text report, a ranking workbook, annotated copies) can be added
 * without touching the checking. Never throws: a file that cannot be read gets its sentence and
 * the run goes on with the next one.
 */
import { createHash } from 'crypto';
import { checkAllScoresheets } from '../../engine/check';
import type { CriteriaSet } from '../../engine/criteria/schema';
import type { CheckResult } from '../../engine/check-result';
import type { Bilingual, Lang } from '../../engine/text/lang';
import { isRequestsMarkSheet, readRequestsReply, type RequestsReply } from '../../engine/appraisal/read-reply';
import type { FileCheck } from './file-check';
import type { FileWorkbook } from '../../file/file-workbook';
import { readForCheck, type SheetsToCheck } from '../../file/read-for-check';
import type { InputFile } from './collect-files';
import { readRegularFileSync, unzippedSizeProblem } from './size-guard';
import { slimResult } from './slim-result';
import { exemptionsOption } from './exemptions-option';
import type { ExemptionTable } from '../../engine/exemptions/table';
import { defaultWorkerScript, faultsFromEnv, FILE_TIME_LIMIT_MS, poolSize, runPool, WORKER_HEAP_MB, type WorkerPoolSettings } from './worker-pool';
import { fromWire, type Adopt, type WireCheck } from './wire-checks';
import { adoptPacked, compactResult, isCompacted, keepsPart, pairingView, ResultSpill, type KeptParts } from './compact-result';
import { reportFacts } from './json-report';
import { pairReplies } from '../../engine/appraisal/answers';
import { rememberStatus, rememberStatusInfo } from '../../engine/results/status';
import { fileSealState } from './file-seal';
import { makeCopy, type MadeCopy } from './made-copy';

export interface CheckFilesOptions {
  sets: CriteriaSet[];
  /** Forced set (--criteria). */
  criteria?: CriteriaSet;
  /** Check this sheet instead of finding the scoresheet (--sheet). */
  sheetName?: string;
  lang: Lang;
  /** The exemptions table (--exemptions): each sheet's N/A claims are checked against its unit's grant. */
  exemptions?: ExemptionTable;
  /**
   * Read each file's seal state while its bytes and full results are at hand (check, not seal or
   * clear, sets it): saves reading every file again at the end (seal-states.ts).
   */
  sealStates?: boolean;
}

export interface CheckFilesHooks {
  /** After each file (progress display). */
  onProgress?: (done: number, total: number, file: string) => void;
  /**
   * Called for each readable workbook with the checks of its scoresheets (one per unit sheet, at
   * least one) and the file's bytes (e.g. to write a flagged copy by patching its package). It
   * should report its own problems; if it throws, the file is counted as failed with that message.
   */
  afterFile?: (checks: FileCheck[], original: Uint8Array) => Promise<void>;
  /**
   * Several files without afterFile are checked in a pool of worker threads (worker-pool.ts):
   * every core, and a file that crashes or stalls its worker costs only itself. `false` checks
   * in this thread. Without the bundled worker script (running from the sources) files are
   * checked in this thread too.
   */
  workers?: WorkerPoolSettings | false;
  /**
   * Flagged copies (--annotate): each made where its file was checked (a worker of the pool, or
   * this thread) and handed to `write` in input order. Unlike afterFile, it keeps the pool.
   */
  copies?: { lang: Lang; write(checks: FileCheck[], made: MadeCopy | null): Promise<void> };
  /**
   * Results kept whole; the later ones are compacted as their file is done (compact-result.ts),
   * so memory stays flat on 10,000 files. Default WHOLE_RESULTS; tests set 0 to compact all.
   */
  keepWhole?: number;
  /**
   * The bulky parts of a compacted result the run's outputs may read (compact-result.ts:
   * KeptParts); KEEP_ALL by default. Reading a part not kept throws.
   */
  keep?: KeptParts;
}

/** What a worker of the pool is started with: the run's options, and the copies' language with --annotate. */
export type CheckWorkerOptions = CheckFilesOptions & {
  copyLang?: Lang;
  /** Pack every result for the spill file, keeping these parts (a run compacting all its results: see checkFiles). */
  pack?: KeptParts;
};

/** A worker's answer for one file: its checks, and its flagged copy when asked for. */
export interface WorkerResult {
  checks: WireCheck<FileCheck>[];
  copy: MadeCopy | null;
}

/** A run of up to this many scoresheets keeps every result whole (and writes no spill file). */
export const WHOLE_RESULTS = 100;

/** WHOLE_RESULTS, or PAR_CHECK_WHOLE_RESULTS (tests compare a run compacting every result with one compacting none). */
function wholeResults(): number {
  const env = Number(process.env.PAR_CHECK_WHOLE_RESULTS);
  return process.env.PAR_CHECK_WHOLE_RESULTS && Number.isInteger(env) && env >= 0 ? env : WHOLE_RESULTS;
}

const readProblem = (file: string, reason: string): Bilingual => ({
  vi: `Không đọc được tệp "${file}" (${reason}). Kiểm tra tệp có tồn tại, không bị chương trình khác khóa và bạn có quyền đọc.`,
  en: `Cannot read the file "${file}" (${reason}). Check that it exists, is not locked by another program and is readable.`,
});

const unexpected = (message: string): Bilingual => ({
  vi: `Lỗi không mong đợi khi kiểm tra tệp: ${message}. Hãy mở tệp bằng Excel, lưu lại thành tệp .xlsx mới rồi kiểm tra lại; nếu vẫn lỗi, gửi tệp cho nhóm hỗ trợ.`,
  en: `Unexpected error while checking the file: ${message}. Open it in Excel, save it as a new .xlsx and check again; if it still fails, send the file to support.`,
});

function failed(input: InputFile, problem: Bilingual, lang: Lang): FileCheck {
  return { file: input.file, path: input.path, result: null, error: problem[lang], problem };
}

/** One FileCheck per checked scoresheet of the file. */
function sheetChecks(input: InputFile, sheets: SheetsToCheck, options: CheckFilesOptions): FileCheck[] {
  const results = checkAllScoresheets(sheets.grids, {
    sets: options.sets,
    criteria: options.criteria,
    sheetName: options.sheetName,
    hiddenSheets: sheets.hidden,
    ...(options.exemptions ? exemptionsOption(options.exemptions, input.file) : {}),
  });
  // Slimmed only where a result is kept with its rows (keptWhole, and compacted with the rows kept):
  // a run that compacts its results without their rows would copy every row for nothing.
  return results.map((result) => ({ file: input.file, path: input.path, result, error: null, problem: null }));
}

/**
 * Check one file: one FileCheck per scoresheet (several for a block workbook with a sheet per
 * unit), or one carrying the reason it could not be read; `data` is the file's bytes when it
 * held scoresheets (for hooks). `needWorkbook: true` also opens it with ExcelJS (returned as
 * `workbook`; tests compare the two readers); by default the fast reader (src/file/fast-read)
 * reads it: several times faster, same grids.
 */
export async function checkOneFile(
  input: InputFile,
  options: CheckFilesOptions,
  { needWorkbook = false }: { needWorkbook?: boolean } = {},
): Promise<{ checks: FileCheck[]; workbook: FileWorkbook | null; data: Uint8Array | null }> {
  const fail = (problem: Bilingual) => ({ checks: [failed(input, problem, options.lang)], workbook: null, data: null });
  if (input.problem) return fail(input.problem);
  // Only a regular file, size first: a FIFO, /dev/zero or a giant file is refused unread.
  // Synchronous calls: a batch reads one file at a time per thread, and the promise versions
  // cost ten times more.
  const read = readRegularFileSync(input.path, input.file);
  if (!read.ok) return fail(read.problem ?? readProblem(input.file, read.code));
  const data = read.data;
  const tooBig = unzippedSizeProblem(data);
  if (tooBig) return fail(tooBig);
  try {
    // Fast reader for the check (src/file/read-for-check.ts); ExcelJS only when it cannot read the file.
    const read = await readForCheck(data, { sheetName: options.sheetName, needWorkbook });
    if (!read.ok) return fail(read.problem);
    // A requests workbook sent back by a unit: read as such, never as a scoresheet.
    if (read.listed.some((s) => isRequestsMarkSheet(s.name))) {
      const sheets = read.listed.filter((s) => s.visible || isRequestsMarkSheet(s.name));
      const reply = readRequestsReply(await Promise.all(sheets.map((s) => read.gridOf(s.name))));
      if (reply) return { checks: [replyCheck(input, reply)], workbook: null, data: null };
    }
    // A request table the unit copied into another workbook (no mark): known by its own headers.
    const copied = readRequestsReply(read.sheets.grids);
    if (copied) return { checks: [replyCheck(input, copied)], workbook: null, data: null };
    // SHA-256 of the bytes while they are here: identical copies are found without a second read.
    const contentHash = createHash('sha256').update(data).digest('hex');
    const checks: FileCheck[] = sheetChecks(input, read.sheets, options).map((c) => ({ ...c, contentHash }));
    if (options.sealStates) {
      // As seal-states.ts groups them: the file's scoresheet results (a reply was returned above).
      const seal = fileSealState(data, checks.flatMap((c) => (c.result ? [c.result] : [])), read.sealSheet);
      if (seal) for (const c of checks) c.seal = seal;
    }
    return { checks, workbook: read.workbook, data };
  } catch (e) {
    return fail(unexpected(e instanceof Error ? e.message : String(e)));
  }
}

/** A returned requests workbook: no scoresheet result and no error; its answers instead. */
function replyCheck(input: InputFile, reply: RequestsReply): FileCheck {
  return { file: input.file, path: input.path, result: null, error: null, problem: null, reply };
}

export async function checkFiles(
  inputs: InputFile[],
  options: CheckFilesOptions,
  hooks: CheckFilesHooks = {},
): Promise<FileCheck[]> {
  const byInput: FileCheck[][] = new Array(inputs.length);
  let done = 0;
  const spill = new ResultSpill(hooks.keep);
  let whole = hooks.keepWhole ?? wholeResults();
  // A run with more files than it keeps whole compacts every result (the pool packs them all too):
  // keeping the first ones whole only held ≈ 14 MB more for the whole run.
  if (inputs.length > whole) whole = 0;
  const compact = (c: FileCheck): FileCheck => {
    // A result packed by a worker comes compacted already (and slimmed when it had to be).
    if (!c.result || isCompacted(c.result)) return c;
    if (whole-- > 0) return { ...c, result: slimResult(c.result) };
    const facts = spill.kept.reportOnly ? reportFacts(c, options.lang) : undefined;
    return { ...c, result: compactResult(keptSlim(c.result, spill.kept), spill, rememberDerived, facts) };
  };
  // Flagged copies are named and written in input order ("a (2).xlsx" goes by it) whatever
  // order the files finish in: a copy waits here for the files before it.
  const copies = hooks.copies;
  const waiting = new Map<number, MadeCopy | null>();
  let nextCopy = 0;
  let writing = Promise.resolve();
  const queueCopy = (index: number, made: MadeCopy | null) => {
    if (!copies) return;
    waiting.set(index, made);
    for (; waiting.has(nextCopy); nextCopy++) {
      const at = nextCopy;
      const copy = waiting.get(at)!;
      waiting.delete(at);
      writing = writing.then(async () => {
        try {
          await copies.write(byInput[at], copy);
        } catch (e) {
          const message = e instanceof Error ? e.message : String(e);
          // BatchFileResult holds a result or an error, never both: the file counts as failed.
          byInput[at] = [failed(inputs[at], unexpected(message), options.lang)];
        }
      });
    }
  };
  const record = (index: number, checks: FileCheck[], made: MadeCopy | null = null) => {
    byInput[index] = checks.map(compact);
    queueCopy(index, made);
    hooks.onProgress?.(++done, inputs.length, inputs[index].file);
  };
  let inThread = inputs.map((_, i) => i);
  const pool = hooks.afterFile ? null : poolSettings(inputs.length, hooks.workers);
  if (pool) {
    // With --annotate the worker makes each copy too (the file's bytes are there). A run with more
    // files than it keeps whole compacts every result, packed by the workers (wire-checks.ts): the
    // main thread only appends their bytes to the spill file.
    const pack = inputs.length > whole ? spill.kept : undefined;
    const adopt: Adopt = (packed, set) => {
      const result = adoptPacked(packed, set, spill);
      rememberStatusInfo(result, spill.shared(packed.status));
      return result;
    };
    const start = { options: { ...options, copyLang: copies?.lang, pack }, faults: pool.faults };
    inThread = await runPool<CheckWorkerOptions, WorkerResult>(inputs, start, pool, {
      done: (index, answer) => record(index, fromWire(answer.checks, options, adopt), answer.copy),
      failed: (index, problem) => record(index, [failed(inputs[index], problem, options.lang)]),
    });
  }
  for (const index of inThread) {
    const input = inputs[index];
    const { checks, data } = await checkOneFile(input, options);
    if (data && hooks.afterFile) {
      try {
        await hooks.afterFile(checks, data);
      } catch (e) {
        const message = e instanceof Error ? e.message : String(e);
        // BatchFileResult holds a result or an error, never both: the file counts as failed.
        checks.splice(0, checks.length, failed(input, unexpected(message), options.lang));
      }
    }
    record(index, checks, data && copies ? await makeCopy(data, checks, copies.lang) : null);
  }
  await writing;
  return byInput.flat();
}

/**
 * The status, read by every output, stays remembered in memory for a compacted result (the other
 * derived values go with its head to the spill file: compact-result.ts).
 */
export function rememberDerived(result: CheckResult, keep: <T>(value: T) => T, whole: CheckResult = result): void {
  // Computed from the whole result (reading the compacted one back would cost a deserialise),
  // kept as a copy: it holds strings cut from the rows (compact-result.ts says why that matters).
  rememberStatus(result, keep, whole);
}

const changedSince = (file: string): Bilingual => ({
  vi: `Tệp "${file}" đã bị thay đổi trong lúc kiểm tra (nội dung khác lần đọc đầu), nên không ghép được tệp giải trình gửi lại với biểu này. Đợi tệp được lưu xong rồi chạy lại lệnh.`,
  en: `The file "${file}" changed while the run was checking it (its content differs from the first read), so the returned requests workbook cannot be paired with it. Wait until it is saved, then run the command again.`,
});

/**
 * The scoresheets a returned requests workbook of the run is paired with, made whole again when
 * the run did not keep their item scores (a big `--json` run: keptParts in check.ts): the pairing
 * carries the unit's answers next to the items through them (engine/appraisal/answers.ts), and a
 * reply is only known once it is read. Each such file (one per reply) is checked again and must
 * be the file checked before (same SHA-256): else the reason, and the run stops (exit 2).
 */
export async function wholeForReplies(checks: FileCheck[], options: CheckFilesOptions): Promise<Bilingual | null> {
  const replies = checks.filter((c) => c.reply);
  if (replies.length === 0) return null;
  const sheets = checks.filter((c) => c.result && !c.reply);
  const pairs = pairReplies(
    replies.map((c) => c.reply as RequestsReply),
    sheets.map((c) => ({ file: c.file, result: pairingView(c.result!) })),
  );
  for (const at of pairs) {
    if (at === null || keepsPart(sheets[at].result!, 'items')) continue;
    const sheet = sheets[at];
    const again = (await checkOneFile({ file: sheet.file, path: sheet.path }, options)).checks.find(
      (c) => c.result !== null && c.result.sheetName === sheet.result!.sheetName,
    );
    if (!again?.result || again.contentHash !== sheet.contentHash) return changedSince(sheet.file);
    sheet.result = slimResult(again.result);
  }
  return null;
}

/**
 * `result` as it goes into a spill file keeping `kept`: slimmed (slim-result.ts) when its rows are
 * kept in the bulk record, as it is otherwise (no row is kept: slimming would copy every row for nothing).
 */
export function keptSlim(result: CheckResult, kept: KeptParts): CheckResult {
  return kept.rows ? slimResult(result) : result;
}

/** The pool to use for `files` files, or null to check them in this thread. */
function poolSettings(files: number, given: WorkerPoolSettings | false | undefined) {
  if (given === false || files < 2) return null;
  const script = given?.script ?? defaultWorkerScript();
  const size = poolSize(files, given?.size);
  if (!script || size === 0) return null;
  return {
    script,
    size,
    timeLimitMs: given?.timeLimitMs ?? FILE_TIME_LIMIT_MS,
    heapMb: given?.heapMb ?? WORKER_HEAP_MB,
    faults: given?.faults ?? faultsFromEnv(),
  };
}

/** 2 when a file could not be read, else 1 when some file has an error finding, else 0. */
export function exitStatus(checks: FileCheck[]): 0 | 1 | 2 {
  if (checks.some((c) => c.problem !== null || (c.result === null && !c.reply))) return 2;
  if (checks.some((c) => c.result?.findings.some((f) => f.severity === 'error'))) return 1;
  return 0;
}
