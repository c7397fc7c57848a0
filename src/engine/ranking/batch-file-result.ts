/**
 * One file of a batch run (CLI `check` on several files, the browser page): its check result,
 * or the sentence saying why it could not be read. Exactly one of `result` / `error` is set.
 */
import type { CheckResult } from '../check-result';

export interface BatchFileResult {
  /** The file as given (a path or a name); only its last segment is shown as a fallback unit name. */
  file: string;
  result: CheckResult | null;
  error: string | null;
  /** SHA-256 of the file's bytes (hex), when the caller computed it: finds identical copies. */
  contentHash?: string | null;
}
