/**
 * HeaderRepeats' quick test and its limits (mutants small-readers.test.ts left alive): the anchor
 * is the header row's first filled cell, compared by raw length within 4 characters; header rows
 * the grid lacks are skipped.
 */
import { gridFromValues } from '../../../src/engine/grid';
import { HeaderRepeats } from '../../../src/engine/layout/header-repeat';
import type { HeaderLayout } from '../../../src/engine/layout/find-header';

const header = (first: number, last: number, numberRow: number | null = null): HeaderLayout => ({
  first,
  last,
  columns: {},
  headerText: {},
  numberRow,
  dataStart: last + 1,
  codeInferred: false,
});

describe('the anchor: the first filled cell of the header row, its raw length within 4', () => {
  const top = ['Nội dung', 'Điểm tối đa', 'Tự đánh giá'];

  test('extra spaces fold away: 4 more characters are still compared, 5 are not looked at', () => {
    // "Nội dung" is 8 characters; "Nội     dung" 12 (+4), "Nội      dung" 13 (+5)
    const g = gridFromValues('s', [top, ['Nội     dung', 'Điểm tối đa', 'Tự đánh giá'], ['Nội      dung', 'Điểm tối đa', 'Tự đánh giá']]);
    const h = new HeaderRepeats(g, header(0, 0));
    expect([h.isRepeat(g, 1), h.isRepeat(g, 2)]).toEqual([true, false]);
  });

  test('the anchor is the first cell, not the last: a short first cell differs by more than 4', () => {
    const g = gridFromValues('s', [top, ['Nội dung (tiếp)', 'Điểm tối đa', 'Tự đánh giá']]);
    // "Nội dung (tiếp)" is 15 characters, 7 more than the anchor's 8: not looked at
    expect(new HeaderRepeats(g, header(0, 0)).isRepeat(g, 1)).toBe(false);
  });

  test('an anchor in a later column (the header row starts further right)', () => {
    const g = gridFromValues('s', [[null, 'STT', 'Nội dung'], [null, 'STT', 'Nội dung'], ['x', 'STT', 'Nội dung']]);
    const h = new HeaderRepeats(g, header(0, 0));
    // row 2 has an extra cell in A that the header row lacks: not a copy
    expect([h.isRepeat(g, 1), h.isRepeat(g, 2)]).toEqual([true, false]);
  });
});

test('header rows beyond the grid are skipped', () => {
  const g = gridFromValues('s', [['STT', 'Nội dung']]);
  const h = new HeaderRepeats(g, header(0, 3, 5));
  expect(h.isRepeat(g, 0)).toBe(true);
  expect(h.isRepeat(g, 7)).toBe(false);
});
