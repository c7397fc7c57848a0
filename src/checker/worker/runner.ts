/**
 * Who checks the page's files. With Web Workers (every browser the page supports, when served
 * over http/https): a small pool of checking workers, so the page's own thread only reads files
 * and paints. A check that runs past CHECK_TIMEOUT_MS, or a worker that dies (a bomb, out of
 * memory), is stopped by terminating that worker: the file gets a sentence, a fresh worker takes
 * the next file, the others go on. Where no worker can start (a page opened from file:// in
 * Chrome, jsdom in the tests) the same check runs in the page's thread, one file at a time.
 */
import type { CheckInputs } from '../check-file';
import type { CriteriaSet } from '../../engine/criteria/schema';
import { checkInWorker } from './handle-message';
import { CHECK_TIMEOUT_MS, crashedProblem, stoppedProblem } from './problems';
import type { CheckedFile, FromWorker, WorkerFactory, WorkerLike } from './protocol';

export interface CheckRunner {
  /** Files it checks at the same time (1 once it fell back to the page's thread). */
  capacity(): number;
  /** Check one file's bytes (`name`: as picked) against `inputs`. Never rejects. */
  check(bytes: Uint8Array, name: string, inputs: CheckInputs): Promise<CheckedFile>;
  /** Where checks run now: 'worker', or 'thread' (no worker here, or it could not start). */
  where(): 'worker' | 'thread';
  dispose(): void;
}

/** Checks in the page's own thread, one file at a time (yielding between files so the page paints). */
export function inThreadRunner(): CheckRunner {
  return {
    capacity: () => 1,
    check: (bytes, name, inputs) => checkInWorker(bytes, name, inputs),
    where: () => 'thread',
    dispose: () => undefined,
  };
}

export interface WorkerRunnerOptions {
  /** Workers at once (default: one fewer than the cores, 1 to 4). */
  size?: number;
  timeoutMs?: number;
  /** A worker that has not said "ready" by then counts as unavailable. */
  startTimeoutMs?: number;
}

interface Job {
  bytes: Uint8Array;
  name: string;
  inputs: CheckInputs;
  resolve: (outcome: CheckedFile) => void;
}

interface Slot {
  worker: WorkerLike;
  ready: boolean;
  sentInputs: CheckInputs | null;
  job: { id: number; job: Job; timer: ReturnType<typeof setTimeout> } | null;
  startTimer: ReturnType<typeof setTimeout> | null;
}

export function defaultPoolSize(): number {
  const cores = typeof navigator !== 'undefined' && navigator.hardwareConcurrency ? navigator.hardwareConcurrency : 2;
  return Math.max(1, Math.min(4, cores - 1));
}

/**
 * Results come back as copies: their criteria set is linked again to the page's own set object
 * (same id and version), so 200 results do not carry 200 copies of it.
 */
function relinkSets(outcome: CheckedFile, sets: CriteriaSet[]): CheckedFile {
  if (!outcome.ok) return outcome;
  for (const r of outcome.results) {
    if (!r.set) continue;
    const own = sets.find((s) => s.id === r.set!.id && s.version === r.set!.version);
    if (own) r.set = own;
  }
  return outcome;
}

