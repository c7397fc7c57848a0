/**
 * The wording helpers of the checks' messages (src/engine/findings/fmt.ts), each rule with values
 * written out by hand: scores the Vietnamese way, item nouns by depth, short quotes, row numbers.
 */
import type { FlatItem } from '../../../src/engine/criteria/tree';
import { cap, itemName, num, nums, quote, rowNo } from '../../../src/engine/findings/fmt';

const flat = (code: string, depth: number): FlatItem => ({ item: { code, title: '', maxPoints: 1 }, depth, parent: null }) as unknown as FlatItem;

describe('num / nums: a score as people write it', () => {
  test('vi uses a decimal comma, en a point; trailing zeros dropped; at most 6 decimals', () => {
    expect(nums(1.25)).toEqual({ vi: '1,25', en: '1.25' });
    expect(nums(2)).toEqual({ vi: '2', en: '2' });
    expect(nums(0.5)).toEqual({ vi: '0,5', en: '0.5' });
    // 1.2345678 rounded to 6 decimals = 1.234568
    expect(nums(1.2345678)).toEqual({ vi: '1,234568', en: '1.234568' });
  });

  test('the cache keeps each language and each value apart (a wrong key would answer with another value)', () => {
    // Same value, two languages, in turn: the second must not reuse the first's text.
    expect(num(3.75, 'vi')).toBe('3,75');
    expect(num(3.75, 'en')).toBe('3.75');
    // Two values in one language: the second must not reuse the first's text.
    expect(num(4.5, 'vi')).toBe('4,5');
    expect(num(6.5, 'vi')).toBe('6,5');
    // Asked again (now from the cache): the same answers.
    expect([num(3.75, 'vi'), num(3.75, 'en'), num(4.5, 'vi'), num(6.5, 'vi')]).toEqual(['3,75', '3.75', '4,5', '6,5']);
  });
});

describe('itemName: the noun by depth', () => {
  test('depth 0 area / lĩnh vực, 1 criterion / tiêu chí, deeper sub-criterion / tiêu chí thành phần', () => {
    expect([0, 1, 2, 3].map((d) => itemName(flat('6', d), 'vi'))).toEqual(['lĩnh vực 6', 'tiêu chí 6', 'tiêu chí thành phần 6', 'tiêu chí thành phần 6']);
    expect([0, 1, 2, 3].map((d) => itemName(flat('2.3', d), 'en'))).toEqual(['area 2.3', 'criterion 2.3', 'sub-criterion 2.3', 'sub-criterion 2.3']);
  });
});

describe('quote: a cell text in quotes, whitespace folded, cut to max characters', () => {
  test('runs of spaces and line breaks become one space; ends trimmed', () => {
    expect(quote('  Kế hoạch\n\n số   12  ')).toBe('"Kế hoạch số 12"');
  });

  test('exactly max characters stays whole; one more is cut to max − 1 characters and "…"', () => {
    const sixty = 'a'.repeat(60);
    expect(quote(sixty)).toBe(`"${sixty}"`);
    // 61 characters → the first 59 and "…" (60 in all)
    expect(quote('b'.repeat(61))).toBe(`"${'b'.repeat(59)}…"`);
    // custom max 5: "abcdef" (6) → "abcd…"
    expect(quote('abcdef', 5)).toBe('"abcd…"');
    expect(quote('abcde', 5)).toBe('"abcde"');
  });

  test('a cut that ends on a space drops the space before "…"', () => {
    // max 6: "abcd efgh" → first 5 = "abcd " → "abcd…"
    expect(quote('abcd efgh', 6)).toBe('"abcd…"');
  });
});

describe('rowNo and cap', () => {
  test('0-based row 0 is row 1 for users; row 10 is 11', () => {
    expect(rowNo(0)).toBe(1);
    expect(rowNo(10)).toBe(11);
  });

  test('cap upper-cases the first letter only', () => {
    expect(cap('tiêu chí 1.1')).toBe('Tiêu chí 1.1');
    expect(cap('đề nghị')).toBe('Đề nghị');
    expect(cap('')).toBe('');
  });
});
