/**
 * A file's bytes for checking, from what the page has: the bytes themselves (a file checked again)
 * or the File the user picked, read where the check runs. In a worker this keeps the reading off
 * the page's thread: in Chromium even a picked File's `size` asks the browser process and waits.
 * A file over MAX_FILE_BYTES is not read; one that cannot be read gets its sentence.
 */
import { MAX_FILE_BYTES, readFailedProblem, tooBigProblem } from './check-file';
import type { Bilingual } from '../engine/text/lang';
import { readFileBytes } from '../taskpane/read-file';

/** What a check starts from. */
export type CheckSource = Uint8Array | Blob;

export async function readSource(source: CheckSource): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; problem: Bilingual }> {
  if (source instanceof Uint8Array) return { ok: true, bytes: source };
  if (source.size > MAX_FILE_BYTES) return { ok: false, problem: tooBigProblem(source.size) };
  try {
    return { ok: true, bytes: await readFileBytes(source) };
  } catch {
    return { ok: false, problem: readFailedProblem };
  }
}
