/**
 * findDocumentNumbers is the document-number regex written out as a scan (it runs on every
 * evidence text): it must find exactly what the regex finds, on random texts built from what the
 * pattern looks at — digit runs of every length, "/", four-digit years, capitals and small
 * letters (Vietnamese, and outside the BMP as surrogate pairs), "&", "-", lone surrogates.
 */
import fc from 'fast-check';
import { findDocumentNumbers } from '../../../src/engine/findings/document-numbers';

const NUMBER = /(?<![\p{L}\d/])\d{1,5}(?:\/\d{4})?\/\p{Lu}[\p{L}\d&]+(?:-[\p{L}\d&]+)*/gu;

function reference(text: string): string[] {
  return [...text.matchAll(NUMBER)].map((m) => m[0]);
}

const piece = fc.constantFrom(
  '0', '7', '12', '2024', '12345', '123456', '/', '//', '-', '--', '&', ' ', '.', ',', '(',
  'K', 'H', 'KH', 'kh', 'Đ', 'đ', 'QĐ', 'Ư', 'ư', 'TTr', 'UBND', 'x', 'é', 'ß', 'ǅ', 'ⅷ', '½', '١',
  '\u{1D400}', // MATHEMATICAL BOLD CAPITAL A: \p{Lu}, a surrogate pair
  '\u{10428}', // DESERET SMALL LETTER LONG I: \p{Ll}, a surrogate pair
  '\u{1F600}', // an emoji: no letter
  '\ud835', // a lone high surrogate
  '\udc00', // a lone low surrogate
);
const text = fc.array(piece, { maxLength: 16 }).map((parts) => parts.join(''));

describe('document numbers found by a scan', () => {
  test('the same numbers as the regex, on random texts', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(findDocumentNumbers(t)).toEqual(reference(t));
      }),
      { numRuns: 20000, seed: 20261207 },
    );
  });

  test('examples worked by hand', () => {
    expect(findDocumentNumbers('Kế hoạch số 295/KH-DVS1 ngày 01/07/2024')).toEqual(['295/KH-DVS1']);
    expect(findDocumentNumbers('QĐ 05/2024/QĐ-UBND và 12/TTr-SNV')).toEqual(['05/2024/QĐ-UBND', '12/TTr-SNV']);
    // After a letter, a digit or "/" no number starts; more than five digits is no number.
    expect(findDocumentNumbers('a12/KH 1/12/KH 123456/KH')).toEqual([]);
    // A symbol of one letter, a small first letter, a year of five digits: none.
    expect(findDocumentNumbers('12/K 12/kh 1/20245/KH')).toEqual([]);
    // A trailing "-" is left out; "&" belongs to the symbol; an astral capital starts one.
    expect(findDocumentNumbers('7/KH- 8/BC&TT 9/\u{1D400}B')).toEqual(['7/KH', '8/BC&TT', '9/\u{1D400}B']);
  });
});
