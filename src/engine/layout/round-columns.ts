/**
 * The appraisal-cycle columns of a header (domain.md §5.3: round 1 → the unit explains and adds
 * evidence → round 2), decided after every header cell has been classified:
 *
 * - a lone round-2 column ("Điểm sau giải trình" with no other appraisal column) is the
 *   appraisal: it is read as the appraised column (round 1 = the only round);
 * - "Giải trình của đơn vị" names both the unit's original explanation and its answer to
 *   round 1, so its position decides. An explanation column RIGHT of the round-1 score is the
 *   answer when the sheet is a two-round sheet (a round-2 score, round-2 note, added-evidence or
 *   answer column) and it stands before the round-2 score, or when an explanation column LEFT
 *   of the round-1 score holds the original explanation. Otherwise it stays the explanation
 *   (a one-round sheet with its explanation column last, or after both rounds, as before).
 * - the same for a second evidence column right of the round-1 score when another evidence
 *   column stands left of it: that one is the added evidence ("Tài liệu bổ sung").
 */
import type { ColumnRole } from './parsed-sheet';
import { bareRound, type HeaderMatch } from './headers';

/** One classified header cell of a candidate header. */
export interface HeaderCell {
  col: number;
  role: ColumnRole;
  strength: number;
  text: string;
}

type Columns = Partial<Record<ColumnRole, number>>;
type Texts = Partial<Record<ColumnRole, string>>;

export function isAppraisalRole(role: ColumnRole): boolean {
  return role === 'appraised' || role === 'appraised2' || role === 'appraiserNote' || role === 'appraiserNote2';
}

/**
 * A header cell that is only a round marker ("(vòng 2)", "Lần 2") right after an appraisal
 * column ("Điểm thẩm định (vòng 1)"): the same column, that round. Null otherwise.
 */
export function roundOfPrevious(previous: { match: HeaderMatch }, text: string): HeaderMatch | null {
  const round = bareRound(text);
  const role = previous.match.role;
  if (round === null || !isAppraisalRole(role)) return null;
  const note = role === 'appraiserNote' || role === 'appraiserNote2';
  if (round === 1) return { role: note ? 'appraiserNote' : 'appraised', strength: previous.match.strength, weak: false };
  return { role: note ? 'appraiserNote2' : 'appraised2', strength: previous.match.strength + round / 100, weak: false };
}

/**
 * Rewrites `columns` / `headerText` in place by the rules above. Returns the round-score columns
 * left out: a sheet with more than two rounds ("lần 1 | lần 2 | lần 3") is read as round 1 and
 * its last round; the rounds between are said (layout.columnNotRead), never dropped in silence.
 */
export function resolveRoundColumns(all: HeaderCell[], columns: Columns, headerText: Texts): HeaderCell[] {
  const skipped = () => all.filter((c) => c.role === 'appraised2' && c.col !== columns.appraised2 && c.col !== columns.appraised);
  if (columns.appraised === undefined && columns.appraised2 !== undefined) {
    move(columns, headerText, 'appraised2', 'appraised');
    if (columns.appraiserNote === undefined && columns.appraiserNote2 !== undefined) move(columns, headerText, 'appraiserNote2', 'appraiserNote');
  }
  const r1 = columns.appraised;
  if (r1 === undefined) return skipped();
  const r2 = columns.appraised2;
  const twoRounds =
    r2 !== undefined || columns.appraiserNote2 !== undefined || columns.addedEvidence !== undefined || columns.unitAnswer !== undefined;
  const taken = new Set(Object.values(columns));
  if (columns.unitAnswer === undefined) {
    const split = splitAround(all, 'explanation', r1, taken, columns);
    const between = split.after.filter((c) => r2 === undefined || c.col < r2);
    const answer = split.before.length > 0 ? split.after[0] : twoRounds ? between[0] : undefined;
    if (answer) assign(columns, headerText, 'unitAnswer', 'explanation', answer, split.before);
  }
  if (columns.addedEvidence === undefined) {
    const split = splitAround(all, 'evidence', r1, taken, columns);
    if (split.before.length > 0 && split.after.length > 0) assign(columns, headerText, 'addedEvidence', 'evidence', split.after[0], split.before);
  }
  return skipped();
}

/** Cells of a role left and right of the round-1 column, leftmost first (cells taken by another role left out). */
function splitAround(all: HeaderCell[], role: ColumnRole, r1: number, taken: Set<number>, columns: Columns) {
  const cells = all
    .filter((c) => c.role === role && (!taken.has(c.col) || columns[role] === c.col))
    .sort((a, b) => a.col - b.col);
  return { before: cells.filter((c) => c.col < r1), after: cells.filter((c) => c.col > r1) };
}

/** `cell` becomes `to`; `from` becomes the strongest of `before` (or goes when there is none). */
function assign(columns: Columns, headerText: Texts, to: ColumnRole, from: ColumnRole, cell: HeaderCell, before: HeaderCell[]): void {
  columns[to] = cell.col;
  headerText[to] = cell.text;
  const original = before.reduce<HeaderCell | null>((best, c) => (!best || c.strength > best.strength ? c : best), null);
  if (original) {
    columns[from] = original.col;
    headerText[from] = original.text;
  } else {
    delete columns[from];
    delete headerText[from];
  }
}

function move(columns: Columns, headerText: Texts, from: ColumnRole, to: ColumnRole): void {
  columns[to] = columns[from];
  if (headerText[from] !== undefined) headerText[to] = headerText[from];
  delete columns[from];
  delete headerText[from];
}
