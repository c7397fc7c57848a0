/**
 * What the checking worker does with one message, apart from the worker global: the same
 * function runs in the worker (check-worker.ts) and in the tests, so the protocol is tested
 * without a browser.
 */
import { checkWorkbookBytes, contentHash, unexpectedProblem, type CheckInputs } from '../check-file';
import type { CheckedFile, FromWorker, ToWorker } from './protocol';

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

/** Handle one message; `post` sends the answer (if any). */
export async function handleMessage(state: WorkerState, message: ToWorker, post: (m: FromWorker) => void): Promise<void> {
  if (message.type === 'inputs') {
    state.inputs = message.inputs;
    return;
  }
  if (message.type === 'check') {
    const outcome = await checkInWorker(message.bytes, message.name, state.inputs);
    post({ type: 'done', job: message.job, outcome });
  }
}
