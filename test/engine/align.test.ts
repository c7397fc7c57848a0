import { alignRows } from '../../src/engine/align';
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