export function workerRunner(factory: WorkerFactory, options: WorkerRunnerOptions = {}): CheckRunner {
  const size = options.size ?? defaultPoolSize();
  const timeoutMs = options.timeoutMs ?? CHECK_TIMEOUT_MS;
  const startTimeoutMs = options.startTimeoutMs ?? 20_000;
  const queue: Job[] = [];
  const slots: (Slot | null)[] = Array.from({ length: size }, () => null);
  let fallback: CheckRunner | null = null;
  let nextId = 1;
  let disposed = false;

  /** No worker can run here: every job, queued or running, goes to the page's thread. */
  const giveUpWorkers = () => {
    if (fallback) return;
    fallback = inThreadRunner();
    for (let i = 0; i < slots.length; i++) {
      const slot = slots[i];
      if (!slot) continue;
      if (slot.job) {
        clearTimeout(slot.job.timer);
        queue.unshift(slot.job.job);
      }
      stop(i);
    }
    const waiting = queue.splice(0);
    runInThread(waiting);
  };

  // One file at a time in the page's thread (one workbook in memory, the page paints between files).
  let threadChain: Promise<void> = Promise.resolve();
  const runInThread = (jobs: Job[]) => {
    for (const job of jobs) {
      threadChain = threadChain.then(async () => job.resolve(await fallback!.check(job.bytes, job.name, job.inputs)));
    }
  };

  function stop(i: number) {
    const slot = slots[i];
    slots[i] = null;
    if (!slot) return;
    if (slot.startTimer) clearTimeout(slot.startTimer);
    slot.worker.onmessage = null;
    slot.worker.onerror = null;
    try {
      slot.worker.terminate();
    } catch {
      // already gone
    }
  }

  /** The slot's running job ends with `outcome`; the worker is stopped first when `kill`. */
  function finish(i: number, outcome: CheckedFile, kill: boolean) {
    const slot = slots[i];
    const running = slot?.job;
    if (!slot || !running) return;
    clearTimeout(running.timer);
    slot.job = null;
    if (kill) stop(i);
    running.job.resolve(relinkSets(outcome, running.job.inputs.sets));
    pump();
  }

  function start(i: number): Slot | null {
    let worker: WorkerLike;
    try {
      worker = factory();
    } catch {
      giveUpWorkers();
      return null;
    }
    const slot: Slot = { worker, ready: false, sentInputs: null, job: null, startTimer: null };
    slots[i] = slot;
    slot.startTimer = setTimeout(() => {
      if (slots[i] === slot && !slot.ready) giveUpWorkers();
    }, startTimeoutMs);
    worker.onmessage = (event: { data: FromWorker }) => {
      if (slots[i] !== slot) return;
      const m = event.data;
      if (m.type === 'ready') {
        slot.ready = true;
        if (slot.startTimer) clearTimeout(slot.startTimer);
        slot.startTimer = null;
        pump();
      } else if (m.type === 'done' && slot.job && slot.job.id === m.job) {
        finish(i, m.outcome, false);
      }
    };
    const died = () => {
      if (slots[i] !== slot) return;
      // Before "ready": the worker's script cannot run here. After: this file killed it.
      if (!slot.ready) giveUpWorkers();
      else if (slot.job) finish(i, { ok: false, problem: crashedProblem }, true);
      else stop(i);
    };
    worker.onerror = died;
    worker.onmessageerror = died;
    return slot;
  }

  function pump() {
    if (disposed || fallback) return;
    for (let i = 0; i < slots.length && queue.length > 0; i++) {
      let slot = slots[i];
      if (!slot) {
        slot = start(i);
        if (fallback) return; // giveUpWorkers took the queue
        continue; // it takes work once ready
      }
      if (!slot.ready || slot.job) continue;
      const job = queue.shift()!;
      if (slot.sentInputs !== job.inputs) {
        slot.worker.postMessage({ type: 'inputs', inputs: job.inputs });
        slot.sentInputs = job.inputs;
      }
      const id = nextId++;
      const at = i;
      const timer = setTimeout(() => finish(at, { ok: false, problem: stoppedProblem(Math.round(timeoutMs / 1000)) }, true), timeoutMs);
      slot.job = { id, job, timer };
      slot.worker.postMessage({ type: 'check', job: id, name: job.name, bytes: job.bytes });
    }
  }

  return {
    capacity: () => (fallback ? 1 : size),
    check(bytes, name, inputs) {
      return new Promise<CheckedFile>((resolve) => {
        const job: Job = { bytes, name, inputs, resolve };
        if (fallback) runInThread([job]);
        else {
          queue.push(job);
          pump();
        }
      });
    },
    where: () => (fallback ? 'thread' : 'worker'),
    dispose() {
      disposed = true;
      for (let i = 0; i < slots.length; i++) stop(i);
    },
  };
}
