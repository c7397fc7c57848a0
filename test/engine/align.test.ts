import { alignRows, itemRowsOf, lastPlan, planFor, sequenceKey } from '../../src/engine/align';
import { buildParsed, type RowSpec } from './helpers/build-parsed';
import { buildSet, item } from './helpers/build-set';

const rows = (...codes: string[]): RowSpec[] => codes.map((c) => [c, {}]);
const rowCodes = (m: Map<string, { row: number }>) => [...m.entries()].map(([c, r]) => `${c}@${r.row}`);

describe('alignRows', () => {
  const set = buildSet([
    item('1', 3, [item('1.1', 1), item('1.2', 2, [item('1.2.1', 1), item('1.2.2', 1)])]),
    item('2', 1, [item('2.1', 1)]),
  ]);

  it('matches rows by code and lists missing items, extra rows and duplicates', () => {
    const parsed = buildParsed(rows('1', '1.1', '1.1', '1.2', '1.2.1', '1.5', '2', '2.1'));
    const a = alignRows(parsed, set);
    expect(rowCodes(a.rowFor)).toEqual(['1@10', '1.1@11', '1.2@13', '1.2.1@14', '2@16', '2.1@17']);
    expect(a.duplicates.map((r) => r.row)).toEqual([12]);
    expect(a.extra.map((r) => r.code)).toEqual(['1.5']);
    expect(a.missing).toEqual(['1.2.2']);
  });

  it('ignores total rows', () => {
    const parsed = buildParsed([...rows('1', '1.1', '1.2', '1.2.1', '1.2.2', '2', '2.1'), { total: {} }]);
    const a = alignRows(parsed, set);
    expect(a.extra).toEqual([]);
    expect(a.missing).toEqual([]);
  });

  it('reads Roman area numerals on the sheet as the set\'s Arabic areas', () => {
    const a = alignRows(buildParsed(rows('I', '1.1', '1.2', '1.2.1', '1.2.2', 'II', '2.1')), set);
    expect(a.rowFor.get('1')?.code).toBe('I');
    expect(a.rowFor.get('2')?.code).toBe('II');
    expect(a.extra).toEqual([]);
    expect(a.missing).toEqual([]);
  });

  it('reads Arabic area numbers on the sheet as the set\'s Roman areas', () => {
    const roman = buildSet([item('I', 2, [item('1.1', 2)]), item('II', 1, [item('2.1', 1)])]);
    const a = alignRows(buildParsed(rows('1', '1.1', '2', '2.1')), roman);
    expect(a.rowFor.get('I')?.row).toBe(10);
    expect(a.rowFor.get('II')?.row).toBe(12);
    expect(a.missing).toEqual([]);
  });

  describe('codes that lost a trailing zero (1.10 typed as the number 1.1)', () => {
    const ten = buildSet([item('1', 10, Array.from({ length: 10 }, (_, i) => item(`1.${i + 1}`, 1)))]);
    it('takes a "1.1" right after 1.9 as 1.10', () => {
      const codes = ['1', '1.1', '1.2', '1.3', '1.4', '1.5', '1.6', '1.7', '1.8', '1.9', '1.1'];
      const a = alignRows(buildParsed(rows(...codes)), ten);
      expect(a.rowFor.get('1.1')?.row).toBe(11);
      expect(a.rowFor.get('1.10')?.row).toBe(20);
      expect(a.duplicates).toEqual([]);
      expect(a.missing).toEqual([]);
    });

    it('uses a following child row ("1.10.1") to decide', () => {
      const deep = buildSet([
        item('1', 3, [item('1.1', 1), item('1.10', 2, [item('1.10.1', 1), item('1.10.2', 1)])]),
      ]);
      // The 1.10 row comes first on this sheet (out of order), so order alone would pick 1.1.
      const a = alignRows(buildParsed(rows('1', '1.1', '1.10.1', '1.10.2', '1.1')), deep);
      expect(a.rowFor.get('1.10')?.row).toBe(11);
      expect(a.rowFor.get('1.1')?.row).toBe(14);
    });

    it('still reports a real duplicate when the set has no 1.10', () => {
      const a = alignRows(buildParsed(rows('1', '1.1', '1.1', '1.2')), set);
      expect(a.duplicates.map((r) => r.row)).toEqual([12]);
    });

    it('maps 2.2 to 2.20 when the set has no 2.2 at all', () => {
      const odd = buildSet([item('2', 1, [item('2.20', 1)])]);
      const a = alignRows(buildParsed(rows('2', '2.2')), odd);
      expect(a.rowFor.get('2.20')?.row).toBe(11);
      expect(a.extra).toEqual([]);
    });
  });

  it('normalises a trailing dot and lower-case numerals', () => {
    const a = alignRows(buildParsed(rows('i', '1.1.', '1.2', '1.2.1', '1.2.2', '2', '2.1')), set);
    expect(a.missing).toEqual([]);
    expect(a.extra).toEqual([]);
  });
});

