/**
 * Property: for ANY valid criteria set (set-arbitraries.ts: survey, bonus, penalty, every
 * scoring rule), the blank template the add-in writes, filled with random values and read back,
 * checks against that very set with no layout finding (no missing or extra row, no changed
 * title or max, nothing out of order, every column found), keeps every finding and score
 * invariant, and its summary sheet builds in both languages with only finite numbers in it.
 */
import fc from 'fast-check';
import { checkGrid } from '../../../src/engine/check';
import { bundledSets } from '../../../src/engine/criteria/registry';
import { flattenItems, isLeaf } from '../../../src/engine/criteria/tree';
import { validateCriteriaSet } from '../../../src/engine/criteria/validate';
import { a1 } from '../../../src/engine/grid';
import { buildSummarySheet } from '../../../src/engine/summary/summary-sheet';
import { buildTemplateSheet, TEMPLATE_COLUMNS as C, TEMPLATE_HEADER_ROW } from '../../../src/engine/template/template-sheet';
import { specToGrid } from '../template/spec-to-grid';
import { criteriaSetArb } from './set-arbitraries';
import { assertResult } from './invariants';
import { runs } from './config';

const bundled = bundledSets();

/** What a unit types into a score cell: mostly fractions of the max, sometimes junk. */
const typedArb = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 4 }).map((q) => ({ share: q / 4 })) },
  { weight: 1, arbitrary: fc.constantFrom<string | number | null>(null, -1, 99, 'Không áp dụng', 'KAD', 'đạt', '0,5', '#REF!') },
);
type Typed = { share: number } | string | number | null;

describe('template → filled sheet → check round trip (properties)', () => {
  it('any valid set: no layout finding, invariants hold, the summary sheet builds', () => {
    fc.assert(
      fc.property(
        criteriaSetArb,
        fc.infiniteStream(fc.tuple(typedArb, typedArb, fc.boolean())),
        fc.boolean(),
        (set, stream, appraise) => {
          const valid = validateCriteriaSet(set);
          expect(valid.ok ? [] : valid.problems.map((p) => `${p.path}: ${p.message.en}`)).toEqual([]);

          const typed: Record<string, string | number> = {};
          const it = stream[Symbol.iterator]();
          flattenItems(set).forEach((f, i) => {
            if (!isLeaf(f.item)) return;
            const row = TEMPLATE_HEADER_ROW + 1 + i;
            const [self, appraised, evidence] = it.next().value as [Typed, Typed, boolean];
            const value = (t: Typed) => (t !== null && typeof t === 'object' ? Math.round(f.item.maxPoints * t.share * 100) / 100 : t);
            const s = value(self);
            if (s !== null) typed[a1(row, C.self)] = s;
            const a = value(appraised);
            if (appraise && a !== null) typed[a1(row, C.appraised)] = a;
            if (evidence) typed[a1(row, C.evidence)] = `Kế hoạch số 12/KH-UBND ngày 15/01/${set.year}`;
          });
          const grid = specToGrid(buildTemplateSheet(set, { unit: 'Sở Thử nghiệm' }), typed);

          const result = checkGrid(grid, { sets: [...bundled, set] });
          assertResult(result, [grid]);
          expect(result.set).toBe(set);
          expect(result.unit).toBe('Sở Thử nghiệm');
          expect(result.findings.filter((f) => f.code.startsWith('layout.')).map((f) => `${f.code} ${f.message.en}`)).toEqual([]);
          expect(result.scores).not.toBeNull();

          for (const lang of ['vi', 'en'] as const) {
            const summary = buildSummarySheet(result, lang);
            for (const cell of summary.cells) {
              const v = cell.value;
              if (v && 'number' in v) expect(Number.isFinite(v.number)).toBe(true);
              if (v && 'text' in v) expect(v.text).not.toMatch(/\bundefined\b|\bNaN\b|\[object Object\]/);
            }
          }
        },
      ),
      runs(80, 4242),
    );
  });
});
