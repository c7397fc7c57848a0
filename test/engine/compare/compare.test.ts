/**
 * Year on year on the pair of year-fixtures.ts. Hand arithmetic (final = appraised):
 *   2023: area 1 = 4 + 2 + 3 = 9 of 10 (90 %); area 2 = 5 + 2 + 1 = 8 of 10 (80 %);
 *         total 17 of 20 = 85 %.
 *   2024: area 1 = 3,5 + 4 + 1,5 = 9 of 10 (90 %); area 2 = 5 + 1 + 4 = 10 of 12 (83,33 %);
 *         total 19 of 22 = 86,36 % (19 / 22 = 0,863636…).
 *   Change: total +2; index 86,36 − 85 = +1,36; area 1: 0 points, 0 %; area 2: +2 points,
 *   83,33 − 80 = +3,33 %.
 *   Items: 1.1 ← 1.1 (code) 4 → 3,5 = −0,5; 1.2 ← 1.3 (title) 3 → 4 = +1; 1.3 ← 1.2 (title)
 *   2 → 1,5 = −0,5; 2.1 ← 2.1 (code) 5 → 5 = 0; 2.2 ← 2.2 (code, renamed) 2 → 1 = −1.
 *   Added 2.3 "Số hóa…" (max 5, 4 points); dropped 2.3 "Tuyên truyền…" (max 2, 1 point).
 */
import { checkGrid } from '../../../src/engine/check';
import { biggestFalls, compareYears, type CompareInput } from '../../../src/engine/compare/compare';
import { matchItems } from '../../../src/engine/compare/match-items';
import type { CriteriaSet } from '../../../src/engine/criteria/schema';
import { buildSet, item } from '../helpers/build-set';
import { APPRAISED_2023, APPRAISED_2024, SET_2023, SET_2024, gridOf, sheetRows } from './year-fixtures';

function input(set: CriteriaSet, appraised: Record<string, number>, file: string): CompareInput {
  const result = checkGrid(gridOf(sheetRows(set, appraised)), { sets: [set], criteria: set });
  if (!result.scores || !result.set) throw new Error('fixture did not score');
  return { file, unit: result.unit, set: result.set, scores: result.scores };
}

describe('compareYears', () => {
  const result = compareYears(input(SET_2023, APPRAISED_2023, '2023.xlsx'), input(SET_2024, APPRAISED_2024, '2024.xlsx'));

  it('gives each year its total, max and index, and the change', () => {
    expect(result.format).toBe('par-compare/1');
    expect(result.previous).toMatchObject({ file: '2023.xlsx', set: { id: 'thu-2023', version: '2023.1' }, basis: 'final', total: 17, max: 20, index: 85 });
    expect(result.current).toMatchObject({ file: '2024.xlsx', set: { id: 'thu-2024', version: '2024.1' }, basis: 'final', total: 19, max: 22, index: 86.36 });
    expect(result.change).toEqual({ total: 2, index: 1.36 });
  });

  it('compares areas in points and in index', () => {
    expect(result.areas.map((a) => [a.code, a.previousCode, a.match, a.previous, a.current, a.change, a.previousIndex, a.currentIndex, a.indexChange])).toEqual([
      ['1', '1', 'code', 9, 9, 0, 90, 90, 0],
      ['2', '2', 'code', 8, 10, 2, 80, 83.33, 3.33],
    ]);
  });

  it('pairs renumbered items by title and renamed ones by code, saying how', () => {
    expect(result.items.map((i) => [i.code, i.previousCode, i.match, i.previous, i.current, i.change])).toEqual([
      ['1.1', '1.1', 'code', 4, 3.5, -0.5],
      ['1.2', '1.3', 'title', 3, 4, 1],
      ['1.3', '1.2', 'title', 2, 1.5, -0.5],
      ['2.1', '2.1', 'code', 5, 5, 0],
      ['2.2', '2.2', 'code', 2, 1, -1],
    ]);
    expect(result.items.find((i) => i.code === '1.2')).toMatchObject({ previousMax: 3, currentMax: 4, previousTitle: 'Kiểm tra công tác cải cách hành chính' });
  });

  it('lists the new item and the dropped one apart (a code reused for another criterion is no rename)', () => {
    expect(result.added).toEqual([{ code: '2.3', title: 'Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính', max: 5, points: 4 }]);
    expect(result.dropped).toEqual([{ code: '2.3', title: 'Tuyên truyền về cải cách hành chính', max: 2, points: 1 }]);
  });

  it('names the items that fell most, the largest loss first', () => {
    expect(biggestFalls(result).map((i) => [i.code, i.change])).toEqual([['2.2', -1], ['1.1', -0.5], ['1.3', -0.5]]);
  });

  it('compares self-assessed figures when a year is not appraised, and says so', () => {
    const self = compareYears(input(SET_2023, {}, 'a.xlsx'), input(SET_2024, APPRAISED_2024, 'b.xlsx'));
    // Self-assessed at the max everywhere: 20 of 20 = 100 %; change 86,36 − 100 = −13,64.
    expect(self.previous).toMatchObject({ basis: 'self', total: 20, index: 100 });
    expect(self.change).toEqual({ total: -1, index: -13.64 });
  });
});

describe('matchItems', () => {
  it('never pairs an area with a criterion of the same words', () => {
    const a = buildSet([item('1', 2, [item('1.1', 2, [], { title: 'Tuyên truyền' })], { title: 'Chỉ đạo' })]);
    const b = buildSet([item('1', 2, [item('1.1', 2, [], { title: 'Kế hoạch' })], { title: 'Tuyên truyền' })]);
    const m = matchItems(a, b);
    expect(m.pairs.map((p) => [p.previous.item.code, p.current.item.code, p.match])).toEqual([]);
    expect(m.added.map((f) => f.item.code)).toEqual(['1', '1.1']);
    expect(m.dropped.map((f) => f.item.code)).toEqual(['1', '1.1']);
  });

  it('prefers the candidate under the counterpart of the parent when two items share a title', () => {
    const a = buildSet([
      item('1', 2, [item('1.1', 2, [], { title: 'Kiểm tra' })], { title: 'Chỉ đạo' }),
      item('2', 2, [item('2.1', 2, [], { title: 'Kiểm tra' })], { title: 'Thể chế' }),
    ]);
    const b = buildSet([
      item('1', 2, [item('1.1', 2, [], { title: 'Thể chế' }), item('1.2', 2, [], { title: 'Kiểm tra' })], { title: 'Thể chế' }),
      item('2', 2, [item('2.5', 2, [], { title: 'Kiểm tra' })], { title: 'Chỉ đạo' }),
    ]);
    const m = matchItems(a, b);
    // Areas swapped codes: current 1 "Thể chế" ← 2, current 2 "Chỉ đạo" ← 1; so 1.2 (under
    // Thể chế) pairs with 2.1 and 2.5 (under Chỉ đạo) with 1.1.
    expect(m.pairs.map((p) => [p.current.item.code, p.previous.item.code, p.match])).toEqual([
      ['1', '2', 'title'],
      ['1.2', '2.1', 'title'],
      ['2', '1', 'title'],
      ['2.5', '1.1', 'title'],
    ]);
  });
});
