/**
 * The three sample workbooks of test/fixtures/samples, read once per test file, with what the
 * property tests need to damage them: the scoresheet's max/score columns, its header row, the
 * clean check result and its leaf rows (code, row, kind, whether N/A is allowed).
 */
import * as fs from 'fs';
import * as path from 'path';
import { checkWorkbookGrids } from '../../../src/engine/check';
import type { CheckResult } from '../../../src/engine/check-result';
import type { CriteriaSet } from '../../../src/engine/criteria/schema';
import { allowsNotApplicable, effectiveKind, flattenItems, isLeaf } from '../../../src/engine/criteria/tree';
import type { Grid } from '../../../src/engine/grid';
import { loadWorkbook, readWorkbookGrids } from '../../../src/file/read-grid';
import type { Damaged } from './damage';

const SAMPLES = path.join(__dirname, '../../fixtures/samples');
export const SAMPLE_FILES = ['so-tu-phap-2024.xlsx', 'so-y-te-2024.xlsx', 'so-xay-dung-2024.xlsx'];

export interface Leaf {
  code: string;
  /** 0-based sheet row. */
  row: number;
  max: number;
  kind: 'scored' | 'survey' | 'bonus' | 'penalty';
  naAllowed: boolean;
}

export interface Sample {
  file: string;
  /** All sheets of the workbook; `index` is the scoresheet among them. */
  grids: Grid[];
  index: number;
  start: Damaged;
  clean: CheckResult;
  set: CriteriaSet;
  /** 0-based last header row: rows below it hold the items. */
  headerLast: number;
  /** Leaf items present on the sheet, in sheet order. */
  leaves: Leaf[];
}

export async function loadSample(file: string, sets: CriteriaSet[]): Promise<Sample> {
  const grids = readWorkbookGrids(await loadWorkbook(fs.readFileSync(path.join(SAMPLES, file))));
  const clean = checkWorkbookGrids(grids, { sets });
  const index = grids.findIndex((g) => g.sheetName === clean.sheetName);
  const { parsed, set, alignment, scores } = clean;
  if (index < 0 || !parsed?.headerRows || !set || !alignment || !scores) throw new Error(`sample ${file} does not check cleanly`);
  const leaves = flattenItems(set)
    .filter((f) => isLeaf(f.item) && alignment.rowFor.has(f.item.code))
    .map((f): Leaf => ({
      code: f.item.code,
      row: alignment.rowFor.get(f.item.code)!.row,
      max: f.item.maxPoints,
      kind: effectiveKind(f),
      naAllowed: allowsNotApplicable(f.item),
    }))
    .sort((a, b) => a.row - b.row);
  const { max, self, appraised } = parsed.columns;
  return {
    file,
    grids,
    index,
    start: { grid: grids[index], cols: { max, self, appraised } },
    clean,
    set,
    headerLast: parsed.headerRows.last,
    leaves,
  };
}

/** A fresh copy of the sample's scoresheet to damage. */
export function freshCopy(sample: Sample): Damaged {
  return { grid: structuredClone(sample.start.grid), cols: { ...sample.start.cols } };
}

/** The workbook with its scoresheet replaced. */
export function withSheet(sample: Sample, grid: Grid): Grid[] {
  return sample.grids.map((g, i) => (i === sample.index ? grid : g));
}
