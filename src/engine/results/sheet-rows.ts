/**
 * A sheet given a few rows at a time: its frame (name, widths, frozen header, print setup) first,
 * then its rows as blocks, each built only when the writer asks for it. The tracking sheet of a
 * run lists every file (130,000 cells at 10,000 files): built whole, its SheetSpec and the
 * writer's copy of it grew the results workbook's memory with the run; as blocks, a streaming
 * writer (src/file/xlsx-writer) holds one block at a time.
 *
 * The rule a block keeps: it holds every cell and every merge of its rows, and its rows come
 * after the rows of the blocks before it (a merge never reaches back into an earlier block).
 * `wholeSheet` gives the SheetSpec the same rows make (the ExcelJS writer, the browser page,
 * tests): the cells and merges in the order they were built, as the whole builders made them.
 */
import type { MergeRange } from '../grid';
import type { SheetSpec, SpecCell } from '../sheet-spec';

/** Whole rows of a sheet: their cells and merges, in the order they were laid out. */
export interface RowBlock {
  cells: SpecCell[];
  merges: MergeRange[];
}

/** Everything of a SheetSpec but its cells and merges (no validations, no least row heights). */
export type SheetFrame = Omit<SheetSpec, 'cells' | 'merges' | 'validations' | 'minRowHeights'>;

export interface RowsSheet extends SheetFrame {
  /** The rows, block after block; iterated once. */
  blocks: Iterable<RowBlock>;
}

export function isRowsSheet(sheet: SheetSpec | RowsSheet): sheet is RowsSheet {
  return 'blocks' in sheet;
}

/** The SheetSpec of the same rows (every block gathered). */
export function wholeSheet(sheet: RowsSheet): SheetSpec {
  const { blocks, ...frame } = sheet;
  const cells: SpecCell[] = [];
  const merges: MergeRange[] = [];
  for (const b of blocks) {
    for (const c of b.cells) cells.push(c);
    for (const m of b.merges) merges.push(m);
  }
  // No merges: none written (as the whole builders left it).
  return merges.length ? { ...frame, cells, merges } : { ...frame, cells };
}

/** A sheet as it is given to a writer that takes either. */
export type AnySheet = SheetSpec | RowsSheet;

/** The SheetSpec of either (a RowsSheet gathered whole). */
export function asSheetSpec(sheet: AnySheet): SheetSpec {
  return isRowsSheet(sheet) ? wholeSheet(sheet) : sheet;
}
