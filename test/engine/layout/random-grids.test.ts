/** Property tests: whatever a sheet holds, reading it never throws and keeps its own invariants. */
import fc from 'fast-check';
import type { CellScalar, Grid, GridCell, MergeRange } from '../../../src/engine/grid';
import { readSheet } from '../../../src/engine/layout/read-sheet';
import { pickScoresheet, scoresheetLikelihood } from '../../../src/engine/layout/find-scoresheet';
import { PLAIN_HEADER } from './sheet-builder';

// Values that matter to the reader: header words, codes, scores, N/A words, totals, junk.
const word = fc.constantFrom(
  ...PLAIN_HEADER, 'Thẩm định', 'Điểm đánh giá', 'Tự đánh giá', 'Điều tra XHH', 'Ý kiến thẩm định', '(1)', '(2)',
  '1', '1.1', '1.1.1.', 'I', 'II.', 'Lĩnh vực 1', '1.1. Kế hoạch', 'Tổng cộng', 'Cộng', 'KAD', 'Không áp dụng',
  '-', '0,5', '1.25', '80%', '#REF!', 'Đơn vị: Sở X', 'NĂM 2024', 'Bộ tiêu chí: a-1 (1)', '', ' ', 'A', 'a)',
);
const scalar: fc.Arbitrary<CellScalar> = fc.oneof(word, fc.string({ maxLength: 12 }), fc.double(), fc.integer(), fc.boolean(), fc.constant(null));
const cell: fc.Arbitrary<GridCell | null> = fc.oneof(
  fc.constant(null),
  scalar.map((value) => ({ value })),
  fc.record({ value: scalar, error: fc.constantFrom('#REF!', '#VALUE!') }),
  fc.record({ value: scalar, formula: fc.constant('SUM(A1:A2)'), hyperlink: fc.webUrl() }),
);

const grid: fc.Arbitrary<Grid> = fc
  .record({
    rows: fc.array(fc.array(cell, { maxLength: 10 }), { maxLength: 40 }),
    hidden: fc.array(fc.nat(45), { maxLength: 5 }),
    merges: fc.array(fc.tuple(fc.nat(40), fc.nat(10), fc.nat(3), fc.nat(3)), { maxLength: 6 }),
    extraRows: fc.nat(100),
  })
  .map(({ rows, hidden, merges, extraRows }) => ({
    sheetName: 'random',
    rows,
    hiddenRows: hidden,
    merges: merges.map(([top, left, h, w]): MergeRange => ({ top, left, bottom: top + h, right: left + w })),
    rowCount: rows.length + extraRows,
    colCount: 10,
  }));

describe('reading random grids', () => {
  it('never throws, and what it returns is consistent', () => {
    fc.assert(
      fc.property(grid, (g) => {
        const p = readSheet(g);
        const likelihood = scoresheetLikelihood(g);
        expect(likelihood).toBeGreaterThanOrEqual(0);
        expect(likelihood).toBeLessThanOrEqual(1);
        if (p === null) {
          expect(likelihood).toBe(0);
          return;
        }
        expect(likelihood).toBeGreaterThan(0);
        const cols = Object.values(p.columns);
        expect(new Set(cols).size).toBe(cols.length); // one role per column
        let last = p.headerRows!.last;
        for (const r of p.rows) {
          expect(r.row).toBeGreaterThan(last); // items in sheet order, under the header
          last = r.row;
          expect(r.kind).toBe('item');
          expect(r.code).toMatch(/^([IVX]+|\d+)(\.\d+)*$/);
        }
        if (p.totalRow) expect(p.totalRow.row).toBeGreaterThan(p.headerRows!.last);
      }),
      { numRuns: 300 },
    );
  });

  it('picks a grid from the list or none', () => {
    fc.assert(
      fc.property(fc.array(grid, { maxLength: 4 }), (grids) => {
        const picked = pickScoresheet(grids);
        if (picked !== null) expect(grids).toContain(picked);
        else grids.forEach((g) => expect(scoresheetLikelihood(g)).toBe(0));
      }),
      { numRuns: 50 },
    );
  });
});
