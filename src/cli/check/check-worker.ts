/**
 * A worker thread of the batch pool (worker-pool.ts): checks the files it is handed, one at a
 * time, and answers with their FileChecks. Bundled on its own as dist/cli/check-worker.js by
 * scripts/build-cli.js. Whatever happens to it (out of memory, a crash, a stall) ends this thread
 * only: the pool reports that file and starts another worker.
 */
import { parentPort, workerData } from 'worker_threads';
import { checkOneFile, keptSlim, type CheckWorkerOptions, type WorkerResult } from './check-files';
import type { FileCheck } from './file-check';
import { makeCopy } from './made-copy';
import { toWire, transferables, type Pack } from './wire-checks';
import { packResult, worthCompacting } from './compact-result';
import { slimResult } from './slim-result';
import { reportFacts } from './json-report';
import { sheetStatus } from '../../engine/results/status';
import type { WorkerAnswer, WorkerFault, WorkerJob, WorkerStart } from './worker-pool';
import * as path from 'path';

const start = workerData as WorkerStart<CheckWorkerOptions>;
const port = parentPort;

/**
 * With `pack` (a big batch: check-files.ts), each result is packed here for the main thread's spill
 * file (slimmed first only when its rows are kept); without, each is slimmed before it is sent whole
 * (the main thread keeps it whole: a smaller copy to make and to keep).
 */
const kept = start.options.pack;
const pack: Pack | undefined =
  kept &&
  ((result, check) =>
    worthCompacting(result)
      ? { ...packResult(keptSlim(result, kept), kept, undefined, kept.reportOnly ? reportFacts(check as FileCheck, start.options.lang) : undefined), status: sheetStatus({ result }) }
      : null);
const slimChecks = (checks: FileCheck[]): FileCheck[] => (kept ? checks : checks.map((c) => (c.result ? { ...c, result: slimResult(c.result) } : c)));

/** The faults a test asked for (worker-pool.ts WorkerFault): never set by a real run. */
function showFault(fault: WorkerFault): void {
  if (fault === 'exit') process.exit(3);
  if (fault === 'crash') throw new Error('test fault: crash');
  if (fault === 'stall') for (;;);
  if (fault === 'oom') {
    const hoard: number[][] = [];
    for (;;) hoard.push(new Array(1e6).fill(hoard.length));
  }
}

if (port) {
  port.on('message', (job: WorkerJob) => {
    const fault = start.faults[path.basename(job.input.path)];
    if (fault) setImmediate(() => showFault(fault));
    else
      void checkOneFile(job.input, start.options, { needWorkbook: false }).then(async ({ checks, data }) => {
        // --annotate: the flagged copy is made here, from the bytes just read (made-copy.ts).
        const lang = start.options.copyLang;
        const copy = data && lang ? await makeCopy(data, checks, lang) : null;
        const result: WorkerResult = { checks: toWire(slimChecks(checks), start.options, pack), copy };
        const answer: WorkerAnswer<WorkerResult> = { type: 'done', index: job.index, result };
        port.postMessage(answer, transferables(result.checks));
      });
  });
  port.postMessage({ type: 'ready' } satisfies WorkerAnswer<never>);
}
