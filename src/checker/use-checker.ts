/**
 * The page's checking: files in, one entry each, checked one after another. One at a time keeps
 * memory bounded (a single ExcelJS workbook open) and lets the page repaint between files.
 * When what a check uses changes (a criteria set loaded or removed, a survey table), every file
 * already read is checked again from its kept bytes, so what is shown always matches the inputs.
 */
import { useCallback, useEffect, useMemo, useReducer, useRef } from 'react';
import {
  checkWorkbookBytes,
  contentHash,
  MAX_FILE_BYTES,
  readFailedProblem,
  tooBigProblem,
  unexpectedProblem,
  type CheckInputs,
} from './check-file';
import { readFileBytes } from '../taskpane/read-file';
import { emptyEntries, entriesReducer, type EntriesState } from './file-entries';

export interface Checker {
  state: EntriesState;
  addFiles: (files: File[]) => void;
  remove: (id: number) => void;
  clear: () => void;
  /** Settles when every file added so far is done (tests, and the page's own bookkeeping). */
  idle: () => Promise<void>;
}

const nextTick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** `inputs` must keep its identity while unchanged (useMemo): a new object re-checks every file. */
export function useChecker(inputs: CheckInputs): Checker {
  const [state, dispatch] = useReducer(entriesReducer, emptyEntries);
  const nextId = useRef(1);
  const queue = useRef<Promise<void>>(Promise.resolve());
  // The latest inputs, read when a queued check starts (not when it was queued).
  const inputsRef = useRef(inputs);
  inputsRef.current = inputs;
  const stateRef = useRef(state);
  stateRef.current = state;

  const enqueue = useCallback((jobs: { id: number; run: () => Promise<void> }[]) => {
    queue.current = queue.current.then(async () => {
      for (const job of jobs) {
        await nextTick(); // let the "checking…" line paint first
        try {
          await job.run();
        } catch (e) {
          // checkWorkbookBytes never throws; this keeps the queue alive whatever happens.
          dispatch({ type: 'failed', id: job.id, problem: unexpectedProblem(e instanceof Error ? e.message : String(e)) });
        }
      }
    });
  }, []);

  const checkBytes = useCallback(async (id: number, name: string, bytes: Uint8Array) => {
    const outcome = await checkWorkbookBytes(bytes, inputsRef.current, name);
    if (outcome.ok) dispatch({ type: 'checked', id, bytes, hash: await contentHash(bytes), results: outcome.results, reply: outcome.reply });
    else dispatch({ type: 'failed', id, problem: outcome.problem });
  }, []);

  const checkFile = useCallback(
    async (id: number, file: File) => {
      if (file.size > MAX_FILE_BYTES) {
        dispatch({ type: 'failed', id, problem: tooBigProblem(file.size) });
        return;
      }
      let bytes: Uint8Array;
      try {
        bytes = await readFileBytes(file);
      } catch {
        dispatch({ type: 'failed', id, problem: readFailedProblem });
        return;
      }
      await checkBytes(id, file.name, bytes);
    },
    [checkBytes],
  );

  const addFiles = useCallback(
    (files: File[]) => {
      if (files.length === 0) return;
      const items = files.map((file) => ({ id: nextId.current++, name: file.name, file }));
      dispatch({ type: 'added', files: items.map(({ id, name }) => ({ id, name })) });
      enqueue(items.map((it) => ({ id: it.id, run: () => checkFile(it.id, it.file) })));
    },
    [checkFile, enqueue],
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
    dispatch({ type: 'rechecking', ids: again.map((e) => e.id) });
    enqueue(again.map((e) => ({ id: e.id, run: () => checkBytes(e.id, e.name, e.bytes!) })));
  }, [inputs, enqueue, checkBytes]);

  const remove = useCallback((id: number) => dispatch({ type: 'removed', id }), []);
  const clear = useCallback(() => dispatch({ type: 'cleared' }), []);
  const idle = useCallback(() => queue.current, []);

  return useMemo(() => ({ state, addFiles, remove, clear, idle }), [state, addFiles, remove, clear, idle]);
}
