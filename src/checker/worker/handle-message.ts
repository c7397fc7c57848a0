/**
 * What the checking worker does with one message, apart from the worker global: the same
 * function runs in the worker (check-worker.ts) and in the tests, so the protocol is tested
 * without a browser.
 */
import { checkWorkbookBytes, contentHash, unexpectedProblem, type CheckInputs } from '../check-file';
import { readSource, type CheckSource } from '../read-source';
import type { CheckedFile, FromWorker, ToWorker, WireOutcome } from './protocol';

export interface WorkerState {
  inputs: CheckInputs;
}

export function newWorkerState(): WorkerState {
  return { inputs: { sets: [], survey: null, exemptions: null } };
}

/** Check one file's bytes; never throws (an unexpected failure is that file's sentence). */
export async function checkInWorker(bytes: Uint8Array, name: string, inputs: CheckInputs): Promise<CheckedFile> {
  try {
    const outcome = await checkWorkbookBytes(bytes, inputs, name);
    if (!outcome.ok) return outcome;
    return { ...outcome, hash: await contentHash(bytes) };
  } catch (e) {
    return { ok: false, problem: unexpectedProblem(e instanceof Error ? e.message : String(e)) };
  }
}

/** Read (when given the File) and check one file; `bytes`: what was read, null when given bytes or unreadable. */
export async function checkSource(source: CheckSource, name: string, inputs: CheckInputs): Promise<{ outcome: CheckedFile; bytes: Uint8Array | null }> {
  const read = await readSource(source);
  if (!read.ok) return { outcome: read, bytes: null };
  return { outcome: await checkInWorker(read.bytes, name, inputs), bytes: source instanceof Uint8Array ? null : read.bytes };
}

/** Results' sets that are inputs' sets leave as their index (the page links its own set back). */
export function toWire(outcome: CheckedFile, sets: readonly unknown[]): WireOutcome {
  if (!outcome.ok) return outcome;
  const setIndex = outcome.results.map((r) => (r.set ? sets.indexOf(r.set) : -1));
  const results = outcome.results.map((r, i) => (setIndex[i] >= 0 ? { ...r, set: null } : r));
  return { ...outcome, results, setIndex };
}

/** Handle one message; `post` sends the answer (if any), `transfer` naming what it may move instead of copying. */
export async function handleMessage(
  state: WorkerState,
  message: ToWorker,
  post: (m: FromWorker, transfer: ArrayBuffer[]) => void,
): Promise<void> {
  if (message.type === 'inputs') {
    state.inputs = message.inputs;
    return;
  }
  if (message.type === 'check') {
    const { outcome, bytes } = await checkSource(message.source, message.name, state.inputs);
    // The bytes read here go back moved (the page keeps them for the flagged copy and checks again from them).
    const transfer = bytes && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? [bytes.buffer as ArrayBuffer] : [];
    post({ type: 'done', job: message.job, outcome: toWire(outcome, state.inputs.sets), bytes }, transfer);
  }
}
