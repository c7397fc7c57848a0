/**
 * Who checks the page's files. With Web Workers (every browser the page supports, when served
 * over http/https): a small pool of checking workers, so the page's own thread only reads files
 * and paints. A check that runs past CHECK_TIMEOUT_MS, or a worker that dies (a bomb, out of
 * memory), is stopped by terminating that worker: the file gets a sentence, a fresh worker takes
 * the next file, the others go on. Where no worker can start (a page opened from file:// in
 * Chrome, jsdom in the tests) the same check runs in the page's thread, one file at a time.
 */
import { unexpectedProblem, type CheckInputs } from '../check-file';
import type { CriteriaSet } from '../../engine/criteria/schema';
import type { CheckSource } from '../read-source';
import { checkSource } from './handle-message';
import { CHECK_TIMEOUT_MS, crashedProblem, stoppedProblem } from './problems';
import type { CheckedFile, FromWorker, WireOutcome, WorkerFactory, WorkerLike } from './protocol';

/** A file's outcome; a checked file comes with the bytes that were checked (read from the File, or those given). */
export type RunOutcome = (CheckedFile & { ok: true; bytes: Uint8Array }) | (CheckedFile & { ok: false });

export interface CheckRunner {
  /** Files it checks at the same time (1 once it fell back to the page's thread). */
  capacity(): number;
  /** Read (a File) and check one file (`name`: as picked) against `inputs`. Never rejects. */
  check(source: CheckSource, name: string, inputs: CheckInputs): Promise<RunOutcome>;
  /** Where checks run now: 'worker', or 'thread' (no worker here, or it could not start). */
  where(): 'worker' | 'thread';
  dispose(): void;
}

/** Checks in the page's own thread, one file at a time (yielding between files so the page paints). */
export function inThreadRunner(): CheckRunner {
  return {
    capacity: () => 1,
    async check(source, name, inputs) {
      const { outcome, bytes } = await checkSource(source, name, inputs);
      return withBytes(outcome, bytes, source);
    },
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
  source: CheckSource;
  name: string;
  inputs: CheckInputs;
  resolve: (outcome: RunOutcome) => void;
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

/** The outcome with the bytes checked: `read` (from the File), else the bytes given. */
function withBytes(outcome: CheckedFile, read: Uint8Array | null, source: CheckSource): RunOutcome {
  if (!outcome.ok) return outcome;
  const bytes = read ?? (source instanceof Uint8Array ? source : null);
  // A worker that read the file always sends its bytes back; without them no flagged copy could be made.
  if (!bytes) return { ok: false, problem: unexpectedProblem('the file read by the checking worker did not come back') };
  return { ...outcome, bytes };
}

/**
 * Results come back as copies, their criteria set as an index into the sets sent (protocol.ts):
 * linked here to the page's own set object, so 200 results hold no copy of it.
 */
export function fromWire(outcome: WireOutcome, sets: CriteriaSet[]): CheckedFile {
  if (!outcome.ok) return outcome;
  const { setIndex, ...rest } = outcome;
  const results = outcome.results.map((r, i) => (setIndex[i] >= 0 && sets[setIndex[i]] ? { ...r, set: sets[setIndex[i]] } : r));
  return { ...rest, results };
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
      threadChain = threadChain.then(async () => job.resolve(await fallback!.check(job.source, job.name, job.inputs)));
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

  /** The slot's running job ends with `outcome` (`read`: the bytes the worker read); the worker is stopped first when `kill`. */
  function finish(i: number, outcome: WireOutcome, read: Uint8Array | null, kill: boolean) {
    const slot = slots[i];
    const running = slot?.job;
    if (!slot || !running) return;
    clearTimeout(running.timer);
    slot.job = null;
    if (kill) stop(i);
    const { job } = running;
    job.resolve(withBytes(fromWire(outcome, job.inputs.sets), read, job.source));
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
        finish(i, m.outcome, m.bytes, false);
      }
    };
    const died = () => {
      if (slots[i] !== slot) return;
      // Before "ready": the worker's script cannot run here. After: this file killed it.
      if (!slot.ready) giveUpWorkers();
      else if (slot.job) finish(i, { ok: false, problem: crashedProblem }, null, true);
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
      const timer = setTimeout(() => finish(at, { ok: false, problem: stoppedProblem(Math.round(timeoutMs / 1000)) }, null, true), timeoutMs);
      slot.job = { id, job, timer };
      slot.worker.postMessage({ type: 'check', job: id, name: job.name, source: job.source });
    }
  }

  return {
    capacity: () => (fallback ? 1 : size),
    check(source, name, inputs) {
      return new Promise<RunOutcome>((resolve) => {
        const job: Job = { source, name, inputs, resolve };
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
