/**
 * findDocumentRefs skips the search for a date in words when the text has no "á" and the one for
 * a URL when it has neither "://" nor ".": it must find exactly what the four patterns find
 * searched over every text, the way it was done before (the reference below, written
 * independently of the code under test).
 */
import fc from 'fast-check';
import { findDocumentRefs, type DocumentRefs } from '../../../src/engine/findings/document-refs';

const NUMBER = /(?<![\p{L}\d/])\d{1,5}(?:\/\d{4})?\/\p{Lu}[\p{L}\d&]+(?:-[\p{L}\d&]+)*/gu;
const DATE_NUMERIC = /(?<![\d/])(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?!\d)/g;
const DATE_WORDS = /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/giu;
const URL = /\b(?:https?:\/\/|www\.)\S+/i;

/** The whole-text search: every match of each pattern, dates kept when the day, month and year are possible. */
function reference(text: string): DocumentRefs {
  const dates: DocumentRefs['dates'] = [];
  for (const re of [DATE_NUMERIC, DATE_WORDS]) {
    for (const m of text.matchAll(re)) {
      const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
      if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1900 || year > 2200) continue;
      dates.push({ day, month, year, text: m[0].replace(/^ngày\s+/iu, '').trim() });
    }
  }
  return { numbers: [...text.matchAll(NUMBER)].map((m) => m[0]), dates, url: URL.test(text) };
}

// Texts made of what the patterns look for (numbers, dates in figures and in words, URLs, in
// any case, some of them broken) and of loose characters, glued together in every way.
const digits = fc.constantFrom('0', '1', '5', '9', '12', '31', '2024', '1899', '12345', '123456');
const symbol = fc.constantFrom('KH', 'QĐ-UBND', 'BC&TT', 'SYT-VP-', 'kh', 'A', 'KH-1', 'UBND2024', 'Đ');
const glue = fc.constantFrom('', '', ' ', '  ', '-', '/', '&', '.', ', ', 'x', 'Á');
const fragment = fc.oneof(
  fc.tuple(digits, symbol).map(([n, s]) => `${n}/${s}`),
  fc.tuple(digits, digits, symbol).map(([n, y, s]) => `${n}/${y}/${s}`),
  fc.tuple(digits, digits, digits, fc.constantFrom('/', '.', '-', ' / ', ' . ')).map(([d, m, y, sep]) => `${d}${sep}${m}${sep}${y}`),
  fc
    .tuple(fc.constantFrom('ngày', 'NGÀY', 'Ngày', 'ngay'), digits, fc.constantFrom('tháng', 'THÁNG', 'Tháng', 'thang'), digits, fc.constantFrom('năm', 'NĂM'), digits, fc.constantFrom(' ', '  ', ''))
    .map(([a, d, b, m, c, y, sp]) => `${a}${sp} ${d} ${b} ${m}${sp} ${c} ${y}`),
  fc.constantFrom('http://a.vn', 'https://x', 'HTTPS://X.VN', 'www.a', 'WWW.B', 'http:/a', 'www. ', 'xhttp://a', '://', '.'),
  fc.constantFrom('0', '7', '/', '.', '-', ' ', '&', 'K', 'H', 'á', 'Á', 'số '),
);
const text = fc.array(fc.tuple(fragment, glue), { maxLength: 8 }).map((parts) => parts.map(([f, g]) => f + g).join(''));

describe('document references found only where a pattern can match', () => {
  test('the same numbers, dates and URL as the whole-text search, on random texts', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(findDocumentRefs(t)).toEqual(reference(t));
      }),
      { numRuns: 5000, seed: 20261207 },
    );
  });

  test('a date in words needs "tháng" (an "á" in either case); a URL needs "://" or "."', () => {
    // Upper case: "Á" alone lets the search run; lower case "á" alone too.
    expect(findDocumentRefs('NGÀY 5 THÁNG 3 NĂM 2024').dates.map((d) => [d.day, d.month, d.year])).toEqual([[5, 3, 2024]]);
    expect(findDocumentRefs('ngày 6 tháng 4 năm 2023').dates.map((d) => [d.day, d.month, d.year])).toEqual([[6, 4, 2023]]);
    expect(findDocumentRefs('ngày 5 thang 3 năm 2024').dates).toEqual([]);
    // "://" without a dot anywhere; "www." (a dot) without "://"; neither.
    expect(findDocumentRefs('xem https://a').url).toBe(true);
    expect(findDocumentRefs('xem www.a').url).toBe(true);
    expect(findDocumentRefs('xem http:/a').url).toBe(false);
  });
});
