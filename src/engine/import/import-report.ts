/**
 * What `buildSetFromSheet` tells the person importing a province's template: what it could not
 * read, which sums do not add up, what the finished set breaks, and whether it was refused.
 * Plain data; the CLI and the task pane word it for their users.
 */
import type { SetProblem } from '../criteria/set-problem';
import type { Bilingual } from '../text/lang';

export interface UnreadScoring {
  code: string;
  /** A1 address of the scoring text (method cell, else the title cell). */
  cell: string | null;
  /** The whole scoring text of the item. */
  text: string;
  /** The clauses that could not be read. */
  unread: string[];
}

export interface SumMismatch {
  /** The parent's code, or null for the whole set (areas ≠ scale). */
  code: string | null;
  /** A1 address of the parent's max cell, or null. */
  cell: string | null;
  /** The parent's max (or the scale). */
  declared: number;
  /** Σ of its children's (areas') maxima, bonus and penalty left out. */
  sum: number;
  message: Bilingual;
}

export interface ImportNote {
  code: string | null;
  cell: string | null;
  message: Bilingual;
}

export interface ImportReport {
  /** false = refused: the set breaks criteria-set.md and `force` was not given. */
  ok: boolean;
  /** The set was kept anyway with `draft: true` (force). */
  draft: boolean;
  /** Items read, leaves among them, and leaves whose scoring text became a rule. */
  itemCount: number;
  leafCount: number;
  rulesRead: number;
  unreadScoring: UnreadScoring[];
  sums: SumMismatch[];
  /** validateCriteriaSet's problems (code + JSON path). */
  problems: SetProblem[];
  /** Other things done or assumed while reading (a missing parent, an unreadable max…). */
  notes: ImportNote[];
}
