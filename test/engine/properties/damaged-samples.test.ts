/**
 * Property: the three sample workbooks, randomly damaged the way users break sheets
 * (damage.ts), never break the checker: no exception and no swallowed internal error, every
 * finding inside the sheet with a catalogued code and both messages, and wherever scores come
 * out, every area and total within its maximum, every index within [0, 100], no NaN.
 * The samples are read from disk once; each run damages a fresh copy.
 */
import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import { checkGrid, checkWorkbookGrids } from '../../../src/engine/check';
import { bundledSets } from '../../../src/engine/criteria/registry';
import type { Grid } from '../../../src/engine/grid';
import { readSheet } from '../../../src/engine/layout/read-sheet';
import { loadWorkbook, readWorkbookGrids } from '../../../src/file/read-grid';
import { applyDamage, damageArb, type Damage, type Damaged } from './damage';
import { assertResult } from './invariants';
import { runs } from './config';

const SAMPLES = path.join(__dirname, '../../fixtures/samples');
const FILES = ['so-tu-phap-2024.xlsx', 'so-y-te-2024.xlsx', 'so-xay-dung-2024.xlsx'];
const sets = bundledSets();

interface Sample {
  file: string;
  /** All sheets of the workbook; `index` is the scoresheet among them. */
  grids: Grid[];
  index: number;
  start: Damaged;
  setId: string;
  /** 0-based last header row: rows below it hold the items. */
  headerLast: number;
}

let samples: Sample[] = [];

beforeAll(async () => {
  samples = await Promise.all(
    FILES.map(async (file): Promise<Sample> => {
      const grids = readWorkbookGrids(await loadWorkbook(fs.readFileSync(path.join(SAMPLES, file))));
      const clean = checkWorkbookGrids(grids, { sets });
      const index = grids.findIndex((g) => g.sheetName === clean.sheetName);
      const parsed = readSheet(grids[index]);
      if (!parsed || !clean.set || !clean.scores) throw new Error(`sample ${file} does not check cleanly`);
      const { max, self, appraised } = parsed.columns;
      const start = { grid: grids[index], cols: { max, self, appraised } };
      return { file, grids, index, start, setId: clean.set.id, headerLast: parsed.headerRows!.last };
    }),
  );
});

function damage(sample: Sample, damages: Damage[]): { damaged: Damaged; grids: Grid[] } {
  const damaged = damages.reduce(applyDamage, { grid: structuredClone(sample.start.grid), cols: { ...sample.start.cols } });
  const grids = sample.grids.map((g, i) => (i === sample.index ? damaged.grid : g));
  return { damaged, grids };
}

const sampleArb = fc.nat(FILES.length - 1);

describe('checker on damaged sample sheets (properties)', () => {
  it('the samples load and their score columns are known', () => {
    expect(samples.map((s) => s.file)).toEqual(FILES);
    for (const s of samples) {
      expect(s.start.cols.max).toBeDefined();
      expect(s.start.cols.self).toBeDefined();
    }
    expect(samples[1].start.cols.appraised).toBeDefined(); // so-y-te is appraised
  });

  it('any damage: never throws, findings inside the sheet, scores within their maxima', () => {
    let scored = 0;
    fc.assert(
      fc.property(sampleArb, fc.array(damageArb, { minLength: 1, maxLength: 6 }), (which, damages) => {
        const { damaged, grids } = damage(samples[which], damages);
        const picked = checkWorkbookGrids(grids, { sets });
        assertResult(picked, grids);
        const direct = checkGrid(damaged.grid, { sets });
        assertResult(direct, [damaged.grid]);
        if (picked.scores || direct.scores) scored++;
      }),
      runs(150, 2024),
    );
    // Most damage leaves a checkable sheet: the score invariants must have been exercised.
    expect(scored).toBeGreaterThan(runs(150, 2024).numRuns! / 3);
  });

  it('damage under a forced set: scores always come out and stay within their maxima', () => {
    fc.assert(
      fc.property(sampleArb, fc.array(damageArb, { minLength: 1, maxLength: 6 }), fc.nat(sets.length - 1), (which, damages, s) => {
        const { damaged } = damage(samples[which], damages);
        const result = checkGrid(damaged.grid, { sets, criteria: sets[s] });
        assertResult(result, [damaged.grid]);
        if (result.parsed) {
          expect(result.set).toBe(sets[s]);
          expect(result.scores).not.toBeNull();
        }
      }),
      runs(100, 77),
    );
  });

  it('junk in a few score or max cells: the sheet, its set and its scores are still found', () => {
    const valueDamage = damageArb.filter((d) => d.op === 'scoreCell');
    fc.assert(
      fc.property(sampleArb, fc.array(valueDamage, { minLength: 1, maxLength: 5 }), (which, damages) => {
        // Item rows only: a header cell overwritten is another kind of damage (the test above).
        const { headerLast, start } = samples[which];
        const items = start.grid.rows.length - headerLast - 1;
        const onItems = damages.map((d) => (d.op === 'scoreCell' ? { ...d, row: headerLast + 1 + (d.row % items) } : d));
        const { grids } = damage(samples[which], onItems);
        const result = checkWorkbookGrids(grids, { sets });
        assertResult(result, grids);
        expect(result.sheetName).toBe(samples[which].start.grid.sheetName);
        expect(result.set?.id).toBe(samples[which].setId);
        expect(result.scores).not.toBeNull();
      }),
      runs(100, 31),
    );
  });
});
