/**
 * Work-arounds for ExcelJS 4 round trips, so a copy the CLI writes (a flagged copy, a cleared
 * copy) reads back exactly like the user's original.
 *
 * Page setup: ExcelJS reads a missing firstPageNumber as 1 and, on writing, sets
 * useFirstPageNumber="1" whenever firstPageNumber has a value, so every copy would turn on
 * "first page number" in Page Setup. Leaving the number unset when it is not in use writes
 * neither attribute, as in the original.
 * FileWorkbook.toBytes applies it, so the CLI's copies and the browser page's copies both benefit.
 */
import type ExcelJS from 'exceljs';

export function beforeWriting(workbook: ExcelJS.Workbook): void {
  for (const ws of workbook.worksheets) {
    const setup = ws.pageSetup as { firstPageNumber?: number; useFirstPageNumber?: boolean } | undefined;
    if (setup && !setup.useFirstPageNumber) setup.firstPageNumber = undefined;
  }
}

interface MergeRange { top: number; left: number; bottom: number; right: number }
interface SheetInternals {
  _merges: Record<string, MergeRange>;
  _mergeCellsInternal(dimensions: MergeRange, ignoreStyle?: boolean): void;
  _unMergeMaster(master: { address: string }): void;
}

/**
 * ExcelJS checks each new merge against every earlier one, walking an object's keys each time:
 * a sheet with 50,000 merged ranges did not finish loading in 5 minutes. This gives its merge
 * method a covered-cells index (same refusal of overlapping merges, same merges made), once per
 * process, on the Worksheet prototype (ExcelJS does not export the class: it is taken from a
 * throwaway worksheet).
 */
export function installFastMerges(workbookClass: new () => ExcelJS.Workbook): void {
  const proto = Object.getPrototypeOf(new workbookClass().addWorksheet('x')) as SheetInternals & { __fastMerges?: true };
  if (proto.__fastMerges) return;
  const merge = proto._mergeCellsInternal;
  const unmerge = proto._unMergeMaster;
  if (typeof merge !== 'function' || typeof unmerge !== 'function') return; // another ExcelJS: leave it
  proto.__fastMerges = true;
  const indexes = new WeakMap<object, Map<number, Set<number>>>();
  const mark = (index: Map<number, Set<number>>, m: MergeRange, on: boolean): void => {
    for (let i = m.top; i <= m.bottom; i++) {
      let row = index.get(i);
      if (!row) index.set(i, (row = new Set()));
      for (let j = m.left; j <= m.right; j++) {
        if (on) row.add(j);
        else row.delete(j);
      }
    }
  };
  const indexOf = (ws: SheetInternals): Map<number, Set<number>> => {
    let index = indexes.get(ws);
    if (!index) {
      index = new Map();
      for (const m of Object.values(ws._merges)) mark(index, m, true);
      indexes.set(ws, index);
    }
    return index;
  };
  proto._mergeCellsInternal = function (this: SheetInternals, dimensions: MergeRange, ignoreStyle?: boolean) {
    const index = indexOf(this);
    for (let i = dimensions.top; i <= dimensions.bottom; i++) {
      const row = index.get(i);
      if (!row) continue;
      for (let j = dimensions.left; j <= dimensions.right; j++) if (row.has(j)) throw new Error('Cannot merge already merged cells');
    }
    const saved = this._merges;
    this._merges = {}; // ExcelJS's own overlap walk then has nothing to walk
    try {
      merge.call(this, dimensions, ignoreStyle);
    } finally {
      const made = this._merges;
      this._merges = Object.assign(saved, made);
    }
    mark(index, dimensions, true);
  };
  proto._unMergeMaster = function (this: SheetInternals, master: { address: string }) {
    const m = this._merges[master.address];
    unmerge.call(this, master);
    if (m && !this._merges[master.address]) mark(indexOf(this), m, false);
  };
}
