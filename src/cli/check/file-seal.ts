/**
 * A file's seal state (engine/seal/seal-state.ts) read while it is checked (CheckFilesOptions.
 * sealStates): its bytes and full results are at hand then, in the worker too, so the end of a
 * batch need not read every file again (seal-states.ts does that only for files without one).
 */
import type { CheckResult } from '../../engine/check-result';
import { sealContent } from '../../engine/seal/seal-content';
import type * as SealRecord from '../../engine/seal/seal-record';
import { NOT_SEALED, sealState, type SealState } from '../../engine/seal/seal-state';
import { sealAddresses } from '../../engine/seal/verify';
import { readSealSheet } from '../../file/seal-sheet-read';

/**
 * The state of the seal covering `results` (the file's scoresheets); null when its seal sheet
 * cannot be read. `sealSheet: false` says the file's sheet list was read and holds no seal sheet
 * (readForCheck's `sealSheet`): not sealed, without opening the package again.
 */
export function fileSealState(data: Uint8Array, results: CheckResult[], sealSheet?: boolean): SealState | null {
  if (results.length === 0) return null;
  if (sealSheet === false) return NOT_SEALED;
  let rows: string[][] | null;
  try {
    rows = readSealSheet(data);
  } catch {
    return null;
  }
  if (!rows) return NOT_SEALED;
  // Most files carry no seal: the seal's reader (and its zod schema) is loaded only for one that
  // does, synchronously here (a check in the worker is synchronous).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { readSealRows } = require('../../engine/seal/seal-record') as typeof SealRecord;
  return sealState(readSealRows(rows), sealContent(results), sealAddresses(results));
}
