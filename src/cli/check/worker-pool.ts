/**
 * Checking a batch on every core, so that no file can end the run: the files are handed one at a
 * time to a pool of worker threads (node:worker_threads), each running check-worker.ts (bundled
 * as dist/cli/check-worker.js next to the CLI). A worker that dies while checking a file (out of
 * memory: each has its own heap limit; a crash) or takes longer than the per-file time limit (it
 * is terminated) costs only that file: it is reported unreadable with its sentence, a new worker
 * takes the dead one's place, and the batch goes on.
 *
 * The results come back in the input order whatever order the workers finish in. A result's
 * criteria set is sent back as its index among the run's sets and joined to the run's own object
 * again, so 10,000 results share one copy of each set instead of carrying a clone each.
 *
 * This module knows nothing of checking (the worker does it); check-files.ts uses it.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Worker } from 'worker_threads';
import type { Bilingual } from '../../engine/text/lang';
import type { InputFile } from './collect-files';

/** Longest a file may take in a worker before the worker is stopped (the bound: 10 s). */
export const FILE_TIME_LIMIT_MS = 10_000;
/** Heap of one worker: far above a real scoresheet's needs, well below what would sink the machine. */
export const WORKER_HEAP_MB = 384;
/**
 * Young generation of one worker. V8 grows a thread's young generation to 32 MB or more when it
 * allocates fast (a worker makes every file's XML text, grids and rows), and each worker kept
 * that for the run: measured over the default pool (2 workers), `check DIR --json` peak RSS
 * 1,000 files 143–147 → 127–129 MB, 10,000 files 234 → 188 MB, CPU the same (interleaved,
 * medians of 3 at 1,000 files: 4.41 → 4.18 s user + sys).
 */
export const WORKER_YOUNG_MB = 8;

/**
 * A fault a test asks a worker to show on a named file (by its base name), to prove the pool
 * survives it: 'crash' throws an uncaught error, 'exit' ends the thread, 'oom' fills the heap,
 * 'stall' never answers. Only the test hook PAR_CHECK_TEST_FAULTS or a test's settings set these.
 */
export type WorkerFault = 'crash' | 'exit' | 'oom' | 'stall';

export interface WorkerPoolSettings {
  /** The worker's script (a .js file); default: check-worker.js beside this bundle. */
  script?: string;
  /** Number of workers; default: one per core (PAR_CHECK_WORKERS overrides). */
  size?: number;
  timeLimitMs?: number;
  heapMb?: number;
  faults?: Record<string, WorkerFault>;
}

/** What the worker receives at start. */
export interface WorkerStart<Options> {
  options: Options;
  faults: Record<string, WorkerFault>;
}

/** Messages of the protocol (main → worker: WorkerJob; worker → main: WorkerAnswer). */
export interface WorkerJob {
  index: number;
  input: InputFile;
}
export type WorkerAnswer<Result> = { type: 'ready' } | { type: 'done'; index: number; result: Result };

/** The bundled worker script beside this file, or null (running from the TypeScript sources). */
export function defaultWorkerScript(): string | null {
  const script = path.join(__dirname, 'check-worker.js');
  return fs.existsSync(script) ? script : null;
}

/** Workers to start for `files` files: PAR_CHECK_WORKERS, else one per core; never more than files. */
export function poolSize(files: number, given?: number): number {
  const env = Number(process.env.PAR_CHECK_WORKERS);
  const wanted = given ?? (Number.isInteger(env) && env >= 0 ? env : os.availableParallelism?.() ?? os.cpus().length);
  return Math.max(0, Math.min(files, wanted));
}

/** Faults asked for by a test through the environment (JSON: {"file.xlsx": "crash"}). */
export function faultsFromEnv(): Record<string, WorkerFault> {
  const raw = process.env.PAR_CHECK_TEST_FAULTS;
  if (!raw) return {};
  try {
    return JSON.parse(raw) as Record<string, WorkerFault>;
  } catch {
    return {};
  }
}

export const workerProblems = {
  died: (file: string, outOfMemory: boolean): Bilingual => ({
    vi: outOfMemory
      ? `Không kiểm tra được tệp "${file}": tệp cần quá nhiều bộ nhớ (có thể có sheet rất lớn: hàng triệu dòng, cột hoặc vùng gộp ô) nên đã bị dừng; các tệp khác vẫn được kiểm tra. Hãy mở tệp bằng Excel, chép riêng sheet chấm điểm sang sổ làm việc mới, lưu lại rồi kiểm tra tệp mới.`
      : `Không kiểm tra được tệp "${file}": bộ kiểm tra gặp lỗi và dừng đột ngột khi đọc tệp này; các tệp khác vẫn được kiểm tra. Hãy mở tệp bằng Excel, lưu lại thành tệp .xlsx mới rồi kiểm tra lại; nếu vẫn lỗi, gửi tệp cho nhóm hỗ trợ.`,
    en: outOfMemory
      ? `Cannot check the file "${file}": it needs too much memory (perhaps a huge sheet: millions of rows, columns or merged cells), so it was stopped; the other files are still checked. Open it in Excel, copy the scoresheet alone into a new workbook, save it and check the new file.`
      : `Cannot check the file "${file}": the checker failed and stopped while reading it; the other files are still checked. Open it in Excel, save it as a new .xlsx and check again; if it still fails, send the file to support.`,
  }),
  tooSlow: (file: string, limitMs: number): Bilingual => ({
    vi: `Không kiểm tra được tệp "${file}": việc kiểm tra kéo dài quá ${Math.round(limitMs / 1000)} giây nên đã bị dừng (một biểu chấm điểm thường cần chưa đến một giây); các tệp khác vẫn được kiểm tra. Hãy mở tệp bằng Excel, chép riêng sheet chấm điểm sang sổ làm việc mới, lưu lại rồi kiểm tra tệp mới.`,
    en: `Cannot check the file "${file}": checking it took more than ${Math.round(limitMs / 1000)} seconds, so it was stopped (a scoresheet usually takes under a second); the other files are still checked. Open it in Excel, copy the scoresheet alone into a new workbook, save it and check the new file.`,
  }),
};

