/**
 * What the CLI (`--exemptions`) and the checking page do alike with an exemptions table once its
 * sheets are read into grids: pick the sheet that reads as a table, list what each unit is
 * granted (to show it), and find the table's units that no checked sheet matched.
 */
import type { Bilingual } from '../text/lang';
import type { Grid } from '../grid';
import { findTableRow, readUnitTable, type TableRow } from '../results/unit-table';
import { grantOfTableRow, isUsable, readExemptionTable, type ExemptionTable } from './table';

export type ExemptionTableRead = { ok: true; table: ExemptionTable } | { ok: false; problem: Bilingual };

/**
 * The first sheet that reads as a table (a unit column and a code or list column); else why not.
 * `source` is the file's name (named in findings), `label` how the user gave it (path or name).
 */
export function exemptionTableFromGrids(grids: Grid[], source: string, label = source): ExemptionTableRead {
  let first: ExemptionTable | null = null;
  for (const grid of grids) {
    const table = readExemptionTable(readUnitTable(grid, source));
    if (isUsable(table)) return { ok: true, table };
    first ??= table;
  }
  const reason = first?.problems[first.problems.length - 1]?.message;
  return {
    ok: false,
    problem: reason ?? {
      vi: `Bảng miễn đánh giá "${label}" không có trang tính nào.`,
      en: `The exemptions table "${label}" has no sheet.`,
    },
  };
}

/** One unit of the table and the codes it is granted (in the table's order), to show the table. */
export interface ExemptionRowGrant {
  /** 1-based row in the table. */
  row: number;
  unit: string;
  /** The table's file-name cell, when it has that column. */
  file: string | null;
  codes: string[];
}

export function exemptionRowGrants(ex: ExemptionTable): ExemptionRowGrant[] {
  return ex.table.rows.map((r) => ({
    row: r.row + 1,
    unit: r.unit,
    file: r.file,
    codes: [...grantOfTableRow(ex, r).keys()],
  }));
}

/** Units of the table (1-based row) that no checked sheet (unit as read, file name) matched. */
export function exemptionRowsWithoutSheet(ex: ExemptionTable, sheets: { unit: string | null; file: string }[]): { row: number; unit: string }[] {
  const used = new Set<TableRow>();
  for (const s of sheets) {
    const row = findTableRow(ex.table, s.unit, s.file);
    if (row) used.add(row);
  }
  return ex.table.rows.filter((r) => !used.has(r)).map((r) => ({ row: r.row + 1, unit: r.unit }));
}
