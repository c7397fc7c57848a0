/**
 * The page's checking: files in, one entry each, checked one after another. One at a time keeps
 * memory bounded (a single ExcelJS workbook open) and lets the page repaint between files.
 */
import { useCallback, useMemo, useReducer, useRef } from 'react';
import type { CriteriaSet } from '../engine/criteria/schema';
import { checkWorkbookBytes, MAX_FILE_BYTES, readFailedProblem, readFileBytes, tooBigProblem, unexpectedProblem } from './check-file';
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

export function useChecker(sets: CriteriaSet[]): Checker {
  const [state, dispatch] = useReducer(entriesReducer, emptyEntries);
  const nextId = useRef(1);
  const queue = useRef<Promise<void>>(Promise.resolve());

  const checkOne = useCallback(
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
      const outcome = await checkWorkbookBytes(bytes, sets);
      if (outcome.ok) dispatch({ type: 'checked', id, bytes, result: outcome.result });
      else dispatch({ type: 'failed', id, problem: outcome.problem });
    },
    [sets],
  );

  const addFiles = useCallback(
    (files: File[]) => {
      if (files.length === 0) return;
      const items = files.map((file) => ({ id: nextId.current++, name: file.name, file }));
      dispatch({ type: 'added', files: items.map(({ id, name }) => ({ id, name })) });
      queue.current = queue.current.then(async () => {
        for (const it of items) {
          await nextTick(); // let the "checking…" line paint first
          try {
            await checkOne(it.id, it.file);
          } catch (e) {
            // checkWorkbookBytes never throws; this keeps the queue alive whatever happens.
            dispatch({ type: 'failed', id: it.id, problem: unexpectedProblem(e instanceof Error ? e.message : String(e)) });
          }
        }
      });
    },
    [checkOne],
  );

  const remove = useCallback((id: number) => dispatch({ type: 'removed', id }), []);
  const clear = useCallback(() => dispatch({ type: 'cleared' }), []);
  const idle = useCallback(() => queue.current, []);

  return useMemo(() => ({ state, addFiles, remove, clear, idle }), [state, addFiles, remove, clear, idle]);
}
