/** Building one SheetRow from a grid row, given the header's columns. */
import type { Grid, GridCell } from '../grid';
import { a1, cellAt } from '../grid';
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

function readAt(ctx: RowContext, row: number, role: ColumnRole, percent = false): ReadCell | null {
  const col = ctx.columns[role];
  if (col === undefined) return null;
  const cell = cellAt(ctx.grid, row, col);
  const out: ReadCell = { address: a1(row, col), reading: percent ? readPercent(cell) : readCellValue(cell) };
  if (cell?.formula) out.formula = cell.formula;
  if (cell?.noResult) out.noResult = true;
  return out;
}

function textCell(cell: GridCell | null, row: number, col: number): TextCell | null {
  const text = textOf(cell);
  if (text === '' && !cell?.hyperlink) return null;
  const out: TextCell = { address: a1(row, col), text };
  if (cell?.hyperlink) out.hyperlink = cell.hyperlink;
  return out;
}

/** A text cell, or null when empty. Merged-down evidence cells read as their master. */
function textAtRole(ctx: RowContext, row: number, role: ColumnRole): TextCell | null {
  const col = ctx.columns[role];
  if (col === undefined) return null;
  const own = textCell(cellAt(ctx.grid, row, col), row, col);
  if (own || !INHERITED.includes(role)) return own;
  const m = ctx.merges.at(row, col);
  if (!m || m.top === row) return null;
  return textCell(cellAt(ctx.grid, m.top, m.left), m.top, m.left);
}

export function buildRow(
  ctx: RowContext,
  row: number,
  kind: RowKind,
  code: ParsedCode | null,
  codeAddress: string | null,
  titleText: string | null,
): SheetRow {
  const titleCol = ctx.columns.title;
  let title: TextCell | null = null;
  if (titleCol !== undefined) {
    for (const col of ctx.titleCols ?? [titleCol]) {
      title = textCell(cellAt(ctx.grid, row, col), row, col);
      if (title) break;
    }
    if (title && titleText !== null) title.text = titleText;
  }
  return {
    row,
    kind,
    code: code?.code ?? null,
    codeRaw: code?.raw ?? null,
    codeAddress,
    title,
    max: readAt(ctx, row, 'max'),
    method: textAtRole(ctx, row, 'method'),
    declared: readAt(ctx, row, 'declared', true),
    self: readAt(ctx, row, 'self'),
    appraised: readAt(ctx, row, 'appraised'),
    survey: readAt(ctx, row, 'survey'),
    evidence: textAtRole(ctx, row, 'evidence'),
    explanation: textAtRole(ctx, row, 'explanation'),
    appraiserNote: textAtRole(ctx, row, 'appraiserNote'),
    note: textAtRole(ctx, row, 'note'),
    appraised2: readAt(ctx, row, 'appraised2'),
    appraiserNote2: textAtRole(ctx, row, 'appraiserNote2'),
    unitAnswer: textAtRole(ctx, row, 'unitAnswer'),
    addedEvidence: textAtRole(ctx, row, 'addedEvidence'),
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
  for (const role of LIFTED_SCORES) {
    const mine = item[role];
    if (mine && mine.reading.kind !== 'blank') continue;
    const theirs = readAt(ctx, row, role, role === 'declared');
    if (theirs && theirs.reading.kind !== 'blank') {
      item[role] = theirs;
      lifted = true;
    }
  }
  for (const role of LIFTED_TEXTS) {
    if (item[role]) continue;
    // A cell with only a hyperlink is evidence too (as on the item's own row).
    const theirs = textAtRole(ctx, row, role);
    if (theirs) {
      item[role] = theirs;
      lifted = true;
    }
  }
  return lifted;
}
