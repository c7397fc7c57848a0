/** Building one SheetRow from a grid row, given the header's columns. */
import type { Grid, GridCell } from '../grid';
import { cellAt, columnLetter } from '../grid';
import type { ColumnRole, ReadCell, RowKind, SheetRow, TextCell } from './parsed-sheet';
import type { ParsedCode } from './codes';
import { readCellValue, readPercent } from '../text/numbers';
import { MergeIndex, textOf } from './cell-text';

export type Columns = Partial<Record<ColumnRole, number>>;

/** Text columns whose one cell is often merged down over several items (one TLKC for 1.1.1–1.1.4). */
const INHERITED: ColumnRole[] = ['evidence', 'explanation', 'appraiserNote', 'appraiserNote2', 'unitAnswer', 'addedEvidence'];

export interface RowContext {
  grid: Grid;
  columns: Columns;
  hidden: Set<number>;
  merges: MergeIndex;
  /**
   * Columns the title may sit in, title column first: a "Nội dung" header merged over B:C has
   * area titles in B and the indented sub-item titles in C. Absent = the title column only.
   */
  titleCols?: number[];
}

// The column of a role is passed in, not looked up here by the role's name: a row is built for
// every item of every sheet, and a lookup by a varying name is a slow one.
// `at`: the row's number as A1 spells it (String(row + 1)), spelled once per row, not per cell.
function readAt(ctx: RowContext, row: number, at: string, col: number | undefined, percent = false): ReadCell | null {
  if (col === undefined) return null;
  const cell = cellAt(ctx.grid, row, col);
  const out: ReadCell = { address: columnLetter(col) + at, reading: percent ? readPercent(cell) : readCellValue(cell) };
  if (cell?.formula) out.formula = cell.formula;
  if (cell?.noResult) out.noResult = true;
  return out;
}

function textCell(cell: GridCell | null, at: string, col: number): TextCell | null {
  const text = textOf(cell);
  if (text === '' && !cell?.hyperlink) return null;
  const out: TextCell = { address: columnLetter(col) + at, text };
  if (cell?.hyperlink) out.hyperlink = cell.hyperlink;
  return out;
}

/** A text cell, or null when empty. `inherited` (INHERITED roles): a merged-down cell reads as its master. */
function textAtRole(ctx: RowContext, row: number, at: string, col: number | undefined, inherited: boolean): TextCell | null {
  if (col === undefined) return null;
  const own = textCell(cellAt(ctx.grid, row, col), at, col);
  if (own || !inherited) return own;
  const m = ctx.merges.at(row, col);
  if (!m || m.top === row) return null;
  return textCell(cellAt(ctx.grid, m.top, m.left), String(m.top + 1), m.left);
}

export function buildRow(
  ctx: RowContext,
  row: number,
  kind: RowKind,
  code: ParsedCode | null,
  codeAddress: string | null,
  titleText: string | null,
): SheetRow {
  const c = ctx.columns;
  const titleCol = c.title;
  const at = String(row + 1);
  let title: TextCell | null = null;
  if (titleCol !== undefined) {
    for (const col of ctx.titleCols ?? [titleCol]) {
      title = textCell(cellAt(ctx.grid, row, col), at, col);
      if (title) break;
    }
    if (title && titleText !== null) title.text = titleText;
  }
  // The inherited flags are those of INHERITED (test/engine/layout/sheet-row.mutants.test.ts reads each role merged down).
  return {
    row,
    kind,
    code: code?.code ?? null,
    codeRaw: code?.raw ?? null,
    codeAddress,
    title,
    max: readAt(ctx, row, at, c.max),
    method: textAtRole(ctx, row, at, c.method, false),
    declared: readAt(ctx, row, at, c.declared, true),
    self: readAt(ctx, row, at, c.self),
    appraised: readAt(ctx, row, at, c.appraised),
    survey: readAt(ctx, row, at, c.survey),
    evidence: textAtRole(ctx, row, at, c.evidence, true),
    explanation: textAtRole(ctx, row, at, c.explanation, true),
    appraiserNote: textAtRole(ctx, row, at, c.appraiserNote, true),
    note: textAtRole(ctx, row, at, c.note, false),
    appraised2: readAt(ctx, row, at, c.appraised2),
    appraiserNote2: textAtRole(ctx, row, at, c.appraiserNote2, true),
    unitAnswer: textAtRole(ctx, row, at, c.unitAnswer, true),
    addedEvidence: textAtRole(ctx, row, at, c.addedEvidence, true),
    hidden: ctx.hidden.has(row),
    optionLines: [],
  };
}

const LIFTED_SCORES = ['declared', 'self', 'appraised', 'survey', 'appraised2'] as const;
const LIFTED_TEXTS = ['evidence', 'explanation', 'appraiserNote', 'note', 'appraiserNote2', 'unitAnswer', 'addedEvidence'] as const;

/**
 * Some sheets put the score or the evidence on an option line under the item instead of on the
 * item's own row. What the item row leaves blank is taken from its first option line that has it.
 * Returns whether anything was taken.
 */
export function liftFromOptionRow(ctx: RowContext, item: SheetRow, row: number): boolean {
  let lifted = false;
  const at = String(row + 1);
  for (const role of LIFTED_SCORES) {
    const mine = item[role];
    if (mine && mine.reading.kind !== 'blank') continue;
    const theirs = readAt(ctx, row, at, ctx.columns[role], role === 'declared');
    if (theirs && theirs.reading.kind !== 'blank') {
      item[role] = theirs;
      lifted = true;
    }
  }
  for (const role of LIFTED_TEXTS) {
    if (item[role]) continue;
    // A cell with only a hyperlink is evidence too (as on the item's own row).
    const theirs = textAtRole(ctx, row, at, ctx.columns[role], INHERITED.includes(role));
    if (theirs) {
      item[role] = theirs;
      lifted = true;
    }
  }
  return lifted;
}
