/**
 * One check of the workbook through the port: list the sheets, find the scoresheet, read it in
 * full and hand it to the engine. Plain async code (no React) so it is tested on its own.
 *
 * Sheet detection looks only at the top rows of each visible sheet. Where the port can
 * (previewSheets), the list and every visible sheet come in one go, the scoresheet usually whole
 * (Excel: 2 round trips for 1 sheet or 20); else the list, the top rows of each sheet, then the
 * chosen sheet in full.
 */
import type { CheckResult } from '../../engine/check-result';
import type { CriteriaSet } from '../../engine/criteria/schema';
import type { Grid } from '../../engine/grid';
import type { SheetInfo, SheetPreview, WorkbookPort } from '../../workbook/port';
import { checkWorkbookGrids } from '../../engine/check';
import { pickScoresheet } from '../../engine/layout/find-scoresheet';
import { readStoredSet } from './stored-set';

/** Rows read per sheet to guess which one is the scoresheet (its header sits in the first 30). */
export const DETECT_ROWS = 60;

export interface CheckRequest {
  /** Sheet chosen by the user; null = let the engine pick. */
  sheetName: string | null;
  /** Set chosen by the user; null = declared or matched by the engine. */
  criteria: CriteriaSet | null;
  sets: CriteriaSet[];
  /**
   * The sheet an earlier automatic pick chose. A re-check after an edit reads it directly instead
   * of previewing every sheet again (each preview is an Excel round trip); if it no longer reads
   * as a scoresheet, the full detection runs.
   */
  knownSheet?: string | null;
}

/** `storedSet`: the set kept with the workbook, if any (the pane lists it with the others). */
export type CheckOutcome = { sheets: SheetInfo[]; storedSet: CriteriaSet | null } & (
  | { kind: 'checked'; result: CheckResult; autoPicked: boolean }
  | { kind: 'emptyWorkbook' }
  | { kind: 'emptySheet'; sheetName: string }
);

/** The top `n` rows of a grid: what detection looks at, however much of the sheet was read. */
function topRows(grid: Grid, n: number): Grid {
  if (grid.rows.length <= n) return grid;
  return { ...grid, rows: grid.rows.slice(0, n), hiddenRows: grid.hiddenRows.filter((r) => r < n), merges: grid.merges.filter((m) => m.top < n) };
}

export function gridIsEmpty(grid: Grid): boolean {
  return grid.rows.every((row) => !row || row.every((c) => c === null || c === undefined || c.value === null || c.value === ''));
}

export async function runCheck(port: WorkbookPort, request: CheckRequest): Promise<CheckOutcome> {
  // With a sheet named up front (the user's pick, or the one a re-check after an edit reads), its
  // grid and the sheet list come in one round trip where the port can (Excel: 1 sync, not 2).
  const target = request.sheetName ?? request.knownSheet ?? null;
  const first = target !== null && port.readGridAndSheets ? await port.readGridAndSheets(target) : null;
  // No sheet named: the list comes with every visible sheet where the port can (Excel: 2 syncs in all).
  const previewed = first === null && target === null && port.previewSheets ? await port.previewSheets(DETECT_ROWS) : null;
  const sheets = first ? first.sheets : previewed ? previewed.sheets : await port.listSheets();
  const storedSet = await readStoredSet(port);
  // The user's pick wins; else the set kept with the workbook; else the engine chooses.
  const criteria = request.criteria ?? storedSet;
  const options = {
    surface: 'pane' as const,
    sets: storedSet ? [...request.sets.filter((s) => s.id !== storedSet.id || s.version !== storedSet.version), storedSet] : request.sets,
    ...(criteria ? { criteria, criteriaSource: request.criteria ? ('forced' as const) : ('settings' as const) } : {}),
  };
  const base = { sheets, storedSet };

  let read: SheetPreview[] = previewed?.previews ?? [];
  const checkSheet = async (name: string, autoPicked: boolean): Promise<CheckOutcome> => {
    const whole = read.find((p) => p.whole && p.grid.sheetName === name)?.grid;
    const grid = first?.grid && name === target ? first.grid : (whole ?? (await port.readGrid(name)));
    if (gridIsEmpty(grid)) return { ...base, kind: 'emptySheet', sheetName: name };
    return { ...base, kind: 'checked', result: checkWorkbookGrids([grid], { ...options, sheetName: name }), autoPicked };
  };

  const chosen = request.sheetName !== null && sheets.some((s) => s.name === request.sheetName) ? request.sheetName : null;
  if (chosen !== null) return checkSheet(chosen, false);

  const known = request.knownSheet ? sheets.find((s) => s.visible && s.name === request.knownSheet) : undefined;
  if (known) {
    const outcome = await checkSheet(known.name, true);
    if (outcome.kind === 'checked' && outcome.result.parsed) return outcome;
  }

  if (!previewed && port.previewSheets) read = (await port.previewSheets(DETECT_ROWS)).previews;
  else if (!previewed) {
    const candidates = sheets.filter((s) => s.visible);
    // Independent reads: in Excel they run side by side rather than one round trip after another.
    const grids = await Promise.all(candidates.map((sheet) => port.readGrid(sheet.name, { maxRows: DETECT_ROWS })));
    read = grids.map((grid) => ({ grid, whole: false }));
  }
  const previews = read.map((p) => topRows(p.grid, DETECT_ROWS));
  const nonEmpty = previews.filter((g) => !gridIsEmpty(g));
  if (nonEmpty.length === 0) return { ...base, kind: 'emptyWorkbook' };

  const picked = pickScoresheet(nonEmpty);
  if (!picked) {
    // No sheet looks like a scoresheet: the engine reports layout.noScoresheet with its reasons.
    return { ...base, kind: 'checked', result: checkWorkbookGrids(nonEmpty, options), autoPicked: true };
  }
  return checkSheet(picked.sheetName, true);
}
