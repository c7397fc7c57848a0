/**
 * The messages between the page and its checking worker (check-worker.ts). Everything crosses by
 * structured clone: criteria sets, tables and results are plain data (Maps included), so what the
 * worker found is what the page shows.
 *
 *   worker → page  { type: 'ready' }                once loaded (before it, a failure means "no worker here")
 *   page → worker  { type: 'inputs', inputs }        what every following check uses (sent again on change)
 *   page → worker  { type: 'check', job, name, source }   the File as picked (read in the worker), or the bytes kept
 *   worker → page  { type: 'done', job, outcome, bytes }  bytes: those read from the File (transferred, not copied)
 *
 * A result's criteria set is one of the inputs' sets: it crosses back as its index in
 * `inputs.sets` (`setIndex`), not as a copy of the whole set (a third of the message otherwise).
 */
import type { CheckInputs, FileCheckOutcome } from '../check-file';
import type { CheckSource } from '../read-source';

/** A file's outcome with the digest of its bytes (computed where it was checked). */
export type CheckedFile = (FileCheckOutcome & { ok: true; hash: string | null }) | (FileCheckOutcome & { ok: false });

/** CheckedFile as it crosses: results whose set is inputs.sets[k] carry set null and setIndex[i] = k (else -1). */
export type WireOutcome = (CheckedFile & { ok: true; setIndex: number[] }) | (CheckedFile & { ok: false });

export type ToWorker =
  | { type: 'inputs'; inputs: CheckInputs }
  /** `name`: the file's name as picked (tables name files by it). */
  | { type: 'check'; job: number; name: string; source: CheckSource };

export type FromWorker = { type: 'ready' } | { type: 'done'; job: number; outcome: WireOutcome; bytes: Uint8Array | null };

/** The part of a Worker the runner uses (a fake one in the tests). */
export interface WorkerLike {
  postMessage(message: ToWorker): void;
  terminate(): void;
  onmessage: ((event: { data: FromWorker }) => void) | null;
  onerror: ((event: unknown) => void) | null;
  onmessageerror?: ((event: unknown) => void) | null;
}

/** Makes a worker, or throws when the environment has none (file:// pages, jsdom, old webviews). */
export type WorkerFactory = () => WorkerLike;
