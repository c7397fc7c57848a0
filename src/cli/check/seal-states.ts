/**
 * After a batch's checks: each file's seal state (engine/seal/seal-state.ts), set on every check
 * of the file (a seal covers all the scoresheets of its workbook). The seal sheet is read with
 * the fast reader (only that sheet is parsed); a file that cannot be read again keeps no state.
 */
import { promises as fs } from 'fs';
import type { CheckResult } from '../../engine/check-result';
import { sealContent } from '../../engine/seal/seal-content';
import { NOT_SEALED, sealState, type SealState } from '../../engine/seal/seal-state';
import { sealAddresses } from '../../engine/seal/verify';
import { readSealSheet } from '../../file/seal-sheet-read';
import type { FileCheck } from './file-check';
import { keepsPart } from './compact-result';

/**
 * Files already given a state while they were checked (CheckFilesOptions.sealStates) are not read
 * again. A file checked with seal states but given none is one whose seal sheet could not be
 * read then; when the run did not keep its rows (compact-result.ts: KeptParts) it keeps no state,
 * as when its seal sheet cannot be read now (reading it again could only tell what changed since).
 */
export async function addSealStates(checks: FileCheck[]): Promise<void> {
  const byPath = new Map<string, FileCheck[]>();
  for (const c of checks) {
    if (!c.result || c.reply || c.seal || !keepsPart(c.result, 'rows')) continue;
    byPath.set(c.path, [...(byPath.get(c.path) ?? []), c]);
  }
  for (const [file, group] of byPath) {
    let rows: string[][] | null;
    try {
      rows = readSealSheet(await fs.readFile(file));
    } catch {
      continue;
    }
    // Most files carry no seal: the seal's reader (and its zod schema) is loaded only for one that does.
    let state = NOT_SEALED;
    if (rows) {
      const { readSealRows } = await import('../../engine/seal/seal-record');
      const results = group.map((c) => c.result as CheckResult);
      state = sealState(readSealRows(rows), sealContent(results), sealAddresses(results));
    }
    for (const c of group) c.seal = state;
  }
}

/** Seal states by file as given (SeasonEntry.file), for the tracking sheet. */
export function sealsByFile(checks: FileCheck[]): Map<string, SealState> {
  const out = new Map<string, SealState>();
  for (const c of checks) if (c.seal) out.set(c.file, c.seal);
  return out;
}