export interface PoolCallbacks<Result> {
  /** A file's answer from a worker. */
  done(index: number, result: Result): void;
  /** A file that cost its worker its life (or its time): report it with this sentence. */
  failed(index: number, problem: Bilingual): void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  /** The file in the worker, with its time limit. */
  job: { index: number; timer: NodeJS.Timeout; timedOut: boolean } | null;
  outOfMemory: boolean;
  gone: boolean;
}

/**
 * Check `inputs` in a pool of `size` workers. Resolves with the indexes left unchecked when
 * workers cannot even start (a broken installation): the caller checks those in-process, so
 * a run never fails for want of workers. Every other file gets exactly one callback.
 */
export function runPool<Options, Result>(
  inputs: InputFile[],
  start: WorkerStart<Options>,
  settings: { script: string; size: number; timeLimitMs: number; heapMb: number },
  callbacks: PoolCallbacks<Result>,
): Promise<number[]> {
  return new Promise((resolve) => {
    const queue = inputs.map((_, i) => i);
    let pending = inputs.length;
    const slots = new Set<Slot>();
    let settled = false;
    let deadAtStart = 0;

    const finish = (leftOver: number[]) => {
      if (settled) return;
      settled = true;
      for (const s of slots) {
        s.gone = true;
        if (s.job) clearTimeout(s.job.timer);
        void s.worker.terminate();
      }
      resolve(leftOver);
    };
    const accounted = () => {
      if (--pending === 0) finish([]);
    };

    const give = (slot: Slot) => {
      const index = queue.shift();
      if (index === undefined) {
        // Nothing left for it: let it go now (its memory back) rather than at the end.
        slots.delete(slot);
        slot.gone = true;
        void slot.worker.terminate();
        return;
      }
      const timer = setTimeout(() => {
        if (!slot.job) return;
        slot.job.timedOut = true;
        void slot.worker.terminate();
      }, settings.timeLimitMs);
      slot.job = { index, timer, timedOut: false };
      const job: WorkerJob = { index, input: inputs[index] };
      slot.worker.postMessage(job);
    };

    const spawn = () => {
      // worker_threads is loaded only when a pool starts (synchronously, here): a one-file check runs without it.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { Worker } = require('worker_threads') as typeof import('worker_threads');
      const worker = new Worker(settings.script, {
        workerData: start,
        resourceLimits: { maxOldGenerationSizeMb: settings.heapMb, maxYoungGenerationSizeMb: WORKER_YOUNG_MB },
      });
      const slot: Slot = { worker, ready: false, job: null, outOfMemory: false, gone: false };
      slots.add(slot);
      worker.on('message', (m: WorkerAnswer<Result>) => {
        if (m.type === 'ready') {
          slot.ready = true;
          give(slot);
          return;
        }
        if (!slot.job || slot.job.index !== m.index) return;
        clearTimeout(slot.job.timer);
        slot.job = null;
        callbacks.done(m.index, m.result);
        accounted();
        if (!settled) give(slot);
      });
      worker.on('error', (e: Error & { code?: string }) => {
        if (e.code === 'ERR_WORKER_OUT_OF_MEMORY') slot.outOfMemory = true;
      });
      worker.on('exit', () => {
        slots.delete(slot);
        if (slot.gone || settled) return;
        const job = slot.job;
        slot.job = null;
        if (!slot.ready) {
          // It died before it could take a file. Once is a fluke (respawned); again and again means
          // workers cannot run here: the files not yet done are then checked in-process.
          if (++deadAtStart > 2) {
            const inFlight = [...slots].flatMap((s) => (s.job ? [s.job.index] : []));
            return finish([...inFlight, ...queue].sort((a, b) => a - b));
          }
        }
        if (job) {
          clearTimeout(job.timer);
          const file = inputs[job.index].file;
          callbacks.failed(
            job.index,
            job.timedOut ? workerProblems.tooSlow(file, settings.timeLimitMs) : workerProblems.died(file, slot.outOfMemory),
          );
          accounted();
        }
        // Its place is taken by a new worker while files remain.
        if (!settled && queue.length > 0) spawn();
      });
    };

    if (pending === 0) return finish([]);
    for (let i = 0; i < Math.min(settings.size, inputs.length); i++) spawn();
  });
}
