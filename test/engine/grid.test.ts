import { a1, columnLetter } from '../../src/engine/grid';

describe('columnLetter and a1', () => {
  it('spell columns the same the first and the second time (letters are remembered)', () => {
    // 0 → A, 25 → Z, 26 → AA (26 + 1), 701 → ZZ (26 * 26 + 26 - 1), 16383 → XFD (Excel's last column).
    for (let round = 0; round < 2; round++) {
      expect([0, 25, 26, 701, 702, 16383].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'ZZ', 'AAA', 'XFD']);
      // Beyond Excel's last column: spelled, not remembered, still right. 16384 → XFE.
      expect(columnLetter(16384)).toBe('XFE');
      expect(columnLetter(-1)).toBe('');
      expect(a1(11, 5)).toBe('F12');
    }
  });
});
