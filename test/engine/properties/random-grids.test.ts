/**
 * Property: no grid, however odd, breaks the checker. Random sizes and cells (numbers, numbers
 * as text, N/A words, errors, formulas, hyperlinks, merges, hidden and missing rows, header and
 * title texts anywhere) must give a result whose findings sit inside the sheet, carry a
 * catalogued code and a message in both languages, and whose scores obey the arithmetic.
 * Fixed seeds keep CI stable; a failure prints the seed and the shrunk grid to replay it.
 */
import fc from 'fast-check';
import { checkGrid, checkWorkbookGrids } from '../../../src/engine/check';
import { bundledSets } from '../../../src/engine/criteria/registry';
import type { Grid } from '../../../src/engine/grid';
import { freeGridArb, scoresheetGridArb, workbookArb } from './grid-arbitraries';
import { assertResult } from './invariants';
import { runs } from './config';

const sets = bundledSets();

describe('checker on random grids (properties)', () => {
  it('free-form grids: never throws, findings inside the sheet and catalogued', () => {
    fc.assert(
      fc.property(freeGridArb, (grid) => {
        const result = checkGrid(grid, { sets });
        expect(result.sheetName).toBe(grid.sheetName);
        assertResult(result, [grid]);
      }),
      runs(150, 20240101),
    );
  });

  it('scoresheet-like grids: the same, and scores within their maxima', () => {
    let scored = 0;
    fc.assert(
      fc.property(scoresheetGridArb, fc.boolean(), (grid, forced) => {
        const before = structuredClone(grid);
        const result = checkGrid(grid, forced ? { sets, criteria: sets[0] } : { sets });
        assertResult(result, [grid]);
        if (result.scores) scored++;
        // The engine reads the grid, never writes it.
        expect(grid).toEqual(before);
      }),
      runs(150, 7),
    );
    // Guard against a generator that never reaches scoring: then the score invariants test nothing.
    expect(scored).toBeGreaterThan(runs(150, 7).numRuns! / 4);
  });

  it('workbooks: picking the sheet (or naming one) never throws and the result names a real sheet', () => {
    fc.assert(
      fc.property(workbookArb, fc.option(fc.nat(3)), (grids: Grid[], pick) => {
        const sheetName = pick === null ? undefined : (grids[pick]?.sheetName ?? 'Không có');
        const result = checkWorkbookGrids(grids, { sets, sheetName });
        assertResult(result, grids);
        const codes = result.findings.map((f) => f.code);
        if (sheetName !== undefined && !grids.some((g) => g.sheetName === sheetName)) {
          expect(codes).toContain('layout.sheetNotFound');
        } else if (result.parsed === null && sheetName === undefined) {
          expect(codes.some((c) => c === 'layout.noScoresheet' || c === 'layout.noHeader')).toBe(true);
        } else if (result.parsed !== null) {
          expect(grids.map((g) => g.sheetName)).toContain(result.sheetName);
        }
      }),
      runs(100, 99),
    );
  });
});
