/**
 * Metamorphic properties on the samples: changes that must not move a score do not, and
 * changes of position move the findings with them. The index is computed from the set's maxima
 * and the leaves (criteria-set.md), so what is written in max cells or on parent rows never
 * counts; roles come from the header, so blank rows on top or columns in another order change
 * nothing but addresses.
 */
import fc from 'fast-check';
import { checkWorkbookGrids } from '../../../src/engine/check';
import type { CheckResult } from '../../../src/engine/check-result';
import { bundledSets } from '../../../src/engine/criteria/registry';
import { a1, parseA1 } from '../../../src/engine/grid';
import { applyDamage, type Damage } from './damage';
import { scoreCellArb } from './cell-arbitraries';
import { assertResult } from './invariants';
import { runs } from './config';
import { freshCopy, loadSample, SAMPLE_FILES, withSheet, type Sample } from './samples';

const sets = bundledSets();
let samples: Sample[] = [];

beforeAll(async () => {
  samples = await Promise.all(SAMPLE_FILES.map((f) => loadSample(f, sets)));
});

function check(sample: Sample, damages: Damage[]): CheckResult {
  const damaged = damages.reduce(applyDamage, freshCopy(sample));
  const grids = withSheet(sample, damaged.grid);
  const result = checkWorkbookGrids(grids, { sets });
  assertResult(result, grids);
  return result;
}

const sampleArb = fc.nat(SAMPLE_FILES.length - 1);
const totals = (r: CheckResult) => ({ self: r.scores?.self, final: r.scores?.final, areas: r.scores?.areas });

/** Findings as (code, item, cell) with the cell mapped by `move`, sorted. */
function keyed(r: CheckResult, move: (row: number, col: number) => [number, number] = (row, col) => [row, col]): string[] {
  return r.findings
    .map((f) => {
      const at = f.cell ? parseA1(f.cell) : null;
      const cell = at ? a1(...move(at.row, at.col)) : '-';
      return `${f.code}@${cell}#${f.item ?? '-'}`;
    })
    .sort();
}

describe('sample sheets under changes that must not matter (properties)', () => {
  it('junk in max cells or in the score cells of parent rows changes no score', () => {
    fc.assert(
      fc.property(sampleArb, fc.array(fc.tuple(fc.nat(), fc.constantFrom('max', 'self', 'appraised' as const), scoreCellArb), { minLength: 1, maxLength: 5 }), (which, plants) => {
        const sample = samples[which];
        const leafRows = new Set(sample.leaves.map((l) => l.row));
        const parentRows = sample.clean.scores!.items.filter((i) => i.row !== null && !leafRows.has(i.row)).map((i) => i.row!);
        const itemRows = sample.clean.scores!.items.filter((i) => i.row !== null).map((i) => i.row!);
        const damages = plants.map(([n, role, cell]): Damage => {
          const rows = role === 'max' ? itemRows : parentRows;
          return { op: 'scoreCell', row: rows[n % rows.length], role, cell };
        });
        const r = check(sample, damages);
        expect(r.set).toBe(sample.set);
        expect(totals(r)).toEqual(totals(sample.clean));
      }),
      runs(40, 12),
    );
  });

  it('blank rows above the sheet move every finding down and change no score', () => {
    fc.assert(
      fc.property(sampleArb, fc.integer({ min: 1, max: 8 }), (which, by) => {
        const sample = samples[which];
        const r = check(sample, [{ op: 'moveHeaderDown', by }]);
        expect(totals(r)).toEqual(totals(sample.clean));
        expect(keyed(r)).toEqual(keyed(sample.clean, (row, col) => [row + by, col]));
      }),
      runs(20, 13),
    );
  });

  it('columns in another order: the same scores and the same findings, at the moved cells', () => {
    fc.assert(
      fc.property(sampleArb, fc.array(fc.nat(1000), { minLength: 20, maxLength: 20 }), (which, keys) => {
        const sample = samples[which];
        const cols = sample.start.grid.colCount;
        const order = Array.from({ length: cols }, (_, i) => i).sort((a, b) => keys[a % 20] - keys[b % 20] || a - b);
        const r = check(sample, [{ op: 'shuffleColumns', keys }]);
        expect(totals(r)).toEqual(totals(sample.clean));
        expect(keyed(r)).toEqual(keyed(sample.clean, (row, col) => [row, order.indexOf(col)]));
      }),
      runs(30, 14),
    );
  });
});
