/**
 * The scoresheet as read from a grid: which columns hold which role, and one entry per
 * meaningful row. Pure data, produced by layout/read-sheet.ts, consumed by findings and scoring.
 */
import type { Bilingual } from '../text/lang';

export type ColumnRole =
  | 'code'
  | 'title'
  | 'max'
  | 'method'
  | 'declared'
  | 'self'
  | 'evidence'
  | 'explanation'
  | 'appraised'
  | 'survey'
  | 'appraiserNote'
  | 'note'
  // The appraisal cycle (domain.md §5.3): round 1 is `appraised` / `appraiserNote`; after the
  // unit's explanation the council appraises again (round 2) with its own note; the unit's
  // answer to round 1 and the evidence it added sit in their own columns.
  | 'appraised2'
  | 'appraiserNote2'
  | 'unitAnswer'
  | 'addedEvidence';

/** How a score-like cell reads: a number, N/A, blank, a dash, unreadable text, or an Excel error. */
export type CellReading =
  | { kind: 'blank' }
  | { kind: 'dash' }
  | {
      kind: 'number';
      value: number;
      /** it was typed as text ("0,5") */
      fromText: boolean;
      /** The text as written when a unit or stray characters had to be dropped to read it ("0,75đ"). */
      assumed?: string;
    }
  | { kind: 'na'; raw: string }
  | { kind: 'text'; raw: string }
  | { kind: 'error'; raw: string };

export interface ReadCell {
  /** A1 address of the cell on the sheet. */
  address: string;
  reading: CellReading;
  /** The cell held a formula (its cached result is in reading). */
  formula?: string;
  /** The formula was saved without its result (GridCell.noResult): the reading is unknown, not blank. */
  noResult?: true;
}

export interface TextCell {
  address: string;
  text: string;
  hyperlink?: string;
}

export type RowKind = 'item' | 'total';

export interface SheetRow {
  /** 0-based row index on the sheet. */
  row: number;
  kind: RowKind;
  /** Normalised code ("1.1.1", "II"), null for a total row. */
  code: string | null;
  /** The code as written, for messages ("1.1.", "I"). */
  codeRaw: string | null;
  /** Address of the cell the code came from (code column, or the title cell when the code sits in the title). */
  codeAddress: string | null;
  /*
   * Score-like cells (max, declared, self, appraised, survey) are null only when the sheet has no
   * such column; an empty cell is a ReadCell with a blank reading (so it has an address).
   * Text cells (title, method, evidence…) are null when the column is missing or the cell is empty.
   * `declared` is read in per cent: "80%" and 0.8 formatted as a per cent both read 80.
   */
  title: TextCell | null;
  max: ReadCell | null;
  method: TextCell | null;
  declared: ReadCell | null;
  self: ReadCell | null;
  appraised: ReadCell | null;
  survey: ReadCell | null;
  evidence: TextCell | null;
  explanation: TextCell | null;
  appraiserNote: TextCell | null;
  note: TextCell | null;
  /*
   * The appraisal cycle. Absent (undefined) or null when the sheet has no such column; rows
   * built by older code may leave them out, so read them as `row.appraised2 ?? null`.
   * `appraised` above is round 1 (the first or only appraisal column).
   */
  /** Round-2 score ("Thẩm định lần 2", "Điểm sau giải trình", "Điểm thẩm định (vòng 2)"). */
  appraised2?: ReadCell | null;
  /** The council's note on round 2 ("Ý kiến thẩm định lần 2"). */
  appraiserNote2?: TextCell | null;
  /** The unit's answer to round 1 ("Giải trình của đơn vị" right of the round-1 score, "Giải trình sau thẩm định"). */
  unitAnswer?: TextCell | null;
  /** Evidence the unit added with its answer ("Tài liệu bổ sung"). */
  addedEvidence?: TextCell | null;
  hidden: boolean;
  /** Option lines without a code written under this row (part of its scoring text). */
  optionLines: string[];
}

export interface TitleBlock {
  /** Unit name (Tên cơ quan, đơn vị), when the title block says it. */
  unit: string | null;
  unitAddress: string | null;
  /** Criteria set id and version when declared ("Bộ tiêu chí: mau-so-nganh-2024 (2024.1)"). */
  declaredSetId: string | null;
  declaredVersion: string | null;
  /** Assessment year read from the title ("… NĂM 2024"). */
  year: number | null;
  /** All non-empty text lines above the header, in order (for display). */
  lines: string[];
}

/** Something the reader had to guess or skip: surfaced to the user, never silently ignored. */
export interface ReadingNote {
  /** layout.readingNote (info: a guess that worked), layout.rowsAfterTotal / layout.columnNotRead (warning: rows or a column not read). */
  code: 'layout.readingNote' | 'layout.rowsAfterTotal' | 'layout.columnNotRead';
  /** A1 address the note is about, or null for the whole sheet. */
  cell: string | null;
  message: Bilingual;
}

export interface ParsedSheet {
  sheetName: string;
  /** 0-based first and last header rows (two-row headers span two). */
  headerRows: { first: number; last: number } | null;
  /** 0-based column index per role found. */
  columns: Partial<Record<ColumnRole, number>>;
  /** Header text per role, as written (for messages). */
  headerText: Partial<Record<ColumnRole, string>>;
  titleBlock: TitleBlock;
  rows: SheetRow[];
  /** The total row ("Tổng cộng"), when present. */
  totalRow: SheetRow | null;
  /** Non-fatal reading notes (the sheet was truncated, a header cell was inferred…); check.ts turns them into findings. */
  notes: ReadingNote[];
  rowCount: number;
  colCount: number;
}
