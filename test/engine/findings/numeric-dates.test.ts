/**
 * findNumericDates is the numeric-date regex written out as a scan (it runs on every evidence
 * text): it must find exactly the regex's matches — text, day, month and year as written — on
 * random texts built from what the pattern looks at: digit runs of every length, the three
 * separators, "/" before a day, white space of every kind (Unicode spaces, line breaks, BOM).
 */
import fc from 'fast-check';
import { findNumericDates } from '../../../src/engine/findings/numeric-dates';

const DATE = /(?<![\d/])(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?!\d)/g;

function reference(text: string) {
  return [...text.matchAll(DATE)].map((m) => ({ text: m[0], day: Number(m[1]), month: Number(m[2]), year: Number(m[3]) }));
}

const piece = fc.constantFrom(
  '0', '1', '07', '12', '31', '123', '2024', '20245', '1899', '/', '.', '-', '//', ' ', '  ', '\t', '\n',
  '\u00a0', '\u2003', '\u3000', '\ufeff', '\u2028', '\u200b', 'ngày ', 'a', 'Đ', ',', '١',
);
// Date-shaped fragments (every part of every length, every kind of space around the separators)
// glued with loose pieces, so that near-misses of each part are tried.
const digits = fc.constantFrom('', '1', '07', '12', '123', '2024', '20245', '999');
const space = fc.constantFrom('', ' ', '  ', '\t', '\n', '\u00a0', '\u1680', '\u2000', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff', '\u200b', '\u180e');
const separator = fc.constantFrom('/', '.', '-', ',', '');
const dateLike = fc
  .tuple(digits, space, separator, space, digits, space, separator, space, digits)
  .map((parts) => parts.join(''));
const text = fc.array(fc.oneof(piece, dateLike), { maxLength: 10 }).map((parts) => parts.join(''));

describe('numeric dates found by a scan', () => {
  test('the same matches as the regex, on random texts', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(findNumericDates(t)).toEqual(reference(t));
      }),
      { numRuns: 20000, seed: 20261207 },
    );
  });

  test('examples worked by hand', () => {
    expect(findNumericDates('ngày 01/07/2024 và 5 - 3 - 2023')).toEqual([
      { text: '01/07/2024', day: 1, month: 7, year: 2024 },
      { text: '5 - 3 - 2023', day: 5, month: 3, year: 2023 },
    ]);
    // After "/" or inside a longer number no date starts; a five-digit year is none; impossible
    // dates are found (findDocumentRefs drops them).
    expect(findNumericDates('1/01/02/2024 123/4/2024 1/2/20245')).toEqual([]);
    expect(findNumericDates('99.99.1000')).toEqual([{ text: '99.99.1000', day: 99, month: 99, year: 1000 }]);
  });
});
