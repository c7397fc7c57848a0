/**
 * The total row's label, rule by rule (mutants small-readers.test.ts left alive). Each case says
 * which part of the rule decides it.
 */
import { isTotalText } from '../../../src/engine/layout/total-row';

describe('a total label starts the text', () => {
  test('a long label later in the text is no total ("Chỉ tiêu tổng cộng")', () => {
    // starts with C (passes the first-letter test) but "tong cong" is not at the start
    expect(isTotalText('Chỉ tiêu tổng cộng')).toBe(false);
  });

  test('a short label at the end of the text is no total ("Cộng tác tổng")', () => {
    // "cong tac tong": neither "cong" nor "tong" stands alone
    expect(isTotalText('Cộng tác tổng')).toBe(false);
  });

  test('the first letter is checked as written: T, C or Đ/D; a T with a cedilla is no total', () => {
    // "Ţổng cộng" folds to "tong cong", but its first letter is not one of TtCcĐđDd
    expect(isTotalText('Ţổng cộng')).toBe(false);
    expect(isTotalText(' \tTổng cộng')).toBe(true); // white space before the T is allowed
  });
});

describe('a short label stands alone: only white space, ":" or "." and one bracket may follow', () => {
  test('"Tổng-hợp": a dash glued to "Tổng" is not white space', () => {
    expect(isTotalText('Tổng-hợp')).toBe(false);
  });

  test('"Tổng A": a letter after the label is not ":" or "."', () => {
    expect(isTotalText('Tổng A')).toBe(false);
    expect(isTotalText('Tổng .')).toBe(true);
    expect(isTotalText('Cộng : (I+II) .')).toBe(true);
  });
});
