import fc from 'fast-check';
import { alignRows } from '../../../src/engine/align';
import type { CriteriaItem } from '../../../src/engine/criteria/schema';
import { computeScores } from '../../../src/engine/scoring/compute';
import { buildParsed, type CellInput, type RowSpec } from '../helpers/build-parsed';
import { buildSet } from '../helpers/build-set';

/** A random tree: areas with leaves or one more level, some survey, some N/A-allowed; maxima are sums. */
const leafArb = fc.record({
  max: fc.integer({ min: 0, max: 800 }).map((n) => n / 100),
  kind: fc.constantFrom<CriteriaItem['kind']>(undefined, undefined, undefined, 'survey'),
  na: fc.boolean(),
});
const areaArb = fc.array(fc.oneof(leafArb, fc.array(leafArb, { minLength: 1, maxLength: 3 })), { minLength: 1, maxLength: 4 });
const cellArb: fc.Arbitrary<CellInput> = fc.oneof(
  fc.double({ min: -5, max: 15, noNaN: true }),
  fc.constantFrom<CellInput>('', '-', 'KAD', 'Không áp dụng', '#REF!', 'đạt', '0,5', null, undefined),
);

function build(areas: (typeof leafArb extends fc.Arbitrary<infer L> ? L | L[] : never)[][]) {
  const items: CriteriaItem[] = areas.map((parts, a) => {
    const children = parts.map((p, c): CriteriaItem => {
      const code = `${a + 1}.${c + 1}`;
      if (Array.isArray(p)) {
        const kids = p.map((l, k) => leaf(`${code}.${k + 1}`, l));
        return { code, title: code, maxPoints: sum(kids), children: kids };
      }
      return leaf(code, p);
    });
    return { code: String(a + 1), title: `LV ${a + 1}`, maxPoints: sum(children), children };
  });
  return buildSet(items);
}
const sum = (xs: CriteriaItem[]) => Math.round(xs.reduce((s, x) => s + x.maxPoints, 0) * 100) / 100;
function leaf(code: string, l: { max: number; kind: CriteriaItem['kind']; na: boolean }): CriteriaItem {
  return { code, title: code, maxPoints: l.max, ...(l.kind ? { kind: l.kind } : {}), ...(l.na ? { notApplicable: 'allowed' } : {}) };
}
function codes(items: CriteriaItem[]): string[] {
  return items.flatMap((i) => [i.code, ...codes(i.children ?? [])]);
}

describe('computeScores (properties)', () => {
  it('never exceeds a maximum and keeps every index within [0, 100]', () => {
    fc.assert(
      fc.property(
        fc.array(areaArb, { minLength: 1, maxLength: 4 }),
        fc.infiniteStream(fc.tuple(cellArb, cellArb, fc.boolean())),
        fc.boolean(),
        (areas, cells, appraisedColumn) => {
          const set = build(areas);
          const it = cells[Symbol.iterator]();
          const rows: RowSpec[] = [];
          for (const code of codes(set.items)) {
            const [self, appraised, present] = it.next().value as [CellInput, CellInput, boolean];
            if (present) rows.push([code, appraisedColumn ? { self, appraised } : { self }]);
          }
          const parsed = buildParsed(rows, { appraised: appraisedColumn });
          const s = computeScores(parsed, set, alignRows(parsed, set));
          const totals = [s.self, ...(s.final ? [s.final] : [])];
          for (const t of totals) {
            expect(t.total).toBeGreaterThanOrEqual(0);
            expect(t.total).toBeLessThanOrEqual(t.max);
            expect(t.index).toBeGreaterThanOrEqual(0);
            expect(t.index).toBeLessThanOrEqual(100);
          }
          expect(s.self.max).toBeLessThanOrEqual(s.final?.max ?? set.scale);
          for (const i of s.items) {
            expect(i.self).toBeGreaterThanOrEqual(0);
            expect(i.self).toBeLessThanOrEqual(i.selfMax);
            expect(i.selfMax).toBeLessThanOrEqual(i.max);
            expect(i.max).toBeLessThanOrEqual(i.setMax);
            if (i.appraised !== null) expect(i.appraised).toBeLessThanOrEqual(i.max);
          }
          for (const a of s.areas) {
            for (const idx of [a.index, a.selfIndex, a.appraisedIndex ?? 0]) {
              expect(idx).toBeGreaterThanOrEqual(0);
              expect(idx).toBeLessThanOrEqual(100);
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  // compute adds the areas up in plain loops (scoring/compute.ts says why): the totals must be the
  // very numbers the plain reduce over the areas gives, to the last bit.
  it('totals are the reduce of the areas, bonus and penalty, bit for bit', () => {
    const clean = (x: number) => Math.round(x * 1e9) / 1e9;
    const clamp = (x: number, lo: number, hi: number) => Math.min(Math.max(x, lo), hi);
    // Leaves of every kind, bonus and penalty too (they count at their highest item).
    const anyLeaf = fc.record({
      max: fc.integer({ min: 0, max: 800 }).map((n) => n / 100),
      kind: fc.constantFrom<CriteriaItem['kind']>(undefined, undefined, 'survey', 'bonus', 'penalty'),
      na: fc.boolean(),
    });
    const anyArea = fc.array(fc.oneof(anyLeaf, fc.array(anyLeaf, { minLength: 1, maxLength: 3 })), { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(
        fc.array(anyArea, { minLength: 1, maxLength: 4 }),
        fc.infiniteStream(fc.tuple(cellArb, cellArb, fc.boolean())),
        (areas, cells) => {
          const set = build(areas);
          const it = cells[Symbol.iterator]();
          const rows: RowSpec[] = [];
          for (const code of codes(set.items)) {
            const [self, appraised, present] = it.next().value as [CellInput, CellInput, boolean];
            if (present) rows.push([code, { self, appraised }]);
          }
          const parsed = buildParsed(rows, { appraised: true });
          const s = computeScores(parsed, set, alignRows(parsed, set));
          const selfSum = s.areas.reduce((t, a) => t + a.self, 0) + s.bonus.self - s.penalty.self;
          expect(Object.is(s.self.total, clamp(clean(selfSum), 0, s.self.max))).toBe(true);
          if (s.final) {
            const sum = s.areas.reduce((t, a) => t + (a.appraised ?? 0), 0) + (s.bonus.appraised ?? 0) - (s.penalty.appraised ?? 0);
            expect(Object.is(s.final.total, clamp(clean(sum), 0, s.final.max))).toBe(true);
          }
          expect(s.areas.map((a) => a.code)).toEqual(set.items.map((i) => i.code));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('agrees with a plain sum when nothing is N/A, capped or missing', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: 12 }), (points) => {
        const set = buildSet([{ code: '1', title: 'LV', maxPoints: points.length * 4, children: points.map((_, i) => ({ code: `1.${i + 1}`, title: 'x', maxPoints: 4 })) }]);
        const parsed = buildParsed(points.map((p, i): RowSpec => [`1.${i + 1}`, { self: p }]));
        const s = computeScores(parsed, set, alignRows(parsed, set));
        const expected = points.reduce((a, b) => a + b, 0);
        expect(s.self.total).toBe(expected);
        expect(s.self.index).toBeCloseTo((expected / (points.length * 4)) * 100, 6);
      }),
    );
  });
});
