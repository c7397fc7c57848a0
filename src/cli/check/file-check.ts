/**
 * What a batch knows of one checked scoresheet (or of a file that could not be read): a module of
 * its own because every output reads it and check-files.ts, which makes it, imports some of them
 * (json-report.ts's reportFacts): here, no output has to import check-files for the type.
 */
import type { AnsweredRequest } from '../../engine/appraisal/answers';
import type { RequestsReply } from '../../engine/appraisal/read-reply';
import type { BatchFileResult } from '../../engine/ranking/batch-file-result';
import type { SealState } from '../../engine/seal/seal-state';
import type { Bilingual } from '../../engine/text/lang';

export interface FileCheck extends BatchFileResult {
  /** Absolute path of the file. */
  path: string;
  /** Why the file could not be read, in both languages (`error` holds it in the run's language). */
  problem: Bilingual | null;
  /** Where its flagged copy was written (--annotate), as shown to the user; unset otherwise. */
  annotatedCopy?: string | null;
  /** Cells marked in the flagged copy. */
  annotatedCells?: number;
  /** The file is a requests workbook sent back by a unit (not a scoresheet): what it answers. */
  reply?: RequestsReply;
  /** For a reply: the scoresheet of this run its answers were carried to. */
  pairedWith?: string;
  /** For a scoresheet: the reply paired with it, and its requests with the unit's answers. */
  answersFrom?: string;
  answers?: AnsweredRequest[];
  /** Its seal (par-check seal): set after the checks by seal-states.ts. */
  seal?: SealState;
  /** Where its requests workbook was written (--requests), as shown to the user. */
  requestsWorkbook?: string | null;
  /** Requests in that workbook, and how many carry the checker's text for want of an appraiser's note. */
  requestsCount?: { requests: number; stockNotes: number };
}
