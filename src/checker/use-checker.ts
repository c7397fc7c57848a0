/**
 * The page's checking: files in, one entry each, checked by the runner (worker/runner.ts: Web
 * Workers off the page's thread, else the page's thread one file at a time). Outcomes are handed
 * to the page in batches (at most one render every FLUSH_MS while files are being checked, then
 * one at the end), so 200 dropped files cost a few dozen renders, not 200; each is a React
 * transition, drawn in time slices rather than one long task.
 * When what a check uses changes (a criteria set loaded or removed, a survey table), every file
 * already read is checked again from its kept bytes, so what is shown always matches the inputs.
 */
import { startTransition, useCallback, useEffect, useMemo, useReducer, useRef } from 'react';
import { unexpectedProblem, type CheckInputs } from './check-file';
import { emptyEntries, entriesReducer, type EntriesState, type Settled } from './file-entries';
import { inThreadRunner, type CheckRunner } from './worker/runner';

export interface Checker {
  state: EntriesState;
  addFiles: (files: File[]) => void;
  remove: (id: number) => void;
  clear: () => void;
  /** The notice about files named apart was read (or dismissed). */
  renamedSeen: () => void;
  /** Settles when every file added so far is done and shown (tests, and the page's own bookkeeping). */
  idle: () => Promise<void>;
}

/** Longest wait between a file's outcome and its display while others are still being checked. */
export const FLUSH_MS = 250;

interface Job {
  id: number;
  /** The bytes (read again from the File when null). */
  bytes: Uint8Array | null;
  file: File | null;
  name: string;
}

/**
 * `inputs` must keep its identity while unchanged (useMemo): a new object re-checks every file.
 * `makeRunner` is called once (default: the page's own thread).
 */
export function useChecker(inputs: CheckInputs, makeRunner: () => CheckRunner = inThreadRunner): Checker {
  const [state, dispatch] = useReducer(entriesReducer, emptyEntries);
  const nextId = useRef(1);
  const runnerRef = useRef<CheckRunner | null>(null);
  if (runnerRef.current === null) runnerRef.current = makeRunner();
  useEffect(() => {
    const runner = runnerRef.current;
    return () => {
      runner?.dispose();
      runnerRef.current = null;
    };
  }, []);
  // The latest inputs, read when a queued check starts (not when it was queued).
  const inputsRef = useRef(inputs);
  inputsRef.current = inputs;
  const stateRef = useRef(state);
  stateRef.current = state;

  const queue = useRef<Job[]>([]);
  const running = useRef(0);
  const pending = useRef<Settled[]>([]);
  const flushTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const idleWaiters = useRef<(() => void)[]>([]);

  const flush = useCallback(() => {
    if (flushTimer.current !== null) clearTimeout(flushTimer.current);
    flushTimer.current = null;
    const outcomes = pending.current.splice(0);
    // A transition: React draws the batch in slices of a few milliseconds, yielding to the user's
    // input between them, instead of one long task (200 files: the overview and cards grow by dozens at once).
    if (outcomes.length) startTransition(() => dispatch({ type: 'settled', outcomes }));
    if (queue.current.length === 0 && running.current === 0) for (const w of idleWaiters.current.splice(0)) w();
  }, []);

  const settled = useCallback(
    (o: Settled) => {
      pending.current.push(o);
      // The last file shows at once; the others wait for the batch.
      if (queue.current.length === 0 && running.current === 0) flush();
      else if (flushTimer.current === null) flushTimer.current = setTimeout(flush, FLUSH_MS);
    },
    [flush],
  );

  const run = useCallback(async (job: Job): Promise<Settled> => {
    const runner = runnerRef.current ?? inThreadRunner();
    // A new file is read where it is checked (in a worker: off this thread); a file checked again from its kept bytes.
    const outcome = await runner.check(job.bytes ?? job.file!, job.name, inputsRef.current);
    return outcome.ok
      ? { id: job.id, ok: true, bytes: outcome.bytes, hash: outcome.hash, results: outcome.results, reply: outcome.reply }
      : { id: job.id, ok: false, problem: outcome.problem };
  }, []);

  const pump = useCallback(() => {
    const capacity = runnerRef.current?.capacity() ?? 1;
    while (running.current < capacity && queue.current.length > 0) {
      const job = queue.current.shift()!;
      running.current++;
      // Off the current task: the "checking…" line paints before the first file is read.
      setTimeout(() => {
        run(job)
          .catch((e): Settled => ({ id: job.id, ok: false, problem: unexpectedProblem(e instanceof Error ? e.message : String(e)) }))
          .then((o) => {
            running.current--;
            pump();
            settled(o);
          });
      }, 0);
    }
  }, [run, settled]);

  const enqueue = useCallback(
    (jobs: Job[]) => {
      queue.current.push(...jobs);
      pump();
    },
    [pump],
  );

  const addFiles = useCallback(
    (files: File[]) => {
      if (files.length === 0) return;
      const items = files.map((file) => ({ id: nextId.current++, name: file.name, file }));
      // Drawn as a transition too: the drop's event handler returns at once (200 new entries).
      startTransition(() => dispatch({ type: 'added', files: items.map(({ id, name }) => ({ id, name })) }));
      enqueue(items.map((it) => ({ id: it.id, bytes: null, file: it.file, name: it.name })));
    },
    [enqueue],
  );

  // Inputs changed: check again every file that was read (unreadable files stay as they are).
  const firstInputs = useRef(true);
  useEffect(() => {
    if (firstInputs.current) {
      firstInputs.current = false;
      return;
    }
    const again = stateRef.current.entries.filter((e) => e.bytes);
    if (again.length === 0) return;
    // Checks of these files still queued are replaced (the new inputs are read when a check starts anyway).
    const ids = new Set(again.map((e) => e.id));
    queue.current = queue.current.filter((j) => !ids.has(j.id));
    dispatch({ type: 'rechecking', ids: again.map((e) => e.id) });
    enqueue(again.map((e) => ({ id: e.id, bytes: e.bytes, file: null, name: e.sourceName })));
  }, [inputs, enqueue]);

  const remove = useCallback((id: number) => {
    queue.current = queue.current.filter((j) => j.id !== id);
    dispatch({ type: 'removed', id });
  }, []);
  const clear = useCallback(() => {
    queue.current = [];
    dispatch({ type: 'cleared' });
  }, []);
  const renamedSeen = useCallback(() => dispatch({ type: 'renamedSeen' }), []);
  const idle = useCallback(
    () =>
      queue.current.length === 0 && running.current === 0 && pending.current.length === 0
        ? Promise.resolve()
        : new Promise<void>((resolve) => idleWaiters.current.push(resolve)),
    [],
  );

  return useMemo(() => ({ state, addFiles, remove, clear, renamedSeen, idle }), [state, addFiles, remove, clear, renamedSeen, idle]);
}
