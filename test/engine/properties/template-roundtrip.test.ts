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
import { effectiveKind, flattenItems, isLeaf } from '../../../src/engine/criteria/tree';
import { validateCriteriaSet } from '../../../src/engine/criteria/validate';
import { a1, cellAt, type Grid } from '../../../src/engine/grid';
import type { CriteriaSet } from '../../../src/engine/criteria/schema';
import { buildSummarySheet } from '../../../src/engine/summary/summary-sheet';
import { buildTemplateSheet, TEMPLATE_COLUMNS as C, TEMPLATE_HEADER_ROW } from '../../../src/engine/template/template-sheet';
import { specToGrid } from '../template/spec-to-grid';
import { criteriaSetArb } from './set-arbitraries';
import { assertResult } from './invariants';
import { runs } from './config';
import { applyDamage, damageArb } from './damage';

const bundled = bundledSets();

/** What a unit types into a score cell: mostly fractions of the max, sometimes junk. */
const typedArb = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 4 }).map((q) => ({ share: q / 4 })) },
  { weight: 1, arbitrary: fc.constantFrom<string | number | null>(null, -1, 99, 'Không áp dụng', 'KAD', 'đạt', '0,5', '#REF!') },
);
type Typed = { share: number } | string | number | null;
type Stream = fc.Stream<[Typed, Typed, boolean]>;

/** The template of `set` with values typed into its leaf rows, as a saved workbook holds it. */
function filledTemplate(set: CriteriaSet, stream: Stream, appraise: boolean): Grid {
  const typed: Record<string, string | number> = {};
  const it = stream[Symbol.iterator]();
  flattenItems(set).forEach((f, i) => {
    if (!isLeaf(f.item)) return;
    const row = TEMPLATE_HEADER_ROW + 1 + i;
    const [self, appraised, evidence] = it.next().value as [Typed, Typed, boolean];
    const value = (t: Typed) => (t !== null && typeof t === 'object' ? Math.round(f.item.maxPoints * t.share * 100) / 100 : t);
    // A valid sheet leaves the (locked) self cell of a survey item blank; junk may still go there.
    const s = effectiveKind(f) === 'survey' && self !== null && typeof self === 'object' ? null : value(self);
    if (s !== null) typed[a1(row, C.self)] = s;
    const a = value(appraised);
    if (appraise && a !== null) typed[a1(row, C.appraised)] = a;
    if (evidence) typed[a1(row, C.evidence)] = `Kế hoạch số 12/KH-UBND ngày 15/01/${set.year}`;
  });
  return specToGrid(buildTemplateSheet(set, { unit: 'Sở Thử nghiệm' }), typed);
}

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

          const grid = filledTemplate(set, stream, appraise);

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
      runs(60, 4242),
    );
  });

  it('valid values only: the index arithmetic agrees with the template\'s own total formulas', () => {
    const shareArb = fc.option(fc.integer({ min: 0, max: 4 }).map((q) => ({ share: q / 4 })), { freq: 5 });
    fc.assert(
      fc.property(criteriaSetArb, fc.infiniteStream(fc.tuple(shareArb, shareArb, fc.boolean())), fc.boolean(), (set, stream, appraise) => {
        const grid = filledTemplate(set, stream, appraise);
        const totalRow = TEMPLATE_HEADER_ROW + 1 + flattenItems(set).length;
        const cached = (col: number) => {
          const v = cellAt(grid, totalRow, col)?.value;
          return typeof v === 'number' ? v : 0;
        };
        const clamp = (x: number, max: number) => Math.min(Math.max(x, 0), max);
        const s = checkGrid(grid, { sets: [set] }).scores!;
        expect(s.self.total).toBeCloseTo(clamp(cached(C.self), s.self.max), 9);
        if (s.final) expect(s.final.total).toBeCloseTo(clamp(cached(C.appraised), s.final.max), 9);
        expect(s.final !== null).toBe(appraise && cellAt(grid, totalRow, C.appraised)?.value !== '');
      }),
      runs(60, 4243),
    );
  });

  it('any valid set, template filled and then damaged: invariants hold and the summary sheet builds', () => {
    fc.assert(
      fc.property(
        criteriaSetArb,
        fc.infiniteStream(fc.tuple(typedArb, typedArb, fc.boolean())),
        fc.array(damageArb, { minLength: 1, maxLength: 5 }),
        fc.boolean(),
        (set, stream, damages, forced) => {
          const start = { grid: filledTemplate(set, stream, true), cols: { max: C.max, self: C.self, appraised: C.appraised } };
          const { grid } = damages.reduce(applyDamage, start);
          const result = checkGrid(grid, forced ? { sets: bundled, criteria: set } : { sets: [...bundled, set] });
          assertResult(result, [grid]);
          for (const lang of ['vi', 'en'] as const) {
            for (const cell of buildSummarySheet(result, lang).cells) {
              if (cell.value && 'number' in cell.value) expect(Number.isFinite(cell.value.number)).toBe(true);
            }
          }
        },
      ),
      runs(60, 4244),
    );
  });

  it('codes typed as numbers (Excel turns "1.10" into 1.1) read back as the same items and scores', () => {
    fc.assert(
      fc.property(criteriaSetArb, fc.infiniteStream(fc.tuple(typedArb, typedArb, fc.boolean())), (set, stream) => {
        const grid = filledTemplate(set, stream, true);
        const asText = checkGrid(grid, { sets: [set] });
        const numeric: Grid = {
          ...grid,
          rows: grid.rows.map((r, i) => {
            const cell = r[C.code];
            if (i <= TEMPLATE_HEADER_ROW || !cell || typeof cell.value !== 'string' || !/^\d+(\.\d+)?$/.test(cell.value)) return r;
            const out = [...r];
            out[C.code] = { ...cell, value: Number(cell.value) };
            return out;
          }),
        };
        const asNumbers = checkGrid(numeric, { sets: [set] });
        assertResult(asNumbers, [numeric]);
        const layout = (r: typeof asText) => r.findings.filter((f) => f.code.startsWith('layout.')).map((f) => `${f.code}@${f.cell}#${f.item}`);
        expect(layout(asNumbers)).toEqual(layout(asText));
        expect(asNumbers.scores).toEqual(asText.scores);
      }),
      runs(60, 4245),
    );
  });
});
