/**
 * Property: the three sample workbooks, randomly damaged the way users break sheets
 * (damage.ts), never break the checker: no exception and no swallowed internal error, every
 * finding inside the sheet with a catalogued code and both messages, and wherever scores come
 * out, every area and total within its maximum, every index within [0, 100], no NaN.
 * The samples are read from disk once; each run damages a fresh copy.
 */
import fc from 'fast-check';
import { checkGrid, checkWorkbookGrids } from '../../../src/engine/check';
import { bundledSets } from '../../../src/engine/criteria/registry';
import { applyDamage, damageArb, type Damage } from './damage';
import { assertResult } from './invariants';
import { runs } from './config';
import { freshCopy, loadSample, SAMPLE_FILES, withSheet, type Sample } from './samples';

const sets = bundledSets();
let samples: Sample[] = [];

beforeAll(async () => {
  samples = await Promise.all(SAMPLE_FILES.map((f) => loadSample(f, sets)));
});

function damage(sample: Sample, damages: Damage[]) {
  const damaged = damages.reduce(applyDamage, freshCopy(sample));
  return { damaged, grids: withSheet(sample, damaged.grid) };
}

const sampleArb = fc.nat(SAMPLE_FILES.length - 1);

describe('checker on damaged sample sheets (properties)', () => {
  it('the samples load and their score columns are known', () => {
    expect(samples.map((s) => s.file)).toEqual(SAMPLE_FILES);
    for (const s of samples) {
      expect(s.start.cols.max).toBeDefined();
      expect(s.start.cols.self).toBeDefined();
      expect(s.leaves.length).toBeGreaterThan(50);
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
      runs(100, 2024),
    );
    // Most damage leaves a checkable sheet: the score invariants must have been exercised.
    expect(scored).toBeGreaterThan(runs(100, 2024).numRuns! / 3);
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
      runs(60, 77),
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
        expect(result.sheetName).toBe(samples[which].clean.sheetName);
        expect(result.set?.id).toBe(samples[which].set.id);
        expect(result.scores).not.toBeNull();
      }),
      runs(60, 31),
    );
  });
});
