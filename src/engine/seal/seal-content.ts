/**
 * What a seal covers: the canonical form of a submitted scoresheet. Only what the unit declared
 * counts — the set it was scored against (id, version), and for every item row its code, max,
 * the score of every score column and the text of the evidence and note columns. Formatting,
 * flags (they live in cell notes), column widths, titles, row positions and other sheets are
 * left out, so checking, flagging and clearing a sealed workbook keeps its seal.
 *
 * The canonical form is the JSON text of SealContent built in a fixed order; the seal stores that
 * text as its compact copy of the sealed values (to name the cells that changed later) and its
 * SHA-256 digest.
 */
import type { CriteriaSet } from '../criteria/schema';
import type { CellReading, ColumnRole, ParsedSheet, ReadCell, SheetRow, TextCell } from '../layout/parsed-sheet';
import { sha256Hex } from './sha256';

export const SEAL_FORMAT = 'par-seal/1';

/** Score columns, in canonical order. */
export const SCORE_COLUMNS = ['max', 'declared', 'self', 'appraised', 'appraised2', 'survey'] as const;
/** Text columns (evidence and notes), in canonical order. */
export const TEXT_COLUMNS = ['evidence', 'addedEvidence', 'explanation', 'unitAnswer', 'appraiserNote', 'appraiserNote2', 'note'] as const;
export type SealColumn = (typeof SCORE_COLUMNS)[number] | (typeof TEXT_COLUMNS)[number];
export const SEAL_COLUMNS: readonly SealColumn[] = [...SCORE_COLUMNS, ...TEXT_COLUMNS];

/** One item row: its code as read, then [column, value] for each column the sheet has. */
export type SealedRow = [code: string, ...cells: [SealColumn, string][]];

export interface SealedSheet {
  sheet: string;
  set: { id: string; version: string } | null;
  rows: SealedRow[];
}

export interface SealContent {
  format: typeof SEAL_FORMAT;
  sheets: SealedSheet[];
}

/** One checked scoresheet, as far as the seal needs it. */
export interface SealSource {
  sheetName: string;
  set: CriteriaSet | null;
  parsed: ParsedSheet | null;
}

/** A score cell as text: the number in shortest form, else what is written ("" when blank). */
export function readingText(reading: CellReading): string {
  switch (reading.kind) {
    case 'blank':
      return '';
    case 'dash':
      return '-';
    case 'number':
      return String(reading.value);
    default:
      return reading.raw;
  }
}

function textOf(cell: TextCell | null | undefined): string {
  if (!cell) return '';
  // The link of an evidence cell is part of what was declared (which document).
  return cell.hyperlink ? `${cell.text} <${cell.hyperlink}>` : cell.text;
}

function rowOf(row: SheetRow, columns: Partial<Record<ColumnRole, number>>): SealedRow {
  const out: SealedRow = [row.code ?? ''];
  for (const col of SCORE_COLUMNS) {
    if (columns[col] === undefined) continue;
    const cell = row[col] as ReadCell | null | undefined;
    out.push([col, cell ? readingText(cell.reading) : '']);
  }
  for (const col of TEXT_COLUMNS) {
    if (columns[col] === undefined) continue;
    out.push([col, textOf(row[col])]);
  }
  return out;
}

/** The canonical content of the scoresheets of a workbook (sheets in the given order). */
export function sealContent(sources: SealSource[]): SealContent {
  return {
    format: SEAL_FORMAT,
    sheets: sources
      .filter((s) => s.parsed !== null)
      .map((s) => ({
        sheet: s.sheetName,
        set: s.set ? { id: s.set.id, version: s.set.version } : null,
        rows: s.parsed!.rows.filter((r) => r.kind === 'item').map((r) => rowOf(r, s.parsed!.columns)),
      })),
  };
}

/**
 * The canonical text: JSON with keys in a fixed order. Rebuilt from parsed content too (the
 * stored copy is re-serialised before it is digested), so only values count, never spacing.
 */
export function canonicalText(content: SealContent): string {
  return JSON.stringify({
    format: content.format,
    sheets: content.sheets.map((s) => ({
      sheet: s.sheet,
      set: s.set ? { id: s.set.id, version: s.set.version } : null,
      rows: s.rows,
    })),
  });
}

export function sealDigest(content: SealContent): string {
  return sha256Hex(canonicalText(content));
}