describe('alignment plans shared by sheets with the same codes', () => {
  const set = buildSet([item('1', 3, [item('1.1', 1), item('1.2', 2)]), item('2', 1, [item('2.1', 1)])]);

  it('spells the item rows\' codes as one text, a row without a code as an empty line', () => {
    const parsed = buildParsed(rows('1', '1.1', '2'));
    parsed.rows[1].code = null;
    // "1", "", "2", each followed by a line break.
    expect(sequenceKey(itemRowsOf(parsed))).toBe('1\n\n2\n');
  });

  it('a second sheet with the same codes gets its own rows, matched as the first sheet\'s were', () => {
    // Rows start at sheet row 10 (buildParsed); the second sheet has one blank row more on top
    // (rows 11, 12 …) so that its rows are told apart from the first's.
    const first = buildParsed(rows('1', '1.1', '1.1', '1.2', '9', '2', '2.1'));
    const second = buildParsed(rows('1', '1.1', '1.1', '1.2', '9', '2', '2.1'));
    for (const r of second.rows) r.row += 1;
    const a = alignRows(first, set);
    const b = alignRows(second, set);
    expect(planFor(itemRowsOf(second), set)).toBe(planFor(itemRowsOf(first), set));
    expect(rowCodes(a.rowFor)).toEqual(['1@10', '1.1@11', '1.2@13', '2@15', '2.1@16']);
    expect(rowCodes(b.rowFor)).toEqual(['1@11', '1.1@12', '1.2@14', '2@16', '2.1@17']);
    expect([...b.rowFor.values()].every((r) => second.rows.includes(r))).toBe(true);
    expect(b.duplicates.map((r) => r.row)).toEqual([13]);
    expect(b.extra.map((r) => r.row)).toEqual([15]);
    // Each alignment has its own list of missing items (none here), not the plan's.
    b.missing.push('x');
    expect(alignRows(first, set).missing).toEqual([]);
  });

  it('another code sequence gets another plan', () => {
    const a = alignRows(buildParsed(rows('1', '1.1', '1.2', '2', '2.1')), set);
    const b = alignRows(buildParsed(rows('1', '1.1', '7', '2', '2.1')), set);
    expect(a.missing).toEqual([]);
    expect(b.missing).toEqual(['1.2']);
    expect(b.extra.map((r) => r.code)).toEqual(['7']);
  });

  it('the last plan is handed out again for rows with its codes only (compared one by one)', () => {
    const codes = ['1', '1.1', '1.2', '2', '2.1'];
    expect(lastPlan(itemRowsOf(buildParsed(rows(...codes))), set)).toBeUndefined(); // none yet
    const plan = planFor(itemRowsOf(buildParsed(rows(...codes))), set);
    // Other row objects with the same codes: the same plan.
    expect(lastPlan(itemRowsOf(buildParsed(rows(...codes))), set)).toBe(plan);
    // One code changed, one row fewer, one more, a code made blank: not this plan.
    expect(lastPlan(itemRowsOf(buildParsed(rows('1', '1.1', '1.3', '2', '2.1'))), set)).toBeUndefined();
    expect(lastPlan(itemRowsOf(buildParsed(rows('1', '1.1', '1.2', '2'))), set)).toBeUndefined();
    expect(lastPlan(itemRowsOf(buildParsed(rows(...codes, '3'))), set)).toBeUndefined();
    const blank = buildParsed(rows(...codes));
    blank.rows[4].code = null;
    expect(lastPlan(itemRowsOf(blank), set)).toBeUndefined();
    // Another set has its own last plan.
    const other = buildSet([item('1', 1, [item('1.1', 1)])]);
    expect(lastPlan(itemRowsOf(buildParsed(rows(...codes))), other)).toBeUndefined();
    // A later plan of the set replaces it.
    const next = planFor(itemRowsOf(buildParsed(rows('1', '1.1'))), set);
    expect(lastPlan(itemRowsOf(buildParsed(rows('1', '1.1'))), set)).toBe(next);
    expect(lastPlan(itemRowsOf(buildParsed(rows(...codes))), set)).toBeUndefined();
  });

  it('remembers 500 sequences per set, then starts afresh', () => {
    const sheet = (n: number) => itemRowsOf(buildParsed(rows('1', `1.${n}`)));
    const kept = sheet(0);
    const plan = planFor(kept, set);
    for (let n = 1; n < 500; n++) planFor(sheet(n), set); // 500 sequences remembered in all
    expect(planFor(kept, set)).toBe(plan);
    planFor(sheet(500), set); // the 501st: the memory starts afresh
    const again = planFor(kept, set);
    expect(again).not.toBe(plan);
    expect(again).toEqual(plan);
  });
});
