/**
 * Round trip of every bundled set: blank template (buildTemplateSheet) → .xlsx (FileWorkbook)
 * → read back (read-grid + readSheet) → buildSetFromSheet. Codes, titles, maxima, kinds and
 * nesting must always come back; rules wherever the scoring text states them. The count of rules
 * that come back equal is printed and held to a floor.
 */
import { bundledSets } from '../../../src/engine/criteria/registry';
import type { CriteriaSet } from '../../../src/engine/criteria/schema';
import { buildSetFromSheet } from '../../../src/engine/import/build-set';
import { readSheet } from '../../../src/engine/layout/read-sheet';
import { buildTemplateSheet } from '../../../src/engine/template/template-sheet';
import { FileWorkbook } from '../../../src/file/file-workbook';
import { compareSets } from './compare-sets';

async function roundTrip(set: CriteriaSet) {
  const spec = buildTemplateSheet(set, { unit: 'Sở Thử nghiệm' });
  const out = FileWorkbook.create();
  await out.writeSheet(spec);
  const back = await FileWorkbook.fromBuffer(await out.toBuffer());
  const parsed = readSheet(await back.readGrid(spec.name));
  if (!parsed) throw new Error(`the template of ${set.id} has no readable header`);
  return buildSetFromSheet(parsed, { id: set.id, year: set.year, unitLevel: set.unitLevel });
}

const sets = bundledSets();
/** Each set's round trip, made once and shared by its own test and the totals (any order). */
const trips = new Map<string, ReturnType<typeof roundTrip>>();
const tripOf = (set: CriteriaSet) => {
  if (!trips.has(set.id)) trips.set(set.id, roundTrip(set));
  return trips.get(set.id)!;
};

describe.each(sets.map((s) => [s.id, s] as const))('round trip of %s', (_id, set) => {
  it('gives back the same tree, titles, maxima and kinds, and the rules its text states', async () => {
    const { set: back, report } = await tripOf(set);
    expect(report.ok).toBe(true);
    expect(report.problems).toEqual([]);
    expect(report.sums).toEqual([]);
    const cmp = compareSets(set, back);
    expect(cmp.codes.actual).toEqual(cmp.codes.expected);
    expect(cmp.differences).toEqual([]);
    expect(cmp.nesting).toEqual([]);
    expect(back.scale).toBe(set.scale);
    // Our own template declares the set id and version in its title block.
    expect(back.version).toBe(set.version);
    console.log(
      `${set.id}: ${cmp.rulesEqual} of ${cmp.rulesInSet} rules equal` +
        (cmp.rulesDiffering.length ? `; differing: ${cmp.rulesDiffering.join(' | ')}` : '') +
        (cmp.rulesExtra.length ? `; read where the set has none: ${cmp.rulesExtra.join(' | ')}` : ''),
    );
    // Every rule but the ones whose text reads two ways (7.4.2: options or a 0.5 step).
    expect(cmp.rulesEqual).toBeGreaterThanOrEqual(cmp.rulesInSet - 1);
    expect(cmp.rulesExtra).toEqual([]);
    expect(report.unreadScoring).toEqual([]);
  });
});

describe('round trip of all bundled sets together', () => {
  it('brings back at least 95% of their rules', async () => {
    const totals = { inSet: 0, equal: 0 };
    for (const set of sets) {
      const cmp = compareSets(set, (await tripOf(set)).set);
      totals.inSet += cmp.rulesInSet;
      totals.equal += cmp.rulesEqual;
    }
    console.log(`round trip of ${sets.length} bundled sets: ${totals.equal} of ${totals.inSet} rules come back equal`);
    expect(totals.inSet).toBeGreaterThan(0);
    expect(totals.equal / totals.inSet).toBeGreaterThanOrEqual(0.95);
  });
});
