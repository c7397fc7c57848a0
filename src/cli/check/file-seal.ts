/**
 * A file's seal state (engine/seal/seal-state.ts) read while it is checked (CheckFilesOptions.
 * sealStates): its bytes and full results are at hand then, in the worker too, so the end of a
 * batch need not read every file again (seal-states.ts does that only for files without one).
 */
import type { CheckResult } from '../../engine/check-result';
import { sealContent } from '../../engine/seal/seal-content';
import { readSealRows } from '../../engine/seal/seal-record';
import { sealState, type SealState } from '../../engine/seal/seal-state';
import { sealAddresses } from '../../engine/seal/verify';
import { readSealSheet } from '../../file/seal-sheet';

/** The state of the seal covering `results` (the file's scoresheets); null when its seal sheet cannot be read. */
export function fileSealState(data: Uint8Array, results: CheckResult[]): SealState | null {
  if (results.length === 0) return null;
  let rows: string[][] | null;
  try {
    rows = readSealSheet(data);
  } catch {
    return null;
  }
  return sealState(rows ? readSealRows(rows) : null, sealContent(results), sealAddresses(results));
}
